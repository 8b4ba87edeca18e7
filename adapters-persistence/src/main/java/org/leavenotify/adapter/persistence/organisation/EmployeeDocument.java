package org.leavenotify.adapter.persistence.organisation;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An employee as stored; the username is unique (a unique index) and the roles are sorted names. The
 * outbox holds the organisation events of their last changes until those are completed, so that a
 * change and its event are one single-document write.
 *
 * @param outbox {@code null} or empty when nothing waits
 */
@Document(collection = MongoEmployeeDirectory.COLLECTION)
record EmployeeDocument(@Id String id, String username, String displayName, List<String> roles, String managerId,
                        boolean active, List<OrganisationEventDocument> outbox) {
}
