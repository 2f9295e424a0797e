package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.process.AmericanizeFunction;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecentWordFormsTest {
    @Test
    void givesTheFormsTheFunctionGives() {
        Function<String, String> americanize = new AmericanizeFunction();
        RecentWordForms recent = new RecentWordForms(americanize);
        for (String word : List.of("colour", "Colour", "organisation", "centre", "the", "said", "colour", "", "a")) {
            assertThat(recent.apply(word)).isEqualTo(americanize.apply(word));
        }
    }

    @Test
    void asksTheFunctionOnceForAWordAskedAboutAgain() {
        AtomicInteger calls = new AtomicInteger();
        RecentWordForms recent = new RecentWordForms(w -> {
            calls.incrementAndGet();
            return w.toUpperCase();
        });
        recent.apply("labour");
        assertThat(recent.apply("labour")).isEqualTo("LABOUR");
        assertThat(calls).hasValue(1);
    }

    @Test
    void givesTheRightFormForEachOfMoreWordsThanItHasSlots() {
        RecentWordForms recent = new RecentWordForms(w -> w + "!");
        int words = 3 * RecentWordForms.SLOTS;
        IntStream.range(0, words).forEach(i -> recent.apply("w" + i));
        assertThat(IntStream.range(0, words).allMatch(i -> recent.apply("w" + i).equals("w" + i + "!"))).isTrue();
    }

    @Test
    void passesNullToTheFunction() {
        assertThat(new RecentWordForms(new AmericanizeFunction()).apply(null)).isNull();
    }

    @Test
    void rejectsNoFunction() {
        assertThatThrownBy(() -> new RecentWordForms(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("function");
    }
}
