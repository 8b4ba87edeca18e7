package org.leavenotify.application.administration;

import java.util.function.Supplier;

import org.leavenotify.application.administration.port.out.OrganisationStorePort;
import org.leavenotify.application.shared.ConcurrentUpdate;
import org.leavenotify.application.shared.Retry;
import org.leavenotify.domain.shared.Require;

/**
 * Runs HR's changes to the organisation one revision at a time, whatever node each runs on: a change is
 * planned on what the current revision shows, committed by taking the next revision (which only one change
 * can take), then written to the employees it touches. A change that lost the revision to another is planned
 * again on what that one left, and refused if the rules refuse it then. A change whose node stopped between
 * taking its revision and writing it everywhere is finished by the next change on any node, or by the
 * recovery sweep ({@link #finishPending}).
 */
public final class OrganisationRevisions {

    private final OrganisationStorePort organisation;

    public OrganisationRevisions(OrganisationStorePort organisation) {
        this.organisation = Require.present(organisation, "organisation");
    }

    /** What a change plans: what it writes, and what it answers once written. */
    public record Planned<T>(OrganisationChange change, T result) {
    }

    /**
     * Plans the change on the current revision and commits it as the next one; plans again when another
     * change got there first (up to {@link Retry#ATTEMPTS} times, then {@link ConcurrentUpdate}). A plan
     * refused by the rules throws, and nothing is written.
     */
    public <T> T change(Supplier<Planned<T>> plan) {
        return Retry.onConcurrentUpdate(() -> {
            OrganisationRevision current = finishedRevision();
            Planned<T> planned = plan.get();
            if (planned.change().isEmpty()) {
                return planned.result();
            }
            if (!organisation.takeRevision(current.number(), planned.change())) {
                throw new ConcurrentUpdate("the organisation changed while this change was checked");
            }
            long taken = current.number() + 1;
            organisation.applyRevision(taken, planned.change());
            organisation.revisionApplied(taken);
            return planned.result();
        });
    }

    /** For the recovery sweep: finishes writing a change whose node stopped half-way; 1 if there was one. */
    public int finishPending(int batch) {
        if (batch <= 0) {
            return 0;
        }
        return finish(organisation.revision());
    }

    /** The current revision once its change, if unfinished, is written everywhere. */
    private OrganisationRevision finishedRevision() {
        OrganisationRevision current = organisation.revision();
        while (current.pending().isPresent()) {
            finish(current);
            current = organisation.revision();
        }
        return current;
    }

    private int finish(OrganisationRevision revision) {
        if (revision.pending().isEmpty()) {
            return 0;
        }
        organisation.applyRevision(revision.number(), revision.pending().get());
        organisation.revisionApplied(revision.number());
        return 1;
    }
}
