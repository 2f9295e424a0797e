package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.InputException;

class IncidentArticleEvaluationTest {
    @TempDir
    Path dir;

    @Test
    void readsEachAddressLabel() throws IOException {
        Path labels = Files.writeString(dir.resolve("labels.tsv"),
                "url\tlabel\ttitle\nhttps://a.example/1\tnone\tA storm\nhttps://a.example/2\tincident\tA bombing\n");
        assertThat(IncidentArticleEvaluation.readLabels(labels)).containsEntry("https://a.example/1",
                IncidentArticleEvaluation.Label.NONE).containsEntry("https://a.example/2", IncidentArticleEvaluation.Label.INCIDENT);
    }

    @Test
    void refusesAnUnknownLabelNamingTheFileAndLine() throws IOException {
        Path labels = Files.writeString(dir.resolve("labels.tsv"), "url\tlabel\ttitle\nhttps://a.example/1\tmaybe\tA storm\n");
        assertThatThrownBy(() -> IncidentArticleEvaluation.readLabels(labels)).isInstanceOf(InputException.class)
                .hasMessageContaining("labels.tsv line 2").hasMessageContaining("maybe");
    }

    @Test
    void takesTheTrainedAddressesFromTheSentencesSources() throws IOException {
        Files.writeString(dir.resolve("wikinews.tsv"), "label\tactor1\tactor2\ttext\tsource\n"
                + "NONE\t\t\tIt rained.\twikinews:https://a.example/1\nNONE\t\t\tIt rained.\tfa-kes:42\n");
        assertThat(IncidentArticleEvaluation.trainedAddresses(dir)).containsExactly("https://a.example/1");
    }
}
