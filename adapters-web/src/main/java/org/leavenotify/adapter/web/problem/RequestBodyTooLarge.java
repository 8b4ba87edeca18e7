package org.leavenotify.adapter.web.problem;

import java.io.IOException;

/** A request body went over the configured limit while it was being read. */
class RequestBodyTooLarge extends IOException {

    RequestBodyTooLarge(long limit) {
        super("the request body is larger than the limit of " + limit + " bytes");
    }
}
