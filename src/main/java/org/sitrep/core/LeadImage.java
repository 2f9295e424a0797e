package org.sitrep.core;

import java.util.Objects;

/**
 * The image an article leads with, as the page names it.
 *
 * @param url absolute URL of the image
 * @param caption its caption or, failing that, its alternative text; {@code null} when the page gives neither
 */
public record LeadImage(String url, String caption) {
    public LeadImage {
        Objects.requireNonNull(url, "url");
    }
}
