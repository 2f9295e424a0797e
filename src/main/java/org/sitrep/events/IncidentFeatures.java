package org.sitrep.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features the incident classifier sees in a sentence: its words, their stems and neighbouring pairs. Names
 * (capitalised words inside the sentence) are reduced to one shape feature, so that the model learns what happened
 * from the verbs and nouns rather than where or to whom, which training sentences cannot cover.
 */
final class IncidentFeatures {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-/][\\p{L}\\p{N}]+)*");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");

    /** Words too common to tell one kind of sentence from another on their own (they still count in pairs). */
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "and", "or",
            "for", "with", "by", "from", "as", "is", "was", "were", "be", "been", "are", "that", "this", "it", "its",
            "their", "his", "her", "<num>");

    private IncidentFeatures() {
    }

    /** The feature names of {@code sentence}, each once, in a stable order; empty for a sentence without words. */
    static List<String> of(String sentence) {
        List<String> words = words(sentence);
        Set<String> features = new LinkedHashSet<>();
        // Every sentence has this one, so that a sentence of only unseen words still gets a prediction.
        features.add("bias");
        String previous = "<s>";
        for (String word : words) {
            if (!word.equals("<name>") && !STOP.contains(word)) {
                features.add("w=" + word);
            }
            String stem = stem(word);
            if (!stem.equals(word)) {
                features.add("s=" + stem);
            }
            features.add("b=" + previous + "_" + stem);
            previous = stem;
        }
        return new ArrayList<>(features);
    }

    /** The sentence's words in lower case, with numbers as "<num>" and names inside the sentence as "<name>". */
    static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        boolean first = true;
        while (m.find()) {
            words.add(normal(m.group(), first));
            first = false;
        }
        return words;
    }

    private static String normal(String token, boolean first) {
        if (NUMBER.matcher(token).matches()) {
            return "<num>";
        }
        boolean capitalised = Character.isUpperCase(token.codePointAt(0));
        boolean acronym = token.length() <= 5 && token.equals(token.toUpperCase(Locale.ROOT));
        if (capitalised && !first && !acronym) {
            return "<name>";
        }
        return token.toLowerCase(Locale.ROOT);
    }

    /** A light English stem: enough to join "shelled", "shelling" and "shells" without a dictionary. */
    static String stem(String word) {
        if (word.startsWith("<")) {
            return word;
        }
        for (String suffix : new String[] {"ings", "ing", "ied", "ies", "ed", "es", "s"}) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                String root = word.substring(0, word.length() - suffix.length());
                return suffix.startsWith("i") && suffix.length() == 3 && !suffix.equals("ing") ? root + "y" : root;
            }
        }
        return word;
    }
}
