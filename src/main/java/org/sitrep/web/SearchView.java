package org.sitrep.web;

import java.util.List;
import org.sitrep.index.Facet;
import org.sitrep.index.FacetCount;
import org.sitrep.index.NamedEntity;
import org.sitrep.index.SearchIndex;
import org.sitrep.index.SearchResults;
import org.sitrep.store.LanguageCount;
import org.sitrep.store.OutletCount;

/**
 * The search page: the form as filled in, the outlets and languages to filter by, and the results, their facets and
 * their timeline (null before a search).
 */
public record SearchView(SearchForm form, List<OutletCount> outlets, List<LanguageCount> languages, SearchResults results,
                         Timeline timeline, String error) {
    /** The id of the search form, whose dates the timeline's range sets. */
    public static final String FORM = "search-form";
    /** The page's part that the timeline's range replaces. */
    public static final String SWAPPED = "search-results";

    /** A facet's heading and its values as links. */
    public record FacetView(Facet facet, String heading, List<FacetLink> values, String clear) {
    }

    /**
     * One value of a facet: its label, count, whether it is chosen, and the link that adds it to the search (or, when
     * chosen, takes it off).
     */
    public record FacetLink(String label, long count, String href, boolean selected) {
    }

    public String q() {
        return form.q();
    }

    public String outlet() {
        return form.outlet();
    }

    public String language() {
        return form.language();
    }

    public String pageLink(int page) {
        return form.pageLink(page);
    }

    /** What the reader should know about how the results were found, or null when nothing. */
    public String notice() {
        if (results == null) {
            return null;
        }
        if (results.partial()) {
            return "The search stopped after " + SearchIndex.TIME_LIMIT_MILLIS / 1000 + " seconds: these are the matches "
                    + "found until then, and better ones may be missing. Fewer fuzzy (~), wildcard (*) or /…/ terms make it faster.";
        }
        return results.asWords() ? "Searched for the words as written, since the text is not query syntax." : null;
    }

    /** The known entities the words named, whose other spellings were searched too; empty when none. */
    public List<NamedEntity> aliases() {
        return results == null ? List.of() : results.aliases();
    }

    /** The spellings to show for an entity: the first few, then how many more. */
    public static String spellings(NamedEntity e) {
        int shown = Math.min(6, e.spellings().size());
        String list = String.join(", ", e.spellings().subList(0, shown));
        return e.spellings().size() > shown ? list + " and " + (e.spellings().size() - shown) + " more" : list;
    }

    /**
     * Whether the facet counts are estimates from a sample of the matches (a search that matches many thousands of
     * articles), which the page says and marks each count "about".
     */
    public boolean facetsEstimated() {
        return results != null && results.facetsEstimated();
    }

    /** The facets with values among the results, as links; empty before a search. */
    public List<FacetView> facets() {
        if (results == null) {
            return List.of();
        }
        return results.facets().stream().filter(f -> !f.values().isEmpty() || form.filtered(f.facet()))
                .map(f -> new FacetView(f.facet(), heading(f.facet()), links(f.facet(), f.values()),
                        form.filtered(f.facet()) ? form.widened(f.facet()) : null))
                .toList();
    }

    private List<FacetLink> links(Facet facet, List<FacetCount> values) {
        List<String> narrowed = form.narrowed(facet, values.stream().map(FacetCount::key).toList());
        List<FacetLink> out = new java.util.ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            FacetCount v = values.get(i);
            String label = facet == Facet.LANGUAGE ? LanguageName.of(v.key()) : v.label();
            boolean selected = form.selected(facet, v.key());
            out.add(new FacetLink(label, v.count(), selected ? form.without(facet, v.key()) : narrowed.get(i), selected));
        }
        return out;
    }

    private static String heading(Facet facet) {
        return switch (facet) {
            case OUTLET -> "Outlet";
            case LANGUAGE -> "Language";
            case ENTITY -> "Entity";
            case KIND -> "Actor kind";
            case PLACE -> "Place";
            case SPEAKER -> "Speaker";
            case MONTH -> "Month";
        };
    }

    /**
     * The poll for more matches than the page shows; null before a search. An estimated total is no count to compare
     * with, so the first poll counts exactly and compares later ones with that.
     */
    public LivePoll live() {
        if (results == null) {
            return null;
        }
        return results.totalEstimated() ? LivePoll.uncounted(form.pageLink(1)) : LivePoll.first(form.pageLink(1), results.hits().total());
    }

    /** How many articles match as the page says it: "1,204", or "about 198,000" when estimated from a sample. */
    public String totalText() {
        long total = results.hits().total();
        if (!results.totalEstimated()) {
            return String.format(java.util.Locale.ROOT, "%,d", total);
        }
        // Three figures are as many as a sample of a few thousand matches supports.
        double unit = Math.pow(10, Math.max(0, (int) Math.floor(Math.log10(Math.max(total, 1))) - 2));
        return String.format(java.util.Locale.ROOT, "about %,d", (long) (Math.round(total / unit) * unit));
    }

    public String fromText() {
        return form.fromText();
    }

    public String toText() {
        return form.toText();
    }
}
