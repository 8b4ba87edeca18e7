package org.leavenotify.benchmarks.load;

import java.util.HashMap;
import java.util.Map;

/** One STOMP 1.2 frame, written and read by hand (the load tool needs only a few commands). */
record StompFrame(String command, Map<String, String> headers, String body) {

    static String connect(String token) {
        return "CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\nAuthorization:Bearer " + token + "\n\n\0";
    }

    static String subscribe(String id, String destination, String receipt) {
        return "SUBSCRIBE\nid:" + id + "\ndestination:" + destination + "\nreceipt:" + receipt + "\n\n\0";
    }

    static String send(String destination, String json) {
        return "SEND\ndestination:" + destination + "\ncontent-type:application/json\n\n" + json + "\0";
    }

    static String disconnect() {
        return "DISCONNECT\n\n\0";
    }

    /** Parses one frame; a heart-beat (end of line only) comes back as {@code null}. */
    static StompFrame parse(String text) {
        int start = 0;
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        if (start >= text.length()) {
            return null;
        }
        int lineEnd = text.indexOf('\n', start);
        String command = text.substring(start, lineEnd).strip();
        Map<String, String> headers = new HashMap<>(8);
        int position = lineEnd + 1;
        while (position < text.length()) {
            int end = text.indexOf('\n', position);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(position, end);
            position = end + 1;
            if (line.isEmpty() || line.equals("\r")) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        int nul = text.indexOf('\0', Math.min(position, text.length()));
        String body = position >= text.length() ? "" : text.substring(position, nul < 0 ? text.length() : nul);
        return new StompFrame(command, headers, body);
    }
}
