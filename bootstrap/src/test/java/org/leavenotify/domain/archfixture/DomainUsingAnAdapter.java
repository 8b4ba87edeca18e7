package org.leavenotify.domain.archfixture;

import org.leavenotify.adapter.web.archfixture.WebUsingWebSocket;

/** A deliberate violation: the domain pointing outwards to an adapter. */
public class DomainUsingAnAdapter {

    public Object adapter() {
        return new WebUsingWebSocket();
    }
}
