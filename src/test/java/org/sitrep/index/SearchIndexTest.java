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
    void judgesWhatASearchCostsBeforeRunningIt() {
        assertThat(index.cost(query("Aleppo rebels"))).isEqualTo(SearchCost.ORDINARY);
        assertThat(index.cost(query("Alepo~ Reb*"))).isEqualTo(SearchCost.EXPENSIVE);
        assertThat(index.cost(query(String.join(" ", java.util.Collections.nCopies(9, "Aleppo~"))))).isEqualTo(SearchCost.REFUSED);
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

    private static final EntityNames DAESH_IS_ISLAMIC_STATE = words -> words.equalsIgnoreCase("Daesh")
            ? java.util.Optional.of(new NamedEntity(words, "organization-islamic-state", "Islamic State", List.of("ISIS", "Islamic State")))
            : java.util.Optional.empty();

    private void putNamed() {
        index.put(new IndexedArticle("d1", "Daesh retreats", "Daesh fighters left the town.", "SANA", LocalDate.of(2016, 5, 1), "en",
                List.of("Daesh"), List.of(new FacetEntry(Facet.ENTITY, "organization-islamic-state", "Islamic State"),
                new FacetEntry(Facet.KIND, "armed group", "armed group"), new FacetEntry(Facet.PLACE, "170063", "Aleppo"),
                new FacetEntry(Facet.SPEAKER, "person-lavrov", "Sergei Lavrov"))));
        index.put(new IndexedArticle("i1", "ISIS claims attack", "ISIS said it carried out the attack.", "Reuters", LocalDate.of(2016, 6, 2), "en",
                List.of("ISIS"), List.of(new FacetEntry(Facet.ENTITY, "organization-islamic-state", "Islamic State"),
                new FacetEntry(Facet.KIND, "armed group", "armed group"))));
        index.put(new IndexedArticle("n1", "Al-Nusra and the Ba'ath party", "Fighters of al-Nusra met members of the Ba'ath party.",
                "Reuters", LocalDate.of(2015, 1, 1), "en", List.of("al-Nusra")));
        index.put(new IndexedArticle("n2", "Al Jazeera on Nusra", "Al Jazeera reported. Later, Nusra fighters arrived.",
                "Reuters", LocalDate.of(2015, 1, 2), "en", List.of()));
        index.commit(0);
    }

    @Test
    void aHyphenatedNameIsOneTermNotItsParts() {
        putNamed();
        assertThat(index.search(query("al-Nusra")).hits().items()).extracting(SearchHit::id).containsExactly("n1");
        assertThat(index.search(query("Ba'ath")).hits().items()).extracting(SearchHit::id).containsExactly("n1");
    }

    @Test
    void wordsNamingAKnownEntityAlsoFindItsOtherSpellingsUnlessSwitchedOff() {
        putNamed();
        index.useNames(DAESH_IS_ISLAMIC_STATE);
        SearchResults on = index.search(query("Daesh"));
        assertThat(on.hits().items()).extracting(SearchHit::id).containsExactlyInAnyOrder("d1", "i1");
        assertThat(on.aliases()).extracting(NamedEntity::name).containsExactly("Islamic State");
        assertThat(on.hits().items()).filteredOn(h -> h.id().equals("i1")).first()
                .satisfies(h -> assertThat(h.snippet()).contains(new SnippetPart("ISIS", true)));
        SearchResults off = index.search(query("Daesh").withAliases(false));
        assertThat(off.hits().items()).extracting(SearchHit::id).containsExactly("d1");
        assertThat(off.aliases()).isEmpty();
    }

    @Test
    void refusesAFieldThatDoesNotExistNamingTheFields() {
        assertThatThrownBy(() -> index.search(query("author:smith"))).isInstanceOf(InputException.class)
                .hasMessageStartingWith("q: there is no field \"author\" to search in; the fields are title, text, entity, place, speaker, outlet, language, published");
    }

    @Test
    void aColonInPlainWordsIsPunctuationNotAField() {
        SearchResults r = index.search(query("Update: Aleppo"));
        assertThat(r.asWords()).isTrue();
        assertThat(index.search(query("Aleppo 9:30")).asWords()).isTrue();
    }

    @Test
    void fieldFiltersForOutletLanguageAndPublicationDaysWork() {
        assertThat(index.search(query("outlet:sana")).hits().items()).extracting(SearchHit::id).containsExactly("b");
        assertThat(index.search(query("Aleppo outlet:Reuters")).hits().items()).extracting(SearchHit::id).containsExactly("a");
        assertThat(index.search(query("language:ar")).hits().items()).extracting(SearchHit::id).containsExactly("b");
        assertThat(index.search(query("published:[2016-01-01 TO 2016-12-31]")).hits().items()).extracting(SearchHit::id).containsExactly("a");
        assertThat(index.search(query("Aleppo published:2017-04")).hits().items()).extracting(SearchHit::id).containsExactly("b");
        assertThat(index.search(query("published:[2017 TO *]")).hits().items()).extracting(SearchHit::id).containsExactly("b");
    }

    @Test
    void refusesAPublicationDayThatIsNoDate() {
        assertThatThrownBy(() -> index.search(query("published:yesterday"))).isInstanceOf(InputException.class)
                .hasMessageStartingWith("q: published: takes a day (2016-03-05), a month (2016-03) or a year (2016)")
                .hasMessageEndingWith("got: yesterday");
    }

    @Test
    void titleMatchesAreMarkedInTheHeadline() {
        SearchHit hit = index.search(query("title:Idlib")).hits().items().get(0);
        assertThat(hit.titleParts()).containsExactly(new SnippetPart("Air strikes on ", false), new SnippetPart("Idlib", true));
    }

    @Test
    void countsMatchesByEachFacet() {
        putNamed();
        SearchResults r = index.search(query("attack OR Daesh OR Aleppo"));
        assertThat(r.counts(Facet.OUTLET)).containsExactlyInAnyOrder(new FacetCount("reuters", "Reuters", 2), new FacetCount("sana", "SANA", 2));
        assertThat(r.counts(Facet.ENTITY)).containsExactly(new FacetCount("organization-islamic-state", "Islamic State", 2));
        assertThat(r.counts(Facet.KIND)).containsExactly(new FacetCount("armed group", "armed group", 2));
        assertThat(r.counts(Facet.PLACE)).containsExactly(new FacetCount("170063", "Aleppo", 1));
        assertThat(r.counts(Facet.SPEAKER)).containsExactly(new FacetCount("person-lavrov", "Sergei Lavrov", 1));
        assertThat(r.counts(Facet.MONTH)).extracting(FacetCount::key).containsExactly("2016-03", "2016-05", "2016-06", "2017-04");
        assertThat(r.counts(Facet.LANGUAGE)).contains(new FacetCount("en", "en", 3));
    }

    @Test
    void facetCountsKeptForASearchFollowTheArticlesWrittenSince() {
        assertThat(index.search(query("Aleppo")).counts(Facet.OUTLET))
                .containsExactlyInAnyOrder(new FacetCount("reuters", "Reuters", 1), new FacetCount("sana", "SANA", 1));
        assertThat(index.search(new SearchQuery("Aleppo", null, null, null, new PageRequest(2, 1))).counts(Facet.OUTLET))
                .containsExactlyInAnyOrder(new FacetCount("reuters", "Reuters", 1), new FacetCount("sana", "SANA", 1));
        index.put(new IndexedArticle("d", "Aleppo under fire", "Shelling in Aleppo.", "Reuters", LocalDate.of(2016, 5, 1), "en", List.of()));
        index.commit(0);
        assertThat(index.search(query("Aleppo")).counts(Facet.OUTLET))
                .containsExactlyInAnyOrder(new FacetCount("reuters", "Reuters", 2), new FacetCount("sana", "SANA", 1));
    }

    @Test
    void aFacetFilterKeepsOnlyArticlesWithThatValue() {
        putNamed();
        SearchQuery q = query("").withFilter(new FacetFilter(Facet.PLACE, "170063"));
        assertThat(index.search(q).hits().items()).extracting(SearchHit::id).containsExactly("d1");
        assertThat(index.search(query("").withFilter(new FacetFilter(Facet.ENTITY, "organization-islamic-state"))).hits().total()).isEqualTo(2);
    }

    @Test
    void aFilteredFacetStillCountsItsOtherValuesWhileOtherFacetsCountTheFilteredHits() {
        putNamed();
        SearchResults r = index.search(query("").withFilter(new FacetFilter(Facet.OUTLET, "SANA")));
        assertThat(r.hits().items()).extracting(SearchHit::id).containsExactlyInAnyOrder("b", "d1");
        assertThat(r.counts(Facet.OUTLET)).containsExactlyInAnyOrder(new FacetCount("reuters", "Reuters", 5), new FacetCount("sana", "SANA", 2));
        assertThat(r.counts(Facet.ENTITY)).containsExactly(new FacetCount("organization-islamic-state", "Islamic State", 1));
    }

    @Test
    void twoValuesOfOneFacetFindEitherAndAnotherFacetNarrowsBoth() {
        putNamed();
        SearchQuery q = query("").withFilters(List.of(new FacetFilter(Facet.OUTLET, "sana"), new FacetFilter(Facet.OUTLET, "reuters"),
                new FacetFilter(Facet.ENTITY, "organization-islamic-state")));
        SearchResults r = index.search(q);
        assertThat(r.hits().items()).extracting(SearchHit::id).containsExactlyInAnyOrder("d1", "i1");
        assertThat(r.counts(Facet.OUTLET)).containsExactlyInAnyOrder(new FacetCount("reuters", "Reuters", 1), new FacetCount("sana", "SANA", 1));
        assertThat(r.counts(Facet.ENTITY)).containsExactly(new FacetCount("organization-islamic-state", "Islamic State", 2));
        assertThat(index.matching(q, 10).ids()).containsExactlyInAnyOrder("d1", "i1");
    }

    @Test
    void aFacetFilteredSearchKeepsTheOrderAskedFor() {
        putNamed();
        SearchQuery q = query("Nusra OR Aleppo OR attack").withFilter(new FacetFilter(Facet.OUTLET, "reuters")).withSort(SearchSort.NEWEST);
        assertThat(index.search(q).hits().items()).extracting(SearchHit::id).containsExactly("i1", "a", "n2", "n1");
    }

    @Test
    void aSelectedValueOutsideTheTopTenIsStillCounted() {
        for (int i = 0; i < 12; i++) {
            index.put(new IndexedArticle("m" + i, "Market report " + i, "Prices rose.", "Outlet" + i, LocalDate.of(2020, 1, 1), "en",
                    List.of(), List.of()));
        }
        for (int i = 0; i < 11; i++) {
            index.put(new IndexedArticle("x" + i, "Extra report " + i, "Prices fell.", "Outlet" + i, LocalDate.of(2020, 1, 2), "en",
                    List.of(), List.of()));
        }
        index.commit(0);
        SearchResults r = index.search(query("prices").withFilter(new FacetFilter(Facet.OUTLET, "Outlet11")));
        assertThat(r.hits().total()).isEqualTo(1);
        assertThat(r.counts(Facet.OUTLET)).hasSize(10 + 1).last().isEqualTo(new FacetCount("outlet11", "Outlet11", 1));
    }

    @Test
    void sortsByDateNewestFirstWhenAsked() {
        putNamed();
        var ids = index.search(query("Nusra OR Aleppo").withSort(SearchSort.NEWEST)).hits().items().stream().map(SearchHit::id).toList();
        assertThat(ids).containsExactly("b", "a", "n2", "n1");
    }

    @Test
    void fieldsOfPlacesAndSpeakersSearchTheirNames() {
        putNamed();
        assertThat(index.search(query("speaker:Lavrov")).hits().items()).extracting(SearchHit::id).containsExactly("d1");
        assertThat(index.search(query("place:Aleppo")).hits().items()).extracting(SearchHit::id).containsExactly("d1");
    }
}
