package org.sitrep.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an index commit records of the database it follows (issue 14, finding 5). */
class SearchIndexCommitTest {
    @TempDir
    Path dir;

    private static IndexedArticle article(String id) {
        return new IndexedArticle(id, "Talks in Geneva", "Delegations met in Geneva.", "Reuters", null, "en", List.of("Geneva"));
    }

    @Test
    void aNewIndexHoldsNothingAndIsOutdatedUntilItsFirstCommit() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.heldThrough()).isZero();
            assertThat(index.outdated()).isTrue();
        }
        assertThat(SearchIndex.committedThrough(dir)).isZero();
    }

    @Test
    void theNumberCommittedIsReadBackOnReopening() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.put(article("a"));
            index.commit(7);
        }
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.heldThrough()).isEqualTo(7);
            assertThat(index.outdated()).isFalse();
        }
    }

    @Test
    void theNumberCommittedIsReadableWhileTheIndexIsOpenForWriting() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.put(article("a"));
            index.commit(3);
            index.put(article("b"));

            assertThat(SearchIndex.committedThrough(dir)).isEqualTo(3);
        }
    }

    @Test
    void anIndexClearedAndClosedWithoutACommitRecordsThatItHoldsNothing() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.put(article("a"));
            index.commit(5);
            index.clear();
        }
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.heldThrough()).isZero();
            assertThat(index.size()).isZero();
        }
    }

    @Test
    void aRemovedArticleIsGoneAfterTheCommit() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.put(article("a"));
            index.put(article("b"));
            index.commit(2);

            index.remove("a");
            index.commit(3);

            assertThat(index.size()).isEqualTo(1);
        }
    }
}
