package org.leavenotify.adapter.persistence.leave;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An employee as stored; the username is unique (a unique index) and the roles are sorted names. */
@Document(collection = MongoEmployeeDirectory.COLLECTION)
record EmployeeDocument(@Id String id, String username, String displayName, List<String> roles, String managerId,
                        boolean active) {
}
