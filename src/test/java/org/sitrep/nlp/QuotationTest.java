package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.Span;

class QuotationTest {
    @Test
    void givesTheQuotationAroundAPlaceFromItsOpeningToItsClosingMark() {
        String text = "He said: “We stay today,” and left.";
        assertThat(Quotation.around(text, text.indexOf("today"))).isEqualTo(new Span(9, 25));
    }

    @Test
    void givesNoQuotationForAPlaceOutsideQuotationMarks() {
        String text = "“We stay,” he said today.";
        assertThat(Quotation.around(text, text.indexOf("today"))).isNull();
    }

    @Test
    void endsAQuotationLeftOpenAtTheEndOfItsParagraph() {
        String text = "He said: \"We stay today\nNext paragraph";
        assertThat(Quotation.around(text, text.indexOf("today"))).isEqualTo(new Span(9, 23));
    }
}
