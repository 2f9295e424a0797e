package org.sitrep.store;

/** A language (an ISO 639 code without region: "ar", "en") and how many stored articles are in it. */
public record LanguageCount(String language, long articles) {
}
