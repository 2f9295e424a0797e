package org.sitrep.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.InputException;

/** The {@code actor} column of the FA-KES CSV, row by row (RFC 4180 quoting), in file order. */
final class ActorColumn {
    private ActorColumn() {
    }

    static List<String> read(Path csv) {
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
        int column = rows.isEmpty() ? -1 : rows.get(0).indexOf("actor");
        List<String> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            out.add(column >= 0 && column < rows.get(i).size() ? rows.get(i).get(column) : "");
        }
        return out;
    }
}
