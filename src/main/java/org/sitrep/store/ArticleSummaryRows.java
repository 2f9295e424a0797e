package org.sitrep.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.sitrep.core.ArticleSummary;

/** An article's summary as the store's queries select it: the columns {@link #COLUMNS}, in that order. */
final class ArticleSummaryRows {
    /** The columns of an article's summary, from the articles table aliased {@code a}. */
    static final String COLUMNS = "a.id, a.title, a.outlet, a.published, a.url";

    private ArticleSummaryRows() {
    }

    /** The summary whose {@link #COLUMNS} start at column {@code first} of the row (1-based); undated when published is null. */
    static ArticleSummary read(ResultSet rs, int first) throws SQLException {
        String published = rs.getString(first + 3);
        return new ArticleSummary(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2),
                published == null ? null : LocalDate.parse(published), rs.getString(first + 4));
    }
}
