package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import org.sitrep.core.StrictUtf8;

/**
 * Reads text from bytes line by line, each line decoded as UTF-8 when it is valid UTF-8 and as Windows-1252 when not:
 * exported spreadsheets often mix the two line by line, and a single decoding would turn half of them to mojibake.
 * Every line ends in {@code '\n'} ({@code "\r\n"} included) and a UTF-8 byte-order mark at the start is dropped. A line
 * longer than the limit is decoded in pieces of the limit, so memory stays bounded whatever the input; what reads the
 * text refuses the row such a line belongs to.
 */
final class LineDecodingReader extends Reader {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[64 * 1024];
    private int chunkPos;
    private int chunkEnd;
    /** The start of a line that runs past the end of the chunk. */
    private byte[] line = new byte[4096];
    private int lineLength;
    private String decoded = "";
    private int decodedPos;
    private boolean first = true;

    LineDecodingReader(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 16, maxLineBytes);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (decodedPos == decoded.length()) {
            if (!decodeNextLine()) {
                return -1;
            }
        }
        int n = Math.min(length, decoded.length() - decodedPos);
        decoded.getChars(decodedPos, decodedPos + n, buffer, offset);
        decodedPos += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Decodes the next line, or the next piece of a line over the limit; false at the end of the input. */
    private boolean decodeNextLine() throws IOException {
        lineLength = 0;
        while (true) {
            if (chunkPos == chunkEnd && !fill()) {
                if (lineLength == 0) {
                    return false;
                }
                setDecoded(line, 0, lineLength, false);
                return true;
            }
            int newline = indexOfNewline();
            if (lineLength == 0 && newline >= 0 && newline - chunkPos <= maxLineBytes) {
                setDecoded(chunk, chunkPos, newline - chunkPos, true);
                chunkPos = newline + 1;
                return true;
            }
            int end = newline >= 0 ? newline : chunkEnd;
            int take = Math.min(end - chunkPos, maxLineBytes - lineLength);
            append(take);
            if (chunkPos == newline) {
                chunkPos++;
                setDecoded(line, 0, lineLength, true);
                return true;
            }
            if (lineLength == maxLineBytes) {
                setDecoded(line, 0, lineLength, false);
                return true;
            }
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(chunk);
        chunkPos = 0;
        chunkEnd = Math.max(n, 0);
        return n > 0;
    }

    private int indexOfNewline() {
        for (int i = chunkPos; i < chunkEnd; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int n) {
        if (lineLength + n > line.length) {
            line = java.util.Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max(lineLength + n, 2L * line.length)));
        }
        System.arraycopy(chunk, chunkPos, line, lineLength, n);
        lineLength += n;
        chunkPos += n;
    }

    private void setDecoded(byte[] bytes, int offset, int length, boolean terminated) {
        if (first && length >= 3 && bytes[offset] == (byte) 0xEF && bytes[offset + 1] == (byte) 0xBB && bytes[offset + 2] == (byte) 0xBF) {
            offset += 3;
            length -= 3;
        }
        first = false;
        if (terminated && length > 0 && bytes[offset + length - 1] == '\r') {
            length--;
        }
        String text = decode(bytes, offset, length);
        decoded = terminated ? text + "\n" : text;
        decodedPos = 0;
    }

    /** A line as UTF-8 when it is that, else as Windows-1252. */
    private static String decode(byte[] bytes, int offset, int length) {
        String utf8 = StrictUtf8.decode(bytes, offset, length);
        return utf8 != null ? utf8 : new String(bytes, offset, length, WINDOWS_1252);
    }
}
