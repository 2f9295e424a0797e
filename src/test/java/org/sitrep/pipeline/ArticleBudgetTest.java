package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.ArticleBudget;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.Processed;
import org.sitrep.core.RawPage;

/** Issue 14: an article past the per-article budget is kept whole, with the facts of the part read and a warning. */
class ArticleBudgetTest {
    private static RawPage longArticle(int paragraphs) {
        List<String> parts = new ArrayList<>(List.of("Fighting around Aleppo"));
        for (int i = 0; i < paragraphs; i++) {
            parts.add("Report " + i + ": John Kerry met officials of the United Nations in Geneva on Monday. \"We will keep talking,\" "
                    + "Kerry said, adding that aid convoys would reach Aleppo within days if the ceasefire held.");
        }
        return new RawPage("long.txt", String.join("\n\n", parts).getBytes(StandardCharsets.UTF_8), ContentType.BODY_TEXT,
                "UTF-8", null, Hints.NONE);
    }

    @Test
    void anArticleLongerThanTheBudgetIsStoredWholeWithFactsFromItsBeginningAndAWarning() {
        Pipeline pipeline = Pipeline.standard().withBudget(new ArticleBudget(2_000, Duration.ofSeconds(60)));
        Processed p = pipeline.process(longArticle(60));
        int length = p.article().text().length();
        assertThat(length).isGreaterThan(10_000);
        assertThat(p.annotated().readUpTo()).isBetween(1_000, 2_000);
        assertThat(p.annotated().tokens()).allMatch(t -> t.span().end() <= p.annotated().readUpTo());
        assertThat(p.entities()).isNotEmpty().allMatch(e -> e.mention().span().end() <= p.annotated().readUpTo());
        assertThat(p.quotes()).isNotEmpty();
        assertThat(p.warnings()).singleElement().asString()
                .startsWith("long.txt: statements and entities were read from the first ")
                .contains("longer than the limit of 2,000 characters");
    }

    @Test
    void anArticleThatOutrunsTheTimeBudgetKeepsWhatWasReadBeforeTheDeadline() {
        Pipeline pipeline = Pipeline.standard().withBudget(new ArticleBudget(1_000_000, Duration.ofNanos(1)));
        Processed p = pipeline.process(longArticle(400));
        assertThat(p.article().text().length()).isGreaterThan(60_000);
        assertThat(p.annotated().readUpTo()).isPositive().isLessThan(p.article().text().length());
        assertThat(p.warnings()).singleElement().asString().contains("took longer than the limit");
    }

    @Test
    void anArticleWithinTheBudgetIsReadWholeWithoutWarning() {
        Processed p = Pipeline.standard().process(longArticle(20));
        assertThat(p.annotated().isPartial()).isFalse();
        assertThat(p.warnings()).isEmpty();
    }
}
