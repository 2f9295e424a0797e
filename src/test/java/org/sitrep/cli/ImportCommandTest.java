package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Json;
import org.sitrep.core.PageRequest;
import org.sitrep.index.SearchQuery;
import org.sitrep.pipeline.Workspace;

/** {@code sitrep import DIR} over an export of four FA-KES articles, in the Spark job's folder layout. */
class ImportCommandTest {
    @TempDir
    Path dir;
    Path exported;
    Path data;
    List<String> lines;

    @BeforeEach
    void writeExportAsTheSparkJobLaysItOut() throws IOException {
        exported = Files.createDirectories(dir.resolve("out/month=2017-04"));
        try (InputStream in = getClass().getResourceAsStream("/org/sitrep/cli/fa-kes-export.jsonl")) {
            Files.copy(in, exported.resolve("part-00000.jsonl"));
        }
        lines = Files.readAllLines(exported.resolve("part-00000.jsonl"));
        data = dir.resolve("data");
    }

    @Test
    void storesEveryArticleWithTheFactsItsLineGives() {
        assertThat(run("import", "--data", data.toString(), dir.resolve("out").toString()).code).isZero();
        Map<String, Object> after = byId(run("export", "--data", data.toString()).out.lines().toList());
        Map<String, Object> before = byId(lines);
        assertThat(after.keySet()).isEqualTo(before.keySet()).hasSize(4);
        after.forEach((id, a) -> assertThat(withoutIncidents(a)).as(id).isEqualTo(withoutIncidents(before.get(id))));
    }

    @Test
    void groupsTheEventsIntoTheSameIncidentsAsTheExportDid() {
        run("import", "--data", data.toString(), dir.resolve("out").toString());
        assertThat(incidents(byId(run("export", "--data", data.toString()).out.lines().toList())))
                .isEqualTo(incidents(byId(lines)));
    }

    @Test
    void importingTheSameFolderAgainAddsAndChangesNothing() {
        run("import", "--data", data.toString(), dir.resolve("out").toString());
        String first = run("export", "--data", data.toString()).out;
        Result again = run("import", "--data", data.toString(), dir.resolve("out").toString());
        assertThat(again.code).isZero();
        assertThat(again.err).contains("imported 0 articles (0 new, 0 updated), 4 already stored, 0 failed");
        assertThat(run("export", "--data", data.toString()).out).isEqualTo(first);
    }

    @Test
    void makesTheImportedArticlesSearchable() {
        run("import", "--data", data.toString(), dir.resolve("out").toString());
        try (Workspace w = Workspace.open(data)) {
            assertThat(w.index().search(new SearchQuery("Aleppo", null, null, null, null, new PageRequest(1, 10)))
                    .hits().total()).isPositive();
        }
    }

    @Test
    void reportsABadLineByFileAndLineAndImportsTheRest() throws IOException {
        List<String> withBadLine = new ArrayList<>(lines);
        withBadLine.add(1, "{\"title\": \"no text\"");
        Files.write(exported.resolve("part-00000.jsonl"), withBadLine);
        Result result = run("import", "--data", data.toString(), dir.resolve("out").toString());
        assertThat(result.code).isEqualTo(1);
        assertThat(result.err).contains("part-00000.jsonl line 2: not valid JSON at character 20: Unexpected end-of-input: expected close marker for Object\n")
                .contains("imported 4 articles (4 new, 0 updated), 0 already stored, 1 failed");
    }

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    static Map<String, Object> byId(List<String> lines) {
        Map<String, Object> out = new TreeMap<>();
        for (String line : lines) {
            Map<?, ?> a = (Map<?, ?>) Json.parse(line).orElseThrow();
            out.put((String) a.get("id"), a);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Object withoutIncidents(Object article) {
        Map<String, Object> copy = (Map<String, Object>) Json.parse(Json.write(article)).orElseThrow();
        ((List<Map<String, Object>>) copy.get("events")).forEach(e -> e.remove("incident"));
        return copy;
    }

    /** The events of each incident, as sets of "article id/position", whatever the incidents' numbers. */
    @SuppressWarnings("unchecked")
    static Set<Set<String>> incidents(Map<String, Object> articles) {
        Map<Object, Set<String>> byIncident = new HashMap<>();
        articles.forEach((id, a) -> {
            List<Map<String, Object>> events = (List<Map<String, Object>>) ((Map<String, Object>) a).get("events");
            for (int i = 0; i < events.size(); i++) {
                byIncident.computeIfAbsent(events.get(i).get("incident"), k -> new TreeSet<>()).add(id + "/" + i);
            }
        });
        return new HashSet<>(byIncident.values());
    }
}
