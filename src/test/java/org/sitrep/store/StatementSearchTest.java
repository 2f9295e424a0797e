package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.core.PageRequest;
import org.sitrep.core.ResultPage;

/** Statement searches count every match, on every page, with the count read beside the page's rows. */
class StatementSearchTest {
    @RegisterExtension
    final StoreOnDisk disk = new StoreOnDisk();

    private ResultPage<StatementHit> page(String words, int page) {
        return disk.store().statements(new QuoteQuery(null, words, null, null, null, null, new PageRequest(page, 1)));
    }

    @Test
    void countsAllMatchesOnEachPageAndPastTheLast() {
        disk.store().save(SayingArticles.saying("https://bakery.example/1", java.time.LocalDate.of(2016, 3, 5),
                "We have bread for a week", "No bread is left"));
        assertThat(page("bread", 1).items()).extracting(h -> h.quote().quote().text()).containsExactly("We have bread for a week");
        assertThat(page("bread", 1).total()).isEqualTo(2);
        assertThat(page("bread", 2).items()).extracting(h -> h.quote().quote().text()).containsExactly("No bread is left");
        assertThat(page("bread", 2).total()).isEqualTo(2);
        assertThat(page("bread", 3).items()).isEmpty();
        assertThat(page("bread", 3).total()).isEqualTo(2);
    }

    @Test
    void countsNothingWhenNothingMatches() {
        disk.store().save(UnsureSpeakerTest.article());
        assertThat(page("zebra", 1).total()).isZero();
        assertThat(page("zebra", 2).total()).isZero();
    }
}
