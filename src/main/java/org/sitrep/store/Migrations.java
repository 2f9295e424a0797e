package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/** The schema's numbered migrations (resources under {@code migrations/}), and their application to a database. */
final class Migrations {
    /** Migrations in the order they apply; a migration, once released, is never edited: add the next one. */
    private static final List<String> MIGRATIONS = List.of("001_articles.sql", "002_quotes.sql", "003_sources.sql",
            "004_corrections.sql", "005_lead_image_and_time.sql", "006_article_sequence.sql", "007_places.sql",
            "008_caption_dates.sql", "009_events.sql", "010_speaker_basis.sql", "011_copies_and_versions.sql", "012_source_fields.sql",
            "013_source_item_reads.sql", "014_newest_first.sql", "015_mention_days.sql", "016_event_days.sql", "017_mention_spellings.sql",
            "018_statement_words.sql", "019_block_quotes.sql", "020_statement_probability.sql",
            "021_statement_captions.sql", "022_place_affiliation.sql");

    private Migrations() {
    }

    /**
     * Applies the migrations not yet applied, each in a transaction that takes the write lock first and looks again
     * at what is applied: two processes opening a new data directory at once (a server and an ingest) would otherwise
     * both run the first migration, and one of them fail.
     */
    static void applyPending(SqlDialect dialect, Connection c) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        for (int version = applied(c) + 1; version <= MIGRATIONS.size(); version++) {
            String name = MIGRATIONS.get(version - 1);
            apply(dialect, c, version, name, script(dialect, name));
        }
    }

    private static int applied(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void apply(SqlDialect dialect, Connection c, int version, String name, String script) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(dialect.beginMigration());
            try {
                if (applied(c) < version) {
                    for (String statement : statements(script)) {
                        s.execute(statement);
                    }
                    recordApplied(c, version, name);
                }
                s.execute("COMMIT");
            } catch (SQLException e) {
                s.execute("ROLLBACK");
                throw new SQLException("migration " + name + " failed: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The statements of a script, split at semicolons, except those inside a trigger's BEGIN ... END, which end the
     * trigger's own statements; comment lines dropped.
     */
    static List<String> statements(String script) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder trigger = null;
        for (String piece : script.replaceAll("(?m)^--.*$", "").split(";")) {
            if (trigger == null && CREATE_TRIGGER.matcher(piece).lookingAt()) {
                trigger = new StringBuilder();
            }
            if (trigger == null) {
                if (!piece.isBlank()) {
                    out.add(piece);
                }
                continue;
            }
            trigger.append(piece).append(';');
            if (END.matcher(piece).find()) {
                out.add(trigger.toString());
                trigger = null;
            }
        }
        if (trigger != null) {
            throw new IllegalArgumentException("migration script has a trigger without END: " + trigger);
        }
        return out;
    }

    private static final java.util.regex.Pattern CREATE_TRIGGER = java.util.regex.Pattern.compile("\\s*CREATE\\s+TRIGGER\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern END = java.util.regex.Pattern.compile("\\bEND\\s*$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static void recordApplied(Connection c, int version, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO schema_migrations VALUES (?, ?, ?)")) {
            s.setInt(1, version);
            s.setString(2, name);
            s.setString(3, Instant.now().toString());
            s.executeUpdate();
        }
    }

    /** The script of the migration as the dialect runs it: its own version if it has one, else the shared one rewritten. */
    private static String script(SqlDialect dialect, String name) throws IOException {
        String own = resource(dialect.ownScript(name));
        if (own != null) {
            return dialect.migration(own);
        }
        String shared = resource(name);
        if (shared == null) {
            throw new IOException("migration script missing from the build: " + name);
        }
        return dialect.migration(shared);
    }

    /** The text of the resource under {@code migrations/}, null when there is none. */
    private static String resource(String path) throws IOException {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
