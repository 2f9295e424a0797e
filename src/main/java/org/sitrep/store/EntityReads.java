package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sitrep.core.Entity;
import org.sitrep.core.EntitySummary;
import org.sitrep.core.EntityType;
import org.sitrep.core.PageRequest;
import org.sitrep.core.ResultPage;

/** The stored entities as the pages ask for them; answers that every page asks for are kept until the articles change. Thread-safe. */
final class EntityReads {
    private final Database db;
    private final SequenceMemo<CoMentions> coMentioned = new SequenceMemo<>(1_000);
    private final SequenceMemo<Optional<Entity>> named = new SequenceMemo<>(10_000);
    private final SequenceMemo<List<String>> spellingsOf = new SequenceMemo<>(1_000);

    EntityReads(Database db) {
        this.db = db;
    }

    /** The entity with that id, empty if there is none. */
    Optional<Entity> entity(String id) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, name, type, kind FROM entities WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(entity(rs, 1)) : Optional.empty();
                }
            }
        });
    }

    /** The distinct spellings an entity was mentioned by, most frequent first; pronouns ("she") are no spellings. */
    List<String> spellings(String entityId) {
        return db.read(c -> spellingsOf.get(entityId, ArticleSequence.last(c), () -> {
            List<String> out = Rows.list(c, "SELECT text FROM mentions WHERE entity_id = ? AND lower(text) NOT IN ('he', 'she') "
                    + "GROUP BY text ORDER BY COUNT(*) DESC, text",
                    rs -> rs.getString(1), entityId);
            return List.copyOf(out);
        }));
    }

    /**
     * The mentioned entity, other than a location, whose name is {@code name} ignoring case, the most mentioned when
     * several are; empty if none. Answers are kept until the articles change, since searches ask for every word typed.
     */
    Optional<Entity> entityNamed(String name) {
        String key = name.strip();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return db.read(c -> named.get(key.toLowerCase(java.util.Locale.ROOT), ArticleSequence.last(c), () -> {
            try (PreparedStatement s = c.prepareStatement("SELECT e.id, e.name, e.type, e.kind FROM entities e "
                    + "WHERE lower(e.name) = lower(?) AND e.type <> 'LOCATION' "
                    + "AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id) "
                    + "ORDER BY (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id) DESC, e.id LIMIT 1")) {
                s.setString(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(entity(rs, 1)) : Optional.empty();
                }
            }
        }));
    }

    /**
     * Entities that have mentions, most widely mentioned first.
     *
     * @param type only this type, or all when {@code null}
     * @param kind only this kind ("armed group", "media", ...), or all when {@code null}
     * @param nameContains only names containing this (case-insensitive), or all when {@code null} or blank
     */
    ResultPage<EntitySummary> entities(EntityType type, String kind, String nameContains, PageRequest request) {
        String where = " WHERE (CAST(? AS TEXT) IS NULL OR e.type = ?) AND (CAST(? AS TEXT) IS NULL OR lower(e.name) LIKE lower(?) ESCAPE '\\') "
                + "AND (CAST(? AS TEXT) IS NULL OR e.kind = ?)";
        String typeName = type == null ? null : type.name();
        String like = nameContains == null || nameContains.isBlank() ? null : SqlArguments.containing(nameContains.strip());
        return db.read(c -> {
            List<EntitySummary> items = Rows.list(c, "SELECT e.id, e.name, e.type, e.kind, COUNT(DISTINCT m.article_id), COUNT(*) "
                    + "FROM entities e JOIN mentions m ON m.entity_id = e.id" + where
                    + " GROUP BY e.id ORDER BY COUNT(DISTINCT m.article_id) DESC, COUNT(*) DESC, e.name LIMIT ? OFFSET ?",
                    Arrays.asList(typeName, typeName, like, like, kind, kind, request.size(), request.offset()),
                    rs -> new EntitySummary(entity(rs, 1), rs.getLong(5), rs.getLong(6)));
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM entities e" + where
                    + " AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)")) {
                SqlArguments.bind(s, Arrays.asList(typeName, typeName, like, like, kind, kind));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            return new ResultPage<>(items, total, request.page(), request.size());
        });
    }

    /**
     * The {@code limit} entities most often named in the same articles as the entity, counted over its newest
     * articles (see {@link CoMentions}); {@link CoMentions#NONE} when none.
     */
    CoMentions coMentions(String entityId, int limit) {
        return db.read(c -> coMentioned.get(entityId + "\u0000" + limit, ArticleSequence.last(c),
                () -> new CoMentionCounts(db.dialect()).of(c, entityId, limit)));
    }

    /** Mentions of the entity per month of publication ("2014-11"), oldest first; undated articles left out. */
    List<MonthCount> mentionsByMonth(String entityId) {
        return db.read(c -> {
            return Rows.list(c, "SELECT substr(m.published, 1, 7), COUNT(*) FROM mentions m "
                    + "WHERE m.entity_id = ? AND m.published IS NOT NULL GROUP BY substr(m.published, 1, 7) ORDER BY 1",
                    rs -> new MonthCount(rs.getString(1), rs.getLong(2)), entityId);
        });
    }

    /** The kinds of the stored entities, alphabetically. */
    List<String> kinds() {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT kind FROM entities WHERE kind IS NOT NULL ORDER BY kind");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** The entity of a row whose columns from {@code firstColumn} on are id, name, type and kind; an unknown type reads as MISC. */
    static Entity entity(ResultSet rs, int firstColumn) throws SQLException {
        EntityType type = EntityType.parse(rs.getString(firstColumn + 2)).orElse(EntityType.MISC);
        return new Entity(rs.getString(firstColumn), rs.getString(firstColumn + 1), type, rs.getString(firstColumn + 3));
    }
}
