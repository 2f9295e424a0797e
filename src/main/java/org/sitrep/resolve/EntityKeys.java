package org.sitrep.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.nlp.ArabicArticles;

/** Stable entity ids from a type and a name: "PERSON", "Kristen Gillespie" gives "person-kristen-gillespie". */
public final class EntityKeys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private EntityKeys() {
    }

    /** The article, with the spellings of it that only place names use ("Deir ez-Zor", "Ras el-Ain" as "Ras e-Ain"). */
    private static final java.util.Set<String> ARTICLES = ArabicArticles.and("ath", "ez", "es", "ed", "e");
    /** Words that mark a name as transliterated from Arabic (beside the articles). */
    private static final java.util.Set<String> TRANSLITERATION_MARKERS = java.util.Set.of("abu", "bin", "ibn", "bint", "umm",
            "deir", "dayr", "jabal", "jebel", "tal", "tell", "wadi", "bab", "ain", "ayn", "kafr", "khan", "jisr", "maarat",
            "jabhat", "jaish", "jaysh", "liwa", "harakat", "kataib", "saraya", "faylaq", "failaq");
    /** "U.S.", "U.S", "F.B.I.": initials with dots, which mean the same as without ("US", "FBI"). */
    private static final Pattern DOTTED_INITIALS = Pattern.compile("(\\p{Lu}\\.)+\\p{Lu}?\\.?");
    private static final Pattern APOSTROPHES = Pattern.compile("[ʿʾ'’`‘]");

    /** The id of a knowledge-base entity: type, then its canonical name as a readable slug ("organization-islamic-state"). */
    public static String knownId(EntityType type, String canonicalName) {
        return type.label() + "-" + slug(canonicalName);
    }

    /** The id of an entity the knowledge base does not know: type, then the name's transliteration-folded key. */
    public static String id(EntityType type, String name) {
        return type.label() + "-" + key(name);
    }

    /** An entity of the article's own, by a name the knowledge base does not know: no kind, its id from {@link #id}. */
    static Entity unknown(EntityType type, String name) {
        return new Entity(id(type, name), name, type, null);
    }

    /**
     * A key under which spellings of one Arabic (or other) name meet: accents and ʿ ’ ' marks dropped, hyphens
     * and spaces alike, the article (al-, el-, ad-, ar-, as-, az-, ash-) dropped, and, in names that read as
     * transliterations (they carry an article or a word such as Abu, bin, Deir), the romanisation pairs ou/u, ei/ay,
     * dh/z, q/k folded. "Deir al-Zour" and "Dayr az Zur" give "dayr-zur"; "Homs Revolutionary Council" keeps its words.
     */
    public static String key(String name) {
        String known = KEYS.get(name);
        if (known != null) {
            return known;
        }
        String key = keyOf(name);
        if (KEYS.size() >= KEYS_KEPT) {
            KEYS.clear();
        }
        KEYS.put(name, key);
        return key;
    }

    /**
     * Keys made so far: the resolver asks for the same few names' keys many times over an article (every mention,
     * every word run of a name), and a key is a function of the name alone. Emptied when full, so it stays small.
     */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final int KEYS_KEPT = 50_000;

    private static String keyOf(String name) {
        if (DOTTED_INITIALS.matcher(name).matches()) {
            name = name.replace(".", "");
        }
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        folded = APOSTROPHES.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
        String[] words = NON_ALNUM.matcher(folded).replaceAll(" ").strip().split(" ");
        boolean transliterated = java.util.Arrays.stream(words).anyMatch(w -> ARTICLES.contains(w) || TRANSLITERATION_MARKERS.contains(w));
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || ARTICLES.contains(w) && i + 1 < words.length) {
                continue;
            }
            if (transliterated) {
                w = w.replace("ou", "u").replace("ei", "ay").replace("dh", "z").replace('q', 'k');
            }
            key.append(key.length() == 0 ? "" : "-").append(w);
        }
        return key.length() == 0 ? slug(name) : key.toString();
    }

    /** Lower case, accents folded, every run of other characters a single hyphen. */
    public static String slug(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String slug = NON_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
