package org.sitrep.core;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes bytes that must be well-formed UTF-8, at the speed of the String constructor where they are. */
public final class StrictUtf8 {
    private StrictUtf8() {
    }

    /** The text of {@code length} bytes from {@code offset}, or {@code null} when they are not well-formed UTF-8. */
    public static String decode(byte[] bytes, int offset, int length) {
        // The String constructor decodes at several times a decoder's speed and writes U+FFFD for every malformed
        // sequence, so a result without one is the strict decoding; only text holding one is decoded again.
        String fast = new String(bytes, offset, length, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
