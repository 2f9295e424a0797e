package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.RawPage;

class JsonlArticlesTest {
    private final List<RawPage> pages = new ArrayList<>();
    private final List<InputException> problems = new ArrayList<>();

    private void read(String... lines) throws IOException {
        JsonlArticles.read("in.jsonl", new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)),
                pages::add, problems::add);
    }

    @Test
    void readsAnArticleUnderTheNamesACsvHeaderMayUse() throws IOException {
        read("{\"article_title\": \"Strikes on Aleppo\", \"content\": \"Air strikes hit Aleppo.\", \"date\": \"2014-12-01\","
                + " \"source\": \"RFE/RL\", \"url\": \"https://www.rferl.org/a/1.html\"}");
        assertThat(pages).singleElement().satisfies(p -> {
            assertThat(p.contentType()).isEqualTo(ContentType.BODY_TEXT);
            assertThat(new String(p.bytes(), StandardCharsets.UTF_8)).isEqualTo("Air strikes hit Aleppo.");
            assertThat(p.hints()).isEqualTo(new Hints("Strikes on Aleppo", LocalDate.of(2014, 12, 1), "RFE/RL",
                    "https://www.rferl.org/a/1.html"));
        });
    }

    @Test
    void readsNewsPleaseFieldsAndAnHtmlFieldAsThePage() throws IOException {
        read("{\"title\": \"A\", \"maintext\": \"Text.\", \"date_publish\": \"2017-04-16 10:00:00\", \"source_domain\": \"bbc.com\"}",
                "{\"url\": \"https://news.example/b\", \"html\": \"<html><body><p>Text.</p></body></html>\"}");
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).hints().published()).isEqualTo(LocalDate.of(2017, 4, 16));
        assertThat(pages.get(0).hints().outlet()).isEqualTo("bbc.com");
        assertThat(pages.get(1).contentType()).isEqualTo(ContentType.HTML);
    }

    @Test
    void reportsABadLineByItsNumberAndReadsTheRest() throws IOException {
        read("{\"text\": \"One.\"}", "", "not json", "{\"title\": \"no text\"}", "{\"text\": \"Two.\"}");
        assertThat(pages).hasSize(2);
        assertThat(problems).extracting(InputException::getMessage)
                .containsExactly("in.jsonl line 3: not a JSON object",
                        "in.jsonl line 4: no text (expected one of text, content, body, article_content, maintext, or html)");
    }
}
