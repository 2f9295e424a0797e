package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word index's expressions hold only quoted tokens, whatever the input (issue 19). */
class StatementWordsTest {
    @Test
    void quotesEachWordAsAPhraseOfItsTokensAndKeepsATrailingStarAsAPrefix() {
        StatementWords w = StatementWords.of(List.of("Rebel-held", "war*", "\"NEAR(x"));
        assertThat(w.fts5()).isEqualTo("\"rebel held\" AND \"war\"* AND \"near x\"");
        assertThat(w.tsquery()).isEqualTo("('rebel' <-> 'held') & 'war':* & ('near' <-> 'x')");
    }

    @Test
    void dropsWordsWithoutALetterOrDigit() {
        assertThat(StatementWords.of(List.of("-", "*", "'\"", "&|!")).isEmpty()).isTrue();
    }

    @Test
    void splitsMigrationScriptsAtSemicolonsButKeepsTriggerBodiesWhole() {
        List<String> statements = Migrations.statements("-- a comment; with a semicolon\nCREATE TABLE t (x TEXT);\n"
                + "CREATE TRIGGER t_insert AFTER INSERT ON t BEGIN\n  DELETE FROM u;\n  INSERT INTO u VALUES (1);\nEND;\n"
                + "CREATE INDEX t_x ON t (x);\n");
        assertThat(statements).extracting(String::strip).containsExactly("CREATE TABLE t (x TEXT)",
                "CREATE TRIGGER t_insert AFTER INSERT ON t BEGIN\n  DELETE FROM u;\n  INSERT INTO u VALUES (1);\nEND;",
                "CREATE INDEX t_x ON t (x)");
    }
}
