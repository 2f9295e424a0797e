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

/**
 * Issue 15: reported words that may be no statement at all (the filter's probability under {@link Quote#SURE_FROM})
 * are shown marked unsure in words, and neither the speaker's page nor a search by speaker credits them with it.
 */
class UnsureStatementWebTest {
    private static final String BODY = "Omar Khalil said the convoy had reached Homs. Omar Khalil promised them protection "
            + "from the militia.";
    private static final Entity KHALIL = new Entity("person-omar-khalil", "Omar Khalil", EntityType.PERSON, null);

    @TempDir
    Path dir;

    private static Processed article() {
        Article a = new Article("https://convoy.example/1", "Convoy reaches Homs", List.of(), LocalDate.of(2016, 3, 5), "Alpha",
                null, List.of(), List.of(BODY), "en", null, null);
        String text = a.text();
        int first = text.indexOf("Omar Khalil");
        int second = text.indexOf("Omar Khalil", first + 1);
        Mention one = new Mention(new Span(first, first + 11), "Omar Khalil", EntityType.PERSON);
        Mention two = new Mention(new Span(second, second + 11), "Omar Khalil", EntityType.PERSON);
        Quote sure = quote(text, "the convoy had reached Homs", one, 0.95);
        Quote unsure = quote(text, "them protection from the militia", two, 0.72);
        Annotated ann = new Annotated(a, List.of(new Sentence(new Span(0, text.length()), 0, 1)), List.of(), List.of(one, two), List.of());
        return new Processed("test", ann, List.of(new LinkedMention(one, KHALIL), new LinkedMention(two, KHALIL)),
                List.of(new AttributedQuote(sure, KHALIL), new AttributedQuote(unsure, KHALIL)), List.of(), List.of(), List.of());
    }

    private static Quote quote(String text, String words, Mention speaker, double probability) {
        int at = text.indexOf(words);
        return new Quote(new Span(at, at + words.length()), words, QuoteKind.REPORTED,
                new Speaker(speaker.span(), speaker.text(), speaker, null, null, SpeakerBasis.NAME), null, "said", null, null,
                probability);
    }

    private static String get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void marksTheUnsureStatementInWordsAndLeavesItOffTheSpeakersPages() throws Exception {
        try (Workspace w = Workspace.open(dir)) {
            w.save(article());
            w.commit();
            WebServer server = new WebServer(w, new IngestProgress(), null);
            int port = server.start("127.0.0.1", 0);
            try {
                String all = get(port, "/quotes?q=protection");
                String entity = get(port, Links.entity(KHALIL.id()));
                String bySpeaker = get(port, "/quotes?speaker=Khalil");
                assertThat(all).contains("(unsure: may be no statement)", "perhaps Omar Khalil");
                assertThat(entity).contains("the convoy had reached Homs").doesNotContain("them protection from the militia");
                assertThat(bySpeaker).contains("the convoy had reached Homs").doesNotContain("them protection from the militia");
            } finally {
                server.close();
            }
        }
    }
}
