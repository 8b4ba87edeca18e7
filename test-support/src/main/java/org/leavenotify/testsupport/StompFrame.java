package org.leavenotify.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

/** One STOMP frame as received: command, headers (first value of each, escapes decoded), body. */
public record StompFrame(String command, Map<String, String> headers, String body) {

    public static StompFrame parse(String text) {
        String frame = text;
        while (frame.startsWith("\n") || frame.startsWith("\r\n")) {
            frame = frame.substring(frame.indexOf('\n') + 1);
        }
        if (frame.isEmpty()) {
            return new StompFrame("HEARTBEAT", Map.of(), "");
        }
        int end = frame.indexOf("\n\n");
        String head = end < 0 ? frame : frame.substring(0, end);
        String body = end < 0 ? "" : frame.substring(end + 2);
        int nul = body.indexOf('\0');
        if (nul >= 0) {
            body = body.substring(0, nul);
        }
        String[] lines = head.split("\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(lines[i].substring(0, colon), unescape(lines[i].substring(colon + 1)));
            }
        }
        return new StompFrame(lines[0].strip(), headers, body);
    }

    public String header(String name) {
        return headers.get(name);
    }

    private static String unescape(String value) {
        return value.replace("\\c", ":").replace("\\n", "\n").replace("\\r", "\r").replace("\\\\", "\\");
    }

    @Override
    public String toString() {
        return command + headers + (body.isEmpty() ? "" : " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body));
    }
}
