package org.leavenotify.application.mail.port.out;

import java.util.Optional;

import org.leavenotify.domain.organisation.Employee;

/** Where an employee's e-mail goes; empty for someone without an address (they get no e-mail). */
public interface MailAddressPort {

    Optional<String> addressOf(Employee employee);
}
