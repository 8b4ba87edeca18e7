package org.leavenotify.application.archfixture.port.in;

/** A deliberate violation: an incoming port named neither ...UseCase nor ...Query. */
public interface SubmitLeave {
}
