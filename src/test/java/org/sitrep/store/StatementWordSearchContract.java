package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.SayingArticles.saying;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.PageRequest;

/**
 * Statement searches match whole words through the word index (issue 19), on every database the store speaks: each
 * subclass gives the store.
 */
abstract class StatementWordSearchContract {
    static final LocalDate DAY = LocalDate.of(2016, 3, 5);

    abstract ArticleStore store();

    List<String> found(String words) {
        return store().statements(new QuoteQuery(null, words, null, null, null, null, new PageRequest(1, 50))).items()
                .stream().map(h -> h.quote().quote().text()).toList();
    }

    long total(String words) {
        return store().statements(new QuoteQuery(null, words, null, null, null, null, new PageRequest(1, 50))).total();
    }

    @Test
    void matchesWholeWordsOnlyInAnyCase() {
        store().save(saying("https://a.example/1", DAY, "The war is over", "Our software failed", "She won an award",
                "WAR crimes were named", "Warfare changed"));
        assertThat(found("war")).containsExactly("The war is over", "WAR crimes were named");
        assertThat(found("War")).containsExactly("The war is over", "WAR crimes were named");
    }

    @Test
    void requiresEveryWord() {
        store().save(saying("https://a.example/1", DAY, "The war is over", "WAR crimes were named"));
        assertThat(found("war crimes")).containsExactly("WAR crimes were named");
        assertThat(found("crimes peace")).isEmpty();
    }

    @Test
    void aTrailingStarMatchesWordsThatBeginSo() {
        store().save(saying("https://a.example/1", DAY, "The war is over", "Warfare changed", "A new award"));
        assertThat(found("war*")).containsExactly("The war is over", "Warfare changed");
    }

    @Test
    void aWordWithInnerPunctuationMatchesItsPartsSideBySide() {
        store().save(saying("https://a.example/1", DAY, "The rebel-held town fell", "The rebels held the town",
                "Assad's forces advanced"));
        assertThat(found("rebel-held")).containsExactly("The rebel-held town fell");
        assertThat(found("assad's")).containsExactly("Assad's forces advanced");
        assertThat(found("Assad")).containsExactly("Assad's forces advanced");
    }

    @Test
    void keepsNewestArticleFirstAndTextOrderWithinAnArticleAndCountsEveryMatch() {
        store().save(saying("https://a.example/old", DAY, "Bread first", "Bread second"));
        store().save(saying("https://a.example/new", DAY.plusDays(1), "No bread today", "Some bread tomorrow", "Nothing"));
        assertThat(found("bread")).containsExactly("No bread today", "Some bread tomorrow", "Bread first", "Bread second");
        var second = store().statements(new QuoteQuery(null, "bread", null, null, null, null, new PageRequest(2, 3)));
        assertThat(second.items()).extracting(h -> h.quote().quote().text()).containsExactly("Bread second");
        assertThat(second.total()).isEqualTo(4);
        var dated = store().statements(new QuoteQuery(null, "bread", DAY, DAY, "alpha", null, new PageRequest(1, 10)));
        assertThat(dated.items()).extracting(h -> h.quote().quote().text()).containsExactly("Bread first", "Bread second");
    }

    @Test
    void reIngestingAnArticleKeepsTheIndexInStepWithItsStatements() {
        store().save(saying("https://a.example/1", DAY, "The war is over", "Bread is short"));
        store().save(saying("https://a.example/2", DAY, "The war goes on"));
        store().save(saying("https://a.example/1", DAY, "Peace came at last", "Bread is short", "The harvest failed"));
        assertThat(found("war")).containsExactly("The war goes on");
        assertThat(found("peace")).containsExactly("Peace came at last");
        assertThat(found("bread")).containsExactly("Bread is short");
        assertThat(found("harvest")).containsExactly("The harvest failed");
    }

    @Test
    void hostileInputNeverBreaksTheQuery() {
        store().save(saying("https://a.example/1", DAY, "The war is over", "\"Quoted\" words, and a-b"));
        for (String q : List.of("\"", "\"war", "war\"", "'", "''", "-", "-war", "*", "**", "war**", "*war", "NEAR(war",
                "war OR", "AND", "OR NOT", "^war", "text:war", "{text}: war", "(", ")", "+war", "\\", "%", "_", "war;",
                "'; DROP TABLE quotes; --", "war & !peace", "war:*", "war <-> is", "a-b", "é", "\u0000", "…", "🙂")) {
            long total = total(q);
            assertThat(total).as(q).isGreaterThanOrEqualTo(0);
        }
        assertThat(found("\"war")).containsExactly("The war is over");
        assertThat(found("war\"")).containsExactly("The war is over");
        assertThat(found("text:war")).isEmpty();
        assertThat(found("NEAR(war")).isEmpty();
        assertThat(found("war;")).containsExactly("The war is over");
        assertThat(found("\"quoted\"")).containsExactly("\"Quoted\" words, and a-b");
        assertThat(found("a-b")).containsExactly("\"Quoted\" words, and a-b");
        assertThat(found("-")).isEmpty();
        assertThat(found("*")).isEmpty();
    }
}
