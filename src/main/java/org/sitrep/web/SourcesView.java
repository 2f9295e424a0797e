package org.sitrep.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.sitrep.core.PollInterval;
import org.sitrep.core.Source;

/**
 * The sources page: every feed and sitemap with its last poll, and the forms to add, poll and remove.
 *
 * @param writable whether the forms are on (the server has a write token and takes articles)
 * @param message  what the last action did, or {@code null}
 * @param error    why the last action was refused, or {@code null}
 */
public record SourcesView(List<Row> sources, boolean writable, String message, String error) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public SourcesView {
        sources = List.copyOf(sources);
    }

    /** One source as the table shows it; {@code failed} when its last poll failed. */
    public record Row(long id, String url, String name, String every, String lastPolled, String status, boolean failed) {
        static Row of(Source s) {
            String status = s.lastStatus() == null ? "" : s.lastStatus();
            return new Row(s.id(), s.url(), s.name() == null ? "" : s.name(), PollInterval.text(s.every()),
                    s.lastPolledAt() == null ? "never" : WHEN.format(s.lastPolledAt()), status,
                    status.startsWith("failed") || status.matches("\\d+ new, [1-9].*"));
        }
    }

    static SourcesView of(List<Source> sources, boolean writable, String message, String error) {
        return new SourcesView(sources.stream().map(Row::of).toList(), writable, message, error);
    }

    static String when(Instant at) {
        return WHEN.format(at);
    }
}
