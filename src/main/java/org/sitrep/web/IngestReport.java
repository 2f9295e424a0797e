package org.sitrep.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.InputException;
import org.sitrep.pipeline.IngestListener;
import org.sitrep.pipeline.IngestSummary;
import org.sitrep.store.SaveResult;

/** What one ingestion asked of the server did, article by article, for the page or the command that asked. Thread-safe. */
final class IngestReport implements IngestListener {
    /** An article stored: its id and where it came from. */
    record Stored(String id, String origin, boolean created) {
    }

    private final List<Stored> stored = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    @Override
    public synchronized void saved(String origin, SaveResult result) {
        stored.add(new Stored(result.id(), origin, result.created()));
    }

    @Override
    public synchronized void problem(InputException problem) {
        problems.add(problem.getMessage());
    }

    @Override
    public synchronized void warning(String message) {
        warnings.add(message);
    }

    synchronized List<Stored> stored() {
        return List.copyOf(stored);
    }

    synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The summary and every line, as the JSON API answers. */
    synchronized Map<String, Object> json(IngestSummary summary) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("created", summary.created());
        body.put("updated", summary.updated());
        body.put("failed", summary.failed());
        body.put("articles", stored.stream().map(s -> Map.of("id", s.id(), "origin", s.origin(), "created", s.created())).toList());
        body.put("problems", List.copyOf(problems));
        body.put("warnings", List.copyOf(warnings));
        return body;
    }
}
