package org.leavenotify.adapter.persistence.mail;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An e-mail a notification may become, one document each ({@code _id}: one per notification and channel).
 * Claims live inside it: a sender takes it by one conditional update on its state and claim.
 */
@Document(collection = MongoMailIntents.COLLECTION)
record MailIntentDocument(@Id String id, String recipientId, String notificationId, String state, Instant createdAt,
                          Instant nextAttemptAt, int attempts, String claimedBy, Instant claimedUntil,
                          Instant settledAt, String outcome) {
}
