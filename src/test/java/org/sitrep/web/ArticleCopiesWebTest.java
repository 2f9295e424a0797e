package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.Processed;
import org.sitrep.pipeline.IngestProgress;
import org.sitrep.pipeline.Workspace;

/** Issue 19: the article page lists the outlets that published it word for word and the other versions of its story. */
class ArticleCopiesWebTest {
    @TempDir
    Path dir;

    private static final List<String> STORY = List.of(
            "Government forces shelled rebel-held districts of eastern Aleppo on Monday, killing at least twelve people, a monitoring group said.",
            "The Syrian Observatory for Human Rights said the shelling hit a market in the Shaar district, where residents had gathered to buy bread.",
            "Rebels fired rockets at government-held western parts of the city in response, state media reported, wounding four people.",
            "Aid convoys have not reached the besieged districts for three weeks, the World Food Programme said in a statement on Sunday.");

    private static Processed processed(String url, String outlet, String title, List<String> paragraphs) {
        Article a = new Article(url, title, List.of(), null, outlet, null, List.of(), paragraphs, "en");
        return new Processed("test", new Annotated(a, List.of(), List.of(), List.of(), List.of()), List.of(), List.of());
    }

    @Test
    void theArticlePageListsTheOtherOutletsAndTheOtherVersions() throws Exception {
        try (Workspace w = Workspace.open(dir)) {
            String id = w.save(processed("https://wire.example/aleppo", "Wire", "Shelling in Aleppo", STORY)).id();
            w.save(processed("https://daily.example/aleppo?utm_source=rss", "The Daily", "Twelve killed in Aleppo", STORY));
            List<String> later = new ArrayList<>(STORY);
            later.set(0, "Government forces shelled eastern Aleppo on Monday, and the toll rose to fifteen by nightfall, rescuers said.");
            String version = w.save(processed("https://wire.example/aleppo-update", "Wire", "Toll rises in Aleppo", later)).id();
            w.commit();
            WebServer server = new WebServer(w, new IngestProgress(), null);
            int port = server.start("127.0.0.1", 0);
            try {
                String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles/" + id)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertThat(page).contains("Also published word for word by (1)",
                        "The Daily: <a href=\"https://daily.example/aleppo\" rel=\"noopener noreferrer nofollow\">https://daily.example/aleppo</a>",
                        "Other versions of this story (1)", "<a href=\"/articles/" + version + "\">Toll rises in Aleppo</a> · Wire");
            } finally {
                server.close();
            }
        }
    }
}
