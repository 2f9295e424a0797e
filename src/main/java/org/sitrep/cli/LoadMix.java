package org.sitrep.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The requests of a load test: the kinds of page a reader asks for, drawn at random (with a fixed seed, so two runs ask
 * for the same pages) over the articles and entities the server holds.
 */
final class LoadMix {
    /** Ordinary searches: names and words of the war's news, one or two words as readers type them. */
    private static final List<String> SEARCHES = List.of("Aleppo", "Raqqa", "Damascus", "Assad", "rebels", "Islamic State",
            "air strike", "Homs", "ceasefire", "Russia", "civilians killed", "Idlib", "Kurdish", "hospital", "Palmyra",
            "opposition", "barrel bombs", "Turkey", "refugees", "Daraa");
    private static final List<String> QUOTE_WORDS = List.of("war", "civilians", "regime", "people", "killed", "peace");
    /** Words that, with {@code ~2}, expand to many indexed terms each: the expensive query of issue 14. */
    private static final List<String> FUZZY_WORDS = List.of("the", "and", "was", "for", "that", "with", "said", "from",
            "syria", "army", "city", "were", "have", "they", "this", "their", "which", "also", "been", "more", "after",
            "forces", "killed", "people", "state", "group", "government", "rebels", "near", "area", "since", "during",
            "attack", "town", "south", "north", "east", "west", "local", "media", "report", "news", "other", "than",
            "some", "many", "over", "into", "when", "where", "while", "about", "under", "against", "between", "would",
            "could", "told", "says", "week", "year", "days", "least", "dead");

    /** What a request asks for, to report figures per kind. */
    enum Kind { HOME, ARTICLE, SEARCH, SEARCH_TIMELINE, ENTITY, QUOTES, API_SEARCH, API_ARTICLE, API_ENTITY, API_QUOTES }

    record Request(Kind kind, String path) {
    }

    private LoadMix() {
    }

    /** {@code count} requests over the given article and entity ids, drawn with a fixed seed. */
    static List<Request> requests(int count, List<String> articleIds, List<String> entityIds) {
        Random random = new Random(14);
        Kind[] kinds = Kind.values();
        List<Request> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Kind kind = kinds[i % kinds.length];
            out.add(new Request(kind, path(kind, random, articleIds, entityIds)));
        }
        return out;
    }

    private static String path(Kind kind, Random random, List<String> articles, List<String> entities) {
        return switch (kind) {
            case HOME -> "/?page=" + (1 + random.nextInt(3));
            case ARTICLE -> "/articles/" + pick(random, articles);
            case SEARCH -> "/search?q=" + encode(pick(random, SEARCHES));
            // What a browser asks for after a search page whose timeline is not yet counted.
            case SEARCH_TIMELINE -> "/search/timeline?q=" + encode(pick(random, SEARCHES));
            case ENTITY -> "/entities/" + pick(random, entities);
            case QUOTES -> "/quotes?q=" + encode(pick(random, QUOTE_WORDS));
            case API_SEARCH -> "/api/v1/search?q=" + encode(pick(random, SEARCHES));
            case API_ARTICLE -> "/api/v1/articles/" + pick(random, articles);
            case API_ENTITY -> "/api/v1/entities/" + pick(random, entities);
            case API_QUOTES -> "/api/v1/quotes?q=" + encode(pick(random, QUOTE_WORDS));
        };
    }

    /** The expensive search: every one of {@code terms} words with an edit distance of 2 ({@code word~2}). */
    static String fuzzySearch(int terms, int variant) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < terms; i++) {
            q.append(i == 0 ? "" : " ").append(FUZZY_WORDS.get((i + variant) % FUZZY_WORDS.size())).append("~2");
        }
        return "/search?q=" + encode(q.toString());
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
