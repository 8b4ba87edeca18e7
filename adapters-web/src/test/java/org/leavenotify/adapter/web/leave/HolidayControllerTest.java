package org.leavenotify.adapter.web.leave;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.web.WebSliceTest;
import org.leavenotify.domain.leave.PublicHoliday;
import org.springframework.http.MediaType;

/** {@code GET /api/holidays}: the public holidays any employee counts their leave around. */
class HolidayControllerTest extends WebSliceTest {

    @Test
    void anyEmployeeSeesThePublicHolidaysOfAYear() throws Exception {
        when(holidayCalendar.publicHolidays(2026)).thenReturn(List.of(
                new PublicHoliday(LocalDate.of(2026, 12, 25), "Christmas Day")));

        mvc.perform(get("/api/holidays").param("year", "2026").with(asAlice()))
                .andExpect(status().isOk())
                .andExpect(content().json("[{\"date\": \"2026-12-25\", \"name\": \"Christmas Day\"}]"));
    }

    @Test
    void aYearOutOfRangeIsA400AndNoTokenA401() throws Exception {
        mvc.perform(get("/api/holidays").param("year", "20261").with(asAlice()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/holidays").param("year", "2026")).andExpect(status().isUnauthorized());
        verifyNoInteractions(holidayCalendar);
    }
}
