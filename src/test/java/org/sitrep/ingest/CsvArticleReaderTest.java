package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvArticleReaderTest {
    private Collected read(byte[] csv) throws IOException {
        Collected c = new Collected();
        new CsvArticleReader(Limits.DEFAULT).read("in.csv", new ByteArrayInputStream(csv), c);
        return c;
    }

    private Collected read(Limits limits, String csv) throws IOException {
        Collected c = new Collected();
        new CsvArticleReader(limits).read("in.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), c);
        return c;
    }

    private Collected read(String csv) throws IOException {
        return read(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void recognisesColumnsByNameInAnyOrder() throws IOException {
        Collected c = read("unit_id,source,article_content,date,article_title\n7,nna,\"Body, with comma\",4/16/17,Headline\n");
        assertThat(c.problems).isEmpty();
        assertThat(c.pages).singleElement().satisfies(p -> {
            assertThat(new String(p.bytes(), StandardCharsets.UTF_8)).isEqualTo("Body, with comma");
            assertThat(p.hints().title()).isEqualTo("Headline");
            assertThat(p.hints().outlet()).isEqualTo("nna");
            assertThat(p.hints().published()).isEqualTo(LocalDate.of(2017, 4, 16));
            assertThat(p.origin()).isEqualTo("in.csv line 2");
        });
    }

    @Test
    void readsQuotedFieldsSpanningLinesWithDoubledQuotes() throws IOException {
        Collected c = read("title,text\nT,\"He said \"\"no\"\".\nSecond line.\"\nU,plain\n");
        assertThat(c.pages).extracting(p -> new String(p.bytes(), StandardCharsets.UTF_8))
                .containsExactly("He said \"no\".\nSecond line.", "plain");
        assertThat(c.pages.get(1).origin()).isEqualTo("in.csv line 4");
    }

    @Test
    void reportsAMalformedRowWithItsLineAndReadsTheRowsAfterIt() throws IOException {
        Collected c = read("title,text\nA,one\nB,two,extra\nC,\nD,four\n");
        assertThat(c.pages).extracting(p -> p.hints().title()).containsExactly("A", "D");
        assertThat(c.problems).extracting(e -> e.getMessage()).containsExactly(
                "in.csv line 3: malformed row: 3 fields, the header has 2",
                "in.csv line 4: empty text");
    }

    @Test
    void refusesAFileWithoutATextColumn() throws IOException {
        Collected c = read("title,when\nA,today\n");
        assertThat(c.pages).isEmpty();
        assertThat(c.problems).singleElement().satisfies(e -> assertThat(e.reason()).startsWith("no text column"));
    }

    @Test
    void decodesWindows1252LinesAmongUtf8Lines() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("title,text\nA,caf\u00e9 in UTF-8\n".getBytes(StandardCharsets.UTF_8));
        out.write("B,caf\u00e9 in 1252\n".getBytes(Charset.forName("windows-1252")));
        Collected c = read(out.toByteArray());
        assertThat(c.pages).extracting(p -> new String(p.bytes(), StandardCharsets.UTF_8))
                .containsExactly("caf\u00e9 in UTF-8", "caf\u00e9 in 1252");
    }

    @Test
    void keepsAnArticleWithAnUnreadableDateUndated() throws IOException {
        Collected c = read("title,text,date\nA,body,someday\n");
        assertThat(c.pages).singleElement().satisfies(p -> assertThat(p.hints().published()).isNull());
        assertThat(c.problems).isEmpty();
    }

    @Test
    void reportsARowOverTheLimitByItsLineAndReadsTheRowsAfterIt() throws IOException {
        String big = "\"" + "x".repeat(500) + "\n" + "y".repeat(500) + "\n" + "z".repeat(200) + "\"";
        Collected c = read(new Limits(1000), "title,text\nA,one\nB," + big + "\nC,three\n");
        assertThat(c.pages).extracting(p -> p.hints().title()).containsExactly("A", "C");
        assertThat(c.pages.get(1).origin()).isEqualTo("in.csv line 6");
        assertThat(c.problems).extracting(e -> e.getMessage()).containsExactly(
                "in.csv line 3: row of 1203 characters is longer than the limit of 1000 bytes; skipped");
    }

    @Test
    void reportsAnUnterminatedQuoteAtTheEndAfterReadingTheRowsBeforeIt() throws IOException {
        Collected c = read("title,text\nA,one\nB,\"never closed\n");
        assertThat(c.pages).extracting(p -> p.hints().title()).containsExactly("A");
        assertThat(c.problems).singleElement().satisfies(e -> assertThat(e.getMessage())
                .startsWith("in.csv: cannot read on: ").contains("line 3"));
    }

    @Test
    void normalisesLineEndsInsideQuotedFields() throws IOException {
        Collected c = read("title,text\r\nA,\"one\r\ntwo\"\r\nB,three\r\n");
        assertThat(c.pages).extracting(p -> new String(p.bytes(), StandardCharsets.UTF_8)).containsExactly("one\ntwo", "three");
        assertThat(c.pages.get(1).origin()).isEqualTo("in.csv line 4");
    }
}
