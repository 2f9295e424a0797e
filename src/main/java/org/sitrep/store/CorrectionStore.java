package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.core.Correction;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.InputException;
import org.sitrep.core.LinkedMention;

/**
 * Analysts' corrections of entities: recorded apart from extracted facts, applied at once to what is stored, and
 * applied again to every article saved later, so re-ingesting never undoes them. Thread-safe.
 */
public final class CorrectionStore {
    private final Database db;

    public CorrectionStore(Database db) {
        this.db = db;
    }

    /** Merges {@code from} into {@code into}: every mention and statement of one becomes the other's. */
    public Correction merge(String from, String into) {
        if (from.equals(into)) {
            throw new InputException(from, "cannot merge an entity into itself");
        }
        return record(Correction.Kind.MERGE, from, into, null);
    }

    public Correction rename(String id, String name) {
        if (name == null || name.isBlank()) {
            throw new InputException("name", "must not be empty");
        }
        return record(Correction.Kind.RENAME, id, null, name.strip());
    }

    public Correction retype(String id, EntityType type) {
        return record(Correction.Kind.RETYPE, id, null, type.name());
    }

    /** Moves the mentions written {@code spelling} out of the entity into a new one, whose id is returned as the target. */
    public Correction split(String id, String spelling) {
        if (spelling == null || spelling.isBlank()) {
            throw new InputException("spelling", "must not be empty");
        }
        String target = id + "--" + spelling.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        return record(Correction.Kind.SPLIT, id, target, spelling.strip());
    }

    private Correction record(Correction.Kind kind, String entityId, String target, String value) {
        return db.write(c -> {
            requireEntity(c, entityId);
            if (kind == Correction.Kind.MERGE) {
                requireEntity(c, target);
            }
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO corrections (kind, entity_id, target, value, created_at) "
                    + "VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, kind.label());
                s.setString(2, entityId);
                s.setString(3, target);
                s.setString(4, value);
                s.setString(5, Instant.now().toString());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            Correction correction = new Correction(id, kind, entityId, target, value);
            renumberChanged(c, correction);
            applyToStored(c, correction);
            return correction;
        });
    }

    private static void requireEntity(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM entities WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new InputException(id, "no such entity");
                }
            }
        }
    }

    /**
     * Gives the articles whose mentions the correction touches the next number of the article sequence, so that the
     * search index, which holds the names of each article's entities, takes them again. Every kind counts, a retype
     * too: the index holds no types today, but a correction is rare and its articles few, and this way the index need
     * not be checked again whenever it starts holding more of an entity.
     */
    private static void renumberChanged(Connection c, Correction k) throws SQLException {
        long seq = ArticleSequence.next(c);
        String touched = k.kind() == Correction.Kind.SPLIT
                ? "SELECT article_id FROM mentions WHERE entity_id = ? AND text = ?"
                : "SELECT article_id FROM mentions WHERE entity_id = ?";
        try (PreparedStatement s = c.prepareStatement("UPDATE articles SET seq = ? WHERE id IN (" + touched + ")")) {
            s.setLong(1, seq);
            s.setString(2, k.entityId());
            if (k.kind() == Correction.Kind.SPLIT) {
                s.setString(3, k.value());
            }
            s.executeUpdate();
        }
    }

    private static void applyToStored(Connection c, Correction k) throws SQLException {
        switch (k.kind()) {
            case MERGE -> {
                update(c, "UPDATE mentions SET entity_id = ? WHERE entity_id = ?", k.target(), k.entityId());
                update(c, "UPDATE quotes SET speaker_entity_id = ? WHERE speaker_entity_id = ?", k.target(), k.entityId());
            }
            case RENAME -> update(c, "UPDATE entities SET name = ? WHERE id = ?", k.value(), k.entityId());
            case RETYPE -> update(c, "UPDATE entities SET type = ? WHERE id = ?", k.value(), k.entityId());
            case SPLIT -> {
                update(c, "INSERT INTO entities (id, name, type, kind) SELECT ?, ?, type, kind FROM entities WHERE id = ? ON CONFLICT DO NOTHING",
                        k.target(), k.value(), k.entityId());
                update(c, "UPDATE mentions SET entity_id = ? WHERE entity_id = ? AND text = ?", k.target(), k.entityId(), k.value());
            }
        }
    }

    private static void update(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    /** Every correction, oldest first. */
    public List<Correction> list() {
        return db.read(CorrectionStore::all);
    }

    static List<Correction> all(Connection c) throws SQLException {
        List<Correction> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, kind, entity_id, target, value FROM corrections ORDER BY id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new Correction(rs.getLong(1), Correction.Kind.parse(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        return out;
    }

    /**
     * The corrections applied to freshly extracted mentions, in the order they were made: a split first moves its
     * spelling to the new entity, merges follow, renames and retypes change the entity the mention ends up in.
     */
    static List<LinkedMention> apply(List<Correction> corrections, List<LinkedMention> mentions) {
        if (corrections.isEmpty()) {
            return mentions;
        }
        List<LinkedMention> out = new ArrayList<>();
        for (LinkedMention m : mentions) {
            Entity e = m.entity();
            for (Correction k : corrections) {
                if (!k.entityId().equals(e.id())) {
                    continue;
                }
                e = switch (k.kind()) {
                    case MERGE -> new Entity(k.target(), e.name(), e.type(), e.kind());
                    case RENAME -> new Entity(e.id(), k.value(), e.type(), e.kind());
                    case RETYPE -> new Entity(e.id(), e.name(), EntityType.parse(k.value()).orElse(e.type()), e.kind());
                    case SPLIT -> m.mention().text().equals(k.value()) ? new Entity(k.target(), k.value(), e.type(), e.kind()) : e;
                };
            }
            out.add(new LinkedMention(m.mention(), e));
        }
        return out;
    }
}
