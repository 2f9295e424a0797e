package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Seed;

class EntitiesCommandTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void correctionsSurviveReingestingTheArticle() {
        String seed = Seed.copyTo(dir).toString();
        String data = dir.resolve("data").toString();
        run("ingest", "--data", data, "--published", "2014-12-01", seed);
        assertThat(run("entities", "rename", "person-kristen-gillespie", "K. Gillespie", "--data", data)[0]).isEqualTo("0");
        assertThat(run("entities", "merge", "person-edward-dark", "person-laurent-fabius", "--data", data)[0]).isEqualTo("0");
        assertThat(run("entities", "split", "organization-islamic-state", "Daesh", "--data", data)[0]).isEqualTo("0");
        run("ingest", "--data", data, "--published", "2014-12-01", seed);
        String export = run("export", "--data", data)[1];
        assertThat(export).contains("\"name\":\"K. Gillespie\"", "\"id\":\"organization-islamic-state--daesh\"")
                .doesNotContain("\"id\":\"person-edward-dark\"");
        assertThat(run("entities", "corrections", "--data", data)[1]).contains("rename", "merge", "split");
    }

    @Test
    void refusesToCorrectAnEntityThatDoesNotExist() {
        String[] r = run("entities", "rename", "person-nobody", "X", "--data", dir.resolve("data").toString());
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2]).contains("sitrep: person-nobody: no such entity");
    }
}
