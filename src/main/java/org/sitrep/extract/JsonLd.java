package org.sitrep.extract;

import java.util.ArrayList;
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

    private JsonLd(Map<?, ?> article) {
        this.article = article;
    }

    static JsonLd of(Document doc) {
        Map<?, ?> best = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Object parsed = Json.parse(script.data().trim()).orElse(null);
            for (Map<?, ?> node : nodes(parsed)) {
                if (isArticle(node) && (best == null || "WebPage".equals(type(best)))) {
                    best = node;
                }
            }
        }
        return new JsonLd(best == null ? Map.of() : best);
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

    String text(String key) {
        Object v = article.get(key);
        return v instanceof String s ? s : null;
    }

    /** Names of a person-or-organisation field: a string, an object with "name", or a list of them. */
    List<String> names(String key) {
        List<String> out = new ArrayList<>();
        collectNames(article.get(key), out);
        return out;
    }

    private static void collectNames(Object v, List<String> out) {
        if (v instanceof String s && !s.isBlank()) {
            out.add(s);
        } else if (v instanceof Map<?, ?> m) {
            collectNames(m.get("name"), out);
        } else if (v instanceof List<?> list) {
            list.forEach(item -> collectNames(item, out));
        }
    }
}
