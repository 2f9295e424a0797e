package org.sitrep.web;

import java.util.List;
import org.sitrep.core.ArticleSummary;
import org.sitrep.core.Entity;
import org.sitrep.core.ResultPage;

/** An entity page: the entity, the names it was written as, its statements, and the articles that mention it. */
public record EntityView(Entity entity, List<String> spellings, ResultPage<StatementView> statements,
                         ResultPage<ArticleSummary> articles) {
    public String statementsLink(int page) {
        return Links.entity(entity.id()) + (page > 1 ? "?statements=" + page : "") + "#statements-heading";
    }

    public String pageLink(int page) {
        return Links.withPage(Links.entity(entity.id()), page);
    }
}
