package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylineLineTest {
    @Test
    void namesWithAPlaceADateAndATimeRepeatTheByline() {
        assertThat(BylineLine.repeats("Markus M. Haefliger, London, Beat Bumbacher 19.10.2019, 23:38 Uhr",
                List.of("Markus M. Haefliger, London, Beat Bumbacher"))).isTrue();
    }

    @Test
    void labelledNameWithItsDayRepeatsTheByline() {
        assertThat(BylineLine.repeats("by Karina Cohen | May 19, 2024", List.of("Karina Cohen"))).isTrue();
        assertThat(BylineLine.repeats("Published August 7, 2023 by Nicole Burke", List.of("Nicole Burke"))).isTrue();
    }

    @Test
    void theNameAloneRepeatsTheByline() {
        assertThat(BylineLine.repeats("Rana Haddad", List.of("Rana Haddad"))).isTrue();
    }

    @Test
    void aSentenceAboutTheAuthorIsNoByline() {
        assertThat(BylineLine.repeats("Rana Haddad said the convoy was stopped.", List.of("Rana Haddad"))).isFalse();
        assertThat(BylineLine.repeats("Peter Grimm ist Journalist und Autor.", List.of("Peter Grimm"))).isFalse();
    }

    @Test
    void headingsThatHoldAnOrganisationsNameAreNoByline() {
        assertThat(BylineLine.repeats("Morgan & Morgan Can Help", List.of("Morgan & Morgan"))).isFalse();
        assertThat(BylineLine.repeats("Selecting Great URLs - Michigan Technological University",
                List.of("Michigan Technological University"))).isFalse();
        assertThat(BylineLine.repeats("Web Design Process by Clay", List.of("Clay"))).isFalse();
    }

    @Test
    void aLineWithoutEveryAuthorOrAPageWithoutAuthorsIsNoByline() {
        assertThat(BylineLine.repeats("By Rana Haddad", List.of("Rana Haddad", "Sami Aziz"))).isFalse();
        assertThat(BylineLine.repeats("By Rana Haddad", List.of())).isFalse();
    }
}
