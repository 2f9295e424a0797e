package org.sitrep.ingest;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what FastCSV parses into {@link CsvRow}s, keeping at most {@code maxChars} characters of a row: past that it
 * lets go of the row's fields and only counts, so a row of any length costs at most the limit in memory (plus the one
 * field the parser holds), and the rows after it are read as usual. FastCSV's own record limit throws instead, which
 * leaves its parser in the middle of the row with no way to go on.
 */
final class BoundedRows extends AbstractBaseCsvCallbackHandler<CsvRow> {
    private final long maxChars;
    private final List<String> fields = new ArrayList<>();
    private long chars;

    BoundedRows(long maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        fields.clear();
        chars = 0;
    }

    @Override
    protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
        chars += length;
        if (chars > maxChars) {
            fields.clear();
            return;
        }
        fields.add(new String(buffer, offset, length));
    }

    @Override
    protected CsvRow buildRecord() {
        return new CsvRow(getStartingLineNumber(), chars, chars > maxChars, chars > maxChars ? List.of() : fields);
    }
}
