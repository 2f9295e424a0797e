package org.sitrep.core;

import java.time.LocalDate;

/**
 * What the user or the source says about a page before extraction; every field may be {@code null}.
 * Values given here win over what the extractor reads from the page.
 */
public record Hints(String title, LocalDate published, String outlet, String url) {
    public static final Hints NONE = new Hints(null, null, null, null);

    public Hints withTitle(String value) {
        return new Hints(value, published, outlet, url);
    }

    public Hints withPublished(LocalDate value) {
        return new Hints(title, value, outlet, url);
    }

    public Hints withOutlet(String value) {
        return new Hints(title, published, value, url);
    }

    public Hints withUrl(String value) {
        return new Hints(title, published, outlet, value);
    }
}
