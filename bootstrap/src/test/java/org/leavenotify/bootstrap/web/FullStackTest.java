package org.leavenotify.bootstrap.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The assembled application on a random port, with the embedded store in a fresh data directory and the
 * demo organisation, driven over real HTTP. Test classes share one application; each test uses its own
 * dates so that their requests never overlap.
 */
@SpringBootTest(classes = LeaveNotifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leavenotify.store=mongodb",
                "leavenotify.embedded-store.data-dir=target/web-test-data/${random.uuid}"})
abstract class FullStackTest {

    private static final Set<MonthDay> DEMO_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1),
            MonthDay.of(12, 25), MonthDay.of(12, 26));

    @LocalServerPort
    private int port;

    protected HttpApi api;

    @BeforeEach
    void connect() {
        api = new HttpApi(port);
    }

    /**
     * A Wednesday at least {@code weeksAhead} weeks from now that is not a demo holiday: a working day
     * that no other test of the same run asks for when each test picks its own number.
     */
    protected static LocalDate aWednesday(int weeksAhead) {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusWeeks(weeksAhead)
                .with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        while (DEMO_HOLIDAYS.contains(MonthDay.from(day))) {
            day = day.plusWeeks(1);
        }
        return day;
    }
}
