package org.leavenotify.adapter.persistence;

import java.util.regex.Pattern;

/** Connection strings as they may be shown in a log: the password replaced by asterisks. */
final class ConnectionStrings {

    private static final Pattern USER_INFO = Pattern.compile("^(mongodb(?:\\+srv)?://)([^@/]*)@");

    private ConnectionStrings() {
    }

    static String masked(String uri) {
        var matcher = USER_INFO.matcher(uri);
        if (!matcher.find()) {
            return uri;
        }
        String userInfo = matcher.group(2);
        int colon = userInfo.indexOf(':');
        if (colon < 0) {
            return uri;
        }
        String user = userInfo.substring(0, colon);
        return matcher.group(1) + user + ":****@" + uri.substring(matcher.end());
    }
}
