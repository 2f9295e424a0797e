package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.index.Facet;
import org.sitrep.index.FacetEntry;
import org.sitrep.index.IndexedArticle;

/**
 * Made-up articles for benchmarks of the search index: words drawn with the frequencies they have in the bundled
 * FA-KES articles (so common words are as common, and rare ones as rare, as in the war's news), outlets, languages and
 * days spread as a news archive's are, and entities, kinds, places and speakers drawn from a few thousand with a
 * skew (some are in every other article, most in few). The same seed gives the same articles.
 */
final class SyntheticArticles {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}|\\p{L}");
    private static final String[] LANGUAGES = {"en", "en", "en", "en", "en", "en", "ar", "ar", "fr", "ru"};
    private static final String[] KINDS = {"armed group", "state forces", "government", "political party", "media",
            "international organisation", "humanitarian", "militia", "rebel group", "religious group"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2011, 3, 1);
    private static final int DAYS = 365 * 10;

    private final String[] words;
    private final double[] cumulative;
    private final Random random;
    private final int wordsPerArticle;

    /**
     * @param wordsPerArticle the length of each article's text in words (a news article is typically 300 to 800)
     */
    SyntheticArticles(long seed, int wordsPerArticle) {
        Map<String, Integer> counts = corpusWords();
        this.words = counts.keySet().toArray(String[]::new);
        this.cumulative = new double[words.length];
        double total = 0;
        for (int i = 0; i < words.length; i++) {
            total += counts.get(words[i]);
            cumulative[i] = total;
        }
        this.random = new Random(seed);
        this.wordsPerArticle = wordsPerArticle;
    }

    /** Every word of the bundled FA-KES articles with how often it occurs, in order of first occurrence. */
    private static Map<String, Integer> corpusWords() {
        try (InputStream in = SyntheticArticles.class.getResourceAsStream("/org/sitrep/demo/fa-kes-dev.csv")) {
            if (in == null) {
                throw new IllegalStateException("the bundled FA-KES articles (org/sitrep/demo/fa-kes-dev.csv) are missing");
            }
            Matcher m = WORD.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, Integer> counts = new java.util.LinkedHashMap<>();
            while (m.find()) {
                counts.merge(m.group(), 1, Integer::sum);
            }
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A word, as likely as it is in the corpus. */
    String word() {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = java.util.Arrays.binarySearch(cumulative, r);
        return words[i < 0 ? -i - 1 : i];
    }

    /** A word ranked among the corpus's less common ones: what readers search for (a name, a place, "ceasefire"). */
    String searchWord() {
        String w;
        do {
            w = word();
        } while (w.length() < 4 || Character.isLowerCase(w.charAt(0)) && random.nextInt(3) > 0);
        return w;
    }

    /** A number from 0 (likeliest) to {@code n - 1}, most draws near 0. */
    private int skewed(int n) {
        return (int) Math.min(n - 1, Math.floor(Math.pow(random.nextDouble(), 3) * n));
    }

    IndexedArticle next(int number) {
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            title.append(i == 0 ? "" : " ").append(word());
        }
        StringBuilder text = new StringBuilder(wordsPerArticle * 7);
        for (int i = 0; i < wordsPerArticle; i++) {
            text.append(i == 0 ? "" : i % 25 == 0 ? ". " : " ").append(word());
        }
        text.append('.');
        Set<FacetEntry> facets = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (int i = 0, n = 3 + random.nextInt(10); i < n; i++) {
            int e = skewed(3000);
            facets.add(new FacetEntry(Facet.ENTITY, entityId(e), "Entity " + e));
            facets.add(new FacetEntry(Facet.KIND, KINDS[e % KINDS.length], KINDS[e % KINDS.length]));
            names.add("Entity " + e);
        }
        for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
            int p = skewed(2000);
            facets.add(new FacetEntry(Facet.PLACE, Integer.toString(100_000 + p), "Place " + p));
        }
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            int s = skewed(800);
            facets.add(new FacetEntry(Facet.SPEAKER, "person-" + s, "Speaker " + s));
        }
        LocalDate day = random.nextInt(50) == 0 ? null : FIRST_DAY.plusDays(random.nextInt(DAYS));
        return new IndexedArticle("synthetic-" + number, title.toString(), text.toString(), "Outlet " + skewed(60), day,
                LANGUAGES[random.nextInt(LANGUAGES.length)], names, new ArrayList<>(facets));
    }

    /** How many distinct words the articles are drawn from. */
    int vocabulary() {
        return words.length;
    }

    /**
     * The id of made-up entity number {@code n}, shaped as Sitrep's own ids ("person-...", "organization-..."), which
     * pages and filters tell from free text by that shape: every third a person, the rest organisations.
     */
    static String entityId(int n) {
        return (n % 3 == 0 ? "person-" : "organization-") + "entity-" + n;
    }
}
