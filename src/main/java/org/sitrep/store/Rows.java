package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Queries read into lists: preparing, binding, reading and closing written once. */
final class Rows {
    private Rows() {
    }

    /** Makes one value of the current row of a result. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * One value per row that {@code sql} returns, in the rows' order; empty when it returns none.
     *
     * @param args the statement's parameters in order, the first bound to parameter 1 ({@code null} binds SQL NULL)
     */
    static <T> List<T> list(Connection c, String sql, Reader<T> reader, Object... args) throws SQLException {
        return list(c, sql, Arrays.asList(args), reader);
    }

    /** As {@link #list(Connection, String, Reader, Object...)}, with the parameters in a list. */
    static <T> List<T> list(Connection c, String sql, List<Object> args, Reader<T> reader) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            SqlArguments.bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
        }
        return out;
    }
}
