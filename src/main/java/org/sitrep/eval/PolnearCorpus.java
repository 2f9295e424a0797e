package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sitrep.core.InputException;
import org.sitrep.core.Span;

/**
 * Reads PolNeAR (Newell et al., LREC 2018): {@code SPLIT/text/NAME.txt} and brat stand-off
 * {@code SPLIT/attributions/NAME_ANNOTATOR.ann}, where {@code T} lines hold Source, Cue and Content spans (content
 * may be discontinuous: "a b;c d") and {@code E} lines join them. When several annotators did one article, the first
 * file in name order is used.
 */
final class PolnearCorpus {
    private PolnearCorpus() {
    }

    static List<EvalDocument> read(Path split) {
        Path texts = split.resolve("text");
        Path anns = split.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
            throw new InputException(split.toString(), "not a PolNeAR split (expected text/ and attributions/ folders)");
        }
        List<EvalDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(texts)) {
            for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                Path ann = annotation(anns, name);
                if (ann != null) {
                    String text = Files.readString(txt, StandardCharsets.UTF_8);
                    docs.add(new EvalDocument(name, text, attributions(text, Files.readAllLines(ann, StandardCharsets.UTF_8))));
                }
            }
        } catch (IOException e) {
            throw new InputException(split.toString(), "cannot read: " + e.getMessage(), e);
        }
        return docs;
    }

    private static Path annotation(Path anns, String name) throws IOException {
        try (Stream<Path> files = Files.list(anns)) {
            return files.filter(p -> p.getFileName().toString().matches(java.util.regex.Pattern.quote(name) + "_[0-9a-f]+\\.ann"))
                    .sorted().findFirst().orElse(null);
        }
    }

    static List<GoldAttribution> attributions(String text, List<String> lines) {
        Map<String, Span> spans = new HashMap<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (line.startsWith("T") && cols.length >= 2) {
                String[] typeAndRanges = cols[1].split(" ", 2);
                spans.put(cols[0], hull(typeAndRanges[1]));
            }
        }
        List<GoldAttribution> out = new ArrayList<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (!line.startsWith("E") || cols.length < 2) {
                continue;
            }
            Span content = null;
            Span source = null;
            for (String arg : cols[1].split(" ")) {
                String[] kv = arg.split(":");
                if (kv.length == 2 && kv[0].equals("Content")) {
                    content = spans.get(kv[1]);
                } else if (kv.length == 2 && kv[0].equals("Source")) {
                    source = spans.get(kv[1]);
                }
            }
            if (content != null && content.end() <= text.length()) {
                String contentText = content.of(text);
                boolean direct = contentText.matches("(?s).*[“”\"«»].*");
                out.add(new GoldAttribution(content, contentText, source, source == null ? null : source.of(text), direct));
            }
        }
        return out;
    }

    /** "315 448;463 553" covers 315 to 553. */
    private static Span hull(String ranges) {
        int begin = Integer.MAX_VALUE;
        int end = 0;
        for (String r : ranges.split(";")) {
            String[] be = r.trim().split(" ");
            begin = Math.min(begin, Integer.parseInt(be[0]));
            end = Math.max(end, Integer.parseInt(be[1]));
        }
        return new Span(begin, end);
    }
}
