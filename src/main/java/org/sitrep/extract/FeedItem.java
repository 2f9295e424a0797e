package org.sitrep.extract;

import java.time.LocalDate;

/** An entry of a feed or sitemap: the article's URL, and its title and day when the feed gives them (else null). */
public record FeedItem(String url, String title, LocalDate published) {
}
