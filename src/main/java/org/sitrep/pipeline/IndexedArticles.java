package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.core.Article;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.EntityType;
import org.sitrep.core.LanguageTag;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.PlaceMention;
import org.sitrep.index.Facet;
import org.sitrep.index.FacetEntry;
import org.sitrep.index.IndexedArticle;

/** What the search index is given of an article. */
final class IndexedArticles {
    private IndexedArticles() {
    }

    /**
     * The article with its entities, places and speakers as facets. Named places are counted as places, from the
     * gazetteer, so location entities are left out of the entity facet to count each place once.
     */
    static IndexedArticle of(String id, Article article, List<LinkedMention> entities, List<AttributedQuote> quotes,
                             List<PlaceMention> places) {
        Set<String> names = new LinkedHashSet<>();
        Set<FacetEntry> facets = new LinkedHashSet<>();
        for (LinkedMention m : entities) {
            names.add(m.entity().name());
            names.add(m.mention().text());
            if (m.entity().type() != EntityType.LOCATION) {
                facets.add(new FacetEntry(Facet.ENTITY, m.entity().id(), m.entity().name()));
            }
            if (m.entity().kind() != null && !m.entity().kind().isBlank()) {
                facets.add(new FacetEntry(Facet.KIND, m.entity().kind(), m.entity().kind()));
            }
        }
        for (PlaceMention p : places) {
            facets.add(new FacetEntry(Facet.PLACE, Long.toString(p.place().id()), p.place().name()));
        }
        for (AttributedQuote q : quotes) {
            if (q.speaker() != null) {
                facets.add(new FacetEntry(Facet.SPEAKER, q.speaker().id(), q.speaker().name()));
            }
        }
        String body = String.join(Article.PARAGRAPH_SEPARATOR, article.paragraphs());
        return new IndexedArticle(id, article.title(), body, article.outlet(), article.published(),
                LanguageTag.primary(article.language()), List.copyOf(names), new ArrayList<>(facets));
    }
}
