package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Articles' body fingerprints and sketches, and the versions of one story they reveal, in {@code article_fingerprints},
 * {@code article_bands} and {@code story_versions}. The rows of an article go with its row, so each save records
 * them again.
 */
final class StoryVersions {
    private StoryVersions() {
    }

    /** The first article stored with that body fingerprint, empty when there is none. */
    static Optional<String> withBody(Connection c, String bodyHash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT f.article_id FROM article_fingerprints f JOIN articles a ON a.id = f.article_id "
                        + "WHERE f.body_hash = ? ORDER BY a.seq LIMIT 1")) {
            s.setString(1, bodyHash);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Records the article's fingerprint and sketch, and links it with the stored article most like it, when that one
     * shares at least {@link BodySketch#MIN_VERSION_SIMILARITY} of its shingles: the two become versions of one story.
     */
    static void record(Connection c, String id, BodySketch body) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO article_fingerprints (article_id, body_hash, sketch) VALUES (?, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, body.distinctive() ? body.hash() : null);
            s.setString(3, body.sketchText());
            s.executeUpdate();
        }
        if (!body.distinctive()) {
            return;
        }
        List<String> bands = body.bands();
        Optional<String> closest = closest(c, id, body, bands);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO article_bands (band, article_id) VALUES (?, ?)")) {
            for (String band : bands) {
                s.setString(1, band);
                s.setString(2, id);
                s.addBatch();
            }
            s.executeBatch();
        }
        if (closest.isPresent()) {
            String story = storyOf(c, closest.get()).orElse(closest.get());
            link(c, closest.get(), story);
            link(c, id, story);
        } else if (isStory(c, id)) {
            // The first version, saved again: its row went with its old row, the others still name it.
            link(c, id, id);
        }
    }

    private static Optional<String> closest(Connection c, String id, BodySketch body, List<String> bands) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(bands.size(), "?"));
        String best = null;
        double bestSimilarity = BodySketch.MIN_VERSION_SIMILARITY;
        try (PreparedStatement s = c.prepareStatement("SELECT f.article_id, f.sketch FROM article_fingerprints f WHERE f.article_id IN "
                + "(SELECT DISTINCT article_id FROM article_bands WHERE band IN (" + marks + ")) AND f.article_id <> ? ORDER BY f.article_id")) {
            for (int i = 0; i < bands.size(); i++) {
                s.setString(i + 1, bands.get(i));
            }
            s.setString(bands.size() + 1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    double similarity = body.similarity(BodySketch.ofStored(rs.getString(2)));
                    if (similarity >= bestSimilarity && (best == null || similarity > bestSimilarity)) {
                        best = rs.getString(1);
                        bestSimilarity = similarity;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<String> storyOf(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT story_id FROM story_versions WHERE article_id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static boolean isStory(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM story_versions WHERE story_id = ? LIMIT 1")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void link(Connection c, String id, String story) throws SQLException {
        if (storyOf(c, id).isPresent()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO story_versions (article_id, story_id) VALUES (?, ?)")) {
            s.setString(1, id);
            s.setString(2, story);
            s.executeUpdate();
        }
    }
}
