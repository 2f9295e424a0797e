package org.sitrep.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.nlp.ArabicArticles;

/**
 * The keys under which place names are looked up. {@link #key} forgets case, accents, Arabic vowel marks and
 * letter variants, apostrophes and hyphens, so "Deir ez-Zor" and "Deir Ez Zor" meet. {@link #looseKey} also
 * forgets Arabic articles and vowels, so that transliterations meet: "Deir e-Zor", "Deir al-Zour" and
 * "Dayr az Zawr" all give "dr zr", and so do "Deir Ezzor" and "Deir Ezour", whose article is written fused to the name. A name of
 * fewer than three consonants keeps its vowels and forgets only its doubled letters ("Raqa" and "Ar-Raqqah": "raka").
 */
public final class PlaceNames {
    /** Arabic articles as transliterated, before a hyphen or as a word of their own ("ash-Sham", "al Bab"). */
    private static final Set<String> ARTICLES = ArabicArticles.and("adh", "ath", "ed", "es", "ez", "er", "en", "et", "e", "ul",
            "l");
    /** The Latin letters that begin the Arabic sun letters as transliterated: the article takes their sound. */
    private static final String SUN_LETTERS = "tdrzsnl";

    private PlaceNames() {
    }

    /** The strict key: lower case, no accents or marks, words separated by single spaces; empty for no letters. */
    public static String key(String name) {
        String s = name;
        if (needsDecomposition(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || c == '\u0640') {
                continue; // accents, Arabic vowel marks, tatweel
            }
            if (isApostrophe(c)) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(foldArabic(Character.toLowerCase(c)));
            } else {
                space = true;
            }
        }
        String k = out.toString();
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    /** The loose key: the strict key without Arabic articles, each word cut to its consonants (see class doc). */
    public static String looseKey(String name) {
        return looseKeyOf(key(name));
    }

    /** The loose key of a name whose strict key is {@code strict}. */
    static String looseKeyOf(String strict) {
        List<String> names = new ArrayList<>();
        for (String w : strict.split(" ")) {
            if (w.isEmpty() || ARTICLES.contains(w)) {
                continue;
            }
            names.add(names.isEmpty() ? withoutGluedArticle(w) : withoutFusedArticle(withoutGluedArticle(w)));
        }
        List<String> words = new ArrayList<>(names.size());
        names.forEach(w -> words.add(consonants(w)));
        String skeleton = String.join(" ", words);
        if (skeleton.replace(" ", "").length() >= 3) {
            return skeleton;
        }
        // two consonants meet too many names: a short name keeps its vowels, and only its doubled letters and a
        // final h are forgotten ("Raqa", "Raqqa" and "Ar-Raqqah" meet, Raqqa and Rikka do not)
        words.clear();
        names.forEach(w -> words.add(singleLetters(w)));
        return String.join(" ", words);
    }

    /**
     * "Ezzor" or "Ezour" in "Deir Ezzor": the article before a sun letter written together with the name ("ez-Zor",
     * "ad-Dawr", "ar-Rai"), as its vowel (a or e) and that letter, doubled or not. Only after the first word of a
     * name, where the article stands ("Deir", "Tell", "Ras"), not at the start of one ("Assam", "Essen"); an i is no
     * article ("Ein Issa").
     */
    private static String withoutFusedArticle(String w) {
        if (w.length() >= 4 && (w.charAt(0) == 'a' || w.charAt(0) == 'e') && SUN_LETTERS.indexOf(w.charAt(1)) >= 0) {
            return w.substring(1);
        }
        return w;
    }

    /** The word in simplified spelling with every run of one letter written once and no final h after a vowel. */
    private static String singleLetters(String word) {
        if (!isPlainAscii(word)) {
            return word;
        }
        String w = withoutFinalH(simplifiedSpelling(word));
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                out.append(w.charAt(i));
            }
        }
        return out.toString();
    }

    private static String withoutFinalH(String w) {
        return w.length() > 2 && w.endsWith("h") && isVowel(w.charAt(w.length() - 2)) ? w.substring(0, w.length() - 1) : w;
    }

    /** "alraqqa" or "الرقة" as one word: the article is written together with the name. */
    private static String withoutGluedArticle(String w) {
        if (w.length() > 4 && w.charAt(0) == 'ا' && w.charAt(1) == 'ل') {
            return w.substring(2);
        }
        return w;
    }

    private static String consonants(String word) {
        if (!isPlainAscii(word)) {
            return word;
        }
        String w = withoutFinalH(simplifiedSpelling(word));
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (i > 0 && (isVowel(c) || c == 'y' || c == 'w')) {
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
                continue;
            }
            out.append(i == 0 && (isVowel(c) || c == 'y' || c == 'w') ? 'a' : c);
        }
        return out.toString();
    }

    /** kh, gh, dh, th, ph written as one letter (k, g, d, t, f); q, c and ck as k. */
    private static String simplifiedSpelling(String w) {
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            if (next == 'h' && (c == 'k' || c == 'g' || c == 'd' || c == 't' || c == 'p')) {
                out.append(c == 'p' ? 'f' : c);
                i++;
            } else if (c == 'c' && next == 'k') {
                out.append('k');
                i++;
            } else {
                out.append(c == 'q' || c == 'c' ? 'k' : c);
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BF' || c == '\u02BE' || c == '`' || c == '\u00B4'
                || c == '\u02BB' || c == '\u02BC';
    }

    /** Arabic letters written in several ways in names: the forms of alef, final ta marbuta and alef maqsura. */
    private static char foldArabic(char c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ة' -> 'ه';
            case 'ى' -> 'ي';
            default -> c;
        };
    }

    /**
     * Whether the name holds letters with accents or compatibility forms that decomposition turns into plain letters
     * (Latin with diacritics, combining marks, ligatures); names in other scripts skip the costly normaliser.
     */
    private static boolean needsDecomposition(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xC0 && c <= 0x36F || c >= 0x1E00 && c <= 0x1EFF || c >= 0xFB00 && c <= 0xFB4F || c >= 0x2000 && c <= 0x215F) {
                return true;
            }
        }
        return false;
    }

    static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two spellings of a name differ in at most three letters in ten (edit distance over their strict
     * keys, at least one letter allowed): transliterations of one name ("Bint Jbeil", "Bent Jbaïl"), not two names
     * that only share their consonants ("Broummana", "Bremen").
     */
    public static boolean spelledAlike(String a, String b) {
        String x = key(a);
        String y = key(b);
        int longer = Math.max(x.length(), y.length());
        return longer > 0 && editDistance(x, y) <= Math.max(1, longer * 3 / 10);
    }

    private static int editDistance(String x, String y) {
        int[] row = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[y.length()];
    }
}
