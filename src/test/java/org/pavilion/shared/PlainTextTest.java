package org.pavilion.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pavilion.shared.web.PlainText;

class PlainTextTest {

    @Test
    void everyC0ControlButTabCarriageReturnAndLineFeedIsRefused() {
        for (char c = 0; c < 0x20; c++) {
            boolean allowed = c == '\t' || c == '\r' || c == '\n';
            assertThat(PlainText.isAcceptable("a" + c + "b")).as("U+%04X", (int) c).isEqualTo(allowed);
        }
    }

    @Test
    void deleteAndTheC1ControlsAreRefused() {
        for (char c = 0x7F; c <= 0x9F; c++) {
            assertThat(PlainText.isAcceptable("x" + c)).as("U+%04X", (int) c).isFalse();
        }
        assertThat(PlainText.isAcceptable("\u00a0")).isTrue();
    }

    @Test
    void loneSurrogatesAreRefusedAndPairsAccepted() {
        assertThat(PlainText.isAcceptable("\ud800")).isFalse();
        assertThat(PlainText.isAcceptable("a\udc00")).isFalse();
        assertThat(PlainText.isAcceptable("\ud83d\ude00")).isTrue();
        assertThat(PlainText.isAcceptable("\ude00\ud83d")).isFalse();
    }

    @Test
    void rightToLeftMarksEmojiAndEveryScriptAreText() {
        assertThat(PlainText.isAcceptable("메디웨이브 \u200f שלום \u202e 展会 👩‍👩‍👧 \ufeff")).isTrue();
    }

    @Test
    void theProblemNamesTheCharacterAndWhereItIs() {
        assertThat(PlainText.problemWith("ab\u0000")).hasValue("must not contain control characters (found U+0000 at position 2)");
    }
}
