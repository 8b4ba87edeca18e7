package org.leavenotify.acceptance.steps;

import java.util.HashMap;
import java.util.Map;

import io.cucumber.spring.ScenarioScope;
import org.springframework.stereotype.Component;

/** What one scenario remembers between its steps: each persona's latest request and the last refusal. */
@Component
@ScenarioScope
public class ScenarioState {

    private final Map<Persona, String> latestRequest = new HashMap<>();
    private Refused lastRefusal;

    public void requested(Persona who, String requestId) {
        latestRequest.put(who, requestId);
    }

    public String latestRequestOf(Persona who) {
        String id = latestRequest.get(who);
        if (id == null) {
            throw new IllegalStateException(who + " has not asked for leave in this scenario");
        }
        return id;
    }

    public void refused(Refused refusal) {
        this.lastRefusal = refusal;
    }

    /** The refusal of the scenario's action; fails when the action was not refused. */
    public Refused lastRefusal() {
        if (lastRefusal == null) {
            throw new AssertionError("the action was expected to be refused, but it was accepted");
        }
        return lastRefusal;
    }

    public boolean wasRefused() {
        return lastRefusal != null;
    }
}
