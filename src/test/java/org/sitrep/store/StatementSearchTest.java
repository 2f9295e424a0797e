package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.core.PageRequest;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.ResultPage;

/**
 * Statement searches count every match, on every page, with the count read beside the page's rows; words that most
 * statements hold are found by walking the articles newest first, with the same page and count as a sort would give.
 */
class StatementSearchTest {
    @RegisterExtension
    final StoreOnDisk disk = new StoreOnDisk();

    private ResultPage<StatementHit> page(String words, int page) {
        return disk.store().statements(new QuoteQuery(null, words, null, null, null, null, new PageRequest(page, 1)));
    }

    @Test
    void countsAllMatchesOnEachPageAndPastTheLast() {
        disk.store().save(SayingArticles.saying("https://bakery.example/1", LocalDate.of(2016, 3, 5),
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

    /** More statements hold "war" than {@link StatementSearch#WALK_FROM_MATCHES}: the search walks the articles. */
    private void saveManyWarStatements() {
        int articles = StatementSearch.WALK_FROM_MATCHES / 4 + 10;
        List<PendingArticle> batch = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            LocalDate day = LocalDate.of(2016, 1, 1).plusDays(i * 37L % 400);
            batch.add(PendingArticle.of(SayingArticles.saying("https://war.example/" + i, day,
                    "The war goes on " + i, "Bread is short " + i, "The war in the north " + i, "Peace talks and war " + i,
                    "War again " + i)));
        }
        disk.store().saveAll(batch);
    }

    private ResultPage<StatementHit> search(QuoteQuery query) {
        return disk.store().statements(query);
    }

    /** The same search through the LIKE scan, which always sorts the matches: the reference for the walk. */
    private ResultPage<StatementHit> sortedSearch(QuoteQuery query) {
        return disk.store().statementsBySubstrings(query);
    }

    private static QuoteQuery war(LocalDate from, QuoteKind kind, int page) {
        return new QuoteQuery(null, "war", from, null, null, kind, new PageRequest(page, 20));
    }

    @Test
    void wordsMostStatementsHoldGiveTheSamePagesAndCountAsSortingEveryMatch() {
        saveManyWarStatements();
        for (int page : new int[] {1, 2, 17, 500}) {
            ResultPage<StatementHit> walked = search(war(null, null, page));
            ResultPage<StatementHit> sorted = sortedSearch(war(null, null, page));
            assertThat(walked.items()).as("page %d", page).isEqualTo(sorted.items());
            assertThat(walked.total()).as("page %d", page).isEqualTo(sorted.total()).isGreaterThan(StatementSearch.WALK_FROM_MATCHES);
        }
    }

    @Test
    void wordsMostStatementsHoldCountOnlyTheMatchesInsideADateRangeAndKind() {
        saveManyWarStatements();
        QuoteQuery filtered = war(LocalDate.of(2016, 6, 1), QuoteKind.DIRECT, 2);
        assertThat(search(filtered).items()).isEqualTo(sortedSearch(filtered).items()).hasSize(20);
        assertThat(search(filtered).total()).isEqualTo(sortedSearch(filtered).total())
                .isLessThan(search(war(null, null, 1)).total());
    }
}
