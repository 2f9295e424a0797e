package org.sitrep.core;

import java.util.regex.Pattern;

/**
 * Names a text lists together ("Qaim, Rawa, Samarra and Ramadi"; "Los Angeles, Miami, New York, and Detroit"): the
 * words of a list are of one kind, so the kind of most of a list's names tells the kind of the others.
 */
public final class ListedNames {
    /** What joins two names of a list: a comma, "and", "or" or "&", after an optional comma. */
    private static final Pattern JOIN = Pattern.compile(",|,?\\s*(?:and|or|&)");

    private ListedNames() {
    }

    /**
     * Whether only a list's joining words stand between the name at {@code before} and the one at {@code after}
     * (UTF-16 offsets into {@code text}); false when the spans overlap or come in the other order.
     */
    public static boolean joined(String text, Span before, Span after) {
        return before.end() <= after.begin() && JOIN.matcher(text.substring(before.end(), after.begin()).strip()).matches();
    }
}
