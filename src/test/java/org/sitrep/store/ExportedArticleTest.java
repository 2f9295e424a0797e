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
import org.sitrep.core.Json;
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
}
