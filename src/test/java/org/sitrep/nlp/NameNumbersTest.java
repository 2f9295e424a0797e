package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameNumbersTest {
    @Test
    void answersAsAHashMapFilledAlikeForNamesOfEveryLengthAndAlphabet() {
        NameNumbers table = new NameNumbers();
        Map<String, Integer> map = new HashMap<>();
        Random random = new Random(17);
        String alphabet = "ab|-#Éßçи中😀";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int n = random.nextInt(i % 100 == 0 ? 600 : 12); n > 0; n--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int number = random.nextInt(1_000_000);
            assertThat(table.put(name.toString(), number)).isEqualTo(map.getOrDefault(name.toString(), NameNumbers.ABSENT));
            map.put(name.toString(), number);
        }
        assertThat(table.size()).isEqualTo(map.size());
        map.forEach((name, number) -> assertThat(table.numberOf(name)).isEqualTo(number));
        for (int i = 0; i < 2_000; i++) {
            String name = "z" + random.nextInt();
            assertThat(table.numberOf(name)).isEqualTo(NameNumbers.ABSENT);
        }
        Map<String, Integer> entries = new HashMap<>();
        table.entries(Integer::valueOf).forEach(e -> entries.put(e.getKey(), e.getValue()));
        assertThat(entries).isEqualTo(map);
    }

    @Test
    void tellsApartNamesWithTheSameHashOrTheSameBeginning() {
        NameNumbers table = new NameNumbers();
        // "Aa" and "BB" have the same String hash code.
        table.put("Aa", 0);
        table.put("BB", 1);
        table.put("Aab", 2);
        table.put("", 3);
        assertThat(table.numberOf("Aa")).isEqualTo(0);
        assertThat(table.numberOf("BB")).isEqualTo(1);
        assertThat(table.numberOf("Aab")).isEqualTo(2);
        assertThat(table.numberOf("")).isEqualTo(3);
        assertThat(table.numberOf("A")).isEqualTo(NameNumbers.ABSENT);
        assertThat(table.numberOf("AaBB")).isEqualTo(NameNumbers.ABSENT);
    }

    @Test
    void forgetsEveryNameWhenCleared() {
        NameNumbers table = new NameNumbers();
        table.put("w", 1);
        table.clear();
        assertThat(table.size()).isZero();
        assertThat(table.numberOf("w")).isEqualTo(NameNumbers.ABSENT);
        table.put("v", 2);
        assertThat(table.numberOf("v")).isEqualTo(2);
    }

    @Test
    void refusesANegativeNumberOrNoName() {
        assertThatThrownBy(() -> new NameNumbers().put("w", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NameNumbers().put(null, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
