package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateLabelsTest {
    @Test
    void findsTheDateAfterAPublicationLabelPastAWeekday() {
        assertThat(DateLabels.published("Politik Veröffentlicht am Donnerstag, 07.05.2020, 15:56 Uhr")).isEqualTo("07.05.2020");
        assertThat(DateLabels.published("Publié le 29 juin 2019")).isEqualTo("29 juin 2019");
    }

    @Test
    void findsTheDateAfterALabelPastATimeOfDayAndAWeekday() {
        assertThat(DateLabels.updated("Page last updated at 00:36 GMT, Thursday, 12 March 2009 E-mail this")).isEqualTo("12 March 2009");
    }

    @Test
    void readsADottedDateAfterALabelAsADateNotAsATimeOfDay() {
        assertThat(DateLabels.published("Veröffentlicht am 12.03.2020")).isEqualTo("12.03.2020");
    }

    @Test
    void findsNoPublishedDateWhereTheLabelIsFarFromAnyDate() {
        assertThat(DateLabels.published("Published by the ministry of foreign affairs of the republic on 4 May 2020")).isNull();
    }

    @Test
    void removesTheDatesLabelledAsChangesAndKeepsTheOthers() {
        assertThat(DateLabels.withoutUpdates("Erschienen am: 13.10.2021 Zuletzt geändert am: 15.10.2021 Presse"))
                .isEqualTo("Erschienen am: 13.10.2021 Zuletzt geändert am:  Presse");
        assertThat(DateLabels.withoutUpdates("By Sarah Yang Updated May 06, 2019 Advertisement")).isEqualTo("By Sarah Yang Updated  Advertisement");
    }

    @Test
    void aLabelInsideAWordIsNoLabel() {
        assertThat(DateLabels.withoutUpdates("unmodified 15.10.2021")).isEqualTo("unmodified 15.10.2021");
    }

    @Test
    void tellsATextThatEndsWithALabelOfChange() {
        assertThat(DateLabels.endsWithChangeLabel("page revision: 8, last edited:")).isTrue();
        assertThat(DateLabels.endsWithChangeLabel("Posted by Jo Smith on")).isFalse();
    }
}
