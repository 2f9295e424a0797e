package org.sitrep.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * English words that are usually written in lower case ("anyone", "recovery", "cynics"), read from lists in
 * CoreNLP's models: the nouns of its coreference system's animacy lists written in lower case, less the words its
 * truecaser writes with a capital ("bush" is mostly "Bush", "turkey" mostly "Turkey"). A word opening a sentence
 * is capitalised whatever it is, so this is the prior that tells "Anyone who thinks" from "Rice said". Loaded once.
 */
public final class CommonWords {
    private static final String MODELS = "edu/stanford/nlp/models/";
    private static volatile Set<String> words;
    private static volatile Set<String> finiteVerbs;
    private static volatile Set<String> animate;
    /** Auxiliaries and modals, which the conjugation table leaves out. */
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were", "has", "had", "have", "does", "did",
            "do", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "said", "says");

    private CommonWords() {
    }

    /** Whether {@code word}, in any case, is a common English word usually written in lower case. */
    public static boolean isCommon(String word) {
        return load().contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code word}, in any case, is a noun for people or other beings written in lower case ("officials",
     * "prosecutor", "neighbors"), from CoreNLP's animacy list.
     */
    public static boolean isAnimate(String word) {
        Set<String> local = animate;
        if (local == null) {
            synchronized (CommonWords.class) {
                local = animate;
                if (local == null) {
                    Set<String> lower = new HashSet<>();
                    read(MODELS + "dcoref/animate.unigrams.txt", line -> addIfLower(line, lower));
                    local = Set.copyOf(lower);
                    animate = local;
                }
            }
        }
        return local.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code word} (lower case) is a finite form of an English verb: an auxiliary or modal, a third person
     * singular present ("attacks", "warns") or a past form ("attacked"), from CoreNLP's table of conjugations. Plural
     * nouns are often such forms too ("attacks"), so a caller asking this treats the word as a possible verb.
     */
    public static boolean isFiniteVerb(String word) {
        Set<String> local = finiteVerbs;
        if (local == null) {
            synchronized (CommonWords.class) {
                local = finiteVerbs;
                if (local == null) {
                    Set<String> forms = new HashSet<>(AUXILIARIES);
                    read(MODELS + "naturalli/conjugations_english.tab", line -> {
                        String[] c = line.strip().split("\t", -1);
                        // columns: base form, present forms by person (1-4), gerund (5), past forms by person (6-10),
                        // past participle (11), then negations
                        for (int i : new int[] {1, 2, 3, 4, 6, 7, 8, 9, 10}) {
                            if (i < c.length && !c[i].isEmpty()) {
                                forms.add(c[i]);
                            }
                        }
                    });
                    local = Set.copyOf(forms);
                    finiteVerbs = local;
                }
            }
        }
        return local.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code word} (lower case) has the plain form of an English verb, whose third person singular present
     * ("controls", "pushes") is a {@link #isFiniteVerb finite form}: "control", "free", "push".
     */
    public static boolean isPlainVerb(String word) {
        return isFiniteVerb(word + "s") || isFiniteVerb(word + "es");
    }

    private static Set<String> load() {
        Set<String> local = words;
        if (local == null) {
            synchronized (CommonWords.class) {
                local = words;
                if (local == null) {
                    Set<String> lower = new HashSet<>();
                    read(MODELS + "dcoref/animate.unigrams.txt", line -> addIfLower(line, lower));
                    read(MODELS + "dcoref/inanimate.unigrams.txt", line -> addIfLower(line, lower));
                    read(MODELS + "truecase/MixDisambiguation.list", line -> {
                        int tab = line.indexOf('\t');
                        if (tab > 0 && !line.substring(tab + 1).equals(line.substring(0, tab))) {
                            lower.remove(line.substring(0, tab));
                        }
                    });
                    local = Set.copyOf(lower);
                    words = local;
                }
            }
        }
        return local;
    }

    private static void addIfLower(String line, Set<String> out) {
        String w = line.strip();
        if (!w.isEmpty() && w.chars().allMatch(Character::isLowerCase)) {
            out.add(w);
        }
    }

    private static void read(String resource, java.util.function.Consumer<String> lines) {
        try (InputStream in = CommonWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from Sitrep's classpath (CoreNLP's models jar)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                lines.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
