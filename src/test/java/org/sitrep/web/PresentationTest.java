package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 18's presentation faults, over a real server holding the seed article. */
class PresentationTest {
    private static String seedArticle(SiteFixture site) throws Exception {
        String path = site.get("/search?q=Aleppo").body().replaceAll("(?s).*?href=\"(/articles/[0-9a-f]+)\".*", "$1");
        return site.get(path).body();
    }

    @Test
    void theArticlePageNamesTheFileItWasReadFromWithoutTheServersFolders() throws Exception {
        String page = seedArticle(SiteFixture.shared());
        assertThat(page).contains("Read from <code>seed.txt</code>").doesNotContain("/tmp/").doesNotContain("sitrep-site");
    }

    @Test
    void noSpaceIsPrintedBetweenAMarkedNameOrAQuoteAndThePunctuationAfterOrBeforeIt() throws Exception {
        String page = seedArticle(SiteFixture.shared());
        assertThat(page).contains("title=\"BBC (organization)\">BBC</a>’s")
                // The partial quote sits inside the reported statement around it, whose stretch (and hidden card) closes first.
                .containsPattern("has “(<span class=\"quote-card\"[^>]*>.*?</span></span>)?<span class=\"quote quote-partial\"")
                .doesNotContainPattern("</a>\\s+[.,’]").doesNotContainPattern("“\\s+<span");
    }

    @Test
    void theArticlePageShowsTheLegendOfEntityAndStatementKinds() throws Exception {
        String page = seedArticle(SiteFixture.shared());
        assertThat(page).contains("aria-label=\"Key to the marks in the text\"").contains("partly quoted").contains("organisation");
    }

    @Test
    void anEntityPageCarriesItsCoMentionNetworkAndTheSameEntitiesAsATable() throws Exception {
        String page = SiteFixture.shared().get("/entities/person-lyse-doucet").body();
        assertThat(page).contains("id=\"co-network\"").contains("data-network=\"{&#34;nodes&#34;:[{&#34;id&#34;:&#34;person-lyse-doucet&#34;")
                .contains("<table class=\"entities co-table\">").contains("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js");
        assertThat(SiteFixture.shared().get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").statusCode()).isEqualTo(200);
    }
}
