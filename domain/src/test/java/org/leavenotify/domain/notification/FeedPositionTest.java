package org.leavenotify.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedPositionTest {

    @Test
    void anIdCarriesItsEpochAndPlaceAndReadsBackTheSame() {
        FeedPosition position = new FeedPosition(0x9abcdef0L, 1234);

        assertThat(position.id().value()).isEqualTo("9abcdef000000000000004d2");
        assertThat(FeedPosition.of(position.id())).contains(position);
    }

    @Test
    void idsOfOneFeedSortByPlaceAsStrings() {
        NotificationId ninth = new FeedPosition(7, 9).id();
        NotificationId tenth = new FeedPosition(7, 10).id();
        NotificationId later = new FeedPosition(7, 0x1_0000_0000L).id();

        assertThat(ninth).isLessThan(tenth);
        assertThat(tenth).isLessThan(later);
    }

    @Test
    void anIdBeyondAnyPlaceAStoreGivesIsNoPosition() {
        assertThat(FeedPosition.of(new NotificationId("00000001ffffffffffffffff"))).isEmpty();
    }

    @Test
    void anEpochTakesAnyThirtyTwoRandomBits() {
        assertThat(FeedPosition.epochFrom(-1)).isEqualTo(0xFFFF_FFFFL);
        assertThat(new FeedPosition(FeedPosition.epochFrom(-1), 0).id().value()).startsWith("ffffffff");
    }
}
