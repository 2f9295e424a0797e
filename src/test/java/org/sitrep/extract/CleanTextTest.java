package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTextTest {
    @Test
    void foldsRunsOfAnyWhiteSpaceToOneSpaceAndTrims() {
        assertThat(CleanText.line("  Talks\tresume \n\n in\u00A0the\u200Bcapital\u3000")).isEqualTo("Talks resume in the capital");
    }

    @Test
    void foldsTwoSpacesAndASpaceBesideANoBreakSpace() {
        assertThat(CleanText.line("Talks  resume")).isEqualTo("Talks resume");
        assertThat(CleanText.line("Talks \u00A0resume")).isEqualTo("Talks resume");
    }

    @Test
    void leavesFoldedTextAsItIsAndGivesEmptyForNull() {
        assertThat(CleanText.line("Talks resume in the capital")).isEqualTo("Talks resume in the capital");
        assertThat(CleanText.line("x")).isEqualTo("x");
        assertThat(CleanText.line("")).isEmpty();
        assertThat(CleanText.line(null)).isEmpty();
    }

    @Test
    void trimsSeparatorsThatJavaCountsAsWhiteSpaceAtTheEnds() {
        assertThat(CleanText.line("Talks resume\u2028")).isEqualTo("Talks resume");
    }
}
