package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldEvaluationTest {
    @Test
    void namesAnArticlesCollectionByTheFirstPartOfItsId() {
        assertThat(FieldEvaluation.collection("dn-gn-0303ceca")).isEqualTo("dn");
        assertThat(FieldEvaluation.collection("msv-bbc-assad")).isEqualTo("msv");
        assertThat(FieldEvaluation.collection("rr")).isEqualTo("rr");
    }

    @Test
    void printsACollectionsFiguresWithTheCountsTheyComeFrom() {
        List<Figure> out = new ArrayList<>();
        FieldEvaluation.printCollection("field test in collection dn (2 articles)",
                new FieldEvaluation.CollectionCounts(10, 8, 20, 15, 30, 3, 4, 2000, 50, 45, 2), out::add);
        assertThat(out).extracting(Figure::name).containsExactly(
                "field test in collection dn (2 articles) direct+partial speaker right of found (8 of 10)",
                "field test in collection dn (2 articles) reported found (15 of 20)",
                "field test in collection dn (2 articles) output that is no statement (3 of 30)",
                "field test in collection dn (2 articles) entity errors per 1000 words (4 in 2000 words)",
                "field test in collection dn (2 articles) dates right (45 of 50)");
        assertThat(out).extracting(Figure::value).containsExactly(0.8, 0.75, 0.1, 2.0, 0.9);
    }

    @Test
    void takesIsosDecadeAsTimeMlsDecade() {
        assertThat(FieldEvaluation.sameValue("199", "199X")).isTrue();
        assertThat(FieldEvaluation.sameValue("199X", "199X")).isTrue();
        assertThat(FieldEvaluation.sameValue("199", "1990")).isFalse();
        assertThat(FieldEvaluation.sameValue("1990", null)).isFalse();
    }

    private static final org.sitrep.core.Article ARTICLE = new org.sitrep.core.Article(null, "Title", java.util.List.of(),
            null, null, null, java.util.List.of("A photograph.", "Officials said the road was open. (AP)"),
            java.util.List.of("Residents said the road was shut."), "en");

    private static FieldGold.Statement reported(String words, String where) {
        return new FieldGold.Statement("reported", words, "officials", "unnamed", "said", where);
    }

    @Test
    void countsAMonthAndDayWithoutAYearApartFromOneWithIt() {
        assertThat(List.of(FieldEvaluation.dateForm("on March 3"), FieldEvaluation.dateForm("March 3, 2009"),
                FieldEvaluation.dateForm("last week"), FieldEvaluation.dateForm("on Tuesday")))
                .containsExactly("month and day", "with a year", "relative", "weekday");
    }

    @Test
    void placesAGoldCaptionStatementInTheCaptionThatHoldsItsWords() {
        int place = FieldEvaluation.place(reported("the road was open", "caption"), ARTICLE);
        assertThat(place).isEqualTo(1);
        assertThat(FieldEvaluation.samePlace(place, 1)).isTrue();
        assertThat(FieldEvaluation.samePlace(place, null)).isFalse();
    }

    @Test
    void answersAGoldStatementOfTheTextOnlyWithOutputOfTheText() {
        int place = FieldEvaluation.place(reported("the road was shut", "body"), ARTICLE);
        assertThat(FieldEvaluation.samePlace(place, null)).isTrue();
        assertThat(FieldEvaluation.samePlace(place, 0)).isFalse();
    }

    @Test
    void takesAGoldCaptionTheExtractionKeptInTheTextAsTheTexts() {
        assertThat(FieldEvaluation.place(reported("the road was shut", "caption"), ARTICLE)).isEqualTo(FieldEvaluation.IN_TEXT);
    }

    @Test
    void bandsTheFiltersProbabilitiesByTenthsAndTheSureEndByTwentieths() {
        assertThat(FieldEvaluation.band(0.72)).isEqualTo("0.70 to 0.80");
        assertThat(FieldEvaluation.band(0.93)).isEqualTo("0.90 to 0.95");
        assertThat(FieldEvaluation.band(1.0)).isEqualTo("0.95 to 1.00");
    }

    private static org.sitrep.core.AttributedQuote weighed(org.sitrep.core.Article article, String words, double probability) {
        int at = article.text().indexOf(words);
        return new org.sitrep.core.AttributedQuote(new org.sitrep.core.Quote(new org.sitrep.core.Span(at, at + words.length()), words,
                org.sitrep.core.QuoteKind.REPORTED, null, null, null, null, null, probability), null);
    }

    @Test
    void countsWhatAHigherThresholdOfTheFilterWouldHaveLeftOfTheSameOutput() {
        org.sitrep.core.Article article = new org.sitrep.core.Article(null, "Title", List.of(), null, null, null, List.of(),
                List.of("Officials said the road to the north was shut. They said the old bridge was open again. Rain fell on the town all day."), "en");
        FieldGold g = new FieldGold("dn-x", null, null, null, null, null, "test",
                List.of(reported("the road to the north was shut", "body"), reported("the old bridge was open again", "body")),
                List.of(), List.of(), List.of());
        FieldEvaluation.Tally tally = new FieldEvaluation.Tally(e -> { }, false);
        tally.statements(g, List.of(weighed(article, "the road to the north was shut", 0.97),
                weighed(article, "the old bridge was open again", 0.82), weighed(article, "Rain fell on the town all day", 0.72)), article);
        List<Figure> out = new ArrayList<>();
        tally.print("field test", out::add);
        assertThat(out).filteredOn(f -> f.name().startsWith("field test had the filter kept from"))
                .filteredOn(f -> !f.name().contains("speaker"))
                .extracting(Figure::name).startsWith(
                        "field test had the filter kept from 0.7 (after the run) reported found (2 of 2)",
                        "field test had the filter kept from 0.7 (after the run) output that is no statement (1 of 3)",
                        "field test had the filter kept from 0.75 (after the run) reported found (2 of 2)",
                        "field test had the filter kept from 0.75 (after the run) output that is no statement (0 of 2)",
                        "field test had the filter kept from 0.8 (after the run) reported found (2 of 2)",
                        "field test had the filter kept from 0.8 (after the run) output that is no statement (0 of 2)",
                        "field test had the filter kept from 0.85 (after the run) reported found (1 of 2)",
                        "field test had the filter kept from 0.85 (after the run) output that is no statement (0 of 1)");
    }
}
