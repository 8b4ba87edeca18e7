package org.leavenotify.adapter.persistence.auth;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A username (the {@code _id}), the employee it belongs to and their password hash. */
@Document(collection = MongoCredentialStore.COLLECTION)
record CredentialsDocument(@Id String username, String employeeId, String passwordHash) {
}
