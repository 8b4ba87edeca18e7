package org.leavenotify.bootstrap;

import org.leavenotify.bootstrap.ProductionSettingsCheck.MissingProductionSettings;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused production start into a short message that says what to set. */
public class MissingProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingProductionSettings> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingProductionSettings cause) {
        return new FailureAnalysis("The 'prod' profile is active but these settings are missing:\n  - "
                + String.join("\n  - ", cause.missing()),
                "Set them (see the Configuration section of README.md), or run without the 'prod' profile to use "
                        + "the embedded store and demo users.", cause);
    }
}
