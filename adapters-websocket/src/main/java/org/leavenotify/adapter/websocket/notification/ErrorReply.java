package org.leavenotify.adapter.websocket.notification;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why a SEND failed, on {@code /user/queue/errors}: the destination it was sent to, an HTTP-like status
 * and a sentence for people.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ErrorReply(String destination, int status, String detail) {
}
