package org.sitrep.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** The site's URLs, built in one place so every parameter is encoded. */
public final class Links {
    private Links() {
    }

    public static String article(String id) {
        return "/articles/" + encode(id);
    }

    /** The article page at the evidence of its event number {@code ordinal} (from 0). */
    public static String event(String articleId, int ordinal) {
        return article(articleId) + "#event-" + ordinal;
    }

    /** The events page with this filter's parameters. */
    public static String events(EventFilter filter) {
        return "/events" + query(filter.parameters());
    }

    public static String entity(String id) {
        return "/entities/" + encode(id);
    }

    public static String place(long id) {
        return "/places/" + id;
    }

    /** The map of the places named in the articles that mention the entity. */
    public static String mapOfEntity(String entityId) {
        return map(new MapFilter(null, null, entityId, null, null));
    }

    /** The map page with this filter's parameters. */
    public static String map(MapFilter filter) {
        return "/map" + query(filter.parameters());
    }

    public static String search(String q, String outlet, String language, LocalDate from, LocalDate to, int page) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("outlet", outlet);
        params.put("language", language);
        params.put("from", from);
        params.put("to", to);
        params.put("page", page > 1 ? page : null);
        return "/search" + query(params);
    }

    /**
     * The download of a view: the API at {@code api} with the query of {@code pageLink} (every filter of the view,
     * without its page) and {@code format}.
     */
    public static String download(String api, String pageLink, String format) {
        String link = pageLink.replaceFirst("#.*$", "");
        int q = link.indexOf('?');
        StringJoiner j = new StringJoiner("&", api + "?", "");
        if (q >= 0) {
            for (String part : link.substring(q + 1).split("&")) {
                if (!part.isEmpty() && !part.startsWith("page=") && !part.startsWith("statements=") && !part.startsWith("size=")) {
                    j.add(part);
                }
            }
        }
        return j.add("format=" + encode(format)).toString();
    }

    public static String withPage(String path, int page) {
        return path + (page > 1 ? "?page=" + page : "");
    }

    static String query(Map<String, Object> params) {
        StringJoiner j = new StringJoiner("&", "?", "");
        j.setEmptyValue("");
        params.forEach((k, v) -> {
            // A collection is a repeated parameter (outlet=a&outlet=b).
            for (Object one : v instanceof java.util.Collection<?> many ? many : java.util.Collections.singletonList(v)) {
                if (one != null && !one.toString().isEmpty()) {
                    j.add(parameter(k, one.toString()));
                }
            }
        });
        return j.toString();
    }

    /** One parameter, {@code name=value}, encoded as {@link #query} encodes it. */
    static String parameter(String name, String value) {
        return encode(name) + "=" + encode(value);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
