package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.JsonObjects;
import org.sitrep.core.Article;
import org.sitrep.core.DateExpression;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.Json;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Processed;
import org.sitrep.core.Span;
import org.sitrep.core.StoredArticle;

class ExportedArticleTest {
    private static final String CAPTION = "Workers clear debris in Aleppo on November 12.";

    private static List<Object> exportedDates(DateExpression... dates) {
        Article a = new Article(null, "Strikes on Aleppo", List.of(), LocalDate.of(2014, 12, 1), null, null,
                List.of("A photograph.", CAPTION), List.of("In the 1970s, and again the next day."), "en");
        StoredArticle stored = new StoredArticle("a1", "test", Instant.EPOCH, a, List.of(), List.of(), List.of(dates),
                List.of(), List.of());
        return JsonObjects.list(JsonObjects.object(Json.write(ExportedArticle.of(stored))).get("dates"));
    }

    @Test
    void writesACaptionDateWithItsCaptionNumberAndOffsetsIntoThatCaption() {
        // Issue 17 and EXPORT.md's "Captions": the seed's "November 12" stands only in a caption.
        int at = CAPTION.indexOf("November 12");
        List<Object> dates = exportedDates(new DateExpression(new Span(at, at + 11), "November 12", "2014-11-12", 1));
        assertThat(dates).containsExactly(Map.of("begin", at, "end", at + 11, "text", "November 12", "value", "2014-11-12",
                "precision", "day", "in", "caption", "caption", 1));
    }

    @Test
    void writesATextDateWithoutInAndWithTheLowerCasePrecisionOfItsValue() {
        String text = "Strikes on Aleppo\n\nIn the 1970s, and again the next day.";
        int decade = text.indexOf("the 1970s");
        int next = text.indexOf("the next day");
        List<Object> dates = exportedDates(new DateExpression(new Span(decade, decade + 9), "the 1970s", "197X"),
                new DateExpression(new Span(next, next + 12), "the next day", null));
        assertThat(dates.get(0)).isEqualTo(Map.of("begin", decade, "end", decade + 9, "text", "the 1970s", "value", "197X",
                "precision", "decade"));
        assertThat(JsonObjects.object(dates.get(1))).containsOnlyKeys("begin", "end", "text", "value", "precision")
                .containsEntry("value", null).containsEntry("precision", null);
    }

    private static final String ASSAD_TEXT = "Assad speaks\n\nBashar al-Assad spoke. The Syrian president said Israeli forces shelled Quneitra.";
    private static final Entity ASSAD = new Entity("person-bashar-al-assad", "Bashar al-Assad", EntityType.PERSON, null);
    private static final Entity IDF = new Entity("organization-israel-defense-forces", "Israel Defense Forces",
            EntityType.ORGANIZATION, "state forces");

    private static StoredArticle assadArticle() {
        Article a = new Article(null, "Assad speaks", List.of(), LocalDate.of(2014, 12, 1), null, null, List.of(),
                List.of("Bashar al-Assad spoke. The Syrian president said Israeli forces shelled Quneitra."), "en");
        List<LinkedMention> mentions = List.of(linked("Bashar al-Assad", ASSAD), linked("The Syrian president", ASSAD),
                linked("Israeli forces", IDF));
        return new StoredArticle("a2", "test", Instant.EPOCH, a, List.of(), mentions, List.of(), List.of(), List.of(), List.of());
    }

    private static LinkedMention linked(String text, Entity e) {
        int at = ASSAD_TEXT.indexOf(text);
        return new LinkedMention(new Mention(new Span(at, at + text.length()), text, e.type()), e);
    }

    @Test
    void exportsAnEntityTheArticleOnlyDescribesApartFromTheNamedOnes() {
        Map<String, Object> a = JsonObjects.object(Json.write(ExportedArticle.of(assadArticle())));
        assertThat(JsonObjects.list(a.get("entities"))).extracting(e -> JsonObjects.object(e).get("name"))
                .containsExactly("Bashar al-Assad");
        assertThat(JsonObjects.list(a.get("described_entities"))).singleElement().satisfies(e -> {
            assertThat(JsonObjects.object(e)).containsEntry("name", "Israel Defense Forces").containsEntry("mentions", List.of());
            assertThat(JsonObjects.list(JsonObjects.object(e).get("references"))).extracting(r -> JsonObjects.object(r).get("text"))
                    .containsExactly("Israeli forces");
        });
    }

    @Test
    void keepsANamedEntitysDescriptionsAsReferencesNotAsMentions() {
        Map<String, Object> assad = JsonObjects.object(JsonObjects.list(
                JsonObjects.object(Json.write(ExportedArticle.of(assadArticle()))).get("entities")).get(0));
        assertThat(JsonObjects.list(assad.get("mentions"))).extracting(m -> JsonObjects.object(m).get("text"))
                .containsExactly("Bashar al-Assad");
        assertThat(JsonObjects.list(assad.get("references"))).extracting(m -> JsonObjects.object(m).get("text"))
                .containsExactly("The Syrian president");
    }

    @Test
    void readsBackNamedAndDescribedEntitiesWithEveryMention() {
        String line = Json.write(ExportedArticle.of(assadArticle()));
        Processed back = new ExportedArticleReader(id -> java.util.Optional.empty()).read("a2.jsonl:1", line);
        assertThat(back.entities()).extracting(m -> m.mention().text())
                .containsExactly("Bashar al-Assad", "The Syrian president", "Israeli forces");
        assertThat(back.entities()).extracting(m -> m.entity().id())
                .containsExactly(ASSAD.id(), ASSAD.id(), IDF.id());
    }

    @Test
    @SuppressWarnings("unchecked")
    void readsALineWrittenBeforeDescribedEntitiesWereApart() {
        Map<String, Object> a = JsonObjects.object(Json.write(ExportedArticle.of(assadArticle())));
        List<Object> all = new java.util.ArrayList<>(JsonObjects.list(a.get("entities")));
        all.addAll(JsonObjects.list(a.remove("described_entities")));
        a.put("entities", all);
        Processed back = new ExportedArticleReader(id -> java.util.Optional.empty()).read("old.jsonl:1", Json.write(a));
        assertThat(back.entities()).extracting(m -> m.entity().id()).containsExactlyInAnyOrder(ASSAD.id(), ASSAD.id(), IDF.id());
    }

    private static final String SAID_CAPTION = "Bashar al-Assad said Syria would respond to any attack. (Reuters)";

    /** An article whose caption 1 holds a statement with its speaker named there; its text holds none. */
    private static StoredArticle captionStatementArticle() {
        Article a = new Article(null, "Assad speaks", List.of(), LocalDate.of(2014, 12, 1), null, null,
                List.of("A photograph.", SAID_CAPTION), List.of("Bashar al-Assad spoke in Damascus."), "en");
        int words = SAID_CAPTION.indexOf("Syria would");
        int end = SAID_CAPTION.indexOf(" attack") + 7;
        var speaker = new org.sitrep.core.Speaker(new Span(0, 15), "Bashar al-Assad",
                new Mention(new Span(0, 15), "Bashar al-Assad", EntityType.PERSON), null, null, org.sitrep.core.SpeakerBasis.NAME);
        var quote = new org.sitrep.core.Quote(new Span(words, end), SAID_CAPTION.substring(words, end),
                org.sitrep.core.QuoteKind.REPORTED, speaker, new Span(16, 20), "said", null, null, null, 1);
        LinkedMention inText = new LinkedMention(new Mention(new Span(14, 29), "Bashar al-Assad", EntityType.PERSON), ASSAD);
        return new StoredArticle("a3", "test", Instant.EPOCH, a, List.of(), List.of(inText), List.of(),
                List.of(new org.sitrep.core.AttributedQuote(quote, ASSAD)), List.of(), List.of());
    }

    @Test
    void writesACaptionStatementWithItsCaptionNumberAndOffsetsIntoThatCaption() {
        // EXPORT.md's "Captions": begin and end, the speaker's too, are offsets into captions[1], said so by "in".
        Map<String, Object> q = JsonObjects.object(JsonObjects.list(
                JsonObjects.object(Json.write(ExportedArticle.of(captionStatementArticle()))).get("quotes")).get(0));
        int words = SAID_CAPTION.indexOf("Syria would");
        assertThat(q).containsEntry("in", "caption").containsEntry("caption", 1).containsEntry("begin", words)
                .containsEntry("text", "Syria would respond to any attack");
        assertThat(SAID_CAPTION.substring((Integer) q.get("begin"), (Integer) q.get("end"))).isEqualTo(q.get("text"));
        assertThat(JsonObjects.object(q.get("speaker"))).containsEntry("in", "caption").containsEntry("caption", 1)
                .containsEntry("begin", 0).containsEntry("end", 15).containsEntry("entity", ASSAD.id());
    }

    @Test
    void writesATextStatementWithoutIn() {
        Article a = new Article(null, "T", List.of(), null, null, null, List.of("A photograph."),
                List.of("Officials said the road was open."), "en");
        var quote = new org.sitrep.core.Quote(new Span(18, 35), "the road was open", org.sitrep.core.QuoteKind.REPORTED,
                null, null, "said", null, null);
        StoredArticle stored = new StoredArticle("a4", "test", Instant.EPOCH, a, List.of(), List.of(), List.of(),
                List.of(new org.sitrep.core.AttributedQuote(quote, null)), List.of(), List.of());
        Map<String, Object> q = JsonObjects.object(JsonObjects.list(JsonObjects.object(Json.write(ExportedArticle.of(stored))).get("quotes")).get(0));
        assertThat(q).doesNotContainKeys("in", "caption").containsEntry("begin", 18);
    }

    @Test
    void readsACaptionStatementBackIntoItsCaption() {
        StoredArticle stored = captionStatementArticle();
        Processed back = new ExportedArticleReader(id -> java.util.Optional.empty())
                .read("a3.jsonl:1", Json.write(ExportedArticle.of(stored)));
        assertThat(back.quotes()).singleElement().satisfies(q -> {
            assertThat(q.quote().caption()).isEqualTo(1);
            assertThat(q.quote().content()).isEqualTo(stored.quotes().get(0).quote().content());
            assertThat(q.speaker()).isEqualTo(ASSAD);
        });
    }
    @Test
    void readsBackHowSureTheStatementIsSoAnImportShowsUnsureStatementsAsUnsure() {
        Article a = new Article(null, "T", List.of(), null, null, null, List.of(),
                List.of("Officials said the road was open."), "en");
        var quote = new org.sitrep.core.Quote(new Span(18, 35), "the road was open", org.sitrep.core.QuoteKind.REPORTED,
                null, null, "said", null, null, 0.75, null);
        StoredArticle stored = new StoredArticle("a5", "test", Instant.EPOCH, a, List.of(), List.of(), List.of(),
                List.of(new org.sitrep.core.AttributedQuote(quote, null)), List.of(), List.of());
        Processed back = new ExportedArticleReader(id -> java.util.Optional.empty())
                .read("a5.jsonl:1", Json.write(ExportedArticle.of(stored)));
        assertThat(back.quotes()).singleElement().satisfies(q -> assertThat(q.quote().probability()).isEqualTo(0.75));
    }
}
