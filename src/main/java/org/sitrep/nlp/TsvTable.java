package org.sitrep.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.core.InputException;
import org.sitrep.core.StorageException;

/** The tab-separated tables the knowledge base ships in: one record a line, {@code #} comments, ISO days. */
final class TsvTable {
    /** One line's fields (padded with {@code null} to the width asked for) and where it stands, for error messages. */
    record Row(String[] fields, String where) {
        /** The field as an ISO day, {@code null} when blank; an {@link InputException} naming the line when not a day. */
        LocalDate day(int i) {
            String text = fields[i];
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new InputException(where, "not a date (YYYY-MM-DD): " + text);
            }
        }
    }

    private TsvTable() {
    }

    /** The table's records, blank and comment lines left out, each with {@code width} fields. */
    static List<Row> rows(String origin, String text, int width) {
        List<Row> out = new ArrayList<>();
        String[] lines = text.split("\\r?\\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                out.add(new Row(Arrays.copyOf(lines[i].split("\t", -1), width), origin + " line " + (i + 1)));
            }
        }
        return out;
    }

    /** A table shipped in the build, under {@code /org/sitrep/nlp/}. */
    static String shipped(String name) {
        try (InputStream in = TsvTable.class.getResourceAsStream("/org/sitrep/nlp/" + name)) {
            if (in == null) {
                throw new StorageException("the table " + name + " is missing from the build", null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StorageException("cannot read the table " + name + ": " + e.getMessage(), e);
        }
    }
}
