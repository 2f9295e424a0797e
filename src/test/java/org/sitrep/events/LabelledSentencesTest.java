package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.InputException;
import org.sitrep.core.SubEventType;

class LabelledSentencesTest {
    @TempDir
    Path dir;

    @Test
    void readsLabelsActorsAndText() throws Exception {
        Files.writeString(dir.resolve("a.tsv"), "label\tactor1\tactor2\ttext\tsource\n"
                + "Armed clash\tRebels\ttroops\tRebels clashed with troops.\twritten\n"
                + "NONE\t\t\tThe minister spoke.\twritten\n");
        var sentences = LabelledSentences.readDirectory(dir);
        assertThat(sentences).extracting(LabelledSentence::subType).containsExactly(SubEventType.ARMED_CLASH, null);
        assertThat(sentences.get(0).actor2()).isEqualTo("troops");
    }

    @Test
    void rejectsAnUnknownLabelNamingTheFileAndLine() throws Exception {
        Files.writeString(dir.resolve("b.tsv"), "label\tactor1\tactor2\ttext\tsource\n"
                + "Skirmish\t\t\tShots were fired.\twritten\n");
        assertThatThrownBy(() -> LabelledSentences.readDirectory(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("b.tsv line 2").hasMessageContaining("Skirmish");
    }
}
