package org.sitrep.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The grammatical gender a person's name suggests, from its first name (CoreNLP's list of 14,607 first names and
 * the gender most people of that name have, in its models jar) or a title before it ("Mrs.", "Sheikh").
 */
public final class PersonGender {
    /** A guess, not a fact about the person: what "he" or "she" may stand for. */
    public enum Gender {
        MALE, FEMALE, UNKNOWN;

        /** Whether a pronoun of gender {@code pronoun} may stand for a person of this gender. */
        public boolean agreesWith(Gender pronoun) {
            return this == UNKNOWN || pronoun == UNKNOWN || this == pronoun;
        }
    }

    private static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final Map<String, Gender> FIRST_NAMES = load();
    private static final Map<String, Gender> TITLES = Map.ofEntries(
            Map.entry("mr", Gender.MALE), Map.entry("mrs", Gender.FEMALE), Map.entry("ms", Gender.FEMALE),
            Map.entry("miss", Gender.FEMALE), Map.entry("sir", Gender.MALE), Map.entry("lady", Gender.FEMALE),
            Map.entry("king", Gender.MALE), Map.entry("queen", Gender.FEMALE), Map.entry("prince", Gender.MALE),
            Map.entry("princess", Gender.FEMALE), Map.entry("sheikh", Gender.MALE), Map.entry("sheikha", Gender.FEMALE),
            Map.entry("father", Gender.MALE), Map.entry("sister", Gender.FEMALE), Map.entry("brother", Gender.MALE),
            Map.entry("abu", Gender.MALE), Map.entry("umm", Gender.FEMALE), Map.entry("um", Gender.FEMALE));

    private PersonGender() {
    }

    /**
     * The gender the name suggests: by a title or first name; {@link Gender#UNKNOWN} when neither says, or when the
     * first name is borne by men and women alike (CoreNLP's list gives "Jan", "Robin" and "Kamal" both genders).
     */
    public static Gender of(String name) {
        Gender g = given(name);
        return g == null ? Gender.UNKNOWN : g;
    }

    /**
     * Whether the name opens with a title or a first name of CoreNLP's list, whatever gender that tells: a person's
     * name, where capitalised words that open with neither may be a place's ("Khan Younis").
     */
    public static boolean opensWithGivenName(String name) {
        return given(name) != null;
    }

    /** The gender of the name's title or first name, {@code null} when it opens with neither. */
    private static Gender given(String name) {
        if (name == null) {
            return null;
        }
        for (String word : name.strip().split("[\\s.]+")) {
            String w = word.toLowerCase(Locale.ROOT);
            Gender title = TITLES.get(w);
            if (title != null) {
                return title;
            }
            Gender first = FIRST_NAMES.get(w);
            if (first != null) {
                return first;
            }
            if (!w.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                return null; // the first capitalised word that is no title is the first name
            }
        }
        return null;
    }

    /** Whether {@code word} is a first name of CoreNLP's list, whatever its case ("Sadiq", "ALBERTO"). */
    static boolean isFirstName(String word) {
        return FIRST_NAMES.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The gender a pronoun stands for: "he" male, "she" female, others unknown. */
    public static Gender ofPronoun(String pronoun) {
        return switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his" -> Gender.MALE;
            case "she", "her", "hers" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }

    private static Map<String, Gender> load() {
        Map<String, Gender> out = new HashMap<>(1 << 15);
        try (InputStream in = PersonGender.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return out; // without the models jar nothing is known, and pronouns agree with everyone
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String[] c = line.split("\t");
                if (c.length == 2) {
                    Gender g = c[1].startsWith("MALE") ? Gender.MALE : c[1].startsWith("FEMALE") ? Gender.FEMALE : Gender.UNKNOWN;
                    // A name listed once for each gender tells neither: keeping the last line's made every "Jan" a woman.
                    out.merge(c[0].toLowerCase(Locale.ROOT), g, (a, b) -> a == b ? a : Gender.UNKNOWN);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
