package org.leavenotify.acceptance.steps;

import java.time.LocalDate;
import java.util.List;

/** HR running the organisation: people, teams and the holiday calendar. */
public interface Administration {

    /** HR adds someone; refused with {@link Refused}. */
    void addEmployee(Persona hr, NewEmployee employee);

    /** HR adds everyone on the list (managers first) or, if a line is wrong, nobody: {@link ListRefused}. */
    List<String> addFromList(Persona hr, List<NewEmployee> people);

    /** Moves someone to another manager's team. */
    void moveToTeam(Persona actor, Persona who, Persona manager);

    void deactivate(Persona hr, Persona who);

    /** Whether someone with this username exists, as HR sees it (lists name people by username). */
    boolean exists(String username);

    /** The username of the person's manager, as HR sees it, or {@code null}. */
    String managerOf(Persona who);

    void declareHoliday(Persona hr, LocalDate date, String name);

    void removeHoliday(Persona hr, LocalDate date);
}
