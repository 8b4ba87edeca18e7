package org.leavenotify.adapter.web.archfixture;

import org.leavenotify.adapter.websocket.archfixture.WebSocketThing;

/** A deliberate violation: one adapter depending on another. */
public class WebUsingWebSocket {

    public Object other() {
        return new WebSocketThing();
    }
}
