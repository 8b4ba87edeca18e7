package org.leavenotify.adapter.persistence.organisation;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The organisation's revision, one document: the number of HR changes committed, and the last change while
 * it may not be written to every employee yet ({@code pending}, null once it is). Taking the next number is
 * one conditional update of this document, which only one change can win.
 */
@Document(collection = OrganisationRevisionDocument.COLLECTION)
record OrganisationRevisionDocument(@Id String id, long number, Change pending) {

    static final String COLLECTION = "organisation_revision";
    static final String ID = "organisation";

    /** What one change writes: each employee after it, and the events it raised for them. */
    record Change(List<Write> writes) {
    }

    record Write(EmployeeDocument employee, boolean hired, List<OrganisationEventDocument> events) {
    }
}
