package jp.spamcenter.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilingCapacityTest {

    @Test
    void refusesAtOnceWhenFullAndAdmitsAgainWhenAFilingEnds() {
        var capacity = new FilingCapacity();
        capacity.maxConcurrent = 2;
        capacity.init();

        assertThat(capacity.tryEnter()).isTrue();
        assertThat(capacity.tryEnter()).isTrue();
        assertThat(capacity.tryEnter()).isFalse();
        capacity.leave();
        assertThat(capacity.tryEnter()).isTrue();
    }
}
