package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.DirectoryInUseException;
import org.sitrep.core.Hints;
import org.sitrep.geo.PlaceLocator;
import org.sitrep.geo.SmallGazetteer;
import org.sitrep.ingest.AddressGuard;
import org.sitrep.ingest.FetchSettings;
import org.sitrep.ingest.WebFetcher;
import org.sitrep.pipeline.IngestListener;
import org.sitrep.pipeline.IngestProgress;
import org.sitrep.pipeline.Ingestion;
import org.sitrep.pipeline.Intake;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Workspace;
import org.sitrep.web.ServerSettings;
import org.sitrep.web.WebServer;

/**
 * Issue 18: one process owns a data directory's index; while a server runs on it, {@code ingest} and {@code sources}
 * hand their work to the server, {@code export} reads the database, and a process that holds the directory without
 * answering is waited for.
 */
class WriteWhileServingTest {
    private static final Pattern SERVING = Pattern.compile("serving .* at http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static Pipeline pipeline() {
        return Pipeline.standard().withLocator(() -> new PlaceLocator(SmallGazetteer.get()));
    }

    private Path article(String name, String title, String body) throws IOException {
        return Files.writeString(Files.createDirectories(dir.resolve("in")).resolve(name), title + "\n\n" + body + "\n");
    }

    /** A server as {@code serve} runs one, in this JVM with the tests' small gazetteer: workspace, intake, key and note. */
    private static final class Served implements AutoCloseable {
        final Workspace workspace;
        final WebServer web;
        final ServerNote.Written note;
        final int port;

        Served(Path data) {
            workspace = Workspace.open(data);
            String key = ServerNote.newKey();
            Intake intake = new Intake(pipeline(), workspace, new WebFetcher(FetchSettings.DEFAULT.withAddresses(AddressGuard.anyAddress())),
                    1, new IngestProgress());
            web = new WebServer(workspace, ServerSettings.READ_ONLY.withIntake(intake).withLocalKey(key), new IngestProgress());
            port = web.start("127.0.0.1", 0);
            note = ServerNote.of("127.0.0.1", port, key).write(data);
        }

        @Override
        public void close() {
            note.close();
            web.close();
            workspace.close();
        }
    }

    @Test
    void ingestHandsItsFilesToTheServerThatOwnsTheDataDirectoryAndPrintsWhatItDid() throws Exception {
        Path data = dir.resolve("data");
        Path good = article("deir.txt", "Siege of Deir ez-Zor tightens", "Fighters tightened the siege of Deir ez-Zor on Sunday, a monitor said.");
        try (Served server = new Served(data)) {
            Run r = run("ingest", "--data", data.toString(), "--outlet", "Monitor", good.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).contains("a server runs on " + data + " (http://127.0.0.1:" + server.port + ", pid "
                            + ProcessHandle.current().pid() + "); it ingests the files",
                    "ingested 1 article (1 new, 0 updated), 0 failed, by the server at http://127.0.0.1:" + server.port);
            assertThat(server.workspace.store().count()).isEqualTo(1);
            String found = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port
                    + "/api/v1/search?q=Deir")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(found).contains("Siege of Deir ez-Zor tightens", "\"outlet\":\"Monitor\"");
        }
    }

    @Test
    void ingestHandedToTheServerPrintsALinePerRejectedInputAndFails() throws Exception {
        Path data = dir.resolve("data");
        Path missing = dir.resolve("in/missing.html");
        try (Served server = new Served(data)) {
            Run r = run("ingest", "--data", data.toString(), missing.toString());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("sitrep: " + missing + ": ", "ingested 0 articles (0 new, 0 updated), 1 failed, by the server");
        }
    }

    @Test
    void sourcesAreAddedListedAndRemovedWhileTheServerRuns() {
        Path data = dir.resolve("data");
        try (Served server = new Served(data)) {
            Run added = run("sources", "add", "--data", data.toString(), "--every", "1h",
                    "--allow-private-addresses", "http://127.0.0.1:9/syria.xml");
            assertThat(added.code()).as(added.err()).isZero();
            assertThat(added.out()).isEqualTo("1\thttp://127.0.0.1:9/syria.xml" + System.lineSeparator());
            assertThat(added.err()).contains("added by the server at http://127.0.0.1:" + server.port);
            assertThat(server.workspace.sources().list()).singleElement().satisfies(s -> assertThat(s.every()).hasHours(1));
            assertThat(run("sources", "list", "--data", data.toString()).out()).startsWith("1\thttp://127.0.0.1:9/syria.xml\t");
            assertThat(run("sources", "remove", "--data", data.toString(), "1").code()).isZero();
            assertThat(server.workspace.sources().list()).isEmpty();
            Run again = run("sources", "remove", "--data", data.toString(), "1");
            assertThat(again.code()).isEqualTo(1);
            assertThat(again.err()).contains("no source with id 1");
        }
    }

    @Test
    void entityCorrectionsAreMadeByTheServerThatOwnsTheDataDirectoryAndListedFromTheDatabase() {
        Path data = dir.resolve("data");
        try (Served server = new Served(data)) {
            saveMention(server.workspace, "Daesh", ISLAMIC_STATE);
            Run renamed = run("entities", "rename", "--data", data.toString(), ISLAMIC_STATE.id(), "ISIL");
            assertThat(renamed.code()).as(renamed.err()).isZero();
            assertThat(renamed.out()).isEqualTo("1\trename\t" + ISLAMIC_STATE.id() + "\t\tISIL" + System.lineSeparator());
            assertThat(renamed.err()).contains("a server runs on " + data + " (http://127.0.0.1:" + server.port);
            assertThat(server.workspace.store().entity(ISLAMIC_STATE.id())).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("ISIL"));

            Run refused = run("entities", "merge", "--data", data.toString(), ISLAMIC_STATE.id(), "person-nobody");
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err()).contains("sitrep: ").contains("person-nobody");
            assertThat(run("entities", "corrections", "--data", data.toString()).out())
                    .isEqualTo("1\trename\t" + ISLAMIC_STATE.id() + "\t\tISIL" + System.lineSeparator());
        }
    }

    @Test
    void reindexRefusesWhileAServerOwnsTheDataDirectoryNamingTheServerAndWhatToDo() {
        Path data = dir.resolve("data");
        try (Served server = new Served(data)) {
            saveMention(server.workspace, "Daesh", ISLAMIC_STATE);
            Run reindex = run("reindex", "--data", data.toString());
            assertThat(reindex.code()).isEqualTo(1);
            assertThat(reindex.err()).contains("a server runs on " + data + " (http://127.0.0.1:" + server.port + ", pid ",
                    "stop it", "run 'sitrep reindex' again");
            assertThat(server.workspace.index().size()).isEqualTo(1);
        }
        Run alone = run("reindex", "--data", data.toString());
        assertThat(alone.code()).as(alone.err()).isZero();
        assertThat(alone.err()).contains("reindexed 1 article");
    }

    private static final org.sitrep.core.Entity ISLAMIC_STATE = new org.sitrep.core.Entity("organization-islamic-state", "Islamic State",
            org.sitrep.core.EntityType.ORGANIZATION, "armed group");

    /** Saves an article naming the entity, without NLP. */
    private static void saveMention(Workspace workspace, String words, org.sitrep.core.Entity entity) {
        var article = org.sitrep.EventArticles.article("Reuters", java.time.LocalDate.of(2016, 3, 1), words + " fighters attacked Aleppo.");
        int at = article.text().indexOf(words);
        var p = org.sitrep.EventArticles.processed(article, List.of());
        var mention = new org.sitrep.core.LinkedMention(new org.sitrep.core.Mention(new org.sitrep.core.Span(at, at + words.length()), words,
                entity.type()), entity);
        workspace.save(new org.sitrep.core.Processed(p.origin(), p.annotated(), List.of(mention), List.of(), List.of(), List.of(), List.of()));
        workspace.commit();
    }

    @Test
    void ingestWaitsAndSaysSoWhileAProcessThatTakesNoWorkHoldsTheDirectory() throws Exception {
        Path data = dir.resolve("data");
        Path missing = dir.resolve("in/missing.html");
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> ingest;
        try (Workspace holder = Workspace.open(data)) {
            ingest = CompletableFuture.supplyAsync(() -> Main.run(new String[] {"ingest", "--data", data.toString(), missing.toString()},
                    new PrintWriter(new StringWriter()), new PrintWriter(err, true)));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!err.toString().contains("waiting") && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThat(err.toString()).contains("sitrep: " + data + " is in use by another Sitrep process that takes no work over HTTP "
                    + "(an ingest, or a server still starting); waiting for it (Ctrl-C stops)");
            assertThat(ingest).isNotDone();
        }
        assertThat(ingest.get(60, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(err.toString()).contains("ingested 0 articles (0 new, 0 updated), 1 failed").doesNotContain("by the server");
    }

    @Test
    void exportReadsTheDatabaseWhileAServeProcessHoldsTheIndexAndTheServersNoteGoesWhenItStops() throws Exception {
        Path data = dir.resolve("data");
        try (Workspace w = Workspace.open(data)) {
            new Ingestion(pipeline(), w, 1).run(List.of(article("a.txt", "Shelling in Daraa", "Shelling hit Daraa on Friday, residents said."),
                    article("b.txt", "Talks in Astana", "Delegations met in Astana on Monday, the envoy said.")), Hints.NONE, IngestListener.NONE);
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "serve", "--data", data.toString(), "--host", "127.0.0.1", "--port", "0");
        ProcessBuilder b = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        b.environment().remove("SITREP_TOKEN");
        Process serve = b.start();
        try {
            int port = awaitPort(serve);
            Path note = data.resolve(ServerNote.FILE);
            assertThat(note).exists();
            assertThat(Files.getPosixFilePermissions(note)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(ServerNote.read(data)).hasValueSatisfying(n -> assertThat(n.url()).isEqualTo("http://127.0.0.1:" + port));
            assertThatThrownBy(() -> Workspace.open(data)).isInstanceOf(DirectoryInUseException.class);

            Run export = run("export", "--data", data.toString());
            assertThat(export.code()).as(export.err()).isZero();
            assertThat(export.out().lines()).hasSize(2).anySatisfy(l -> assertThat(l).contains("\"title\":\"Talks in Astana\""));
        } finally {
            serve.destroy();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(data.resolve(ServerNote.FILE)).doesNotExist();
    }

    private static int awaitPort(Process serve) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getErrorStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            seen.add(line);
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                // Keep draining stderr so the server never blocks on a full pipe.
                Thread drain = new Thread(() -> lines.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("serve printed no address: " + seen);
    }
}
