package org.leavenotify.adapter.web.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.leavenotify.adapter.web.leave.LeaveFixtures.MONDAY;
import static org.leavenotify.adapter.web.leave.LeaveFixtures.alicesApprovedRequest;
import static org.leavenotify.adapter.web.leave.LeaveFixtures.alicesPendingRequest;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leavenotify.adapter.web.WebSliceTest;
import org.leavenotify.application.leave.port.in.ApproveLeaveRequestUseCase.ApproveLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.CancelLeaveRequestUseCase.CancelLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.RejectLeaveRequestUseCase.RejectLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase.SubmitLeaveRequestCommand;
import org.leavenotify.application.shared.ConcurrentUpdate;
import org.leavenotify.application.shared.StoreUnavailable;
import org.leavenotify.domain.leave.CannotDecideOwnRequest;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.InsufficientBalance;
import org.leavenotify.domain.leave.LeaveAlreadyStarted;
import org.leavenotify.domain.leave.LeavePeriod;
import org.leavenotify.domain.leave.LeavePeriodEndsBeforeItStarts;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.LeaveRequestNotFound;
import org.leavenotify.domain.leave.LeaveRequestNotPending;
import org.leavenotify.domain.leave.LeaveStatus;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.leave.NotAManager;
import org.leavenotify.domain.leave.OverlappingLeave;
import org.leavenotify.domain.leave.WorkingDays;
import org.mockito.ArgumentCaptor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/leave-requests}: thin controllers over the leave use cases. */
class LeaveRequestControllerTest extends WebSliceTest {

    private static final String A_WEEK_OFF = """
            {"type": "ANNUAL", "startDate": "2026-12-07", "endDate": "2026-12-09", "reason": "Family trip"}""";

    @Nested
    class Submitting {

        @Test
        void aSubmittedRequestIsCreatedWithItsLocationAndTheContractFieldsPlusTheNamedPeople() throws Exception {
            when(submit.submit(any())).thenReturn(alicesPendingRequest());

            MvcResult result = mvc.perform(post("/api/leave-requests").with(asAlice())
                            .contentType(MediaType.APPLICATION_JSON).content(A_WEEK_OFF))
                    .andExpect(status().isCreated())
                    .andExpect(header().string(HttpHeaders.LOCATION, "/api/leave-requests/lr-1"))
                    .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.id").value("lr-1"))
                    .andExpect(jsonPath("$.employeeId").value("alice"))
                    .andExpect(jsonPath("$.type").value("ANNUAL"))
                    .andExpect(jsonPath("$.startDate").value("2026-12-07"))
                    .andExpect(jsonPath("$.endDate").value("2026-12-09"))
                    .andExpect(jsonPath("$.workingDays").value(2.5))
                    .andExpect(jsonPath("$.status").value("PENDING"))
                    .andExpect(jsonPath("$.reason").value("Family trip"))
                    .andExpect(jsonPath("$.decisionComment").isEmpty())
                    .andExpect(jsonPath("$.createdAt").value("2026-11-26T10:00:00Z"))
                    .andExpect(jsonPath("$.decidedAt").isEmpty())
                    .andReturn();

            JsonNode json = JsonMapper.shared().readTree(result.getResponse().getContentAsString());
            assertThat(json.propertyNames()).containsExactlyInAnyOrder("id", "employeeId", "type", "startDate",
                    "endDate", "workingDays", "status", "reason", "decisionComment", "createdAt", "decidedAt",
                    "employee", "decidedBy");
            assertThat(json.get("workingDays").isNumber()).isTrue();
        }

        @Test
        void theRequestIsSubmittedForTheCallerWithTheDatesAskedFor() throws Exception {
            when(submit.submit(any())).thenReturn(alicesPendingRequest());

            mvc.perform(post("/api/leave-requests").with(asAlice())
                    .contentType(MediaType.APPLICATION_JSON).content(A_WEEK_OFF)).andExpect(status().isCreated());

            ArgumentCaptor<SubmitLeaveRequestCommand> command = ArgumentCaptor.forClass(SubmitLeaveRequestCommand.class);
            verify(submit).submit(command.capture());
            assertThat(command.getValue()).isEqualTo(new SubmitLeaveRequestCommand(Employees.ALICE, LeaveType.ANNUAL,
                    LeavePeriod.of(MONDAY, MONDAY.plusDays(2)), "Family trip"));
        }

        @Test
        void halfDaysAreAskedForWithTheOptionalFlags() throws Exception {
            when(submit.submit(any())).thenReturn(alicesPendingRequest());

            mvc.perform(post("/api/leave-requests").with(asAlice()).contentType(MediaType.APPLICATION_JSON)
                    .content("""
                            {"type": "ANNUAL", "startDate": "2026-12-07", "endDate": "2026-12-09",
                             "halfDayStart": true, "halfDayEnd": true}""")).andExpect(status().isCreated());

            ArgumentCaptor<SubmitLeaveRequestCommand> command = ArgumentCaptor.forClass(SubmitLeaveRequestCommand.class);
            verify(submit).submit(command.capture());
            assertThat(command.getValue().period()).isEqualTo(new LeavePeriod(MONDAY, MONDAY.plusDays(2), true, true));
            assertThat(command.getValue().reason()).isNull();
        }

        @Test
        void missingFieldsAreA400ListingEachField() throws Exception {
            mvc.perform(post("/api/leave-requests").with(asAlice()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"reason\": \"x\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("ValidationFailed"))
                    .andExpect(jsonPath("$.errors.length()").value(3))
                    .andExpect(jsonPath("$.errors[?(@.field == 'type')].message").value("must not be null"))
                    .andExpect(jsonPath("$.errors[?(@.field == 'startDate')].message").value("must not be null"))
                    .andExpect(jsonPath("$.errors[?(@.field == 'endDate')].message").value("must not be null"));
            verifyNoInteractions(submit);
        }

        @Test
        void aTooLongReasonIsA400() throws Exception {
            mvc.perform(post("/api/leave-requests").with(asAlice()).contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"type": "ANNUAL", "startDate": "2026-12-07", "endDate": "2026-12-09",
                                     "reason": "%s"}""".formatted("x".repeat(501))))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("reason"))
                    .andExpect(jsonPath("$.detail").value(containsString("reason")));
        }

        @Test
        void anUnknownLeaveTypeIsA400NamingTheAllowedValues() throws Exception {
            mvc.perform(post("/api/leave-requests").with(asAlice()).contentType(MediaType.APPLICATION_JSON)
                            .content(A_WEEK_OFF.replace("ANNUAL", "VACATION")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value("type: 'VACATION' is not one of ANNUAL, SICK, UNPAID"))
                    .andExpect(jsonPath("$.errors[0].field").value("type"));
        }

        @Test
        void aDateThatIsNotADateIsA400() throws Exception {
            mvc.perform(post("/api/leave-requests").with(asAlice()).contentType(MediaType.APPLICATION_JSON)
                            .content(A_WEEK_OFF.replace("2026-12-07", "next monday")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value("startDate: 'next monday' is not a date (yyyy-MM-dd)"));
        }

        @Test
        void aValueOfTheWrongJsonTypeIsA400() throws Exception {
            mvc.perform(post("/api/leave-requests").with(asAlice()).contentType(MediaType.APPLICATION_JSON)
                            .content(A_WEEK_OFF.replace("\"Family trip\"", "{\"text\": 1}")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString("reason")))
                    .andExpect(jsonPath("$.detail").value(containsString("a string")));
        }

        @Test
        void malformedJsonIsA400SayingWhere() throws Exception {
            mvc.perform(post("/api/leave-requests").with(asAlice()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"type\": \"ANNUAL\", "))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("MalformedJson"))
                    .andExpect(jsonPath("$.detail").value(containsString("not valid JSON at line 1")));
        }

        @Test
        void aMissingBodyIsA400() throws Exception {
            mvc.perform(post("/api/leave-requests").with(asAlice()).contentType(MediaType.APPLICATION_JSON))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("MissingBody"))
                    .andExpect(jsonPath("$.detail").value("the request body is missing"));
        }

        @Test
        void aBodyThatIsNotAnObjectIsA400() throws Exception {
            mvc.perform(post("/api/leave-requests").with(asAlice()).contentType(MediaType.APPLICATION_JSON)
                            .content("[1, 2]"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value("the request body must be a JSON object"));
        }

        @Test
        void aBodyOverTheLimitIsA400BeforeAnythingReadsIt() throws Exception {
            String huge = A_WEEK_OFF.replace("Family trip", "x".repeat(70_000));

            mvc.perform(post("/api/leave-requests").with(asAlice()).contentType(MediaType.APPLICATION_JSON)
                            .content(huge))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("RequestBodyTooLarge"))
                    .andExpect(jsonPath("$.detail").value(containsString("the limit is 65536 bytes")));
            verifyNoInteractions(submit);
        }

        @Test
        void anotherContentTypeIsA415() throws Exception {
            mvc.perform(post("/api/leave-requests").with(asAlice()).contentType(MediaType.TEXT_PLAIN).content("hi"))
                    .andExpect(status().isUnsupportedMediaType())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        }

        @Test
        void anOverlapIsA422NamingTheRule() throws Exception {
            when(submit.submit(any())).thenThrow(
                    new OverlappingLeave(LeavePeriod.of(MONDAY, MONDAY), new LeaveRequestId("lr-0"),
                            LeaveStatus.APPROVED, LeaveType.ANNUAL, LeavePeriod.of(MONDAY, MONDAY.plusDays(2))));

            mvc.perform(post("/api/leave-requests").with(asAlice()).contentType(MediaType.APPLICATION_JSON)
                            .content(A_WEEK_OFF))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(422))
                    .andExpect(jsonPath("$.code").value("OverlappingLeave"))
                    .andExpect(jsonPath("$.detail").value(
                            "the period 2026-12-07 overlaps your approved annual leave from 2026-12-07 to 2026-12-09"));
        }

        @Test
        void anInsufficientBalanceIsA422() throws Exception {
            when(submit.submit(any())).thenThrow(new InsufficientBalance(WorkingDays.of(3), BigDecimal.ONE, 2026));

            mvc.perform(post("/api/leave-requests").with(asAlice()).contentType(MediaType.APPLICATION_JSON)
                            .content(A_WEEK_OFF))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value("InsufficientBalance"));
        }

        @Test
        void aPeriodEndingBeforeItStartsIsA400() throws Exception {
            mvc.perform(post("/api/leave-requests").with(asAlice()).contentType(MediaType.APPLICATION_JSON)
                            .content(A_WEEK_OFF.replace("2026-12-09", "2026-12-01")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value(LeavePeriodEndsBeforeItStarts.class.getSimpleName()));
            verifyNoInteractions(submit);
        }
    }

    @Nested
    class Reading {

        @Test
        void myRequestsAreTheCallersNewestFirstAsTheUseCaseOrdersThem() throws Exception {
            when(myRequests.myRequests(Employees.ALICE)).thenReturn(List.of(
                    LeaveFixtures.request("lr-2", Employees.ALICE, LeaveStatus.PENDING, null, null),
                    alicesApprovedRequest()));

            mvc.perform(get("/api/leave-requests/mine").with(asAlice()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(2))
                    .andExpect(jsonPath("$[0].id").value("lr-2"))
                    .andExpect(jsonPath("$[1].id").value("lr-1"))
                    .andExpect(jsonPath("$[1].status").value("APPROVED"))
                    .andExpect(jsonPath("$[1].decisionComment").value("Enjoy"))
                    .andExpect(jsonPath("$[1].decidedAt").value("2026-11-26T11:30:00Z"));
        }

        @Test
        void everyRequestNamesItsEmployeeAndItsDeciderByNameAskedForOnce() throws Exception {
            when(myRequests.myRequests(Employees.ALICE)).thenReturn(List.of(
                    LeaveFixtures.request("lr-2", Employees.ALICE, LeaveStatus.PENDING, null, null),
                    alicesApprovedRequest()));
            when(names.displayNames(List.of(Employees.ALICE, Employees.ALICE, Employees.BOB)))
                    .thenReturn(Map.of(Employees.ALICE, "Alice Archer", Employees.BOB, "Bob Baker"));

            mvc.perform(get("/api/leave-requests/mine").with(asAlice()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].employee.displayName").value("Alice Archer"))
                    .andExpect(jsonPath("$[0].decidedBy").doesNotExist())
                    .andExpect(jsonPath("$[1].employee.id").value("alice"))
                    .andExpect(jsonPath("$[1].decidedBy.id").value("bob"))
                    .andExpect(jsonPath("$[1].decidedBy.displayName").value("Bob Baker"));
            verify(names, times(1)).displayNames(any());
        }

        @Test
        void someoneWhoseNameIsUnknownIsShownById() throws Exception {
            when(teamRequests.teamRequests(Employees.BOB, Optional.empty())).thenReturn(List.of(alicesPendingRequest()));

            mvc.perform(get("/api/leave-requests/team").with(asBob()))
                    .andExpect(jsonPath("$[0].employee.displayName").value("alice"));
        }

        @Test
        void theTeamListCanBeFilteredByStatus() throws Exception {
            when(teamRequests.teamRequests(Employees.BOB, Optional.of(LeaveStatus.PENDING)))
                    .thenReturn(List.of(alicesPendingRequest()));

            mvc.perform(get("/api/leave-requests/team").param("status", "PENDING").with(asBob()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].employeeId").value("alice"));
        }

        @Test
        void theTeamListWithoutFilterAsksForEveryStatus() throws Exception {
            when(teamRequests.teamRequests(Employees.BOB, Optional.empty())).thenReturn(List.of());

            mvc.perform(get("/api/leave-requests/team").with(asBob()))
                    .andExpect(status().isOk())
                    .andExpect(content().json("[]"));
        }

        @Test
        void anUnknownStatusFilterIsA400NamingTheAllowedValues() throws Exception {
            mvc.perform(get("/api/leave-requests/team").param("status", "WAITING").with(asBob()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail")
                            .value("status: 'WAITING' is not one of PENDING, APPROVED, REJECTED, CANCELLED"));
        }

        @Test
        void theTeamListIsForbiddenToSomeoneWhoIsNotAManager() throws Exception {
            when(teamRequests.teamRequests(Employees.ALICE, Optional.empty()))
                    .thenThrow(new NotAManager(Employees.ALICE));

            mvc.perform(get("/api/leave-requests/team").with(asAlice()))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("NotAManager"));
        }

        @Test
        void oneRequestIsShownToWhoeverMaySeeIt() throws Exception {
            when(viewRequest.view(Employees.BOB, new LeaveRequestId("lr-1"))).thenReturn(alicesPendingRequest());

            mvc.perform(get("/api/leave-requests/lr-1").with(asBob()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value("lr-1"));
        }

        @Test
        void someoneElsesRequestIsNotFoundLikeAnUnknownOne() throws Exception {
            when(viewRequest.view(Employees.ALICE, new LeaveRequestId("carols")))
                    .thenThrow(new LeaveRequestNotFound(new LeaveRequestId("carols")));

            mvc.perform(get("/api/leave-requests/carols").with(asAlice()))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("LeaveRequestNotFound"))
                    .andExpect(jsonPath("$.detail").value("no leave request carols"));
        }
    }

    @Nested
    class Deciding {

        @Test
        void theManagerApprovesWithAComment() throws Exception {
            when(approve.approve(any())).thenReturn(alicesApprovedRequest());

            mvc.perform(post("/api/leave-requests/lr-1/approve").with(asBob())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"Enjoy\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("APPROVED"));
            verify(approve).approve(new ApproveLeaveRequestCommand(Employees.BOB, new LeaveRequestId("lr-1"), "Enjoy"));
        }

        @Test
        void approvingNeedsNoBody() throws Exception {
            when(approve.approve(any())).thenReturn(alicesApprovedRequest());

            mvc.perform(post("/api/leave-requests/lr-1/approve").with(asBob())).andExpect(status().isOk());
            verify(approve).approve(new ApproveLeaveRequestCommand(Employees.BOB, new LeaveRequestId("lr-1"), null));
        }

        @Test
        void approvingARequestThatIsNoLongerPendingIsA409() throws Exception {
            when(approve.approve(any())).thenThrow(
                    new LeaveRequestNotPending(new LeaveRequestId("lr-1"), LeaveStatus.CANCELLED));

            mvc.perform(post("/api/leave-requests/lr-1/approve").with(asBob()))
                    .andExpect(status().isConflict())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("LeaveRequestNotPending"));
        }

        @Test
        void approvingOnesOwnRequestIsA403() throws Exception {
            when(approve.approve(any())).thenThrow(new CannotDecideOwnRequest(new LeaveRequestId("lr-9")));

            mvc.perform(post("/api/leave-requests/lr-9/approve").with(asBob()))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("CannotDecideOwnRequest"));
        }

        @Test
        void approvingSomeoneElsesTeamsRequestIsNotFound() throws Exception {
            when(approve.approve(any())).thenThrow(new LeaveRequestNotFound(new LeaveRequestId("lr-1")));

            mvc.perform(post("/api/leave-requests/lr-1/approve").with(asAlice()))
                    .andExpect(status().isNotFound());
        }

        @Test
        void theManagerRejectsWithAReason() throws Exception {
            when(reject.reject(any())).thenReturn(
                    LeaveFixtures.request("lr-1", Employees.ALICE, LeaveStatus.REJECTED, "Team offsite", null));

            mvc.perform(post("/api/leave-requests/lr-1/reject").with(asBob())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Team offsite\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("REJECTED"))
                    .andExpect(jsonPath("$.decisionComment").value("Team offsite"));
            verify(reject).reject(new RejectLeaveRequestCommand(Employees.BOB, new LeaveRequestId("lr-1"),
                    "Team offsite"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"{}", "{\"reason\": \"  \"}"})
        void rejectingWithoutAReasonIsA400(String body) throws Exception {
            mvc.perform(post("/api/leave-requests/lr-1/reject").with(asBob())
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("reason"));
            verifyNoInteractions(reject);
        }

        @Test
        void rejectingWithoutABodyIsA400() throws Exception {
            mvc.perform(post("/api/leave-requests/lr-1/reject").with(asBob()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("MissingBody"));
        }

        @Test
        void theEmployeeCancelsTheirRequest() throws Exception {
            when(cancel.cancel(any())).thenReturn(
                    LeaveFixtures.request("lr-1", Employees.ALICE, LeaveStatus.CANCELLED, "Plans changed", null));

            mvc.perform(post("/api/leave-requests/lr-1/cancel").with(asAlice())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Plans changed\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("CANCELLED"));
            verify(cancel).cancel(new CancelLeaveRequestCommand(Employees.ALICE, new LeaveRequestId("lr-1"),
                    "Plans changed"));
        }

        @Test
        void cancellingSomeoneElsesRequestIsNotFound() throws Exception {
            when(cancel.cancel(any())).thenThrow(new LeaveRequestNotFound(new LeaveRequestId("carols")));

            mvc.perform(post("/api/leave-requests/carols/cancel").with(asAlice()))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("LeaveRequestNotFound"));
        }

        @Test
        void cancellingLeaveThatHasStartedIsA409() throws Exception {
            when(cancel.cancel(any())).thenThrow(new LeaveAlreadyStarted(new LeaveRequestId("lr-1")));

            mvc.perform(post("/api/leave-requests/lr-1/cancel").with(asAlice()))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("LeaveAlreadyStarted"));
        }

        @Test
        void anIdLongerThanAnyIdIsA400() throws Exception {
            mvc.perform(post("/api/leave-requests/" + "x".repeat(65) + "/cancel").with(asAlice()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("InvalidValue"));
            verify(cancel, never()).cancel(any());
        }
    }

    @Nested
    class TechnicalFailures {

        @Test
        void anUnreachableStoreIsA503WithRetryAfter() throws Exception {
            when(myRequests.myRequests(Employees.ALICE))
                    .thenThrow(new StoreUnavailable("mongo down", new RuntimeException("timeout at 10.0.0.7")));

            mvc.perform(get("/api/leave-requests/mine").with(asAlice()))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("StoreUnavailable"))
                    .andExpect(jsonPath("$.detail").value(not(containsString("10.0.0.7"))));
        }

        @Test
        void aPersistentConcurrentUpdateIsA409() throws Exception {
            when(approve.approve(any())).thenThrow(new ConcurrentUpdate("lr-1 changed"));

            mvc.perform(post("/api/leave-requests/lr-1/approve").with(asBob()))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("ConcurrentUpdate"));
        }

        @Test
        void anUnexpectedFailureIsA500WithoutAnyOfItsDetails() throws Exception {
            when(myRequests.myRequests(Employees.ALICE))
                    .thenThrow(new IllegalStateException("secret internals at com.example.Foo"));

            MvcResult result = mvc.perform(get("/api/leave-requests/mine").with(asAlice()))
                    .andExpect(status().isInternalServerError())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("InternalError"))
                    .andReturn();
            assertThat(result.getResponse().getContentAsString())
                    .doesNotContain("secret internals", "com.example", "IllegalStateException", "at org.");
        }
    }
}
