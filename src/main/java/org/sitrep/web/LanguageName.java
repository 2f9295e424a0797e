package org.sitrep.web;

import java.util.Locale;

/** A language tag as people read it. */
public final class LanguageName {
    private LanguageName() {
    }

    /** The tag's English name ("Arabic", "English (United Kingdom)"), or the tag itself when Java knows no name for it. */
    public static String of(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH);
        return name.isBlank() ? tag : name;
    }
}
