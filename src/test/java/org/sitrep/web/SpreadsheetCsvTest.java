package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {
    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaStartWithAnApostrophe() {
        assertThat(SpreadsheetCsv.cell("=HYPERLINK(\"http://evil.example\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
        assertThat(SpreadsheetCsv.cell("+1 cmd")).isEqualTo("'+1 cmd");
        assertThat(SpreadsheetCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCsv.cell("\tx")).isEqualTo("'\tx");
    }

    @Test
    void quotesCommasAndLineBreaksAreQuotedAndOtherCellsLeftAlone() {
        assertThat(SpreadsheetCsv.cell("said \"no\", twice")).isEqualTo("\"said \"\"no\"\", twice\"");
        assertThat(SpreadsheetCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(SpreadsheetCsv.cell("Aleppo = Halab")).isEqualTo("Aleppo = Halab");
        assertThat(SpreadsheetCsv.cell(12)).isEqualTo("12");
        assertThat(SpreadsheetCsv.cell(null)).isEmpty();
    }

    @Test
    void rowsEndWithCrLf() {
        assertThat(new SpreadsheetCsv().row(List.of("a", "b")).row(Arrays.asList(null, "c")).toString()).isEqualTo("a,b\r\n,c\r\n");
    }
}
