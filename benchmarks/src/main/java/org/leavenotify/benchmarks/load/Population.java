package org.leavenotify.benchmarks.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The employees of a run, in teams: one manager (EMPLOYEE, MANAGER) and {@code teamSize - 1} reports
 * (EMPLOYEE). Users are listed team by team, so the first {@code n} users are whole teams when {@code n}
 * is a multiple of the team size.
 */
final class Population {

    final List<User> users = new ArrayList<>();
    final int teamSize;

    Population(String prefix, int teams, int teamSize) {
        this.teamSize = teamSize;
        for (int team = 0; team < teams; team++) {
            String manager = String.format("%s-m%05d", prefix, team);
            users.add(new User(manager, null, true));
            for (int member = 1; member < teamSize; member++) {
                users.add(new User(String.format("%s-e%05d-%02d", prefix, team, member), manager, false));
            }
        }
    }

    /**
     * The HR import's CSV lines ({@code username,displayName,roles,managerUsername,allowance[,initialPassword]},
     * no header), managers first; the first {@code withPassword} users get {@code password}, the others none
     * (they cannot log in with a password; the load tool gets their tokens from the control port).
     */
    List<String> csv(int withPassword, String password) {
        List<String> lines = new ArrayList<>(users.size());
        for (int i = 0; i < users.size(); i++) {
            User user = users.get(i);
            lines.add(user.username + "," + displayName(user) + "," + (user.manager ? "EMPLOYEE|MANAGER" : "EMPLOYEE")
                    + "," + (user.managerUsername == null ? "" : user.managerUsername) + ",25"
                    + (i < withPassword ? "," + password : ""));
        }
        return lines;
    }

    private static String displayName(User user) {
        return (user.manager ? "Manager " : "Employee ") + user.username;
    }
}
