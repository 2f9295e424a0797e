package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 18: titles shown with the site's name ("| Jordan Times", "- Sputnik International"). */
class OutletInTitleTest {
    @Test
    void cutsTheOutletsNameAfterABarWhenTheOutletIsGivenAsASlug() {
        assertThat(OutletInTitle.without("Dozens dead as car bomb hits Syria evacuees | Jordan Times", "jordantimes"))
                .isEqualTo("Dozens dead as car bomb hits Syria evacuees");
    }

    @Test
    void cutsANameThatStartsWithTheSlugAndTheSectionsBeforeIt() {
        assertThat(OutletInTitle.without("Air raid kills 21 at Syria market Monitor - Region - World - Ahram Online", "ahram"))
                .isEqualTo("Air raid kills 21 at Syria market Monitor");
        assertThat(OutletInTitle.without("At Least Three Civilians Killed in Daesh Shelling - Sputnik International", "sputnik"))
                .isEqualTo("At Least Three Civilians Killed in Daesh Shelling");
    }

    @Test
    void cutsALeadingNameWhoseInitialsAreTheSlug() {
        assertThat(OutletInTitle.without("National News Agency - Coalition raids kill 35 ISIL fighters", "nna"))
                .isEqualTo("Coalition raids kill 35 ISIL fighters");
    }

    @Test
    void keepsATitleWhosePartsDoNotNameTheOutlet() {
        assertThat(OutletInTitle.without("US Missile Strike on Syria Kills Five Injures Seven - Homs Governor", "sputnik"))
                .isEqualTo("US Missile Strike on Syria Kills Five Injures Seven - Homs Governor");
    }

    @Test
    void readsTheOutletsReadableNameFromTheTitleForASlugTheTableDoesNotKnow() {
        assertThat(OutletNames.readable("middleeasteye", "Strikes hit Idlib | Middle East Eye")).isEqualTo("Middle East Eye");
        assertThat(OutletNames.readable("dailysabah", "No suffix here")).isEqualTo("Daily Sabah");
        assertThat(OutletNames.readable("Hostile Times", "A title | Something")).isEqualTo("Hostile Times");
    }

    @Test
    void guessesLostPunctuationFromWhereItStands() {
        assertThat(LostPunctuation.repair("US-led strike kills 18 civilians in Syria•_s Raqqa •_ monitor"))
                .isEqualTo("US-led strike kills 18 civilians in Syria’s Raqqa – monitor");
        assertThat(LostPunctuation.repair("Outrage as Syria •_chemical attack•_ kills dozens"))
                .isEqualTo("Outrage as Syria “chemical attack” kills dozens");
    }
}
