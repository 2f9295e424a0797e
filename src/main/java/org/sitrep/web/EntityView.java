package org.sitrep.web;

import java.util.List;
import org.sitrep.core.ArticleSummary;
import org.sitrep.core.Entity;
import org.sitrep.core.ResultPage;

/** An entity page: the entity, the names it was written as, and the articles that mention it. */
public record EntityView(Entity entity, List<String> spellings, ResultPage<ArticleSummary> articles) {
    public String pageLink(int page) {
        return Links.withPage(Links.entity(entity.id()), page);
    }
}
