package org.sitrep.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a page's copyright line ("© 2009", "Copyright 1998-2007"): the year the page was made, which bounds
 * the year of a date the page writes without one.
 */
final class CopyrightYear {
    /**
     * "©", "(c)" or "copyright", then a year or the last year of a range, right away or after the holder's name ("©
     * Guardian News and Media Limited 2008"); group 1 is that year.
     */
    static final Pattern YEAR = Pattern.compile("(?i)(?:©|\\(c\\)|copyright)\\s*(?:[\\p{L}&.,'’-]+\\s+){0,6}?(?:\\d{4}\\s*[-–]\\s*)?"
            + "((?:19|20)\\d\\d)\\b");

    private CopyrightYear() {
    }

    /** The latest copyright year in {@code text}; empty when it has none. */
    static Optional<Integer> latest(String text) {
        Matcher m = YEAR.matcher(text);
        Integer latest = null;
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            latest = latest == null ? y : Math.max(latest, y);
        }
        return Optional.ofNullable(latest);
    }
}
