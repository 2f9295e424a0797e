package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Quote;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.Span;
import org.sitrep.core.Speaker;
import org.sitrep.core.SpeakerBasis;

/** Statements as rows of the {@code quotes} table. */
final class QuoteRows {
    /** The columns {@link #read} expects, in order, from {@code quotes q LEFT JOIN entities e}. */
    static final String COLUMNS = "q.begin_at, q.end_at, q.text, q.kind, q.speaker_begin, q.speaker_end, q.speaker_text, "
            + "q.speaker_named_begin, q.speaker_named_end, q.speaker_named_text, q.speaker_named_type, q.speaker_role, "
            + "q.speaker_organisation, q.cue_begin, q.cue_end, q.cue, q.medium, q.said_on, e.id, e.name, e.type, e.kind, "
            + "q.speaker_basis, q.statement_probability, q.caption";
    static final int COLUMN_COUNT = 25;

    /**
     * The SQL form of {@link Quote#credited()}, for statements that have a speaker: the speaker is sure
     * ({@link Speaker#shown()}; rows stored before bases were kept count as named) and so is the statement itself
     * ({@link Quote#sure()}; rows stored before its probability was kept count as sure).
     */
    static final String CREDITED = "(q.speaker_basis IS NULL OR q.speaker_basis IN ("
            + java.util.Arrays.stream(SpeakerBasis.values()).filter(SpeakerBasis::shown)
                    .map(b -> "'" + b.label() + "'").collect(java.util.stream.Collectors.joining(", ")) + "))"
            + " AND (q.statement_probability IS NULL OR q.statement_probability >= " + Quote.SURE_FROM + ")";

    /** The {@code caption} column's value for a statement in the article's text. */
    static final int IN_TEXT = -1;

    private QuoteRows() {
    }

    static void insert(Connection c, String articleId, List<AttributedQuote> quotes) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < quotes.size(); i++) {
                Quote q = quotes.get(i).quote();
                Speaker sp = q.speaker();
                Mention named = sp == null ? null : sp.named();
                Entity e = quotes.get(i).speaker();
                s.setString(1, articleId);
                s.setInt(2, i);
                s.setInt(3, q.content().begin());
                s.setInt(4, q.content().end());
                s.setString(5, q.text());
                s.setString(6, q.kind().label());
                setInt(s, 7, sp == null ? null : sp.span().begin());
                setInt(s, 8, sp == null ? null : sp.span().end());
                s.setString(9, sp == null ? null : sp.text());
                setInt(s, 10, named == null ? null : named.span().begin());
                setInt(s, 11, named == null ? null : named.span().end());
                s.setString(12, named == null ? null : named.text());
                s.setString(13, named == null ? null : named.type().name());
                s.setString(14, e == null ? null : e.id());
                s.setString(15, sp == null ? null : sp.role());
                s.setString(16, sp == null ? null : sp.organisation());
                setInt(s, 17, q.cue() == null ? null : q.cue().begin());
                setInt(s, 18, q.cue() == null ? null : q.cue().end());
                s.setString(19, q.cueText());
                s.setString(20, q.medium());
                s.setString(21, q.saidOn());
                s.setString(22, sp == null ? null : sp.basis().label());
                if (q.probability() == null) {
                    s.setNull(23, Types.REAL);
                } else {
                    s.setDouble(23, q.probability());
                }
                s.setInt(24, q.inCaption() ? q.caption() : IN_TEXT);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void setInt(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    /** Reads a statement from the row's columns starting at {@code first} (see {@link #COLUMNS}). */
    static AttributedQuote read(ResultSet rs, int first) throws SQLException {
        int i = first;
        Span content = new Span(rs.getInt(i), rs.getInt(i + 1));
        QuoteKind kind = QuoteKind.valueOf(rs.getString(i + 3).toUpperCase(Locale.ROOT));
        Speaker speaker = null;
        if (rs.getObject(i + 4) != null) {
            Mention named = null;
            if (rs.getObject(i + 7) != null) {
                EntityType type = EntityType.parse(rs.getString(i + 10)).orElse(EntityType.MISC);
                named = new Mention(new Span(rs.getInt(i + 7), rs.getInt(i + 8)), rs.getString(i + 9), type);
            }
            speaker = new Speaker(new Span(rs.getInt(i + 4), rs.getInt(i + 5)), rs.getString(i + 6), named,
                    rs.getString(i + 11), rs.getString(i + 12), SpeakerBasis.ofLabel(rs.getString(i + 22)));
        }
        Span cue = rs.getObject(i + 13) == null ? null : new Span(rs.getInt(i + 13), rs.getInt(i + 14));
        double weighed = rs.getDouble(i + 23);
        Double probability = rs.wasNull() ? null : weighed;
        int caption = rs.getInt(i + 24);
        Quote q = new Quote(content, rs.getString(i + 2), kind, speaker, cue, rs.getString(i + 15), rs.getString(i + 16),
                rs.getString(i + 17), probability, caption == IN_TEXT ? null : caption);
        Entity e = rs.getString(i + 18) == null ? null : new Entity(rs.getString(i + 18), rs.getString(i + 19),
                EntityType.parse(rs.getString(i + 20)).orElse(EntityType.MISC), rs.getString(i + 21));
        return new AttributedQuote(q, e);
    }

    static List<AttributedQuote> ofArticle(Connection c, String articleId) throws SQLException {
        return Rows.list(c, "SELECT " + COLUMNS + " FROM quotes q LEFT JOIN entities e "
                + "ON e.id = q.speaker_entity_id WHERE q.article_id = ? ORDER BY q.position",
                rs -> read(rs, 1), articleId);
    }
}
