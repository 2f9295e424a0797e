package org.sitrep.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A SQLite connection that keeps its prepared statements: {@code prepareStatement(sql)} hands out the statement
 * prepared for the same text before, and closing it only clears it for the next use. Preparing costs SQLite as much
 * as running a small statement (the incident query's eight unions most of all), and a save prepares about twenty, so
 * without this the writer spent a quarter of its time preparing the same texts again. (PostgreSQL's driver keeps its
 * own prepared statements.)
 *
 * <p>A statement still open when its text is asked for again (a query run inside the loop over its own results) is
 * not shared: the second asker gets a statement of its own, closed as usual. Not thread-safe: for the writer
 * connection, which one thread at a time uses.
 */
final class KeptStatements implements InvocationHandler {
    /** More distinct texts than the store writes (the incident query has a few shapes); the least used go first. */
    private static final int KEPT = 200;

    private final Connection connection;
    private final Map<String, Kept> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            if (size() <= KEPT) {
                return false;
            }
            eldest.getValue().closeForGood();
            return true;
        }
    };

    private KeptStatements(Connection connection) {
        this.connection = connection;
    }

    /** The connection, keeping its prepared statements; closing it closes them. */
    static Connection around(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new KeptStatements(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("prepareStatement") && args.length == 1) {
            return prepare((String) args[0]);
        }
        if (method.getName().equals("close")) {
            new HashMap<>(kept).values().forEach(Kept::closeForGood);
            kept.clear();
        }
        return call(connection, method, args);
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        Kept k = kept.get(sql);
        if (k == null) {
            k = new Kept(connection.prepareStatement(sql));
            kept.put(sql, k);
        }
        if (k.inUse) {
            return connection.prepareStatement(sql);
        }
        k.inUse = true;
        return k.proxy;
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A statement kept for its text, and the face of it handed out, whose {@code close()} only makes it free again. */
    private static final class Kept implements InvocationHandler {
        private final PreparedStatement statement;
        private final PreparedStatement proxy;
        private boolean inUse;
        /** Pushed out of the kept statements while in use: closed for good when its user closes it. */
        private boolean dropped;
        /** The results of the last query, closed with the statement's use so SQLite resets it and holds no snapshot. */
        private ResultSet results;

        Kept(PreparedStatement statement) {
            this.statement = statement;
            this.proxy = (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, this);
        }

        @Override
        public Object invoke(Object p, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (results != null) {
                        results.close();
                        results = null;
                    }
                    if (dropped) {
                        statement.close();
                    } else if (inUse) {
                        statement.clearBatch();
                        statement.clearParameters();
                        inUse = false;
                    }
                    return null;
                }
                case "isClosed" -> {
                    return !inUse || statement.isClosed();
                }
                case "executeQuery" -> {
                    results = (ResultSet) call(statement, method, args);
                    return results;
                }
                default -> {
                    return call(statement, method, args);
                }
            }
        }

        void closeForGood() {
            if (inUse) {
                dropped = true;
                return;
            }
            try {
                statement.close();
            } catch (SQLException e) {
                // Only the driver's resources are at stake, and the connection is going (or the statement out of use).
            }
        }
    }
}
