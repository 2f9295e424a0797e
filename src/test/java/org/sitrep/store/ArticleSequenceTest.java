package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Processed;
import org.sitrep.core.Sentence;
import org.sitrep.core.Span;
import org.sitrep.core.StoredArticle;

/** The numbers the article sequence gives to changes, by which the search index catches up (issue 14, finding 5). */
class ArticleSequenceTest {
    @RegisterExtension
    final StoreOnDisk disk = new StoreOnDisk();

    /** An article whose text mentions {@code mentioned} (an entity {@code location-NAME}) when it is not null. */
    private static Processed article(String url, String body, String mentioned) {
        Article a = new Article(url, "Title", List.of(), null, "Outlet", null, List.of(), List.of(body), "en");
        String text = a.text();
        List<Mention> mentions = new ArrayList<>();
        List<LinkedMention> linked = new ArrayList<>();
        if (mentioned != null) {
            int at = text.indexOf(mentioned);
            Mention m = new Mention(new Span(at, at + mentioned.length()), mentioned, EntityType.LOCATION);
            mentions.add(m);
            linked.add(new LinkedMention(m, new Entity("location-" + mentioned.toLowerCase(), mentioned, EntityType.LOCATION, null)));
        }
        Annotated ann = new Annotated(a, List.of(new Sentence(new Span(0, text.length()), 0, 1)), List.of(), mentions, List.of());
        return new Processed("test", ann, linked, List.of());
    }

    private List<String> changed(long after, long through) {
        List<String> ids = new ArrayList<>();
        disk.store().forEachChanged(after, through, (StoredArticle a) -> ids.add(a.id()));
        return ids;
    }

    @Test
    void aNewDatabaseIsAtNumberZero() {
        assertThat(disk.store().sequence()).isZero();
    }

    @Test
    void everySaveTakesTheNextNumberAndAnArticleIsFoundUnderItsLatest() {
        String one = disk.store().save(article("https://a.example/1", "Shelling in Aleppo.", null)).id();
        String two = disk.store().save(article("https://a.example/2", "Shelling in Homs.", null)).id();
        SaveResult again = disk.store().save(article("https://a.example/1", "Shelling in Aleppo, updated.", null));

        assertThat(again.sequence()).isEqualTo(3);
        assertThat(disk.store().sequence()).isEqualTo(3);
        assertThat(changed(0, 3)).containsExactly(two, one);
        assertThat(changed(1, 2)).containsExactly(two);
        assertThat(changed(3, 3)).isEmpty();
    }

    @Test
    void aSaveThatJoinsTwoStoredArticlesRemovesTheSecondUnderItsNumber() {
        String byAddress = disk.store().save(article("https://a.example/1", "Shelling in Aleppo.", null)).id();
        String byText = disk.store().save(article("https://a.example/2", "Shelling in Homs.", null)).id();

        SaveResult joined = disk.store().save(article("https://a.example/1", "Shelling in Homs.", null));

        assertThat(joined.id()).isEqualTo(byAddress);
        assertThat(joined.removed()).containsExactly(byText);
        assertThat(disk.store().count()).isEqualTo(1);
        assertThat(disk.store().removed(2, 3)).containsExactly(byText);
        assertThat(disk.store().removed(3, 4)).isEmpty();
    }

    @Test
    void numbersNeverGoBackWhenTheArticleWithTheHighestIsRemoved() {
        disk.store().save(article("https://a.example/1", "Shelling in Aleppo.", null));
        disk.store().save(article("https://a.example/2", "Shelling in Homs.", null));
        disk.store().save(article("https://a.example/1", "Shelling in Homs.", null));

        assertThat(disk.store().save(article("https://a.example/3", "Shelling in Idlib.", null)).sequence()).isEqualTo(4);
    }

    @Test
    void anArticleStoredAgainIsNoLongerAmongTheRemoved() {
        disk.store().save(article("https://a.example/1", "Shelling in Aleppo.", null));
        String byText = disk.store().save(article("https://a.example/2", "Shelling in Homs.", null)).id();
        disk.store().save(article("https://a.example/1", "Shelling in Homs.", null));

        SaveResult back = disk.store().save(article("https://a.example/2", "Shelling in Homs, later.", null));

        assertThat(back.id()).isEqualTo(byText);
        assertThat(disk.store().removed(0, 4)).isEmpty();
    }

    @Test
    void aCorrectionRenumbersOnlyTheArticlesWhoseMentionsItChanges() {
        String aleppo = disk.store().save(article("https://a.example/1", "Shelling in Aleppo.", "Aleppo")).id();
        disk.store().save(article("https://a.example/2", "Shelling in Homs.", "Homs"));

        new CorrectionStore(disk.db()).rename("location-aleppo", "Halab");

        assertThat(disk.store().sequence()).isEqualTo(3);
        assertThat(changed(2, 3)).containsExactly(aleppo);
    }

    @Test
    void aSplitRenumbersOnlyTheArticlesWithTheSpellingSplitOff() {
        disk.store().save(article("https://a.example/1", "Shelling in Aleppo.", "Aleppo"));
        disk.store().save(article("https://a.example/2", "Shelling in Homs.", "Homs"));

        new CorrectionStore(disk.db()).split("location-aleppo", "Haleb");

        assertThat(disk.store().sequence()).isEqualTo(3);
        assertThat(changed(2, 3)).isEmpty();
    }
}
