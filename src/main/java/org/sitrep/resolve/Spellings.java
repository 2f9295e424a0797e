package org.sitrep.resolve;

import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Spellings of one name that news writes both ways within an article: transliterations that double a consonant or
 * not ("Assad" and "Asad", "Gaddafi" and "Gadafi"), that write its vowels another way ("Mohamed Morsi" and "Mohammed
 * Mursi", "Osama bin Laden" and "Usama bin Ladin"), and typing slips ("Rios Montt" and "Rios Mont").
 */
final class Spellings {
    private Spellings() {
    }

    /** The key of {@link EntityKeys#key} with every run of one letter written once: "assad" and "asad" give "asad". */
    static String loose(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (i == 0 || c != key.charAt(i - 1) || !Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Words shorter than this keep their vowels in {@link #vowelsLoose}: "Dan" and "Don" are two names, "Ladin" and "Laden" one. */
    private static final int VOWEL_FREE_LENGTH = 5;
    private static final Pattern VOWEL_RUNS = Pattern.compile("[aeiou]+");

    /**
     * The key of {@link EntityKeys#key} with {@link #loose} runs of one letter, and in each word of at least five
     * letters every run of vowels one mark: transliterations agree on a name's consonants and differ in its vowels
     * ("khamenei" and "khamanei", "usama" and "osama" give "kh*m*n*", "*s*m*"). Short words keep their vowels, as
     * a vowel there tells names apart.
     */
    static String vowelsLoose(String key) {
        StringJoiner out = new StringJoiner("-");
        for (String w : loose(key).split("-", -1)) {
            out.add(w.length() >= VOWEL_FREE_LENGTH ? VOWEL_RUNS.matcher(w).replaceAll("*") : w);
        }
        return out.toString();
    }
}
