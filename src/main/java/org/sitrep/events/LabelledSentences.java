package org.sitrep.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.core.InputException;
import org.sitrep.core.SubEventType;

/**
 * Reads labelled sentences from TSV files with the header {@code label actor1 actor2 text source} (the format of
 * {@code bench/events/train/GUIDE.md}).
 */
public final class LabelledSentences {
    private LabelledSentences() {
    }

    /**
     * Every labelled sentence of the {@code .tsv} files in {@code dir}, files in name order.
     *
     * @throws InputException when a line has a label that is neither an ACLED sub-event type nor NONE, or not five
     *                        fields; the message names the file and line
     */
    static List<LabelledSentence> readDirectory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<LabelledSentence> all = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                all.addAll(read(file));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labelled sentences in " + dir, e);
        }
    }

    static List<LabelledSentence> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<LabelledSentence> sentences = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                sentences.add(parse(lines.get(i), file + " line " + (i + 1)));
            }
        }
        return sentences;
    }

    private static LabelledSentence parse(String line, String where) {
        String[] f = line.split("\t", -1);
        if (f.length != 5) {
            throw new InputException(where, "a labelled sentence has 5 tab-separated fields; got " + f.length);
        }
        String label = f[0].strip();
        SubEventType subType = null;
        if (!label.equals(IncidentClassifier.NONE)) {
            subType = SubEventType.ofLabel(label).orElseThrow(() -> new InputException(
                    where, "label must be an ACLED sub-event type or NONE; got: " + label));
        }
        return new LabelledSentence(subType, f[1].strip(), f[2].strip(), f[3].strip(), f[4].strip());
    }
}
