package org.leavenotify.adapter.web.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a rejected JWT secret into a short start-up report that says what to set. */
class JwtSecretFailureAnalyzer extends AbstractFailureAnalyzer<JwtSecretRejected> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, JwtSecretRejected cause) {
        return new FailureAnalysis(cause.problem() + ".", JwtSecretRejected.HOW_TO_FIX + ".", cause);
    }
}
