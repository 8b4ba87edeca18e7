package org.leavenotify.adapter.persistence.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.leavenotify.adapter.persistence.MongoCalls;
import org.leavenotify.application.notification.port.out.NotificationPreferencesPort;
import org.leavenotify.domain.notification.NotificationPreferences;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.EmployeeId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * What people want by e-mail on MongoDB, in {@code notification_preferences}: one document per person who
 * changed anything ({@code _id}: the employee id), {@code noEmail} the kinds turned off. Turning one kind on or
 * off is one upsert with {@code $pull} or {@code $addToSet} on that kind only, so changes of different kinds
 * never overwrite each other. A kind the application no longer knows is ignored when read.
 */
final class MongoNotificationPreferences implements NotificationPreferencesPort {

    static final String COLLECTION = "notification_preferences";

    private final MongoTemplate mongo;

    MongoNotificationPreferences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public NotificationPreferences preferencesOf(EmployeeId employee) {
        return MongoCalls.call("loading the notification preferences of " + employee, () -> {
            Document stored = mongo.findById(employee.value(), Document.class, COLLECTION);
            if (stored == null || !(stored.get("noEmail") instanceof List<?> off) || off.isEmpty()) {
                return NotificationPreferences.DEFAULT;
            }
            Set<NotificationType> kinds = EnumSet.noneOf(NotificationType.class);
            for (Object name : off) {
                for (NotificationType type : NotificationType.values()) {
                    if (type.name().equals(name)) {
                        kinds.add(type);
                    }
                }
            }
            return new NotificationPreferences(kinds);
        });
    }

    @Override
    public void setEmail(EmployeeId employee, NotificationType type, boolean wanted) {
        Update change = wanted ? new Update().pull("noEmail", type.name()) : new Update().addToSet("noEmail", type.name());
        MongoCalls.run("changing the notification preferences of " + employee, () -> {
            try {
                mongo.upsert(query(where("_id").is(employee.value())), change, COLLECTION);
            } catch (DuplicateKeyException insertedMeanwhile) {
                // two first changes at once: the other inserted the document, which this update now finds
                mongo.upsert(query(where("_id").is(employee.value())), change, COLLECTION);
            }
        });
    }
}
