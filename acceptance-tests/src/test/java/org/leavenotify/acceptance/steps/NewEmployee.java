package org.leavenotify.acceptance.steps;

import java.util.List;

/**
 * Someone HR adds: the fields HR gives, in business terms.
 *
 * @param managerUsername {@code null} for nobody
 * @param password        {@code null} to add them without one
 */
public record NewEmployee(String username, String displayName, List<String> roles, String managerUsername,
                          int annualDays, String password) {
}
