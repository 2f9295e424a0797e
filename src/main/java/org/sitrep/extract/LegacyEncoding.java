package org.sitrep.extract;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The legacy encoding of a page that is not UTF-8 and declares none, told from its bytes. Latin-script text keeps its
 * accented letters inside words of plain ASCII ("café", "Straße"), so read as Windows-1252 few of its words are all
 * accented letters; text in another script written in a single-byte code page is all high bytes, word after word, and
 * the code page that reads those bytes as letters of one script, in that script's usual proportions, is the page's:
 * Arabic, Persian and Urdu (Windows-1256), Russian and Ukrainian (Windows-1251, KOI8-R), Greek (Windows-1253) and
 * Hebrew (Windows-1255). Among the Latin code pages, the one that reads the most high bytes as letters wins: Polish
 * "ł" is a letter in Windows-1250 and "³" in Windows-1252. Anything else is read as Windows-1252.
 */
final class LegacyEncoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Below this share of words made of high bytes alone, the text is in Latin letters. */
    private static final double MIN_HIGH_WORD_SHARE = 0.3;
    /** A script's ten commonest letters make up about half of any text in it; garbage read in its code page, none. */
    private static final double MIN_USUAL_SHARE = 0.25;
    /** How many bytes are read to tell: a few thousand words. */
    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final List<Candidate> SINGLE_BYTE = List.of(
            new Candidate(Charset.forName("windows-1256"), Character.UnicodeScript.ARABIC, "اليلمنوهرتب"),
            new Candidate(Charset.forName("windows-1251"), Character.UnicodeScript.CYRILLIC, "оеаинтсрвл"),
            new Candidate(Charset.forName("KOI8-R"), Character.UnicodeScript.CYRILLIC, "оеаинтсрвл"),
            new Candidate(Charset.forName("windows-1253"), Character.UnicodeScript.GREEK, "αοετινσρκπ"),
            new Candidate(Charset.forName("windows-1255"), Character.UnicodeScript.HEBREW, "יוהלארבתמנ"));
    /** Western, Central European and Baltic: on a tie the first, as most undeclared pages are Western. */
    private static final List<Charset> LATIN = List.of(WINDOWS_1252, Charset.forName("windows-1250"), Charset.forName("windows-1257"));

    private LegacyEncoding() {
    }

    /** The code page the bytes are most likely written in; Windows-1252 when nothing speaks for another. */
    static Charset of(byte[] bytes) {
        byte[] sample = bytes.length <= SAMPLE_BYTES ? bytes : java.util.Arrays.copyOf(bytes, SAMPLE_BYTES);
        if (highWordShare(sample) < MIN_HIGH_WORD_SHARE) {
            return latin(sample);
        }
        Charset best = WINDOWS_1252;
        double bestScore = 0;
        for (Candidate c : SINGLE_BYTE) {
            double score = c.score(sample);
            if (score > bestScore) {
                best = c.charset();
                bestScore = score;
            }
        }
        return best;
    }

    /** The Latin code page that reads the most of the high bytes as letters. */
    private static Charset latin(byte[] bytes) {
        Charset best = WINDOWS_1252;
        int most = -1;
        for (Charset cs : LATIN) {
            String text = new String(bytes, cs);
            int letters = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                letters += c >= 0x80 && Character.isLetter(c) ? 1 : 0;
            }
            if (letters > most) {
                best = cs;
                most = letters;
            }
        }
        return best;
    }

    /**
     * Of the words of two or more bytes that hold a high byte, the share made of high bytes alone. Words are runs of
     * ASCII letters and high bytes; a sample cut inside a multi-byte character only blurs the last word.
     */
    private static double highWordShare(byte[] bytes) {
        int high = 0;
        int withHigh = 0;
        int length = 0;
        boolean allHigh = true;
        boolean anyHigh = false;
        for (int i = 0; i <= bytes.length; i++) {
            int b = i < bytes.length ? bytes[i] & 0xFF : ' ';
            boolean asciiLetter = b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z';
            if (b >= 0x80 || asciiLetter) {
                length++;
                allHigh &= b >= 0x80;
                anyHigh |= b >= 0x80;
                continue;
            }
            if (length >= 2 && anyHigh) {
                withHigh++;
                high += allHigh ? 1 : 0;
            }
            length = 0;
            allHigh = true;
            anyHigh = false;
        }
        return withHigh == 0 ? 0 : (double) high / withHigh;
    }

    /**
     * A single-byte code page of one script, and that script's commonest letters: KOI8-R and Windows-1251 both read
     * Russian bytes as Cyrillic letters, but only the right one reads them as о, е, а, и most often.
     */
    private record Candidate(Charset charset, Character.UnicodeScript script, String common) {
        /**
         * The share of the high bytes read as letters of the script, weighed by how common those letters are; 0 when
         * under half are the script's letters, or when its commonest letters are rare among them, as in no text.
         */
        double score(byte[] bytes) {
            String text = new String(bytes, charset());
            int highChars = 0;
            int inScript = 0;
            int usual = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    continue;
                }
                highChars++;
                if (Character.isLetter(c) && Character.UnicodeScript.of(c) == script) {
                    inScript++;
                    usual += common.indexOf(Character.toLowerCase(c)) >= 0 ? 1 : 0;
                }
            }
            if (highChars == 0 || inScript < highChars / 2 || usual < inScript * MIN_USUAL_SHARE) {
                return 0;
            }
            return (double) inScript / highChars + (double) usual / highChars;
        }
    }
}
