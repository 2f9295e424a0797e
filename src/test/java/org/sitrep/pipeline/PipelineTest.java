package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Processed;
import org.sitrep.core.RawPage;
import org.sitrep.core.Span;

class PipelineTest {
    private static final String PAGE = "<html><head><title>Assad warns Israel</title></head><body><article>"
            + "<h1>Assad warns Israel</h1>"
            + "<figure><img src=\"a.jpg\"><figcaption>Assad said Syria would respond to any future attack by Israel. (AFP)</figcaption></figure>"
            + "<p>Syrian President Bashar al-Assad spoke to Lebanese television on Thursday, a week after Israeli jets struck "
            + "targets near Damascus.</p>"
            + "<p>Israel has not confirmed the strikes, and officials in Jerusalem declined to comment on the interview.</p>"
            + "</article></body></html>";

    /** A caption whose event only its statement claims: "told reporters" is no cue the sentence's own words give. */
    private static final String STRIKE = "<html><head><title>Photographs of the week</title></head><body><article>"
            + "<h1>Photographs of the week</h1>"
            + "<figure><img src=\"a.jpg\"><figcaption>Warplanes struck a market in Idlib on Monday, killing 23 civilians, "
            + "the military told reporters.</figcaption></figure>"
            + "<p>The town's market reopened on Wednesday after the holiday, shopkeepers told reporters.</p>"
            + "<p>The United Nations has called for talks between the two sides to resume next month in Geneva.</p>"
            + "</article></body></html>";

    @Test
    void creditsAnEventACaptionReportsToTheSpeakerOfThatCaptionsStatement() {
        Processed p = Pipeline.standard().process(new RawPage("strike.html", STRIKE.getBytes(StandardCharsets.UTF_8),
                ContentType.HTML, "UTF-8", null, Hints.NONE));
        assertThat(p.events()).singleElement().satisfies(e -> {
            assertThat(e.caption()).isZero();
            assertThat(e.claimedBy()).isEqualTo("the military");
        });
    }

    @Test
    void findsACaptionsStatementAndCreditsItToTheEntityTheTextNames() {
        Processed p = Pipeline.standard().process(new RawPage("assad.html", PAGE.getBytes(StandardCharsets.UTF_8),
                ContentType.HTML, "UTF-8", null, Hints.NONE));
        List<AttributedQuote> inCaption = p.quotes().stream().filter(q -> q.quote().inCaption()).toList();
        String assad = p.entities().stream().map(LinkedMention::entity).filter(e -> e.name().endsWith("Assad"))
                .findFirst().orElseThrow().id();
        assertThat(p.article().captions()).hasSize(1);
        assertThat(inCaption).singleElement().satisfies(q -> {
            assertThat(q.quote().caption()).isZero();
            assertThat(q.quote().content().of(p.article().captions().get(0))).isEqualTo("Syria would respond to any future attack by Israel");
            assertThat(q.speaker().id()).isEqualTo(assad);
        });
    }

    @Test
    void keepsTheArticleWithoutEntitiesWhenResolvingThemFails() {
        Pipeline pipeline = Pipeline.standard();
        Article article = pipeline.extractor().extract(new RawPage("assad.html", PAGE.getBytes(StandardCharsets.UTF_8),
                ContentType.HTML, "UTF-8", null, Hints.NONE));
        // an annotator with a bug: a mention reaching past the end of the text, on which the resolver throws
        Mention past = new Mention(new Span(0, article.textLength() + 40), "Bashar al-Assad", EntityType.PERSON);
        Processed p = pipeline.findAndResolve("assad.html", new Annotated(article, List.of(), List.of(), List.of(past), List.of()));
        assertThat(p.article()).isSameAs(article);
        assertThat(p.entities()).isEmpty();
    }
}
