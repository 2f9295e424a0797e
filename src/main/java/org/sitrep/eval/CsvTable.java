package org.sitrep.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.InputException;

/** A CSV file with a header row (RFC 4180 quoting), read whole: the evaluation corpora are small. */
final class CsvTable {
    private CsvTable() {
    }

    /** Every row, header row first, fields unquoted; a file that cannot be read throws {@link InputException}. */
    static List<List<String>> rows(Path csv) {
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int c;
            while ((c = in.read()) != -1) {
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        in.mark(1);
                        int next = in.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next != -1) {
                                in.reset();
                            }
                        }
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (ch == '\n') {
                    row.add(field.toString().replace("\r", ""));
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(ch);
                }
            }
        } catch (IOException e) {
            throw new InputException(csv.toString(), "cannot read: " + e.getMessage(), e);
        }
        return rows;
    }

    /** The rows after the header as maps from column name to value; a missing field is empty. */
    static List<Map<String, String>> records(Path csv) {
        List<List<String>> rows = rows(csv);
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            Map<String, String> record = new LinkedHashMap<>();
            for (int c = 0; c < rows.get(0).size(); c++) {
                record.put(rows.get(0).get(c), c < rows.get(i).size() ? rows.get(i).get(c) : "");
            }
            out.add(record);
        }
        return out;
    }
}
