package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ParseBenchCommandTest {
    @Test
    void printsBothParsersSpeedsAndThatTheirParsesAgree() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"bench", "parse", "--articles", "3", "--rounds", "1"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("sitrep tag+parse words per cpu second: ", "corenlp tag+parse words per cpu second: ",
                "parses that differ: 0");
    }

    @Test
    void refusesNoRounds() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"bench", "parse", "--rounds", "0"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("--rounds must be >= 1");
    }
}
