package org.sitrep.web;

/**
 * A search's timeline on its own: the part the search page loads after its results, or a page for readers without
 * scripts.
 *
 * @param part whether only the timeline is wanted (htmx asked), not a whole page
 */
public record SearchTimelineView(SearchForm form, Timeline timeline, boolean part) {
    /** The search the timeline belongs to. */
    public String searchLink() {
        return form.pageLink(1);
    }
}
