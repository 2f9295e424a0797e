package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListedNamesTest {
    private static Span of(String text, String name) {
        int begin = text.indexOf(name);
        return new Span(begin, begin + name.length());
    }

    @Test
    void namesJoinedByACommaOrAndOrBothAreListed() {
        String text = "Qaim, Rawa, Samarra and Ramadi, and Hit";
        assertThat(ListedNames.joined(text, of(text, "Qaim"), of(text, "Rawa"))).isTrue();
        assertThat(ListedNames.joined(text, of(text, "Samarra"), of(text, "Ramadi"))).isTrue();
        assertThat(ListedNames.joined(text, of(text, "Ramadi"), of(text, "Hit"))).isTrue();
    }

    @Test
    void namesWithOtherWordsBetweenAreNotListed() {
        String text = "Qaim is near Rawa";
        assertThat(ListedNames.joined(text, of(text, "Qaim"), of(text, "Rawa"))).isFalse();
    }

    @Test
    void namesInTheWrongOrderAreNotListed() {
        String text = "Qaim, Rawa";
        assertThat(ListedNames.joined(text, of(text, "Rawa"), of(text, "Qaim"))).isFalse();
    }
}
