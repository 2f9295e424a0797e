package org.sitrep.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.PageRequest;

class FacetTallyTest {
    @Test
    void countsEveryMatchWhileTheyAreFewAndSamplesInPowersOfTwoBeyond() {
        assertThat(FacetTally.step(0)).isEqualTo(1);
        assertThat(FacetTally.step(FacetTally.ALL_UP_TO)).isEqualTo(1);
        assertThat(FacetTally.step(FacetTally.ALL_UP_TO + 1)).isEqualTo(2);
        assertThat(FacetTally.step(1_000_000)).isEqualTo(256);
        assertThat(1_000_000L / FacetTally.step(1_000_000)).isLessThanOrEqualTo(FacetTally.SAMPLE_SIZE);
    }

    /** Issue 19: a search matching most of a large index must not count every match by facet. */
    @Test
    void aSearchMatchingManyArticlesGivesTheExactTotalAndFacetCountsEstimatedNearTheTruth(@TempDir Path dir) {
        int articles = 12_000;
        try (SearchIndex index = SearchIndex.open(dir)) {
            for (int i = 0; i < articles; i++) {
                // Three outlets in the ratio 1:1:2, and a word that only every third article holds.
                String outlet = i % 4 == 0 ? "Reuters" : i % 4 == 1 ? "SANA" : "AFP";
                String text = "Shelling was reported" + (i % 3 == 0 ? " near Aleppo." : ".");
                index.put(new IndexedArticle("a" + i, "Report " + i, text, outlet, LocalDate.of(2016, 1 + i % 12, 1), "en", List.of()));
            }
            index.commit(articles);

            SearchResults all = index.search(new SearchQuery("shelling", null, null, null, new PageRequest(1, 20)));
            assertThat(all.hits().total()).isEqualTo(articles);
            assertThat(all.hits().items()).hasSize(20);
            assertThat(all.facets()).allMatch(FacetCounts::estimated);
            assertThat(all.counts(Facet.OUTLET)).extracting(FacetCount::key).containsExactlyInAnyOrder("afp", "reuters", "sana");
            assertThat(all.counts(Facet.OUTLET)).allSatisfy(c -> assertThat(c.count()).isCloseTo(
                    c.key().equals("afp") ? 6_000L : 3_000L, org.assertj.core.data.Percentage.withPercentage(12)));
            assertThat(all.counts(Facet.MONTH)).hasSize(12);

            SearchResults sana = index.search(new SearchQuery("shelling", null, null, null, new PageRequest(1, 20))
                    .withFilter(new FacetFilter(Facet.OUTLET, "SANA")));
            assertThat(sana.hits().total()).isEqualTo(articles / 4);
            assertThat(sana.facets()).allMatch(FacetCounts::estimated);
            // The filtered facet still counts its other values, over the unfiltered matches' sample.
            assertThat(sana.counts(Facet.OUTLET)).extracting(FacetCount::key).containsExactlyInAnyOrder("afp", "reuters", "sana");
            assertThat(sana.counts(Facet.MONTH)).extracting(FacetCount::count).allSatisfy(c -> assertThat(c).isLessThan(articles / 4));

            SearchResults few = index.search(new SearchQuery("aleppo", null, null, null, new PageRequest(1, 20)));
            assertThat(few.hits().total()).isEqualTo(articles / 3);
            assertThat(few.facets()).noneMatch(FacetCounts::estimated);
            assertThat(few.counts(Facet.OUTLET)).extracting(FacetCount::count).containsExactly(2_000L, 1_000L, 1_000L);
        }
    }

    /** Issue 19: past what a probe of the matches supports, neither the total nor the facets visit every match. */
    @Test
    void aProbeWithEnoughMatchesEstimatesTheTotalAndTheFacetsAndOneWithTooFewGivesNone() throws Exception {
        FacetFields fields = new FacetFields();
        int articles = 40_960;
        try (var dir = new org.apache.lucene.store.ByteBuffersDirectory()) {
            try (var w = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
                for (int i = 0; i < articles; i++) {
                    var doc = new org.apache.lucene.document.Document();
                    doc.add(new org.apache.lucene.document.StringField("word", "shelling", org.apache.lucene.document.Field.Store.NO));
                    String outlet = i % 4 == 3 ? "SANA" : "Reuters";
                    w.addDocument(fields.build(doc, new IndexedArticle("a" + i, "", "", outlet, LocalDate.of(2016, 1, 1), "en", List.of())));
                }
            }
            try (var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
                var searcher = new org.apache.lucene.search.IndexSearcher(reader);
                var query = new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("word", "shelling"));
                FacetTally.Tally probed = new FacetTally(fields, 8, 1_000).probe(searcher, query);
                assertThat(probed.totalEstimated()).isTrue();
                assertThat(probed.total()).isCloseTo(articles, org.assertj.core.data.Percentage.withPercentage(25));
                assertThat(probed.counts()).allMatch(FacetCounts::estimated);
                assertThat(probed.counts().get(Facet.OUTLET.ordinal()).values()).extracting(FacetCount::label).containsExactly("Reuters", "SANA");

                assertThat(new FacetTally(fields, 8, 100_000).probe(searcher, query)).isNull();
            }
        }
    }
}
