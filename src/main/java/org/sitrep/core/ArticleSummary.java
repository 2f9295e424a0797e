package org.sitrep.core;

import java.time.LocalDate;

/** What a list of articles shows of each: id, headline, outlet, day. */
public record ArticleSummary(String id, String title, String outlet, LocalDate published, String url) {
}
