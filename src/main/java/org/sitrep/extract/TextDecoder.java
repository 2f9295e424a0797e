package org.sitrep.extract;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.InputException;
import org.sitrep.core.StrictUtf8;

/**
 * Decodes a document's bytes: a byte-order mark wins, then valid UTF-8 (pages often declare Latin-1 and send
 * UTF-8), then UTF-8 with a few Windows-1252 bytes mixed in, then the declared charset (Latin-1 and ASCII read as
 * Windows-1252), then (when none is declared, or UTF-8 is) UTF-8 that lost bytes, with U+FFFD for each, then the
 * legacy code page the bytes themselves speak for (Windows-1252, what most undeclared non-UTF-8 news pages use,
 * unless they are Arabic, Cyrillic, Greek, Hebrew or Central European).
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = LegacyEncoding.WINDOWS_1252;
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    static String decode(String origin, byte[] bytes, String declared, boolean html) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return utf8;
        }
        String mixed = mostlyUtf8(bytes);
        if (mixed != null) {
            return mixed;
        }
        Charset charset = charset(declared != null ? declared : html ? metaCharset(bytes) : null);
        if ((charset == null || charset.equals(StandardCharsets.UTF_8)) && damagedUtf8(bytes)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        Charset read = charset != null && !charset.equals(StandardCharsets.UTF_8) ? charset : LegacyEncoding.of(bytes);
        String text = new String(bytes, read);
        if (controlShare(text) > 0.01) {
            throw new InputException(origin, "unreadable encoding: neither UTF-8 nor " + (read.equals(WINDOWS_1252) ? "Windows-1252" : read.name()));
        }
        return text;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String strictUtf8(byte[] bytes) {
        return StrictUtf8.decode(bytes, 0, bytes.length);
    }

    /**
     * A page in UTF-8 with a few Windows-1252 bytes pasted in (mixed encodings): each valid UTF-8 sequence is read as
     * UTF-8, each stray byte as Windows-1252. {@code null} when the stray bytes are not fewer than the UTF-8
     * sequences: then the page is not UTF-8 at all.
     */
    private static String mostlyUtf8(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int sequences = 0;
        int stray = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = sequenceLength(b);
            if (length == 1) {
                out.append((char) b);
                i++;
            } else if (length > 1 && isSequence(bytes, i, length)) {
                out.append(new String(bytes, i, length, StandardCharsets.UTF_8));
                sequences++;
                i += length;
            } else {
                out.append(new String(bytes, i, 1, WINDOWS_1252));
                stray++;
                i++;
            }
        }
        return sequences > stray ? out.toString() : null;
    }

    /**
     * Whether UTF-8 that lost bytes (cut or overwritten) is the likeliest reading: at least half of the bytes above
     * ASCII belong to well-formed UTF-8 sequences. Text in a single-byte code page forms such a sequence only where a
     * capital letter meets a symbol or a rare letter: 0 to 2% of its high bytes in Arabic, Cyrillic, Greek, Hebrew and
     * Latin samples. Read in a legacy code page instead, the intact UTF-8 would all turn to mojibake ("РџСЂ").
     */
    private static boolean damagedUtf8(byte[] bytes) {
        long inSequences = 0;
        long stray = 0;
        int i = 0;
        while (i < bytes.length) {
            int length = sequenceLength(bytes[i] & 0xFF);
            if (length == 1) {
                i++;
            } else if (length > 1 && isSequence(bytes, i, length)) {
                inSequences += length;
                i += length;
            } else {
                stray++;
                i++;
            }
        }
        return inSequences > 0 && inSequences >= stray;
    }

    /** The length of the UTF-8 sequence a lead byte starts, 0 for a byte that starts none. */
    private static int sequenceLength(int b) {
        return b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    }

    /** Whether the {@code length} bytes at {@code i} are one well-formed UTF-8 sequence (no overlong forms, no surrogates). */
    private static boolean isSequence(byte[] bytes, int i, int length) {
        if (i + length > bytes.length) {
            return false;
        }
        int lead = bytes[i] & 0xFF;
        int second = bytes[i + 1] & 0xFF;
        int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        if (second < low || second > high) {
            return false;
        }
        for (int k = 2; k < length; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Charset charset(String name) {
        if (name == null) {
            return null;
        }
        try {
            Charset named = Charset.forName(name.trim());
            // The WHATWG Encoding Standard, which every browser follows, reads Latin-1 and ASCII labels as
            // Windows-1252: pages so labelled use its curly quotes and dashes (0x80-0x9F), which Latin-1 makes controls.
            return named.equals(StandardCharsets.ISO_8859_1) || named.equals(StandardCharsets.US_ASCII) ? WINDOWS_1252 : named;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** Share of characters that are control characters other than white space: high in binary or mis-decoded data. */
    private static double controlShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        long control = text.chars().filter(c -> Character.isISOControl(c) && !Character.isWhitespace(c) || c == 0xFFFD).count();
        return (double) control / text.length();
    }
}
