package org.sitrep.resolve;

/**
 * The head word of an English name of several words is its last ("Resistance Brigade", "Alwaleed Bin Talal Center",
 * "Korean War"): what the typing and joining rules read a name's kind from.
 */
final class HeadWords {
    private HeadWords() {
    }

    /** The last word of a name of several words split by single spaces; empty for a name of one word. */
    static String of(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 ? name.substring(space + 1) : "";
    }
}
