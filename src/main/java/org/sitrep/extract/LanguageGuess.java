package org.sitrep.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.sitrep.core.LanguageTag;

/**
 * The language an article's text is written in, read from the text itself: by its script for the languages that have
 * one of their own (Arabic, Persian, Urdu, Russian, Ukrainian, Hebrew, Greek, Chinese, Japanese, Korean, ...), and by
 * its commonest small words for the languages written in Latin letters that the news Sitrep reads is most often in.
 * Pages often say nothing of their language, or keep the "en" of a template over text in another; the speaker rules
 * are English, so they must know which text is not.
 */
public final class LanguageGuess {
    /** Fewer words than this say too little to tell a language by. */
    static final int MIN_WORDS = 12;
    /** How much of the text is read: a few paragraphs. */
    private static final int SAMPLE_CHARS = 4000;
    /** The share of letters a script must have to name the text's language. */
    private static final double SCRIPT_SHARE = 0.5;
    /** The share of the words that must be the best language's small words. */
    private static final double MIN_FUNCTION_SHARE = 0.08;
    /**
     * A declared language whose small words make up less than this share of the text is not the text's: a page in
     * one language quoting at length in another keeps the one it declares.
     */
    private static final double MAX_DECLARED_SHARE = 0.03;
    /** How far the best language must lead the next to be told apart: Spanish and Portuguese share many small words. */
    private static final double MIN_LEAD = 1.5;
    /** A language tag as pages write it: "en", "en-gb", "zh-hant"; pages also write "lang=" or "{{lang}}". */
    private static final Pattern DECLARED = Pattern.compile("[a-z]{2,3}(?:-[a-z0-9]{2,8})*");
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.ofEntries(
            words("en", "the and of to in is that for it with was on as are by this be at from have has not but they said were which will their been would who"),
            words("fr", "le la les des et est une du dans que pour qui pas sur au avec sont ce il par mais plus été aux ont cette elle leur"),
            words("de", "der die und das den ist nicht mit von sich auf dem ein eine des zu in im für auch wird wurde sind werden nach bei aus sie es"),
            words("es", "el la los las de que y en del por con una para es se al como más pero sus fue este ha también según entre"),
            words("it", "il di che la è del della per un una con non sono gli nel alla anche dei delle come più ha ma stato questo in"),
            words("pt", "de que não da do em um uma os para com é as dos das no na por mais foi ao ser também seu pelo pela"),
            words("nl", "de het een van en is dat niet op te zijn met voor die aan er ook wordt door bij naar maar werd nog in"),
            words("tr", "ve bir bu da de için ile olarak çok daha gibi olan ne ama sonra kadar değil ise veya göre"),
            words("pl", "i w nie się na z że do to jest o jak po co przez od ale dla jego oraz są był tym także"),
            words("sv", "och att det som en på är av för med till den har inte om ett var men så från de också"),
            words("da", "og i at det er en til på af med for den som de har ikke et var men om fra også efter blev meget havde"),
            words("no", "og i det er på en til som for av med at har ikke de den et var om men fra også etter ble mye hadde"),
            words("id", "yang dan di ini itu dengan untuk dari dalam tidak akan pada adalah juga oleh ke karena telah sebagai"),
            words("ro", "și în de la cu pe care nu din este mai pentru sunt un o ca au fost sau dar"));

    /** The languages known by their small words, in a fixed order: fewer than 32, one bit each. */
    private static final List<String> LANGUAGES = FUNCTION_WORDS.keySet().stream().sorted().toList();
    private static final Map<String, Integer> LANGUAGES_OF_WORD = languagesOfWord();
    /** The languages of a capital "I" standing alone: those whose small word "i" it may be, and English. */
    private static final int PRONOUN_I = LANGUAGES_OF_WORD.getOrDefault("i", 0) | 1 << LANGUAGES.indexOf("en");
    private static final int LONGEST_SMALL_WORD = LANGUAGES_OF_WORD.keySet().stream().mapToInt(String::length).max().orElse(0);

    private LanguageGuess() {
    }

    /**
     * The text's language as a lower-case ISO 639-1 code ("en", "ar", "uk"), or {@code null} when the text is too
     * short or its words do not tell.
     */
    public static String of(String text) {
        String sample = sample(text);
        int[] scripts = new int[Script.values().length];
        int letters = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            // ASCII letters are Latin, which names no language; the script look-up is for the rest.
            Script s = cp < 0x80 ? null : Script.of(cp);
            if (s != null) {
                scripts[s.ordinal()]++;
            }
        }
        if (letters == 0) {
            return null;
        }
        for (Script s : Script.values()) {
            if (s != Script.HAN && s != Script.KANA && scripts[s.ordinal()] >= letters * SCRIPT_SHARE) {
                return s.language(sample);
            }
        }
        if (scripts[Script.HAN.ordinal()] + scripts[Script.KANA.ordinal()] >= letters * SCRIPT_SHARE) {
            return scripts[Script.KANA.ordinal()] > 0 ? "ja" : "zh";
        }
        return byWords(sample);
    }

    /** The text's first SAMPLE_CHARS characters, cut at a space: a few paragraphs tell the language as well as all. */
    private static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SAMPLE_CHARS);
        return text.substring(0, cut > 0 ? cut : SAMPLE_CHARS);
    }

    /**
     * The language the article is in: what the page declares, unless its text says plainly that it is in another
     * (a template's "en" over Spanish text, a Latin-script language declared over Arabic); what the text says when the
     * page declares nothing; {@code null} when neither tells. A declared language whose small words Sitrep does not
     * know is kept over a guess from small words, which cannot tell it from its neighbours (Danish from Norwegian),
     * and one written in the script the text is in is kept over the guess from its letters (Pashto over Arabic).
     * A declared region is kept when the text agrees ("en-gb").
     */
    static String resolve(String declared, String text) {
        String sample = sample(text);
        String guessed = of(sample);
        if (declared == null || !DECLARED.matcher(declared).matches()) {
            return guessed;
        }
        String primary = LanguageTag.primary(declared);
        if (guessed == null || guessed.equals(primary)) {
            return declared;
        }
        // Told by its script, the text overrules a language written in another script; within one script the letters
        // tell less than the page ("be" or "kk" over Cyrillic text, "ps" over Arabic).
        boolean byScript = !FUNCTION_WORDS.containsKey(guessed);
        if (byScript) {
            return Script.sameScript(primary, guessed) ? declared : guessed;
        }
        boolean declaredKnown = FUNCTION_WORDS.containsKey(primary);
        return declaredKnown && share(sample, primary, guessed) < MAX_DECLARED_SHARE ? guessed : declared;
    }

    /** The share of the sample's words that are small words of one language and not of the other ("the", not "in"). */
    private static double share(String sample, String language, String other) {
        int own = 1 << LANGUAGES.indexOf(language);
        int others = LANGUAGES.contains(other) ? 1 << LANGUAGES.indexOf(other) : 0;
        int[] hits = {0};
        int words = scan(sample, mask -> hits[0] += (mask & own) != 0 && (mask & others) == 0 ? 1 : 0);
        return words == 0 ? 0 : (double) hits[0] / words;
    }

    private static String byWords(String text) {
        int[] hits = new int[LANGUAGES.size()];
        int words = scan(text, mask -> {
            for (int bits = mask; bits != 0; bits &= bits - 1) {
                hits[Integer.numberOfTrailingZeros(bits)]++;
            }
        });
        if (words < MIN_WORDS) {
            return null;
        }
        int best = 0;
        for (int i = 1; i < hits.length; i++) {
            best = hits[i] > hits[best] ? i : best;
        }
        int second = 0;
        for (int i = 0; i < hits.length; i++) {
            second = i != best ? Math.max(second, hits[i]) : second;
        }
        return hits[best] >= words * MIN_FUNCTION_SHARE && hits[best] >= second * MIN_LEAD ? LANGUAGES.get(best) : null;
    }

    /**
     * Gives the languages of each short word of the text (a bit mask in the order of {@link #LANGUAGES}, 0 for none)
     * and returns how many words the text has. Words longer than any small word are counted without a look-up.
     */
    private static int scan(String text, IntConsumer languages) {
        int words = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                // A capital "I" alone is English's pronoun as well as the "i" of Polish, Danish or Norwegian.
                boolean pronounI = i - start == 1 && text.charAt(start) == 'I';
                Integer mask = pronounI ? Integer.valueOf(PRONOUN_I) : i - start > LONGEST_SMALL_WORD ? null : LANGUAGES_OF_WORD.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                languages.accept(mask == null ? 0 : mask);
            }
        }
        return words;
    }

    /** Each small word with the languages it belongs to, one bit a language in the order of {@link #LANGUAGES}. */
    private static Map<String, Integer> languagesOfWord() {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < LANGUAGES.size(); i++) {
            int bit = 1 << i;
            FUNCTION_WORDS.get(LANGUAGES.get(i)).forEach(w -> out.merge(w, bit, (x, y) -> x | y));
        }
        return Map.copyOf(out);
    }

    private static Map.Entry<String, Set<String>> words(String language, String list) {
        return Map.entry(language, new HashSet<>(Arrays.asList(list.split(" "))));
    }

    /** The scripts that name a language or a few, and how to tell those few apart by their own letters. */
    private enum Script {
        ARABIC("ar fa ur ps ku ckb sd ug"), CYRILLIC("ru uk bg sr mk be kk ky tg mn"), HEBREW("he yi"), GREEK("el"),
        HAN("zh ja"), KANA("ja"), HANGUL("ko"), THAI("th"), DEVANAGARI("hi mr ne sa"), ARMENIAN("hy"), GEORGIAN("ka");

        /** The languages written in the script, as ISO 639 codes. */
        private final Set<String> languages;

        Script(String languages) {
            this.languages = Set.of(languages.split(" "));
        }

        /** Whether a language is written in the script that the other language is told by. */
        static boolean sameScript(String language, String other) {
            return Arrays.stream(values()).anyMatch(s -> s.languages.contains(language) && s.languages.contains(other));
        }

        static Script of(int cp) {
            return switch (Character.UnicodeScript.of(cp)) {
                case ARABIC -> ARABIC;
                case CYRILLIC -> CYRILLIC;
                case HEBREW -> HEBREW;
                case GREEK -> GREEK;
                case HAN -> HAN;
                case HIRAGANA, KATAKANA -> KANA;
                case HANGUL -> HANGUL;
                case THAI -> THAI;
                case DEVANAGARI -> DEVANAGARI;
                case ARMENIAN -> ARMENIAN;
                case GEORGIAN -> GEORGIAN;
                default -> null;
            };
        }

        /** The language of a text mostly in this script; null for Han and kana, which are read together. */
        String language(String text) {
            return switch (this) {
                // Urdu and Persian add letters to Arabic's; Urdu's own (ے ٹ ڈ ڑ ں) tell it from Persian's (پ چ ژ گ).
                case ARABIC -> count(text, "ےٹڈڑں") > 0 ? "ur" : count(text, "پچژگ") > 0 ? "fa" : "ar";
                case CYRILLIC -> cyrillic(text);
                case HEBREW -> "he";
                case GREEK -> "el";
                case HAN, KANA -> null;
                case HANGUL -> "ko";
                case THAI -> "th";
                case DEVANAGARI -> "hi";
                case ARMENIAN -> "hy";
                case GEORGIAN -> "ka";
            };
        }

        /**
         * Ukrainian writes і ї є ґ, which Russian lacks; Russian writes ы э, which Ukrainian and Bulgarian lack;
         * Bulgarian writes ъ as a vowel; Serbian and Macedonian write ђ ј љ њ ћ џ ѓ ќ ѕ.
         */
        private static String cyrillic(String text) {
            int ukrainian = count(text, "іїєґІЇЄҐ");
            int russian = count(text, "ыэЫЭ");
            int serbian = count(text, "ђјљњћџѓќѕЂЈЉЊЋЏЃЌЅ");
            if (serbian > russian && serbian > ukrainian) {
                return "sr";
            }
            if (russian == 0 && ukrainian == 0 && count(text, "ъЪ") > 0) {
                return "bg";
            }
            return ukrainian > russian ? "uk" : "ru";
        }

        private static int count(String text, String letters) {
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                if (letters.indexOf(text.charAt(i)) >= 0) {
                    n++;
                }
            }
            return n;
        }
    }
}
