package org.leavenotify.domain.leave;

import java.time.LocalDate;

import org.leavenotify.domain.shared.Require;

/** A public holiday: a date that is not a working day, and what it is called. */
public record PublicHoliday(LocalDate date, String name) {

    public static final int MAX_NAME_LENGTH = 100;

    public PublicHoliday {
        Require.present(date, "date");
        Require.text(name, "holiday name");
        Require.textUpTo(name, MAX_NAME_LENGTH, "holiday name");
        name = name.strip();
    }
}
