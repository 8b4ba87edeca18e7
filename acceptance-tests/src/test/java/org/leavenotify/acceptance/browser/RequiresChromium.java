package org.leavenotify.acceptance.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test class, saying why, when the machine has no Chromium, before any application is
 * started for it. Only then: wherever Chromium is installed the tests run.
 */
final class RequiresChromium implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Chromium.find().isPresent()
                ? ConditionEvaluationResult.enabled("Chromium and chromedriver found")
                : ConditionEvaluationResult.disabled("SKIPPED: no headless Chromium on this machine (looked for "
                        + Chromium.BINARIES + " and " + Chromium.DRIVERS + "); install it with "
                        + "'apt-get install -y chromium chromium-driver' (.ci/run does) to run the browser tests");
    }
}
