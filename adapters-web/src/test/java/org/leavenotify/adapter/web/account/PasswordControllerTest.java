package org.leavenotify.adapter.web.account;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.web.WebSliceTest;
import org.leavenotify.application.auth.port.in.ChangeOwnPasswordUseCase;
import org.leavenotify.application.auth.port.in.ChangeOwnPasswordUseCase.ChangeOwnPasswordCommand;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.organisation.CurrentPasswordIncorrect;
import org.leavenotify.domain.organisation.PasswordTooShort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** {@code POST /api/me/password}: the caller changes their own password. */
class PasswordControllerTest extends WebSliceTest {

    @Autowired
    private ChangeOwnPasswordUseCase changePassword;

    @Test
    void aliceChangesHerOwnPassword() throws Exception {
        mvc.perform(post("/api/me/password").with(asAlice()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"demo\", \"newPassword\": \"a much better one\"}"))
                .andExpect(status().isNoContent());

        verify(changePassword).changePassword(new ChangeOwnPasswordCommand(Employees.ALICE, "demo",
                "a much better one", "127.0.0.1"));
    }

    @Test
    void aWrongCurrentPasswordIs403AndAShortNewOne400() throws Exception {
        doThrow(new CurrentPasswordIncorrect()).when(changePassword).changePassword(
                new ChangeOwnPasswordCommand(Employees.ALICE, "wrong", "a much better one", "127.0.0.1"));
        doThrow(new PasswordTooShort()).when(changePassword).changePassword(
                new ChangeOwnPasswordCommand(Employees.ALICE, "demo", "short", "127.0.0.1"));

        mvc.perform(post("/api/me/password").with(asAlice()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"wrong\", \"newPassword\": \"a much better one\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("CurrentPasswordIncorrect"));
        mvc.perform(post("/api/me/password").with(asAlice()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"demo\", \"newPassword\": \"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("PasswordTooShort"));
    }

    @Test
    void withoutATokenOrFieldsNothingChanges() throws Exception {
        mvc.perform(post("/api/me/password").contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\": \"demo\", \"newPassword\": \"a much better one\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/me/password").with(asAlice()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"newPassword\": \"a much better one\"}"))
                .andExpect(status().isBadRequest());

        verifyNoInteractions(changePassword);
    }
}
