package org.sitrep.web;

import java.util.List;
import java.util.Map;

/**
 * The upload page: the form, and after a POST what it did.
 *
 * @param writable whether the form is on (the server has a write token and takes articles)
 * @param stored   the articles stored by the last upload, empty before one
 * @param problems one line per input that failed, naming it
 * @param error    why the upload was refused as a whole, or {@code null}
 */
public record UploadView(boolean writable, List<Stored> stored, List<String> problems, List<String> warnings, String error) {
    public UploadView {
        stored = List.copyOf(stored);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** An article stored: its link, and whether it was new rather than an update of one already stored. */
    public record Stored(String link, String origin, boolean created) {
    }

    static UploadView form(boolean writable) {
        return new UploadView(writable, List.of(), List.of(), List.of(), null);
    }

    static UploadView refused(boolean writable, String error) {
        return new UploadView(writable, List.of(), List.of(), List.of(), error);
    }

    /**
     * @param names each kept file's path and the name it was uploaded as: lines name the upload, never the server's
     *              folders
     */
    static UploadView of(boolean writable, IngestReport report, Map<String, String> names) {
        java.util.function.UnaryOperator<String> named = line -> {
            for (var e : names.entrySet()) {
                line = line.replace(e.getKey(), e.getValue());
            }
            return line;
        };
        return new UploadView(writable, report.stored().stream().map(s -> new Stored(Links.article(s.id()), named.apply(s.origin()), s.created())).toList(),
                report.problems().stream().map(named).toList(), report.warnings().stream().map(named).toList(), null);
    }

    public boolean done() {
        return !stored.isEmpty() || !problems.isEmpty();
    }
}
