package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitrep.core.InputException;
import org.sitrep.core.Span;

/**
 * TimeML documents ({@code *.tml}, as TempEval-3 distributes TimeBank and AQUAINT): the text of each document's
 * {@code TEXT} element with its gold {@code TIMEX3} expressions, and the document's creation day (the {@code DCT}), the
 * day every relative expression is resolved against.
 */
public final class TimexCorpus {
    private static final Pattern TAG_OR_TEXT = Pattern.compile("<(/?)([A-Za-z0-9_]+)([^>]*)>|[^<]+");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_]+)=\"([^\"]*)\"");
    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3([^>]*)>", Pattern.DOTALL);
    private static final Pattern DOCID = Pattern.compile("<DOCID>\\s*([^<\\s]+)\\s*</DOCID>");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos);");
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'");

    private TimexCorpus() {
    }

    /** One gold TIMEX3: its span in the document's text (UTF-16 offsets), its words, its TimeML type and value. */
    public record Timex(Span span, String text, String type, String value) {
    }

    /** A TimeML document: its id, its creation day and its text with the gold expressions in text order. */
    public record Document(String id, LocalDate created, String text, List<Timex> timexes) {
        public Document {
            timexes = List.copyOf(timexes);
        }
    }

    /**
     * Reads every {@code *.tml} file under {@code dir} (macOS "._" shadow files left out), sorted by path.
     *
     * @throws InputException when the folder cannot be read or holds no *.tml file, or a file has no TEXT element or no readable DCT
     */
    public static List<Document> read(Path dir) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".tml") && !p.getFileName().toString().startsWith("._"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot list the TimeML files: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new InputException(dir.toString(), "a TimeML folder must hold *.tml files; none found");
        }
        List<Document> documents = new ArrayList<>();
        for (Path f : files) {
            try {
                documents.add(parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new InputException(f.toString(), "cannot read: " + e.getMessage(), e);
            }
        }
        return documents;
    }

    /**
     * Parses one TimeML document; its id is the DOCID element's, else {@code name}.
     *
     * @throws InputException naming {@code name} when there is no TEXT element or no DCT with a day in its value
     */
    public static Document parse(String name, String timeml) {
        int open = timeml.indexOf("<TEXT>");
        int close = timeml.indexOf("</TEXT>");
        if (open < 0 || close < open) {
            throw new InputException(name, "a TimeML document must have a <TEXT> element; none found");
        }
        Matcher id = DOCID.matcher(timeml);
        Body body = body(timeml.substring(open + "<TEXT>".length(), close));
        return new Document(id.find() ? id.group(1) : name, created(name, timeml), body.text(), body.timexes());
    }

    private static LocalDate created(String name, String timeml) {
        Matcher dct = DCT.matcher(timeml);
        String value = dct.find() ? attributes(dct.group(1)).getOrDefault("value", "") : "";
        try {
            return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new InputException(name, "the DCT must hold a TIMEX3 whose value begins with a day (YYYY-MM-DD); got: \""
                    + value + "\"", e);
        }
    }

    /** The text of a TEXT element with its tags taken out and its entities replaced, and the TIMEX3s in it. */
    private static Body body(String marked) {
        StringBuilder text = new StringBuilder();
        List<Timex> timexes = new ArrayList<>();
        int start = -1;
        Map<String, String> open = Map.of();
        Matcher m = TAG_OR_TEXT.matcher(marked);
        while (m.find()) {
            if (m.group(2) == null) {
                text.append(unescape(m.group()));
            } else if (m.group(2).equals("TIMEX3") && m.group(1).isEmpty()) {
                start = text.length();
                open = attributes(m.group(3));
            } else if (m.group(2).equals("TIMEX3") && start >= 0) {
                timexes.add(new Timex(new Span(start, text.length()), text.substring(start), open.getOrDefault("type", ""),
                        open.getOrDefault("value", "")));
                start = -1;
            }
        }
        return new Body(text.toString(), timexes);
    }

    private record Body(String text, List<Timex> timexes) {
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new java.util.HashMap<>();
        Matcher a = ATTRIBUTE.matcher(tag);
        while (a.find()) {
            attributes.put(a.group(1), unescape(a.group(2)));
        }
        return attributes;
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return ENTITY.matcher(s).replaceAll(r -> Matcher.quoteReplacement(ENTITIES.get(r.group(1))));
    }
}
