package org.leavenotify.adapter.web.admin;

import java.util.List;

/** The people an import created, managers first. */
record ImportResponse(int count, List<EmployeeResponse> created) {
}
