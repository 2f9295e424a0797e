package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.core.Json;

/** The article object of a page's JSON-LD ({@code NewsArticle} and its kin), read leniently. */
final class JsonLd {
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
            "WebPage", "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle", "BackgroundNewsArticle");

    private final Map<?, ?> article;
    /** Every node with an {@code @id}, so that {@code "author": {"@id": "#author"}} finds the person it points to. */
    private final Map<String, Map<?, ?>> byId;

    private JsonLd(Map<?, ?> article, Map<String, Map<?, ?>> byId) {
        this.article = article;
        this.byId = byId;
    }

    static JsonLd of(Document doc) {
        Map<?, ?> best = null;
        Map<String, Map<?, ?>> byId = new HashMap<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Object parsed = Json.parse(script.data().trim()).orElse(null);
            for (Map<?, ?> node : nodes(parsed)) {
                if (node.get("@id") instanceof String id && node.size() > 1) {
                    byId.putIfAbsent(id, node);
                }
                if (isArticle(node) && (best == null || "WebPage".equals(type(best)))) {
                    best = node;
                }
            }
        }
        return new JsonLd(best == null ? Map.of() : best, byId);
    }

    private static List<Map<?, ?>> nodes(Object parsed) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (parsed instanceof List<?> list) {
            list.forEach(item -> out.addAll(nodes(item)));
        } else if (parsed instanceof Map<?, ?> map) {
            out.add(map);
            if (map.get("@graph") != null) {
                out.addAll(nodes(map.get("@graph")));
            }
        }
        return out;
    }

    private static boolean isArticle(Map<?, ?> node) {
        Object t = node.get("@type");
        if (t instanceof List<?> types) {
            return types.stream().anyMatch(x -> ARTICLE_TYPES.contains(String.valueOf(x)));
        }
        return t != null && ARTICLE_TYPES.contains(t.toString());
    }

    private static String type(Map<?, ?> node) {
        return String.valueOf(node.get("@type"));
    }

    /** The article's text field, character references decoded; {@code null} when it has none or it is no string. */
    String text(String key) {
        Object v = article.get(key);
        return v instanceof String s ? EscapedText.decoded(s) : null;
    }

    /** The article's image: a URL, an ImageObject's {@code url} or {@code contentUrl}, or the first of a list; {@code null} if none. */
    String imageUrl() {
        return imageUrl(article.get("image"));
    }

    private String imageUrl(Object v) {
        if (v instanceof String s && !s.isBlank()) {
            return s;
        }
        if (v instanceof Map<?, ?> m && m.get("url") == null && m.get("contentUrl") == null && m.get("@id") instanceof String id
                && byId.containsKey(id)) {
            return imageUrl(byId.get(id));
        }
        if (v instanceof Map<?, ?> m) {
            return imageUrl(m.get("url") != null ? m.get("url") : m.get("contentUrl"));
        }
        return v instanceof List<?> list && !list.isEmpty() ? imageUrl(list.get(0)) : null;
    }

    /** Names of a person-or-organisation field: a string, an object with "name", or a list of them. */
    List<String> names(String key) {
        List<String> out = new ArrayList<>();
        collectNames(article.get(key), out);
        return out;
    }

    private void collectNames(Object v, List<String> out) {
        if (v instanceof String s && !s.isBlank()) {
            out.add(EscapedText.decoded(s));
        } else if (v instanceof Map<?, ?> m && m.get("name") == null && m.get("@id") instanceof String id && byId.containsKey(id)) {
            collectNames(byId.get(id).get("name"), out);
        } else if (v instanceof Map<?, ?> m) {
            collectNames(m.get("name"), out);
        } else if (v instanceof List<?> list) {
            list.forEach(item -> collectNames(item, out));
        }
    }
}
