package org.sitrep.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs text that was UTF-8, decoded once as Latin-1 or Windows-1252 and encoded again as UTF-8 by the site itself
 * ("Investorâ€™s" for "Investor’s"). Such pages are valid UTF-8, so no charset choice can undo it; the telltale is a
 * UTF-8 lead byte's character followed by continuation bytes' characters, which real text almost never writes.
 */
final class Mojibake {
    /** Characters that Latin-1 or Windows-1252 give to the bytes 0x80 to 0xBF (UTF-8 continuation bytes). */
    private static final String CONTINUATION_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
    private static final String CONTINUATION = "[\\u0080-\\u00BF" + CONTINUATION_EXTRA + "]";
    private static final Pattern DOUBLE_ENCODED = Pattern.compile("[\\u00C2-\\u00DF]" + CONTINUATION
            + "|[\\u00E0-\\u00EF]" + CONTINUATION + "{2}|[\\u00F0-\\u00F4]" + CONTINUATION + "{3}");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Mojibake() {
    }

    /** The text with each double-encoded character restored; the same text when there is none. */
    static String repair(String text) {
        if (!mayHold(text)) {
            return text;
        }
        Matcher m = DOUBLE_ENCODED.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            String original = m.group();
            String fixed = redecode(original);
            m.appendReplacement(out, Matcher.quoteReplacement(fixed == null ? original : fixed));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A fast first look: is there a lead byte's character followed by a continuation byte's character at all? Read
     * over the text's Latin-1 bytes, which a loop walks several times faster than the string's characters; a
     * character beyond Latin-1 becomes '?' there and counts as a possible continuation, as some are.
     */
    private static boolean mayHold(String text) {
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i + 1 < latin1.length; i++) {
            int c = latin1[i] & 0xFF;
            if (c >= 0xC2 && c <= 0xF4) {
                int next = latin1[i + 1] & 0xFF;
                if (next >= 0x80 && next <= 0xBF || next == '?') {
                    return true;
                }
            }
        }
        return false;
    }

    /** The sequence's characters as the bytes they came from, read as UTF-8; {@code null} when that is not UTF-8. */
    private static String redecode(String chars) {
        byte[] bytes = new byte[chars.length()];
        CharsetEncoder cp1252 = WINDOWS_1252.newEncoder();
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c <= 0xFF) {
                bytes[i] = (byte) c;
            } else {
                try {
                    bytes[i] = cp1252.encode(CharBuffer.wrap(String.valueOf(c))).get();
                } catch (CharacterCodingException e) {
                    return null;
                }
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
