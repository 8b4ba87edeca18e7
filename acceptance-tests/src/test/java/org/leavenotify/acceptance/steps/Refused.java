package org.leavenotify.acceptance.steps;

/** The system refused what a persona tried to do. */
public class Refused extends RuntimeException {

    private final Refusal refusal;

    public Refused(Refusal refusal, String detail) {
        super(refusal + ": " + detail);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
