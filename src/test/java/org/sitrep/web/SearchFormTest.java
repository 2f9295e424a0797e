package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.index.Facet;
import org.sitrep.index.SearchSort;

class SearchFormTest {
    private static final List<String> KEYS = List.of("sana", "al masdar & co", "person-bashar-al-assad", "170063");

    private static SearchForm form(String q, Map<Facet, List<String>> filters, SearchSort sort, boolean aliases) {
        return new SearchForm(q, LocalDate.of(2016, 1, 1), null, filters, sort, aliases);
    }

    @Test
    void linksMadeTogetherAreTheLinksMadeOneByOne() {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        filters.put(Facet.OUTLET, List.of("reuters"));
        filters.put(Facet.PLACE, List.of("170063", "163345"));
        List<SearchForm> forms = List.of(form("Aleppo siege", Map.of(), SearchSort.RELEVANCE, true),
                form("Daesh", filters, SearchSort.NEWEST, false), form(null, filters, SearchSort.RELEVANCE, true));
        for (SearchForm f : forms) {
            for (Facet facet : Facet.values()) {
                List<String> keys = facet == Facet.MONTH ? List.of("2016-03", "2017-01") : KEYS;
                assertThat(f.narrowed(facet, keys)).containsExactlyElementsOf(keys.stream().map(k -> f.narrowed(facet, k)).toList());
            }
        }
    }

    @Test
    void aFurtherValueOfAChosenFacetIsAddedAfterTheChosenOnes() {
        SearchForm f = form("Aleppo", Map.of(Facet.OUTLET, List.of("reuters")), SearchSort.RELEVANCE, true);
        assertThat(f.narrowed(Facet.OUTLET, List.of("sana")))
                .containsExactly("/search?q=Aleppo&outlet=reuters&outlet=sana&from=2016-01-01");
    }
}
