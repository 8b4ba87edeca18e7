package org.leavenotify.adapter.websocket.archfixture;

/** Target of a deliberate cross-adapter dependency. */
public class WebSocketThing {
}
