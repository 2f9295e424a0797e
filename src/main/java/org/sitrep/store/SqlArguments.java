package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The arguments of a statement built from conditions: appended to, then bound in order. */
final class SqlArguments {
    private SqlArguments() {
    }

    /** A new list: {@code args} followed by {@code more}. */
    static List<Object> with(List<Object> args, Object... more) {
        List<Object> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }

    /** Binds {@code args} to the statement's parameters, the first to parameter 1. */
    static void bind(PreparedStatement s, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            s.setObject(i + 1, args.get(i));
        }
    }

    /**
     * A {@code LIKE} pattern (with {@code ESCAPE '\\'}) for values that contain {@code s} anywhere, its own {@code %},
     * {@code _} and backslashes matched as themselves.
     */
    static String containing(String s) {
        return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
