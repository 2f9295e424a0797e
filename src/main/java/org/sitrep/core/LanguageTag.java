package org.sitrep.core;

import java.util.Locale;

/** Language tags as pages and Sitrep write them ("en-GB", "pt_BR", "ar"). */
public final class LanguageTag {
    private LanguageTag() {
    }

    /**
     * The language of a tag without its region, in lower case ("en-GB" gives "en"): what the index filters by and
     * languages are counted by. {@code null} for a null or blank tag.
     */
    public static String primary(String tag) {
        return tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    }
}
