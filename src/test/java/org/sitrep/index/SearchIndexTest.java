package org.sitrep.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.InputException;
import org.sitrep.core.PageRequest;

class SearchIndexTest {
    @TempDir
    Path dir;
    private SearchIndex index;

    @BeforeEach
    void fill() {
        index = SearchIndex.open(dir);
        index.put(new IndexedArticle("a", "Rebels retake Aleppo district", "Rebels said they had retaken a district of Aleppo on Friday.",
                "Reuters", LocalDate.of(2016, 3, 4), "en", List.of("Aleppo")));
        index.put(new IndexedArticle("b", "Air strikes on Idlib", "Air strikes hit Idlib province; Aleppo was quiet.",
                "SANA", LocalDate.of(2017, 4, 2), "ar", List.of("Idlib", "Aleppo")));
        index.put(new IndexedArticle("c", "Talks in Geneva", "Delegations met in Geneva.", "Reuters", null, null, List.of("Geneva")));
        index.commit(0);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static SearchQuery query(String q) {
        return new SearchQuery(q, null, null, null, new PageRequest(1, 10));
    }

    @Test
    void findsArticlesWithHighlightedSnippets() {
        var page = index.search(query("Aleppo")).hits();
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items().get(0).id()).isEqualTo("a");
        assertThat(page.items().get(0).snippet()).anySatisfy(p -> {
            assertThat(p.match()).isTrue();
            assertThat(p.text()).isEqualTo("Aleppo");
        });
    }

    @Test
    void matchingGivesTheIdsOfEveryHitUpToTheLimitWithTheTotal() {
        SearchMatches all = index.matching(query("Aleppo"), 10);
        assertThat(all.ids()).containsExactlyInAnyOrder("a", "b");
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.partial()).isFalse();
        SearchMatches one = index.matching(new SearchQuery("", "reuters", null, null, new PageRequest(1, 1)), 1);
        assertThat(one.ids()).hasSize(1);
        assertThat(one.total()).isEqualTo(2);
    }

    @Test
    void filtersByOutletAndDateRange() {
        assertThat(index.search(new SearchQuery("Aleppo", "sana", null, null, new PageRequest(1, 10))).hits().items())
                .extracting(SearchHit::id).containsExactly("b");
        assertThat(index.search(new SearchQuery("", null, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), new PageRequest(1, 10))).hits().items())
                .extracting(SearchHit::id).containsExactly("a");
    }

    @Test
    void filtersByLanguageWithoutItsRegion() {
        assertThat(index.search(new SearchQuery("Aleppo", null, "ar", null, null, new PageRequest(1, 10))).hits().items())
                .extracting(SearchHit::id).containsExactly("b");
        assertThat(index.search(new SearchQuery("", null, "en-GB", null, null, new PageRequest(1, 10))).hits().items())
                .extracting(SearchHit::id).containsExactly("a");
    }

    @Test
    void indexCommittedByThisVersionIsNotOutdatedAndANewOneIs(@TempDir Path other) {
        assertThat(index.outdated()).isFalse();
        try (SearchIndex fresh = SearchIndex.open(other)) {
            assertThat(fresh.outdated()).isTrue();
        }
    }

    @Test
    void pagesThroughResults() {
        var second = index.search(new SearchQuery("Aleppo", null, null, null, new PageRequest(2, 1))).hits();
        assertThat(second.total()).isEqualTo(2);
        assertThat(second.items()).hasSize(1);
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void acceptsLuceneQuerySyntax() {
        assertThat(index.search(query("title:Idlib OR \"Delegations met\"")).hits().items()).extracting(SearchHit::id)
                .containsExactlyInAnyOrder("b", "c");
        assertThat(index.search(query("Aleppo -Idlib")).hits().items()).extracting(SearchHit::id).containsExactly("a");
    }

    @Test
    void searchesTextThatIsNotQuerySyntaxAsItsWords() {
        index.put(new IndexedArticle("d", "Hama! RFE/RL looks back on 9/11", "A report by RFE/RL from Hama.", "RFE/RL", null, "en", List.of()));
        index.commit(0);
        for (String typed : List.of("RFE/RL", "9/11", "Hama!", "\"RFE/RL", "RFE/RL Hama! (")) {
            SearchResults r = index.search(query(typed));
            assertThat(r.asWords()).as(typed).isTrue();
            assertThat(r.hits().items()).as(typed).extracting(SearchHit::id).containsExactly("d");
        }
    }

    @Test
    void unbalancedSyntaxIsSearchedAsWordsRatherThanRefused() {
        SearchResults r = index.search(query("title:(unclosed"));
        assertThat(r.asWords()).isTrue();
        assertThat(r.hits().items()).isEmpty();
    }

    @Test
    void validSyntaxIsNotReadAsWords() {
        assertThat(index.search(query("title:Idlib")).asWords()).isFalse();
    }

    @Test
    void refusesMoreFuzzyWildcardOrRegexTermsThanTheLimitNamingTheCount() {
        String nine = String.join(" ", java.util.Collections.nCopies(9, "Aleppo~"));
        assertThatThrownBy(() -> index.search(query(nine))).isInstanceOf(InputException.class)
                .hasMessageStartingWith("q: at most 8 fuzzy (word~), wildcard (wo*d) or regular-expression (/wo.d/) terms in one search; got: 9");
        assertThatThrownBy(() -> index.search(query("/a.*/ /b.*/ /c.*/ /d.*/ /e.*/ Al* Id* Ge* Reb*"))).isInstanceOf(InputException.class)
                .hasMessageContaining("got: 9");
    }

    @Test
    void eightFuzzyTermsAreStillASearch() {
        assertThat(index.search(query("Alepo~ Rebels~ district~ retake~ Friday~ said~ Aleppo~ had~")).hits().items())
                .extracting(SearchHit::id).containsExactly("a");
    }

    @Test
    void refusesMoreClausesThanTheLimit() {
        String words = String.join(" ", java.util.Collections.nCopies(65, "Aleppo"));
        assertThatThrownBy(() -> index.search(query(words))).isInstanceOf(InputException.class)
                .hasMessageStartingWith("q: at most 64 words, phrases and terms in one search; got: 65");
    }

    @Test
    void fuzzyTermsAllowAsManyEditsAsTheirLengthWarrants() {
        assertThat(index.search(query("Idlb~2")).hits().items()).extracting(SearchHit::id).containsExactly("b");
        assertThat(index.search(query("on~2")).hits().items()).isEmpty();
    }

    @Test
    void refusesARegularExpressionTooComplexToRun() {
        assertThatThrownBy(() -> index.search(query("/[ab]*a[ab]{30}/"))).isInstanceOf(InputException.class)
                .hasMessageStartingWith("q: a regular expression in the query is too complex to run");
    }

    @Test
    void replacingAnArticleKeepsOneCopy() {
        index.put(new IndexedArticle("a", "Rebels retake Aleppo district", "Updated text about Aleppo.", "Reuters", null, "en", List.of()));
        index.commit(0);
        assertThat(index.size()).isEqualTo(3);
    }
}
