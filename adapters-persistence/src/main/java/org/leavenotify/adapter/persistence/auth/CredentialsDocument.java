package org.leavenotify.adapter.persistence.auth;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A username (the {@code _id}), the employee it belongs to, their password hash, and whether that password must
 * be changed at the next sign-in (absent in documents written before it existed: false).
 */
@Document(collection = MongoCredentialStore.COLLECTION)
record CredentialsDocument(@Id String username, String employeeId, String passwordHash, Boolean mustChange) {
}
