package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Article;
import org.sitrep.core.BlockQuote;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.RawPage;

class BlockQuotationsTest {
    private static final String TEXT = "<p>The army said on Monday that its troops had taken the town after two days of "
            + "fighting with the rebels, who had held it since March.</p>";
    private static final String MORE = "<p>Residents fled south along the main road, where aid groups set up tents for the "
            + "families who had left their homes, and doctors treated the wounded in a school.</p>";

    private static Article extract(String body) {
        String html = "<html><head><title>Town taken</title></head><body><article><h1>Town taken</h1>" + body + "</article></body></html>";
        return new ArticleExtractor().extract(new RawPage("https://example.com/story", html.getBytes(StandardCharsets.UTF_8),
                ContentType.HTML, null, Instant.EPOCH, new Hints(null, LocalDate.of(2016, 9, 20), null, null)));
    }

    @Test
    void marksTheParagraphsOfABlockquoteAsOneQuotation() {
        Article a = extract(TEXT + "<blockquote><p>We will hold the bridge whatever it costs us, and the town will be ours "
                + "again before winter.</p><p>No one in the command doubts it, and the men are ready for it.</p></blockquote>" + MORE);

        assertThat(a.blockQuotes()).containsExactly(new BlockQuote(1, 2));
    }

    @Test
    void keepsTwoQuotationsInARowApart() {
        Article a = extract(TEXT + "<blockquote><p>We will hold the bridge whatever it costs us, and the town will be ours "
                + "again before winter.</p></blockquote><blockquote><p>The shelling went on through the night near the border, "
                + "and the road south is closed.</p></blockquote>" + MORE);

        assertThat(a.blockQuotes()).containsExactly(new BlockQuote(1, 1), new BlockQuote(2, 2));
    }

    @Test
    void aPageIndentedWholeInABlockquoteHasNoQuotation() {
        Article a = extract("<blockquote>" + TEXT + MORE + "</blockquote>");

        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.blockQuotes()).isEmpty();
    }

    @Test
    void aBlockquoteHoldingOthersIsLayoutAndOnlyTheInnerOnesQuote() {
        Article a = extract("<blockquote>" + TEXT + "<blockquote><p>We will hold the bridge whatever it costs us, and the "
                + "town will be ours again before winter.</p></blockquote>" + MORE + MORE.replace("Residents", "Farmers") + "</blockquote>");

        assertThat(a.blockQuotes()).containsExactly(new BlockQuote(1, 1));
    }
}
