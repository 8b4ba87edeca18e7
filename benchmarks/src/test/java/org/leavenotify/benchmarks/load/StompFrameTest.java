package org.leavenotify.benchmarks.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StompFrameTest {

    @Test
    void aMessageFrameIsReadWithItsHeadersAndItsBody() {
        StompFrame frame = StompFrame.parse("MESSAGE\ndestination:/user/queue/notifications\nsubscription:n\n"
                + "content-type:application/json\n\n{\"id\":\"abc\"}\0");

        assertThat(frame.command()).isEqualTo("MESSAGE");
        assertThat(frame.headers()).containsEntry("subscription", "n")
                .containsEntry("destination", "/user/queue/notifications");
        assertThat(frame.body()).isEqualTo("{\"id\":\"abc\"}");
    }

    @Test
    void aHeartBeatIsNoFrame() {
        assertThat(StompFrame.parse("\n")).isNull();
    }

    @Test
    void aReceiptWithoutBodyHasAnEmptyBody() {
        StompFrame frame = StompFrame.parse("RECEIPT\nreceipt-id:r-n\n\n\0");

        assertThat(frame.command()).isEqualTo("RECEIPT");
        assertThat(frame.headers()).containsEntry("receipt-id", "r-n");
        assertThat(frame.body()).isEmpty();
    }

    @Test
    void theConnectFrameCarriesTheBearerTokenAndAsksForNoHeartBeats() {
        assertThat(StompFrame.connect("t0k3n")).contains("\nAuthorization:Bearer t0k3n\n")
                .contains("\nheart-beat:0,0\n").startsWith("CONNECT\n").endsWith("\n\n\0");
    }
}
