package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Place;
import org.sitrep.core.Span;
import org.sitrep.core.SpanSet;

/**
 * Finds the place names of a text: the tagger's LOCATION mentions, and capitalised names the tagger missed that the
 * gazetteer knows well enough to be sure of (the supplement's crossings and villages, countries, regions, cities of
 * 50,000 people or more, smaller places in the countries the article is about). Never a word inside another
 * mention ("Aleppo Media Center" is an organisation), a nationality word, or a word the text also writes in lower
 * case ("Mobile", "Reading").
 */
final class PlaceNameFinder {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}'\u2019\\-]*");
    private static final int MAX_WORDS = 5;
    private static final long BIG_CITY = 50_000;
    /** Small words a place name may hold between its capitalised words ("Bab al-Hawa", "Bosnia and Herzegovina"). */
    private static final Set<String> JOINERS = Set.of("al", "el", "as", "ar", "az", "ash", "ad", "an", "at", "ad-", "ibn",
            "bin", "de", "del", "la", "of", "and", "upon", "on", "sur", "e");
    /** Capitalised words that open sentences and headlines and are also place names somewhere. */
    private static final Set<String> NEVER_ALONE = Set.of("of", "is", "be", "as", "at", "by", "on", "in", "no", "so", "un",
            "mission", "union", "police", "army", "president", "university", "street", "centre", "center", "news",
            "national", "opposition", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "god", "allah", "islam", "state", "republic", "kingdom", "west", "east", "north",
            "south", "central", "media", "government", "justice", "victory", "hope", "liberty", "independence",
            "unity", "peace", "freedom", "paradise", "jihad", "rebel", "rebels", "christ", "jesus");

    private final Gazetteer gazetteer;
    private final Demonyms demonyms;

    PlaceNameFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.demonyms = Demonyms.shared();
    }

    /**
     * The place names in {@code text}, in text order, without overlaps.
     *
     * @param mentions the tagger's mentions (any type): LOCATION ones are place names, others are not searched
     * @param focus    the countries (ISO codes) the article is about, in which smaller places may be found too
     */
    List<Span> find(String text, List<Mention> mentions, Set<String> focus) {
        TreeMap<Integer, Span> found = new TreeMap<>();
        SpanSet taken = new SpanSet(mentions.stream().map(Mention::span).toList());
        for (Mention m : mentions) {
            if (m.type() == EntityType.LOCATION && !demonyms.isDemonym(m.text())) {
                found.put(m.span().begin(), m.span());
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<Span> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            Span first = words.get(i);
            if (!Character.isUpperCase(text.charAt(first.begin())) || taken.overlapsAny(first)) {
                continue;
            }
            Span best = null;
            int lastCapital = i;
            for (int j = i; j < words.size() && j < i + MAX_WORDS; j++) {
                Span w = words.get(j);
                if (j > i && !onlySpaceBetween(text, words.get(j - 1), w) || taken.overlapsAny(w)) {
                    break;
                }
                String word = w.of(text);
                boolean capital = Character.isUpperCase(word.charAt(0));
                if (!capital && !JOINERS.contains(word.toLowerCase(Locale.ROOT)) && !startsWithArticle(word)) {
                    break;
                }
                if (capital || startsWithArticle(word)) {
                    lastCapital = j;
                }
                Span candidate = new Span(first.begin(), words.get(lastCapital).end());
                if (lastCapital == j && isSurePlace(text, lower, candidate, focus)) {
                    best = candidate;
                }
            }
            if (best != null) {
                found.putIfAbsent(best.begin(), best);
                // the scan goes on past the name found, so no later name can overlap it
                while (i + 1 < words.size() && words.get(i + 1).begin() < best.end()) {
                    i++;
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private boolean isSurePlace(String text, String lower, Span span, Set<String> focus) {
        String name = span.of(text);
        if (name.length() < 3 || demonyms.isDemonym(name) || NEVER_ALONE.contains(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (!name.contains(" ") && !name.contains("-") && writtenInLowerCase(text, lower, name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean opensSentence = opensSentence(text, span.begin()) && !name.contains(" ");
        String key = PlaceNames.key(name);
        for (Place p : gazetteer.named(name)) {
            boolean curated = p.id() < 0 || p.isCountry() || p.featureCode().equals("ADM1");
            if (curated) {
                return true;
            }
            // GeoNames' alternate names of towns hold common words ("Minister", "Plus"), and any word opens a sentence
            // with a capital: only a town's own name, away from a sentence's start, is taken without the tagger
            boolean ownName = key.equals(PlaceNames.key(p.name()));
            if (ownName && !opensSentence && (p.population() >= BIG_CITY
                    || focus.contains(p.country()) && (p.population() >= 1000 || p.featureClass() != 'P'))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at {@code at} is the first of its sentence, paragraph or quotation. */
    private static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || "\"\u201C\u2018'(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?:;\n\u201D".indexOf(text.charAt(i)) >= 0;
    }

    /** Whether the text holds the word in lower case, as a word of its own: then it is a common word here. */
    private static boolean writtenInLowerCase(String text, String lowerText, String word) {
        for (int at = lowerText.indexOf(word); at >= 0; at = lowerText.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean wordOfItsOwn = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)));
            if (wordOfItsOwn && Character.isLowerCase(text.charAt(at))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithArticle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return (w.startsWith("al-") || w.startsWith("el-") || w.startsWith("as-") || w.startsWith("ar-") || w.startsWith("az-")
                || w.startsWith("ash-") || w.startsWith("ad-") || w.startsWith("at-") || w.startsWith("an-")) && w.length() > 4;
    }

    private static boolean onlySpaceBetween(String text, Span a, Span b) {
        return b.begin() - a.end() == 1 && text.charAt(a.end()) == ' ';
    }

    private static List<Span> words(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() + 1 && "'\u2019-".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end > m.start() + 3 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                    && "'\u2019".indexOf(text.charAt(end - 2)) >= 0) {
                end -= 2; // "Aleppo's"
            }
            out.add(new Span(m.start(), end));
        }
        return out;
    }
}
