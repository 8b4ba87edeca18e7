package org.leavenotify.adapter.web.leave;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leavenotify.adapter.web.WebSliceTest;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.LeaveBalance;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.leave.WorkingDays;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;

/** {@code GET /api/leave-balances/mine}. */
class LeaveBalanceControllerTest extends WebSliceTest {

    private static final List<LeaveBalance> ALICES_2026 = List.of(
            new LeaveBalance(Employees.ALICE, LeaveType.ANNUAL, 2026, WorkingDays.of(25), WorkingDays.of(3),
                    new WorkingDays(5)),
            new LeaveBalance(Employees.ALICE, LeaveType.SICK, 2026, null, WorkingDays.of(2), WorkingDays.NONE));

    @Test
    void eachLeaveTypeShowsAllowanceUsedReservedAndRemaining() throws Exception {
        when(balances.myBalances(Employees.ALICE)).thenReturn(ALICES_2026);

        mvc.perform(get("/api/leave-balances/mine").with(asAlice()))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        [{"type": "ANNUAL", "year": 2026, "allowance": 25, "used": 3, "reserved": 2.5,
                          "remaining": 19.5},
                         {"type": "SICK", "year": 2026, "allowance": null, "used": 2, "reserved": 0,
                          "remaining": null}]""", JsonCompareMode.STRICT));
    }

    @Test
    void anotherYearCanBeAskedFor() throws Exception {
        when(balances.myBalances(Employees.ALICE, 2027)).thenReturn(List.of());

        mvc.perform(get("/api/leave-balances/mine").param("year", "2027").with(asAlice()))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1999", "3000", "2026.5"})
    void aYearThatIsNotAPlausibleYearIsA400(String year) throws Exception {
        mvc.perform(get("/api/leave-balances/mine").param("year", year).with(asAlice()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        verifyNoInteractions(balances);
    }

    @Test
    void balancesNeedAToken() throws Exception {
        mvc.perform(get("/api/leave-balances/mine")).andExpect(status().isUnauthorized());
        verifyNoInteractions(balances);
    }
}
