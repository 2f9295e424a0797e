package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Processed;
import org.sitrep.core.Quote;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.Sentence;
import org.sitrep.core.Span;
import org.sitrep.core.Speaker;
import org.sitrep.core.SpeakerBasis;
import org.sitrep.pipeline.IngestProgress;
import org.sitrep.pipeline.Workspace;

/** A statement read in a photograph caption is marked in the caption on its article page and listed as a caption's. */
class CaptionStatementWebTest {
    private static final String CAPTION = "Omar Khalil said the convoy had reached Homs. (Reuters)";
    private static final Entity KHALIL = new Entity("person-omar-khalil", "Omar Khalil", EntityType.PERSON, null);

    @TempDir
    Path dir;

    private static Processed article() {
        Article a = new Article("https://convoy.example/2", "Convoy nears Homs", List.of(), LocalDate.of(2016, 3, 5), "Alpha",
                null, List.of(CAPTION), List.of("Omar Khalil leads the convoy."), "en", null, null);
        String text = a.text();
        int at = text.indexOf("Omar Khalil");
        Mention inText = new Mention(new Span(at, at + 11), "Omar Khalil", EntityType.PERSON);
        Mention inCaption = new Mention(new Span(0, 11), "Omar Khalil", EntityType.PERSON);
        int words = CAPTION.indexOf("the convoy");
        Quote q = new Quote(new Span(words, words + 27), "the convoy had reached Homs", QuoteKind.REPORTED,
                new Speaker(inCaption.span(), "Omar Khalil", inCaption, null, null, SpeakerBasis.NAME), new Span(12, 16), "said",
                null, null, 0.95, 0);
        Annotated ann = new Annotated(a, List.of(new Sentence(new Span(0, text.length()), 0, 1)), List.of(), List.of(inText), List.of());
        return new Processed("test", ann, List.of(new LinkedMention(inText, KHALIL)), List.of(new AttributedQuote(q, KHALIL)),
                List.of(), List.of(), List.of());
    }

    private static String get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void marksTheCaptionStatementInTheCaptionAndLinksItsListingThere() throws Exception {
        try (Workspace w = Workspace.open(dir)) {
            String id = w.save(article()).id();
            w.commit();
            WebServer server = new WebServer(w, new IngestProgress(), null);
            int port = server.start("127.0.0.1", 0);
            try {
                String page = get(port, Links.article(id));
                String listed = get(port, "/quotes?q=convoy");
                String caption = page.substring(page.indexOf("<figcaption"), page.indexOf("</figcaption>"));
                assertThat(caption).contains("id=\"q-c0-" + CAPTION.indexOf("the convoy") + "\"", "the convoy had reached Homs",
                        "in a photograph caption");
                assertThat(listed).contains("in a photograph caption",
                        Links.article(id) + "#q-c0-" + CAPTION.indexOf("the convoy"));
            } finally {
                server.close();
            }
        }
    }
}
