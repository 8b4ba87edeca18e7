package org.leavenotify.adapter.web.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leavenotify.adapter.web.WebSliceTest;
import org.leavenotify.application.notification.NotificationPage;
import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.notification.Actor;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.notification.NotificationNotFound;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.notification.UnknownCursor;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;

/** {@code /api/notifications}: the caller's own notifications only. */
class NotificationControllerTest extends WebSliceTest {

    private static final String OLDER = "0000019a0000000000000001";
    private static final String NEWER = "0000019a0000000000000002";

    private static Notification approvedForAlice(String id, Instant readAt) {
        return new Notification(new NotificationId(id), "ev-1:alice", Employees.ALICE,
                NotificationType.LEAVE_REQUEST_APPROVED, "Your leave request was approved",
                "Bob Baker approved your annual leave from 2026-12-07 to 2026-12-09 (2.5 working days).",
                new LeaveRequestId("lr-1"), new Actor(Employees.BOB, "Bob Baker"),
                Instant.parse("2026-11-26T10:00:00Z"), readAt);
    }

    @Test
    void aPageHasExactlyTheContractShape() throws Exception {
        when(listNotifications.list(any())).thenReturn(new NotificationPage(List.of(
                approvedForAlice(NEWER, null), approvedForAlice(OLDER, Instant.parse("2026-11-26T10:05:00Z"))),
                true, 1));

        mvc.perform(get("/api/notifications").with(asAlice()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(content().json("""
                        {"items": [
                          {"id": "%s", "recipientId": "alice", "type": "LEAVE_REQUEST_APPROVED",
                           "title": "Your leave request was approved",
                           "message": "Bob Baker approved your annual leave from 2026-12-07 to 2026-12-09 (2.5 working days).",
                           "leaveRequestId": "lr-1", "actor": {"id": "bob", "displayName": "Bob Baker"},
                           "createdAt": "2026-11-26T10:00:00Z", "read": false, "readAt": null,
                           "archived": false, "archivedAt": null},
                          {"id": "%s", "recipientId": "alice", "type": "LEAVE_REQUEST_APPROVED",
                           "title": "Your leave request was approved",
                           "message": "Bob Baker approved your annual leave from 2026-12-07 to 2026-12-09 (2.5 working days).",
                           "leaveRequestId": "lr-1", "actor": {"id": "bob", "displayName": "Bob Baker"},
                           "createdAt": "2026-11-26T10:00:00Z", "read": true, "readAt": "2026-11-26T10:05:00Z",
                           "archived": false, "archivedAt": null}],
                         "hasMore": true, "unreadCount": 1}""".formatted(NEWER, OLDER), JsonCompareMode.STRICT));
    }

    @Test
    void withoutParametersTheNewestTwentyOfTheCallerAreAskedFor() throws Exception {
        when(listNotifications.list(any())).thenReturn(new NotificationPage(List.of(), false, 0));

        mvc.perform(get("/api/notifications").with(asAlice())).andExpect(status().isOk());

        verify(listNotifications).list(NotificationPageRequest.newest(Employees.ALICE, 20));
    }

    @Test
    void theCursorLimitAndUnreadFilterArePassedOn() throws Exception {
        when(listNotifications.list(any())).thenReturn(new NotificationPage(List.of(), false, 0));

        mvc.perform(get("/api/notifications").param("after", OLDER).param("limit", "5").param("unreadOnly", "true")
                .with(asAlice())).andExpect(status().isOk());

        ArgumentCaptor<NotificationPageRequest> asked = ArgumentCaptor.forClass(NotificationPageRequest.class);
        verify(listNotifications).list(asked.capture());
        assertThat(asked.getValue()).isEqualTo(new NotificationPageRequest(Employees.ALICE, null,
                new NotificationId(OLDER), 5, true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "both cursors|before=" + NEWER + "&after=" + OLDER + "|give at most one cursor",
            "malformed cursor|before=not-an-id|is not a notification id",
            "limit zero|limit=0|limit must be between 1 and 100",
            "limit too high|limit=101|limit must be between 1 and 100",
            "limit not a number|limit=ten|'ten' is not a whole number",
            "unreadOnly not a boolean|unreadOnly=maybe|'maybe' is not true or false"})
    void badPagingParametersAreA400(String what, String query, String detail) throws Exception {
        mvc.perform(get("/api/notifications?" + query).with(asAlice()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(detail)));
        verifyNoInteractions(listNotifications);
    }

    @Test
    void aCursorThatIsNotOneOfTheCallersNotificationsIsA400() throws Exception {
        when(listNotifications.list(any())).thenThrow(new UnknownCursor(new NotificationId(OLDER)));

        mvc.perform(get("/api/notifications").param("before", OLDER).with(asAlice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("UnknownCursor"));
    }

    @Test
    void theUnreadCountIsTheCallers() throws Exception {
        when(unreadCount.unreadCount(Employees.BOB)).thenReturn(4L);

        mvc.perform(get("/api/notifications/unread-count").with(asBob()))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"unreadCount\": 4}", JsonCompareMode.STRICT));
    }

    @Test
    void markingOneReadAnswersTheUnreadCountAfterwards() throws Exception {
        when(markRead.markRead(Employees.ALICE, new NotificationId(OLDER))).thenReturn(0L);

        mvc.perform(post("/api/notifications/{id}/read", OLDER).with(asAlice()))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"unreadCount\": 0}", JsonCompareMode.STRICT));
    }

    @Test
    void markingSomeoneElsesNotificationReadIsNotFound() throws Exception {
        when(markRead.markRead(Employees.ALICE, new NotificationId(NEWER)))
                .thenThrow(new NotificationNotFound(NEWER));

        mvc.perform(post("/api/notifications/{id}/read", NEWER).with(asAlice()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("NotificationNotFound"));
    }

    @Test
    void markingAnIdThatCannotBeANotificationIsNotFound() throws Exception {
        mvc.perform(post("/api/notifications/{id}/read", "nope").with(asAlice()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NotificationNotFound"));
        verifyNoInteractions(markRead);
    }

    @Test
    void theArchivedOnesAreListedWhenAskedFor() throws Exception {
        when(listNotifications.list(any())).thenReturn(new NotificationPage(List.of(), false, 0));

        mvc.perform(get("/api/notifications").param("archived", "true").with(asAlice())).andExpect(status().isOk());

        verify(listNotifications).list(new NotificationPageRequest(Employees.ALICE, null, null, 20, false, true));
    }

    @Test
    void markingUnreadArchivingAndUnarchivingAnswerTheUnreadCountAfterwards() throws Exception {
        when(markUnread.markUnread(Employees.ALICE, new NotificationId(OLDER))).thenReturn(3L);
        when(archive.archive(Employees.ALICE, new NotificationId(OLDER))).thenReturn(2L);
        when(archive.unarchive(Employees.ALICE, new NotificationId(OLDER))).thenReturn(3L);

        mvc.perform(post("/api/notifications/{id}/unread", OLDER).with(asAlice()))
                .andExpect(status().isOk()).andExpect(content().json("{\"unreadCount\": 3}", JsonCompareMode.STRICT));
        mvc.perform(post("/api/notifications/{id}/archive", OLDER).with(asAlice()))
                .andExpect(status().isOk()).andExpect(content().json("{\"unreadCount\": 2}", JsonCompareMode.STRICT));
        mvc.perform(post("/api/notifications/{id}/unarchive", OLDER).with(asAlice()))
                .andExpect(status().isOk()).andExpect(content().json("{\"unreadCount\": 3}", JsonCompareMode.STRICT));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"unread", "archive", "unarchive"})
    void changingSomeoneElsesNotificationOrNoNotificationAtAllIsNotFound(String action) throws Exception {
        when(markUnread.markUnread(any(), any())).thenThrow(new NotificationNotFound(NEWER));
        when(archive.archive(any(), any())).thenThrow(new NotificationNotFound(NEWER));
        when(archive.unarchive(any(), any())).thenThrow(new NotificationNotFound(NEWER));

        mvc.perform(post("/api/notifications/{id}/" + action, NEWER).with(asAlice()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("NotificationNotFound"));
        mvc.perform(post("/api/notifications/{id}/" + action, "nope").with(asAlice()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/notifications/{id}/" + action, NEWER)).andExpect(status().isUnauthorized());
    }

    @Test
    void markingAllReadAnswersHowManyChanged() throws Exception {
        when(markAllRead.markAllRead(Employees.ALICE)).thenReturn(7L);

        mvc.perform(post("/api/notifications/read-all").with(asAlice()))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"updated\": 7}", JsonCompareMode.STRICT));
    }

    @Test
    void notificationsNeedAToken() throws Exception {
        mvc.perform(get("/api/notifications")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/notifications/read-all")).andExpect(status().isUnauthorized());
        verifyNoInteractions(listNotifications, markAllRead);
    }
}
