package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.EventArticles.ALEPPO;
import static org.sitrep.EventArticles.CIVILIANS;
import static org.sitrep.EventArticles.HOMS;
import static org.sitrep.EventArticles.ISLAMIC_STATE;
import static org.sitrep.EventArticles.SYRIAN_FORCES;
import static org.sitrep.EventArticles.article;
import static org.sitrep.EventArticles.event;
import static org.sitrep.EventArticles.processed;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.JsonObjects;
import org.sitrep.PostgresServer;
import org.sitrep.core.Article;
import org.sitrep.core.Event;
import org.sitrep.core.SubEventType;
import org.sitrep.pipeline.Workspace;
import org.sitrep.store.PostgresAddress;

/** The commands with {@code --db}: the same output from a PostgreSQL database as from the SQLite file (issue 19). */
class PostgresCommandsTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static void storeTwoArticles(Workspace w) {
        Article strike = article("Alpha", LocalDate.of(2014, 11, 13), "Air strikes hit Aleppo, killing \"at least\" 12 civilians.");
        Event onAleppo = event(SubEventType.AIR_DRONE_STRIKE, SYRIAN_FORCES, CIVILIANS, ALEPPO, "2014-11-12", 12);
        Article shelling = article("Beta", LocalDate.of(2014, 11, 20), "Homs was shelled by Islamic State, activists said.");
        Event onHoms = event(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, ISLAMIC_STATE, null, HOMS, "2014-11", null);
        w.save(processed(strike, List.of(onAleppo)).withPlaces(List.of(onAleppo.place())));
        w.save(processed(shelling, List.of(onHoms)).withPlaces(List.of(onHoms.place())));
        w.commit();
    }

    /** The export's lines as JSON objects, without the moment each article was stored, which differs between runs. */
    private static List<Map<String, Object>> articles(String jsonl) {
        return jsonl.lines().map(line -> {
            Map<String, Object> article = new java.util.TreeMap<>(JsonObjects.object(line));
            article.keySet().removeIf(key -> key.startsWith("ingested"));
            return (Map<String, Object>) article;
        }).toList();
    }

    @Test
    void exportFromPostgresqlGivesWhatExportFromSqliteGives() {
        PostgresAddress db = PostgresServer.newDatabase();
        Path sqlite = dir.resolve("sqlite");
        try (Workspace w = Workspace.open(sqlite)) {
            storeTwoArticles(w);
        }
        try (Workspace w = Workspace.open(dir.resolve("loader"), db)) {
            storeTwoArticles(w);
        }
        Path fresh = dir.resolve("fresh").toAbsolutePath();
        for (String format : List.of("jsonl", "acled-csv", "geojson")) {
            Run fromPostgres = run("export", "--format", format, "--db", db.toString(), "--data", fresh.toString());
            Run fromSqlite = run("export", "--format", format, "--data", sqlite.toString());

            assertThat(fromPostgres.code()).as("%s: %s", format, fromPostgres.err()).isZero();
            assertThat(fromPostgres.out()).as(format).isNotBlank();
            if (format.equals("jsonl")) {
                assertThat(articles(fromPostgres.out())).hasSize(2).isEqualTo(articles(fromSqlite.out()));
            } else {
                assertThat(fromPostgres.out()).as(format).isEqualTo(fromSqlite.out());
            }
        }
    }

    @Test
    void aDbThatIsNoPostgresqlAddressIsAUsageErrorThatHidesThePassword() {
        Run r = run("export", "--db", "mysql://analyst:s3cret@db.example:3306/sitrep", "--data", dir.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("mysql://analyst:***@db.example:3306/sitrep").contains("postgresql://")
                .doesNotContain("s3cret");
    }

    @Test
    void anUnreachableServerIsOneLineNamingItWithoutThePassword() {
        Run r = run("export", "--db", "postgresql://analyst:s3cret@127.0.0.1:1/sitrep", "--data", dir.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("postgresql://analyst:***@127.0.0.1:1/sitrep").doesNotContain("s3cret");
    }

    /** An import into PostgreSQL saves its batch in one transaction, a savepoint per article; again, it adds nothing. */
    @Test
    void anImportIntoPostgresqlStoresEveryLineAndAgainAddsNothing() throws java.io.IOException {
        Path export = dir.resolve("export.jsonl");
        try (java.io.InputStream in = getClass().getResourceAsStream("/org/sitrep/cli/fa-kes-export.jsonl")) {
            java.nio.file.Files.copy(in, export);
        }
        PostgresAddress db = PostgresServer.newDatabase();

        Run imported = run("import", "--db", db.toString(), "--data", dir.resolve("data").toString(), export.toString());
        Run again = run("import", "--db", db.toString(), "--data", dir.resolve("again").toString(), export.toString());

        assertThat(imported.err()).contains("imported 4 articles (4 new, 0 updated), 0 already stored, 0 failed");
        assertThat(run("export", "--db", db.toString(), "--data", dir.resolve("data").toString()).out().lines()).hasSize(4);
        assertThat(again.err()).contains("imported 0 articles (0 new, 0 updated), 4 already stored, 0 failed");
    }
}
