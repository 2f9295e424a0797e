package org.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines of text from bytes, each line decoded as UTF-8 when it is valid UTF-8 and as Windows-1252 when not:
 * exported spreadsheets often mix the two line by line, and a single decoding would turn half of them to mojibake.
 */
final class LineDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    private final long maxLineBytes;
    private boolean first = true;
    private int lineNumber;

    LineDecoder(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The number of the line last returned, from 1. */
    int lineNumber() {
        return lineNumber;
    }

    /**
     * Returns the next line without its terminator, {@code null} at the end.
     *
     * @throws LineTooLongException when a line is longer than the limit; the rest of that line is skipped
     */
    String next() throws IOException {
        line.reset();
        int b;
        boolean any = false;
        boolean tooLong = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (line.size() < maxLineBytes) {
                line.write(b);
            } else {
                tooLong = true;
            }
        }
        if (!any) {
            return null;
        }
        lineNumber++;
        if (tooLong) {
            throw new LineTooLongException(lineNumber);
        }
        byte[] bytes = line.toByteArray();
        int start = 0;
        if (first && bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            start = 3;
        }
        first = false;
        int end = bytes.length > start && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return decode(bytes, start, end - start);
    }

    private static String decode(byte[] bytes, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, offset, length, WINDOWS_1252);
        }
    }

    /** A line over the limit. */
    static final class LineTooLongException extends IOException {
        final int line;

        LineTooLongException(int line) {
            super("line " + line + " is longer than the limit");
            this.line = line;
        }
    }
}
