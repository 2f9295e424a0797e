package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.Entity;
import org.sitrep.core.EntitySummary;
import org.sitrep.core.EntityType;
import org.sitrep.core.Json;

/** Counts the entities named with one entity in its newest articles, and how often they are named with each other. */
final class CoMentionCounts {
    /** The most articles of one entity whose other entities are counted: its newest. */
    static final int ARTICLES_READ = 1000;

    private final SqlDialect dialect;

    CoMentionCounts(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /** The {@code limit} entities named most with {@code entityId}; {@link CoMentions#NONE} when it is named in no article. */
    CoMentions of(Connection c, String entityId, int limit) throws SQLException {
        List<String> articles = newestArticles(c, entityId);
        boolean cut = articles.size() > ARTICLES_READ;
        if (cut) {
            articles = articles.subList(0, ARTICLES_READ);
        }
        if (articles.isEmpty()) {
            return CoMentions.NONE;
        }
        String read = Json.write(articles);
        List<EntitySummary> entities = others(c, entityId, read, limit);
        return new CoMentions(entities, articles.size(), cut, pairs(c, read, entities));
    }

    /** The entity's newest articles, one more than are read (so that a cut shows). */
    private static List<String> newestArticles(Connection c, String entityId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT m.published, m.article_id FROM mentions m WHERE m.entity_id = ? "
                + "ORDER BY m.published DESC NULLS LAST, m.article_id DESC LIMIT ?")) {
            s.setString(1, entityId);
            s.setInt(2, ARTICLES_READ + 1);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(2));
                }
            }
        }
        return ids;
    }

    private List<EntitySummary> others(Connection c, String entityId, String articles, int limit) throws SQLException {
        List<EntitySummary> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT e.id, e.name, e.type, e.kind, COUNT(DISTINCT m.article_id), COUNT(*) "
                + "FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id IN (" + dialect.textsIn() + ") "
                + "AND m.entity_id <> ? GROUP BY e.id, e.name, e.type, e.kind "
                + "ORDER BY COUNT(DISTINCT m.article_id) DESC, COUNT(*) DESC, e.name LIMIT ?")) {
            s.setString(1, articles);
            s.setString(2, entityId);
            s.setInt(3, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    EntityType type = EntityType.parse(rs.getString(3)).orElse(EntityType.MISC);
                    out.add(new EntitySummary(new Entity(rs.getString(1), rs.getString(2), type, rs.getString(4)), rs.getLong(5), rs.getLong(6)));
                }
            }
        }
        return out;
    }

    /** How many of the articles name each two of the entities; pairs named together in none are left out. */
    private List<CoMentions.SharedArticles> pairs(Connection c, String articles, List<EntitySummary> entities) throws SQLException {
        if (entities.size() < 2) {
            return List.of();
        }
        List<String> ids = entities.stream().map(e -> e.entity().id()).toList();
        Map<String, Set<String>> named = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT m.article_id, m.entity_id FROM mentions m WHERE m.article_id IN ("
                + dialect.textsIn() + ") AND m.entity_id IN (" + dialect.textsIn() + ")")) {
            s.setString(1, articles);
            s.setString(2, Json.write(ids));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    named.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
                }
            }
        }
        Map<String, Integer> rank = new HashMap<>();
        ids.forEach(id -> rank.put(id, rank.size()));
        Map<List<String>, long[]> shared = new HashMap<>();
        for (Set<String> inArticle : named.values()) {
            List<String> here = inArticle.stream().sorted(Comparator.comparing(rank::get)).toList();
            for (int i = 0; i < here.size(); i++) {
                for (int j = i + 1; j < here.size(); j++) {
                    shared.computeIfAbsent(List.of(here.get(i), here.get(j)), k -> new long[1])[0]++;
                }
            }
        }
        return shared.entrySet().stream()
                .map(e -> new CoMentions.SharedArticles(e.getKey().get(0), e.getKey().get(1), e.getValue()[0]))
                .sorted(Comparator.comparingLong(CoMentions.SharedArticles::articles).reversed()
                        .thenComparing(p -> rank.get(p.first())).thenComparing(p -> rank.get(p.second())))
                .toList();
    }
}
