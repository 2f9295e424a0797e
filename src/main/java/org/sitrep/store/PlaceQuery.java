package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.sitrep.core.InputException;

/**
 * Which articles' places to count. Every part may be {@code null} (no condition).
 *
 * @param from     first publication day of the article, inclusive; undated articles drop out when a day is given
 * @param to       last publication day of the article, inclusive
 * @param entity   an entity id: only articles that mention it
 * @param outlet   only articles of this outlet (case-insensitive)
 * @param articles only these article ids (a search's hits); empty lets no article through
 */
public record PlaceQuery(LocalDate from, LocalDate to, String entity, String outlet, Set<String> articles) {
    /** No condition: every article's places. */
    public static final PlaceQuery ALL = new PlaceQuery(null, null, null, null, null);

    public PlaceQuery {
        entity = blankToNull(entity);
        outlet = blankToNull(outlet);
        articles = articles == null ? null : Set.copyOf(articles);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InputException("from", "date range starts after it ends; got: " + from + " to " + to);
        }
    }

    /** The same query restricted to these article ids. */
    public PlaceQuery withArticles(Set<String> value) {
        return new PlaceQuery(from, to, entity, outlet, value);
    }

    /** The SQL conditions on {@code place_mentions m} and {@code articles a}, and their arguments in order. */
    Conditions conditions(SqlDialect dialect) {
        Conditions c = new Conditions();
        c.add(PlaceRows.COUNTED_ROLE);
        if (from != null) {
            c.add("a.published >= ?", from.toString());
        }
        if (to != null) {
            c.add("a.published <= ?", to.toString());
        }
        if (outlet != null) {
            c.add("lower(a.outlet) = lower(?)", outlet);
        }
        if (entity != null) {
            c.add("m.article_id IN (SELECT article_id FROM mentions WHERE entity_id = ?)", entity);
        }
        if (articles != null) {
            // One parameter however many ids: SQLite caps the number of parameters of a statement.
            c.add("m.article_id IN (" + dialect.textsIn() + ")", org.sitrep.core.Json.write(List.copyOf(articles)));
        }
        return c;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** SQL conditions joined by AND, with their arguments. */
    static final class Conditions {
        private final List<String> sql = new java.util.ArrayList<>();
        final List<Object> args = new java.util.ArrayList<>();

        void add(String condition, Object... values) {
            sql.add(condition);
            args.addAll(List.of(values));
        }

        /** " WHERE " and the conditions joined by AND; empty when there is none. */
        String where() {
            return sql.isEmpty() ? "" : " WHERE " + String.join(" AND ", sql);
        }
    }
}
