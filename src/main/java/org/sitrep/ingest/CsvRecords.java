package org.sitrep.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Splits decoded lines into CSV records (RFC 4180: double quotes, doubled quotes inside them, fields spanning lines). */
final class CsvRecords {
    private final LineDecoder lines;
    private final long maxRecordChars;

    CsvRecords(LineDecoder lines, long maxRecordChars) {
        this.lines = lines;
        this.maxRecordChars = maxRecordChars;
    }

    /**
     * Returns the next record's fields, {@code null} at the end of input.
     *
     * @throws MalformedRecordException for a record that cannot be read; the next call reads the record after it
     */
    List<String> next() throws IOException {
        String line;
        try {
            line = lines.next();
        } catch (LineDecoder.LineTooLongException e) {
            throw new MalformedRecordException("row longer than the limit of " + maxRecordChars + " bytes");
        }
        if (line == null) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i >= line.length()) {
                if (!quoted) {
                    fields.add(field.toString());
                    return fields;
                }
                String more = lines.next();
                if (more == null) {
                    throw new MalformedRecordException("unterminated quoted field at the end of the file");
                }
                field.append('\n');
                if (field.length() + more.length() > maxRecordChars) {
                    throw new MalformedRecordException("quoted field longer than the limit of " + maxRecordChars + " characters");
                }
                line = more;
                i = 0;
                continue;
            }
            char c = line.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < line.length() && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
    }

    /** A record that breaks the CSV rules. */
    static final class MalformedRecordException extends IOException {
        MalformedRecordException(String message) {
            super(message);
        }
    }
}
