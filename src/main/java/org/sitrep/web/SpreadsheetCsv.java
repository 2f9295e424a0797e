package org.sitrep.web;

import java.util.List;

/**
 * CSV (RFC 4180, CRLF line ends) that a spreadsheet opens as text: a cell starting with {@code = + - @}, a tab or a
 * carriage return gets a leading apostrophe, so an article's words are never run as a formula (CSV injection, OWASP);
 * a cell holding a quote, comma or line break is quoted, its quotes doubled.
 */
final class SpreadsheetCsv {
    private final StringBuilder out = new StringBuilder();

    /** Appends one row; a {@code null} cell is empty. */
    SpreadsheetCsv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf('"') >= 0 || s.indexOf(',') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
