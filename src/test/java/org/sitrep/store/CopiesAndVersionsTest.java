package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.ArticleSummary;
import org.sitrep.core.Processed;

/** Issue 19: the same story stored once with every outlet listed; near-duplicates linked as versions. */
class CopiesAndVersionsTest {
    @RegisterExtension
    final StoreOnDisk disk = new StoreOnDisk();

    private static final List<String> WIRE_STORY = List.of(
            "BEIRUT (Reuters) - Government forces shelled rebel-held districts of eastern Aleppo on Monday, killing at least twelve people, a monitoring group said.",
            "The Syrian Observatory for Human Rights said the shelling hit a market in the Shaar district, where residents had gathered to buy bread.",
            "Rebels fired rockets at government-held western parts of the city in response, state media reported, wounding four people.",
            "The United Nations envoy said he was alarmed by the escalation and called on all sides to respect the ceasefire agreed last month.",
            "Aid convoys have not reached the besieged districts for three weeks, the World Food Programme said in a statement on Sunday.",
            "A doctor at a field hospital said supplies of anaesthetics were running out and that surgeons were operating by torchlight.",
            "Russia, which backs the government, said its aircraft had carried out no strikes near Aleppo in the past day.",
            "The opposition's negotiators said they would not return to talks in Geneva while the bombardment continued.");

    private static Processed processed(String url, String outlet, String title, List<String> paragraphs) {
        Article a = new Article(url, title, List.of(), null, outlet, null, List.of(), paragraphs, "en");
        return new Processed("test", new Annotated(a, List.of(), List.of(), List.of(), List.of()), List.of(), List.of());
    }

    private static List<String> shouted(List<String> paragraphs) {
        return paragraphs.stream().map(p -> p.toUpperCase(java.util.Locale.ROOT).replace(" ", "  ")).toList();
    }

    @Test
    void aWireStoryPublishedWordForWordByTwoOutletsIsStoredOnceWithBothListed() {
        SaveResult first = disk.store().save(processed("https://wire.example/aleppo-shelling", "Wire", "Government forces shell Aleppo", WIRE_STORY));
        SaveResult second = disk.store().save(processed("https://daily.example/world/2016/aleppo", "The Daily",
                "Twelve killed as shells hit Aleppo market", shouted(WIRE_STORY)));

        assertThat(second.outcome()).isEqualTo(SaveResult.Outcome.COPY);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(disk.store().count()).isEqualTo(1);
        assertThat(disk.store().find(first.id()).orElseThrow().article().outlet()).isEqualTo("Wire");
        assertThat(disk.store().copies(first.id())).extracting(ArticleCopy::url, ArticleCopy::outlet).containsExactly(
                org.assertj.core.groups.Tuple.tuple("https://wire.example/aleppo-shelling", "Wire"),
                org.assertj.core.groups.Tuple.tuple("https://daily.example/world/2016/aleppo", "The Daily"));
    }

    @Test
    void aCopySeenAgainAddsNothing() {
        SaveResult first = disk.store().save(processed("https://wire.example/aleppo-shelling", "Wire", "Government forces shell Aleppo", WIRE_STORY));
        disk.store().save(processed("https://daily.example/aleppo", "The Daily", "Shells hit Aleppo", WIRE_STORY));

        SaveResult again = disk.store().save(processed("https://daily.example/aleppo?utm_source=twitter", "The Daily", "Shells hit Aleppo", WIRE_STORY));

        assertThat(again.outcome()).isEqualTo(SaveResult.Outcome.COPY);
        assertThat(disk.store().count()).isEqualTo(1);
        assertThat(disk.store().copies(first.id())).hasSize(2);
    }

    @Test
    void theSameStoryFetchedAgainUnderATrackingOrAmpAddressUpdatesItAndIsNotStoredTwice() {
        SaveResult first = disk.store().save(processed("https://daily.example/aleppo?utm_source=newsletter#top", "The Daily", "Shells hit Aleppo", WIRE_STORY));

        SaveResult amp = disk.store().save(processed("https://amp.daily.example/aleppo/amp?amp=1", "The Daily", "Shells hit Aleppo market", WIRE_STORY));

        assertThat(amp.outcome()).isEqualTo(SaveResult.Outcome.UPDATED);
        assertThat(amp.id()).isEqualTo(first.id());
        assertThat(disk.store().count()).isEqualTo(1);
        assertThat(disk.store().copies(first.id())).hasSize(1);
    }

    @Test
    void aStoryWithOneParagraphChangedIsStoredAsAnotherVersionOfIt() {
        SaveResult first = disk.store().save(processed("https://wire.example/aleppo-shelling", "Wire", "Government forces shell Aleppo", WIRE_STORY));
        List<String> updated = new ArrayList<>(WIRE_STORY);
        updated.set(1, "Rescue workers said the death toll had risen to fifteen by the evening, with dozens more wounded and trapped in rubble.");

        SaveResult second = disk.store().save(processed("https://wire.example/aleppo-shelling-update", "Wire", "Death toll rises in Aleppo", updated));

        assertThat(second.outcome()).isEqualTo(SaveResult.Outcome.CREATED);
        assertThat(disk.store().count()).isEqualTo(2);
        assertThat(disk.store().versions(first.id())).extracting(ArticleSummary::id).containsExactly(second.id());
        assertThat(disk.store().versions(second.id())).extracting(ArticleSummary::id).containsExactly(first.id());
    }

    @Test
    void storiesOfTheSameDayThatShareNoTextAreNoVersionsOfEachOther() {
        SaveResult first = disk.store().save(processed("https://wire.example/aleppo-shelling", "Wire", "Government forces shell Aleppo", WIRE_STORY));
        List<String> other = WIRE_STORY.stream().map(p -> new StringBuilder(p).reverse().toString()).toList();

        disk.store().save(processed("https://daily.example/other", "The Daily", "Another story", other));

        assertThat(disk.store().count()).isEqualTo(2);
        assertThat(disk.store().versions(first.id())).isEmpty();
    }

    @Test
    void aVersionSavedAgainKeepsItsLinks() {
        SaveResult first = disk.store().save(processed("https://wire.example/aleppo-shelling", "Wire", "Government forces shell Aleppo", WIRE_STORY));
        List<String> updated = new ArrayList<>(WIRE_STORY);
        updated.set(1, "Rescue workers said the death toll had risen to fifteen by the evening, with dozens more wounded and trapped in rubble.");
        SaveResult second = disk.store().save(processed("https://wire.example/aleppo-shelling-update", "Wire", "Death toll rises in Aleppo", updated));

        disk.store().save(processed("https://wire.example/aleppo-shelling", "Wire", "Government forces shell Aleppo", WIRE_STORY));

        assertThat(disk.store().versions(first.id())).extracting(ArticleSummary::id).containsExactly(second.id());
    }
}
