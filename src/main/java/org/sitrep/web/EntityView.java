package org.sitrep.web;

import java.util.List;
import org.sitrep.core.ArticleSummary;
import org.sitrep.core.Entity;
import org.sitrep.core.ResultPage;

/** An entity page: the entity, the names it was written as, its statements, and the articles that mention it. */
public record EntityView(Entity entity, List<String> spellings, ResultPage<StatementView> statements,
                         ResultPage<ArticleSummary> articles, List<org.sitrep.core.EntitySummary> coMentioned,
                         List<org.sitrep.store.MonthCount> months, boolean writable) {
    /** The bar width of a month, as a percentage of the busiest month. */
    public int percentOf(org.sitrep.store.MonthCount m) {
        long max = months.stream().mapToLong(org.sitrep.store.MonthCount::count).max().orElse(1);
        return (int) Math.max(1, 100 * m.count() / max);
    }

    public String statementsLink(int page) {
        return Links.entity(entity.id()) + (page > 1 ? "?statements=" + page : "") + "#statements-heading";
    }

    public String pageLink(int page) {
        return Links.withPage(Links.entity(entity.id()), page);
    }
}
