package org.leavenotify.adapter.web.notification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.web.WebSliceTest;
import org.leavenotify.application.notification.UnsubscribeLinkInvalid;
import org.leavenotify.application.notification.Unsubscription;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.notification.NotificationPreferences;
import org.leavenotify.domain.notification.NotificationType;
import org.springframework.http.MediaType;

/** What one wants by e-mail, and the unsubscribe link of the e-mails, over the web adapter. */
class NotificationPreferencesControllerTest extends WebSliceTest {

    @Test
    void myPreferencesNameEveryKindOfNotification() throws Exception {
        when(preferences.preferencesOf(Employees.BOB))
                .thenReturn(new NotificationPreferences(Set.of(NotificationType.LEAVE_REQUEST_REMINDER)));

        mvc.perform(get("/api/notification-preferences").with(asBob()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email.LEAVE_REQUEST_SUBMITTED").value(true))
                .andExpect(jsonPath("$.email.LEAVE_REQUEST_REMINDER").value(false))
                .andExpect(jsonPath("$.email.MANAGER_CHANGED").value(true))
                .andExpect(jsonPath("$.email.length()").value(NotificationType.values().length));
    }

    @Test
    void changingSomeKindsChangesThoseForTheCaller() throws Exception {
        when(changePreferences.changeEmail(any(), any())).thenReturn(NotificationPreferences.DEFAULT);

        mvc.perform(put("/api/notification-preferences").with(asBob()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": {\"LEAVE_REQUEST_REMINDER\": false}}"))
                .andExpect(status().isOk());

        verify(changePreferences).changeEmail(eq(Employees.BOB), eq(Map.of(NotificationType.LEAVE_REQUEST_REMINDER, false)));
    }

    @Test
    void anUnknownKindOrNoKindIsA400AndChangesNothing() throws Exception {
        mvc.perform(put("/api/notification-preferences").with(asBob()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": {\"LEAVE_REQUEST_EXPLODED\": false}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/notification-preferences").with(asBob()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": {}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/notification-preferences"))
                .andExpect(status().isUnauthorized());

        verifyNoInteractions(changePreferences);
    }

    @Test
    void theLinkOfAnEmailOpensAPageThatChangesNothingUntilConfirmed() throws Exception {
        when(unsubscribing.whatItTurnsOff("t1"))
                .thenReturn(new Unsubscription(Employees.BOB, NotificationType.LEAVE_REQUEST_REMINDER));

        mvc.perform(get("/api/unsubscribe").param("token", "t1"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "You will no longer get e-mails about reminders of requests waiting for you")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<form method=\"post\">")));

        verifyNoInteractions(changePreferences);
    }

    @Test
    void oneClickTurnsItOffWithoutALogin() throws Exception {
        when(unsubscribing.unsubscribe("t1"))
                .thenReturn(new Unsubscription(Employees.BOB, NotificationType.LEAVE_REQUEST_REMINDER));

        mvc.perform(post("/api/unsubscribe").param("token", "t1").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Done")));
    }

    @Test
    void aLinkThatIsNotValidSaysSo() throws Exception {
        when(unsubscribing.whatItTurnsOff("bad")).thenThrow(new UnsubscribeLinkInvalid());
        when(unsubscribing.unsubscribe("bad")).thenThrow(new UnsubscribeLinkInvalid());

        mvc.perform(get("/api/unsubscribe").param("token", "bad"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("This link does not work")));
        mvc.perform(post("/api/unsubscribe").param("token", "bad"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("UnsubscribeLinkInvalid"));
    }
}
