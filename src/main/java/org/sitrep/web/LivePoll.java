package org.sitrep.web;

/**
 * A page's poll for new items (see {@link LiveNotices}): where to ask next, and the notice to show with the link to
 * the page, both null while nothing new matches.
 */
public record LivePoll(String poll, String notice, String show) {
    /** How often an open page asks, in seconds. */
    public static final int SECONDS = 5;

    /** The first poll of the page at {@code page} (a path with or without parameters) that shows {@code shown} items. */
    public static LivePoll first(String page, long shown) {
        return new LivePoll("/live" + page + (page.contains("?") ? "&" : "?") + "shown=" + shown, null, null);
    }

    /**
     * The first poll of the page at {@code page} when it shows no exact count (a search total estimated from a
     * sample): the answer counts, notices nothing, and polls again with that count.
     */
    public static LivePoll uncounted(String page) {
        return new LivePoll("/live" + page, null, null);
    }
}
