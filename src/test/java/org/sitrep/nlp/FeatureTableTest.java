package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FeatureTableTest {
    @Test
    void givesEveryNameOfTheIndexItCopiesTheSameNumber() {
        Index<String> index = new HashIndex<>();
        IntStream.range(0, 50_000).forEach(i -> index.add("w" + i + "|C"));
        index.lock();
        Index<String> copy = FeatureTable.copyOf(index);
        assertThat(copy.size()).isEqualTo(index.size());
        assertThat(copy.isLocked()).isTrue();
        for (int i = 0; i < index.size(); i++) {
            assertThat(copy.indexOf(index.get(i))).isEqualTo(i);
            assertThat(copy.get(i)).isEqualTo(index.get(i));
        }
    }

    @Test
    void knowsNoNameTheIndexLacks() {
        Index<String> index = new HashIndex<>();
        IntStream.range(0, 1_000).forEach(i -> index.add("w" + i));
        Index<String> copy = FeatureTable.copyOf(index);
        assertThat(copy.indexOf("w1000")).isEqualTo(-1);
        assertThat(copy.indexOf("")).isEqualTo(-1);
        assertThat(copy.contains("w999")).isTrue();
        assertThat(copy.contains("x")).isFalse();
    }

    @Test
    void findsNamesWhoseHashesCollide() {
        FeatureTable table = new FeatureTable();
        // "Aa" and "BB" have the same String hash code.
        table.put("Aa", 0);
        table.put("BB", 1);
        assertThat(table.get("Aa")).isEqualTo(0);
        assertThat(table.get("BB")).isEqualTo(1);
        assertThat(table.get("AaBB")).isNull();
    }

    @Test
    void holdsTheSameEntriesAsAHashMapFilledAlike() {
        FeatureTable table = new FeatureTable();
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < 3_000; i++) {
            table.put("f" + (i % 2_000), i);
            map.put("f" + (i % 2_000), i);
        }
        assertThat(table).hasSize(2_000).isEqualTo(map);
        table.clear();
        assertThat(table).isEmpty();
        assertThat(table.get("f1")).isNull();
    }

    @Test
    void refusesANegativeNumber() {
        assertThatThrownBy(() -> new FeatureTable().put("w", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
