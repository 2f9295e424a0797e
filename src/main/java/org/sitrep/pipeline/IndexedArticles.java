package org.sitrep.pipeline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.core.Article;
import org.sitrep.core.LanguageTag;
import org.sitrep.core.LinkedMention;
import org.sitrep.index.IndexedArticle;

/** What the search index is given of an article. */
final class IndexedArticles {
    private IndexedArticles() {
    }

    static IndexedArticle of(String id, Article article, List<LinkedMention> entities) {
        Set<String> names = new LinkedHashSet<>();
        for (LinkedMention m : entities) {
            names.add(m.entity().name());
            names.add(m.mention().text());
        }
        String body = String.join(Article.PARAGRAPH_SEPARATOR, article.paragraphs());
        return new IndexedArticle(id, article.title(), body, article.outlet(), article.published(),
                LanguageTag.primary(article.language()), List.copyOf(names));
    }
}
