package org.pavilion.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OversizedBodiesTest {

    @Test
    void aDeclaredLengthOverTheLimitIsOverWhateverItsSize() {
        assertThat(OversizedBodies.isOver("1025", 1024)).isTrue();
        assertThat(OversizedBodies.isOver("1024", 1024)).isFalse();
        assertThat(OversizedBodies.isOver(Long.toString(Long.MAX_VALUE), 1024)).isTrue();
        assertThat(OversizedBodies.isOver("99999999999999999999999", 1024)).isTrue();
    }

    @Test
    void aLengthThatIsNotANumberIsLeftToTheHttpLayer() {
        assertThat(OversizedBodies.isOver("abc", 1024)).isFalse();
        assertThat(OversizedBodies.isOver("-5", 1024)).isFalse();
        assertThat(OversizedBodies.isOver("", 1024)).isFalse();
        assertThat(OversizedBodies.isOver("١٢٣٤٥", 1)).isFalse();
    }
}
