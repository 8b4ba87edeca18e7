package org.leavenotify.adapter.web.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The request body limit, for bodies that declare their length and for those that do not (chunked). */
class RequestBodyLimitFilterTest {

    private static final int LIMIT = 100;
    private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(LIMIT,
            new ProblemResponseWriter(Duration.ofSeconds(5)));

    /** A request whose length is unknown until it has been read, as with chunked transfer encoding. */
    private static MockHttpServletRequest chunked(int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/leave-requests") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContent("x".repeat(bytes).getBytes(StandardCharsets.UTF_8));
        return request;
    }

    @Test
    void aDeclaredLengthOverTheLimitIsA400WithoutCallingTheApplication() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/leave-requests");
        request.setContent(new byte[LIMIT + 1]);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("the application must not be called");
        });

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString()).contains("\"code\":\"RequestBodyTooLarge\"",
                "the request body has 101 bytes; the limit is 100 bytes");
    }

    @Test
    void aBodyOfUnknownLengthIsCutOffOnceItGoesOverTheLimit() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThatThrownBy(() -> filter.doFilter(chunked(LIMIT + 1), response,
                (req, res) -> req.getInputStream().readAllBytes()))
                .isInstanceOf(RequestBodyTooLarge.class)
                .hasMessage("the request body is larger than the limit of 100 bytes");
    }

    @Test
    void aBodyOfUnknownLengthWithinTheLimitIsReadWhole() throws Exception {
        byte[][] read = new byte[1][];

        filter.doFilter(chunked(LIMIT), new MockHttpServletResponse(),
                (req, res) -> read[0] = req.getReader().lines().reduce("", String::concat).getBytes());

        assertThat(read[0]).hasSize(LIMIT);
    }
}
