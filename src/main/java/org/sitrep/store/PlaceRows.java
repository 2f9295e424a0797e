package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;

/** Places and place names as rows of the {@code places} and {@code place_mentions} tables. */
final class PlaceRows {
    /**
     * The condition on {@code place_mentions m} of a name that counts where a place is counted (the map, a place's
     * days, an outlet's regions): a setting or an origin, not an analogy ("another Srebrenica") nor an affiliation
     * ("Russian forces", "a Chechen fighter"), which would put every nationality's country on the map.
     */
    static final String COUNTED_ROLE = "m.role IN ('setting', 'origin')";
    /** The columns {@link #place} expects, in order, from {@code places p}. */
    static final String PLACE_COLUMNS = "p.id, p.name, p.lat, p.lon, p.feature_class, p.feature_code, p.country, p.admin1, "
            + "p.admin2, p.population";

    private PlaceRows() {
    }

    static void insert(Connection c, String articleId, List<PlaceMention> mentions) throws SQLException {
        upsertPlaces(c, mentions.stream().map(PlaceMention::place).toList());
        try (PreparedStatement m = c.prepareStatement("INSERT INTO place_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (PlaceMention pm : mentions) {
                m.setString(1, articleId);
                m.setInt(2, pm.caption() == null ? -1 : pm.caption());
                m.setInt(3, pm.span().begin());
                m.setInt(4, pm.span().end());
                m.setString(5, pm.text());
                m.setLong(6, pm.place().id());
                m.setString(7, pm.role().label());
                m.setDouble(8, pm.confidence());
                m.addBatch();
            }
            m.executeBatch();
        }
    }

    /** Stores the places, replacing what was stored of them (the gazetteer may have changed since). */
    static void upsertPlaces(Connection c, List<Place> places) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET name = excluded.name, lat = excluded.lat, lon = excluded.lon, "
                + "feature_class = excluded.feature_class, feature_code = excluded.feature_code, country = excluded.country, "
                + "admin1 = excluded.admin1, admin2 = excluded.admin2, population = excluded.population")) {
            for (Place place : places) {
                p.setLong(1, place.id());
                p.setString(2, place.name());
                p.setDouble(3, place.lat());
                p.setDouble(4, place.lon());
                p.setString(5, String.valueOf(place.featureClass()));
                p.setString(6, place.featureCode());
                p.setString(7, place.country());
                p.setString(8, place.admin1());
                p.setString(9, place.admin2());
                p.setLong(10, place.population());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** The article's place names: those in its text in text order, then those in its captions. */
    static List<PlaceMention> ofArticle(Connection c, String articleId) throws SQLException {
        List<PlaceMention> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT m.caption, m.begin_at, m.end_at, m.text, m.role, m.confidence, "
                + PLACE_COLUMNS + " FROM place_mentions m JOIN places p ON p.id = m.place_id WHERE m.article_id = ? "
                + "ORDER BY m.caption, m.begin_at")) {
            s.setString(1, articleId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int caption = rs.getInt(1);
                    out.add(new PlaceMention(new Span(rs.getInt(2), rs.getInt(3)), rs.getString(4), place(rs, 7),
                            PlaceRole.valueOf(rs.getString(5).toUpperCase(Locale.ROOT)), rs.getDouble(6),
                            caption < 0 ? null : caption));
                }
            }
        }
        return out;
    }

    /** The place in the row's columns from {@code first} on, in {@link #PLACE_COLUMNS}' order. */
    static Place place(ResultSet rs, int first) throws SQLException {
        String featureClass = rs.getString(first + 4);
        return new Place(rs.getLong(first), rs.getString(first + 1), rs.getDouble(first + 2), rs.getDouble(first + 3),
                featureClass.isEmpty() ? ' ' : featureClass.charAt(0), rs.getString(first + 5), rs.getString(first + 6),
                rs.getString(first + 7), rs.getString(first + 8), rs.getLong(first + 9));
    }
}
