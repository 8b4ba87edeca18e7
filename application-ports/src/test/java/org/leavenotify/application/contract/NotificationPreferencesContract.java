package org.leavenotify.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.notification.port.out.NotificationPreferencesPort;
import org.leavenotify.domain.notification.NotificationPreferences;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.EmployeeId;

/** What every {@link NotificationPreferencesPort} must do: defaults, one kind at a time, no lost change. */
public abstract class NotificationPreferencesContract {

    private static final EmployeeId BOB = new EmployeeId("bob");
    private static final EmployeeId CAROL = new EmployeeId("carol");

    private NotificationPreferencesPort preferences;

    /** The adapter under test, holding no preferences. */
    protected abstract NotificationPreferencesPort emptyPreferences();

    @BeforeEach
    void startEmpty() {
        preferences = emptyPreferences();
    }

    @Test
    void someoneWhoNeverChangedAnythingHasTheDefaults() {
        assertThat(preferences.preferencesOf(BOB)).isEqualTo(NotificationPreferences.DEFAULT);
    }

    @Test
    void turningOneKindOffChangesThatKindForThatPersonOnly() {
        preferences.setEmail(BOB, NotificationType.LEAVE_REQUEST_REMINDER, false);
        preferences.setEmail(BOB, NotificationType.LEAVE_REQUEST_REMINDER, false);

        assertThat(preferences.preferencesOf(BOB).noEmail()).containsExactly(NotificationType.LEAVE_REQUEST_REMINDER);
        assertThat(preferences.preferencesOf(CAROL)).isEqualTo(NotificationPreferences.DEFAULT);
    }

    @Test
    void aKindTurnedOnAgainIsWantedAgain() {
        preferences.setEmail(BOB, NotificationType.LEAVE_REQUEST_SUBMITTED, false);
        preferences.setEmail(BOB, NotificationType.MANAGER_CHANGED, false);
        preferences.setEmail(BOB, NotificationType.LEAVE_REQUEST_SUBMITTED, true);

        assertThat(preferences.preferencesOf(BOB).noEmail()).containsExactly(NotificationType.MANAGER_CHANGED);
        assertThat(preferences.preferencesOf(BOB).wantsEmail(NotificationType.LEAVE_REQUEST_SUBMITTED)).isTrue();
    }

    @Test
    void changesOfDifferentKindsMadeAtOnceAllStay() {
        List<Callable<Void>> changes = Arrays.stream(NotificationType.values())
                .map(type -> (Callable<Void>) () -> {
                    preferences.setEmail(BOB, type, false);
                    return null;
                }).toList();

        Concurrently.run(changes);

        assertThat(preferences.preferencesOf(BOB).noEmail()).containsExactlyInAnyOrder(NotificationType.values());
    }
}
