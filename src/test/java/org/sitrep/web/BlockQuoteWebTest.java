package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.BlockQuote;
import org.sitrep.core.Processed;
import org.sitrep.pipeline.IngestProgress;
import org.sitrep.pipeline.Workspace;

/** The article page sets a block quotation of the page apart, as the page did. */
class BlockQuoteWebTest {
    @TempDir
    Path dir;

    @Test
    void theArticlePageSetsTheParagraphsOfABlockQuotationInOneBlockquote() throws Exception {
        Article a = new Article("https://wire.example/report", "Report quoted", List.of(), null, "Wire", null, List.of(),
                List.of("The monitor published its findings on Monday:", "Shelling hit the market at noon.", "Twelve people died there.",
                        "The ministry denied it."), "en").withBlockQuotes(List.of(new BlockQuote(1, 2)));
        try (Workspace w = Workspace.open(dir)) {
            String id = w.save(new Processed("test", new Annotated(a, List.of(), List.of(), List.of(), List.of()), List.of(), List.of())).id();
            w.commit();
            WebServer server = new WebServer(w, new IngestProgress(), null);
            int port = server.start("127.0.0.1", 0);
            try {
                String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles/" + id)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertThat(page).containsOnlyOnce("<blockquote>").contains("<blockquote><p>Shelling hit the market at noon.</p>")
                        .contains("<p>Twelve people died there.</p></blockquote>");
            } finally {
                server.close();
            }
        }
    }
}
