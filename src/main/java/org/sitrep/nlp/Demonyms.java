package org.sitrep.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.Span;

/**
 * Words of nationality ("Syrian", "Iraqis") and the country they point to: evidence of where an article is about,
 * never places themselves. Adjectives of continents and wider regions ("European", "Middle Eastern") are listed
 * with the GeoNames id of their place instead of a country code: such a word, given as a place name, stands for
 * that place, but says nothing of an article's country. A nationality word of a country may carry, in a third
 * column, the place it names when given as a place name where that is not the country: "Kurdish" is evidence of
 * Iraq, but a place written "Kurdish" is Kurdistan.
 */
public final class Demonyms {
    private static final Demonyms SHARED = load();

    private final Map<String, String> countries;
    private final Map<String, Long> named;
    private final java.util.Set<String> givenOnly;
    private final Pattern words;

    private Demonyms(Map<String, String> countries, Map<String, Long> named, java.util.Set<String> givenOnly) {
        this.countries = Map.copyOf(countries);
        this.named = Map.copyOf(named);
        this.givenOnly = java.util.Set.copyOf(givenOnly);
        // Every word listed starts with a capital: the lookahead spares the alternatives at every other word. They are
        // grouped by first letter, longest first within a letter as before (words of different first letters never
        // match at one place, so the same word wins), so that a capitalised word is tried against the words of its
        // letter alone rather than against every word: the same matches, found in half the time.
        Map<Integer, List<String>> byFirstLetter = new TreeMap<>();
        countries.keySet().stream().sorted((a, b) -> b.length() - a.length()).forEach(w ->
                byFirstLetter.computeIfAbsent(w.codePointAt(0), k -> new ArrayList<>()).add(w));
        StringJoiner alternatives = new StringJoiner("|");
        byFirstLetter.forEach((first, listed) -> {
            StringJoiner rests = new StringJoiner("|");
            listed.forEach(w -> rests.add(Pattern.quote(w.substring(Character.charCount(first)))));
            alternatives.add(Pattern.quote(Character.toString(first)) + "(?:" + rests + ")");
        });
        this.words = Pattern.compile("\\b(?=\\p{Lu})(" + alternatives + ")(?:s|es)?\\b");
    }

    /** The list that ships with Sitrep. */
    public static Demonyms shared() {
        return SHARED;
    }

    /** The ISO 3166-1 alpha-2 code of each nationality word in {@code text}, once per occurrence, counted. */
    public Map<String, Integer> countriesIn(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = words.matcher(text);
        while (m.find()) {
            String code = countries.get(m.group(1));
            if (!isPlaceId(code)) {
                counts.merge(code, 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * Where the text uses a nationality word in the singular ("Syrian", "European", not "Syrians"), in text order: an
     * adjective of a place, as both geoparsing corpora count one, where a plural ("Mexicans") names people. A region's
     * adjective that also opens many names of bodies ("Western Union", "Arab League") is left out.
     */
    public List<Span> adjectivesIn(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = words.matcher(text);
        while (m.find()) {
            if (m.end() == m.end(1) && !givenOnly.contains(m.group(1))) {
                out.add(new Span(m.start(), m.end()));
            }
        }
        return out;
    }

    /** The country of a nationality word ("Syrian", "Iraqis"); empty when {@code word} is none. */
    public java.util.Optional<String> country(String word) {
        return code(word).filter(c -> !isPlaceId(c));
    }

    /**
     * The GeoNames id (negative for Sitrep's supplement) of the continent or region an adjective names
     * ("European", "Middle Eastern"); empty when {@code word} is no such adjective.
     */
    public java.util.OptionalLong region(String word) {
        return code(word).filter(Demonyms::isPlaceId).map(c -> java.util.OptionalLong.of(Long.parseLong(c)))
                .orElse(java.util.OptionalLong.empty());
    }

    /**
     * The GeoNames id (negative for Sitrep's supplement) of the place a nationality word of a country names when
     * it is given as a place name, where that place is not the country ("Kurdish": the Kurdistan Region, not Iraq);
     * empty for every other word.
     */
    public java.util.OptionalLong namedPlace(String word) {
        return listed(word).map(named::get).map(java.util.OptionalLong::of).orElse(java.util.OptionalLong.empty());
    }

    private java.util.Optional<String> code(String word) {
        return listed(word).map(countries::get);
    }

    /** The word as listed, by map look-ups as the pattern's whole match would: every place name is asked, so this stays cheap. */
    private java.util.Optional<String> listed(String word) {
        String w = word.strip();
        if (w.length() > 3 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && !w.equals(w.toLowerCase(java.util.Locale.ROOT))) {
            w = titleCase(w); // a headline or a dateline in capitals: "KAZAKH"
        }
        if (countries.containsKey(w)) {
            return java.util.Optional.of(w);
        }
        for (String plural : new String[] {"s", "es"}) {
            String stem = w.endsWith(plural) ? w.substring(0, w.length() - plural.length()) : null;
            if (stem != null && countries.containsKey(stem)) {
                return java.util.Optional.of(stem);
            }
        }
        return java.util.Optional.empty();
    }

    /** "NORTH AFRICAN" as "North African": each word's first letter kept, the rest lower case. */
    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean first = true;
        for (char ch : upper.toCharArray()) {
            out.append(first ? ch : Character.toLowerCase(ch));
            first = !Character.isLetter(ch);
        }
        return out.toString();
    }

    private static boolean isPlaceId(String code) {
        return !code.isEmpty() && (Character.isDigit(code.charAt(code.length() - 1)));
    }

    /**
     * Whether {@code word} is a nationality word (with or without a plural ending); a region's adjective that names
     * its region only where it is given as a place name ("Western", see demonyms.tsv) is none.
     */
    public boolean isDemonym(String word) {
        return word.equals(word.strip()) && listed(word).filter(w -> !givenOnly.contains(w)).isPresent();
    }

    /** The third column of a region's adjective that names its region only where it is given as a place name. */
    private static final String GIVEN_ONLY = "given";

    private static Demonyms load() {
        Map<String, String> map = new HashMap<>();
        Map<String, Long> named = new HashMap<>();
        java.util.Set<String> givenOnly = new java.util.HashSet<>();
        try (InputStream in = Demonyms.class.getResourceAsStream("demonyms.tsv")) {
            if (in == null) {
                throw new IOException("demonyms.tsv is missing from Sitrep's classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] c = line.split("\t");
                    map.put(c[0].trim(), c[1].trim());
                    if (c.length > 2 && c[2].trim().equals(GIVEN_ONLY)) {
                        givenOnly.add(c[0].trim());
                    } else if (c.length > 2) {
                        named.put(c[0].trim(), Long.parseLong(c[2].trim()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Demonyms(map, named, givenOnly);
    }
}
