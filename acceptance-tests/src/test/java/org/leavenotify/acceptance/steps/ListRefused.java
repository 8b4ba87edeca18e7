package org.leavenotify.acceptance.steps;

import java.util.List;

/** HR's list of people was refused: nobody was added, and these lines (1 = the first person) are wrong. */
public class ListRefused extends Refused {

    private final List<Integer> wrongLines;

    public ListRefused(List<Integer> wrongLines, String detail) {
        super(Refusal.LIST_REJECTED, detail);
        this.wrongLines = List.copyOf(wrongLines);
    }

    public List<Integer> wrongLines() {
        return wrongLines;
    }
}
