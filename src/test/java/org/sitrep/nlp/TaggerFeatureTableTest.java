package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaggerFeatureTableTest {
    @Test
    void givesEveryValueOfTheMapItCopiesTheSameArray() {
        Map<String, int[]> map = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            map.put("w" + i, new int[] {i, i + 1});
        }
        TaggerFeatureTable copy = TaggerFeatureTable.copyOf(map);
        assertThat(copy).hasSize(map.size());
        map.forEach((value, features) -> assertThat(copy.get(value)).isSameAs(features));
        assertThat(copy.get("w20000")).isNull();
        assertThat(copy.get("")).isNull();
    }

    @Test
    void holdsTheSameEntriesAsAHashMapFilledAlike() {
        TaggerFeatureTable table = new TaggerFeatureTable();
        Map<String, int[]> map = new HashMap<>();
        for (int i = 0; i < 3_000; i++) {
            int[] features = {i};
            assertThat(table.put("f" + (i % 2_000), features)).isEqualTo(map.put("f" + (i % 2_000), features));
        }
        assertThat(table).hasSize(2_000).isEqualTo(map);
        table.clear();
        assertThat(table).isEmpty();
        assertThat(table.get("f1")).isNull();
    }

    @Test
    void refusesAValueWithoutFeatures() {
        assertThatThrownBy(() -> new TaggerFeatureTable().put("w", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void taggerTagsAsItDidWithItsOwnMaps() {
        MaxentTagger tagger = new MaxentTagger(DependencyParses.TAGGER);
        List<String> sentences = List.of(
                "“ We will go , ” said John Smith , the mayor .",
                "The convoy was attacked by gunmen near the border on Tuesday , officials said .",
                "Rebels who had been driven out of the town in March were reported to have returned .",
                "Zzyzx blorfed the quaggly snerk in Ouagadougou yesterday .");
        List<List<String>> before = sentences.stream().map(s -> tags(tagger, s)).toList();
        List<?> maps = CoreNlpFields.read(tagger, MaxentTagger.class, "fAssociations", List.class);
        TaggerFeatureTable.installedIn(tagger);
        List<?> tables = CoreNlpFields.read(tagger, MaxentTagger.class, "fAssociations", List.class);
        assertThat(tables).hasSameSizeAs(maps).allMatch(TaggerFeatureTable.class::isInstance);
        for (int i = 0; i < maps.size(); i++) {
            assertThat(tables.get(i)).isEqualTo(maps.get(i));
        }
        assertThat(sentences.stream().map(s -> tags(tagger, s)).toList()).isEqualTo(before);
    }

    private static List<String> tags(MaxentTagger tagger, String sentence) {
        List<CoreLabel> labels = new ArrayList<>();
        for (String w : sentence.split(" ")) {
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            l.setValue(w);
            labels.add(l);
        }
        tagger.tagCoreLabels(labels);
        return labels.stream().map(CoreLabel::tag).toList();
    }
}
