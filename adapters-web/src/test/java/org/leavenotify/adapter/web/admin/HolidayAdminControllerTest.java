package org.leavenotify.adapter.web.admin;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.web.WebSliceTest;
import org.leavenotify.application.administration.port.in.AddPublicHolidayUseCase;
import org.leavenotify.application.administration.port.in.AddPublicHolidayUseCase.AddPublicHolidayCommand;
import org.leavenotify.application.administration.port.in.AddPublicHolidayUseCase.HolidayChange;
import org.leavenotify.application.administration.port.in.PublicHolidaysQuery;
import org.leavenotify.application.administration.port.in.RemovePublicHolidayUseCase;
import org.leavenotify.application.administration.port.in.RemovePublicHolidayUseCase.RemovePublicHolidayCommand;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.PublicHoliday;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** {@code /api/admin/holidays}: HR's holiday calendar. */
class HolidayAdminControllerTest extends WebSliceTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);

    @Autowired
    private AddPublicHolidayUseCase add;
    @Autowired
    private RemovePublicHolidayUseCase remove;
    @Autowired
    private PublicHolidaysQuery holidays;

    @Test
    void hrListsTheHolidaysOfAYear() throws Exception {
        when(holidays.holidaysOf(Employees.HANA, 2026)).thenReturn(List.of(
                new PublicHoliday(LocalDate.of(2026, 12, 25), "Christmas Day")));

        mvc.perform(get("/api/admin/holidays?year=2026").with(asHana()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].date").value("2026-12-25"))
                .andExpect(jsonPath("$[0].name").value("Christmas Day"));
    }

    @Test
    void hrAddsAHolidayAndLearnsHowManyPendingRequestsWereRecounted() throws Exception {
        when(add.addHoliday(new AddPublicHolidayCommand(Employees.HANA, TUESDAY, "Founders' Day")))
                .thenReturn(new HolidayChange(TUESDAY, 2));

        mvc.perform(put("/api/admin/holidays/2026-12-08").with(asHana()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Founders' Day\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2026-12-08"))
                .andExpect(jsonPath("$.recountedRequests").value(2));
    }

    @Test
    void hrRemovesAHoliday() throws Exception {
        when(remove.removeHoliday(new RemovePublicHolidayCommand(Employees.HANA, TUESDAY)))
                .thenReturn(new HolidayChange(TUESDAY, 1));

        mvc.perform(delete("/api/admin/holidays/2026-12-08").with(asHana()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recountedRequests").value(1));

        verify(remove).removeHoliday(new RemovePublicHolidayCommand(Employees.HANA, TUESDAY));
    }

    @Test
    void aMalformedDateIs400() throws Exception {
        mvc.perform(delete("/api/admin/holidays/tomorrow").with(asHana())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/admin/holidays").with(asHana())).andExpect(status().isBadRequest());
    }

    @Test
    void othersAreRefused() throws Exception {
        mvc.perform(put("/api/admin/holidays/2026-12-08").with(asBob()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Bob's day\"}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/holidays?year=2026").with(asAlice())).andExpect(status().isForbidden());

        verifyNoInteractions(add, holidays);
    }
}
