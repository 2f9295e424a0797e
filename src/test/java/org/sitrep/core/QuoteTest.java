package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Issue 15: a statement the filter weighed below {@link Quote#SURE_FROM} is not sure; one nothing weighed is, unless
 * it is quoted words with no speaker.
 */
class QuoteTest {
    private static Quote weighed(Double probability) {
        return new Quote(new Span(0, 4), "calm", QuoteKind.REPORTED, null, null, null, null, null, probability);
    }

    @Test
    void isSureWhenNothingWeighedIt() {
        assertThat(weighed(null).sure()).isTrue();
    }

    @Test
    void quotedWordsThatNoOneIsFoundToHaveSaidAreUnsure() {
        // issue 15: titles, pull quotes and captions' lines in quote marks, with no speaker, are often no statement
        Speaker named = new Speaker(new Span(5, 8), "Ali", null, null, null, SpeakerBasis.NAME);
        assertThat(new Quote(new Span(0, 4), "calm", QuoteKind.DIRECT, null, null, null, null, null).sure()).isFalse();
        assertThat(new Quote(new Span(0, 4), "calm", QuoteKind.DIRECT, named, null, null, null, null).sure()).isTrue();
    }

    @Test
    void isUnsureBelowTheSureThreshold() {
        assertThat(weighed(Quote.SURE_FROM - 0.01).sure()).isFalse();
        assertThat(weighed(Quote.SURE_FROM).sure()).isTrue();
    }

    @Test
    void rejectsAProbabilityOutsideZeroToOne() {
        assertThatThrownBy(() -> weighed(1.5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got: 1.5");
    }

    @Test
    void keepsItsProbabilityThroughItsVariants() {
        assertThat(weighed(0.75).withMedium("Reuters").withSaidOn("2016-03-05").probability()).isEqualTo(0.75);
    }

    @Test
    void isCreditedToItsSpeakerOnlyWhenTheWordsAndTheSpeakerAreBothSure() {
        Speaker named = new Speaker(new Span(5, 8), "Ali", null, null, null, SpeakerBasis.NAME);
        Speaker loose = new Speaker(new Span(5, 8), "Ali", null, null, null, SpeakerBasis.PRONOUN_LAST_NAMED);
        Quote sure = new Quote(new Span(0, 4), "calm", QuoteKind.REPORTED, named, null, null, null, null, Quote.SURE_FROM);
        assertThat(sure.credited()).isTrue();
        assertThat(new Quote(new Span(0, 4), "calm", QuoteKind.REPORTED, loose, null, null, null, null, Quote.SURE_FROM).credited()).isFalse();
        assertThat(sure.withProbability(0.75).credited()).isFalse();
        assertThat(weighed(null).credited()).isTrue();
    }
}
