package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Span;

class TextChunksTest {
    @Test
    void aTextNoLongerThanOnePartIsReadWhole() {
        assertThat(TextChunks.of("Short.\n\nText.")).containsExactly(new Span(0, 13));
    }

    @Test
    void aLongTextIsCutAtParagraphBreaksIntoPartsCoveringItAll() {
        String paragraph = "The council met on Monday. ".repeat(100).strip();
        String text = String.join("\n\n", java.util.Collections.nCopies(40, paragraph));
        List<Span> parts = TextChunks.of(text);
        assertThat(parts.size()).isGreaterThan(1);
        assertThat(parts.get(0).begin()).isZero();
        assertThat(parts.get(parts.size() - 1).end()).isEqualTo(text.length());
        for (int i = 0; i < parts.size(); i++) {
            assertThat(parts.get(i).length()).isLessThanOrEqualTo(TextChunks.MAX_CHARS);
            if (i > 0) {
                assertThat(parts.get(i).begin()).isEqualTo(parts.get(i - 1).end());
                assertThat(text.substring(parts.get(i).begin())).startsWith("\n\n");
            }
        }
    }

    @Test
    void aParagraphLongerThanOnePartIsCutAfterASentence() {
        String text = "Shelling went on through the night. ".repeat(2_000);
        List<Span> parts = TextChunks.of(text);
        assertThat(parts.size()).isGreaterThan(1);
        assertThat(parts.get(0).of(text)).endsWith("night.");
    }
}
