package org.sitrep.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.sitrep.core.InputException;

/**
 * Where a PostgreSQL database is, as {@code postgresql://user:password@host:port/dbname} (libpq's URI form; the
 * port defaults to 5432, user and password may be left out, and {@code ?name=value} parameters such as
 * {@code sslmode=require} go to the JDBC driver). User and password may be percent-encoded.
 *
 * @param query the parameters after {@code ?}, without it; empty when there are none
 */
public record PostgresAddress(String host, int port, String database, String user, String password, String query) {
    private static final int DEFAULT_PORT = 5432;

    public PostgresAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be empty; got: " + host);
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1 to 65535; got: " + port);
        }
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("database must not be empty; got: " + database);
        }
        query = query == null ? "" : query;
    }

    /**
     * Reads a {@code postgresql://} (or {@code postgres://}) address.
     *
     * @throws InputException naming the address, with its password masked, when it is not one
     */
    public static PostgresAddress parse(String address) {
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            throw new InputException(masked(address), "not a postgresql:// address: " + e.getReason());
        }
        if (!"postgresql".equalsIgnoreCase(uri.getScheme()) && !"postgres".equalsIgnoreCase(uri.getScheme())) {
            throw new InputException(masked(address), "must start with postgresql://");
        }
        if (uri.getHost() == null) {
            throw new InputException(masked(address), "names no host (postgresql://user:password@host:port/dbname)");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        if (path.isEmpty() || path.contains("/")) {
            throw new InputException(masked(address), "must name one database after the host (…@host:port/dbname)");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        return new PostgresAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), decode(path), user,
                password, uri.getRawQuery());
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The address with its password, if any, replaced by {@code ***}, fit for messages and logs. */
    static String masked(String address) {
        return address.replaceFirst("(://[^:/@]*:)[^@/]*@", "$1***@");
    }

    /** The JDBC URL of the database, without user and password (see {@link #credentials()}). */
    String jdbcUrl() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + database + (query.isEmpty() ? "" : "?" + query);
    }

    /** The user and password for the driver; empty when the address names none (the driver then uses its defaults). */
    Properties credentials() {
        Properties p = new Properties();
        if (user != null && !user.isEmpty()) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }

    /** The address without its password. */
    @Override
    public String toString() {
        return "postgresql://" + (user == null ? "" : user + (password == null ? "" : ":***") + "@") + host + ":" + port
                + "/" + database + (query.isEmpty() ? "" : "?" + query);
    }
}
