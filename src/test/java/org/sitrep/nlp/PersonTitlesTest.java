package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.Span;

class PersonTitlesTest {
    private static String trimmed(String text, String name) {
        int begin = text.indexOf(name);
        return PersonTitles.trimmed(text, new Span(begin, begin + name.length())).of(text);
    }

    @Test
    void dropsATitleTheTaggerTookIntoTheName() {
        assertThat(trimmed("Chancellor Gerhard Schroeder says he is opposed.", "Chancellor Gerhard Schroeder"))
                .isEqualTo("Gerhard Schroeder");
    }

    @Test
    void dropsAnHonorificInCapitals() {
        assertThat(trimmed("MR. CASEY: Well, I think so.", "MR. CASEY")).isEqualTo("CASEY");
    }

    @Test
    void dropsTheDepartmentOfASecretaryOfTitle() {
        assertThat(trimmed("Secretary of State Condoleezza Rice arrived.", "State Condoleezza Rice")).isEqualTo("Condoleezza Rice");
    }

    @Test
    void keepsANameThatOpensWithNoTitle() {
        assertThat(trimmed("Justin State met reporters.", "Justin State")).isEqualTo("Justin State");
        assertThat(trimmed("State Rice is no title here.", "State Rice")).isEqualTo("State Rice");
    }

    @Test
    void keepsTheLastWordOfTitlesAlone() {
        assertThat(trimmed("Thank you, Mr. President.", "Mr. President")).isEqualTo("President");
    }

    @Test
    void dropsThePlaceOfAnOfficeBeforeTheHoldersFirstName() {
        assertThat(trimmed("tweeted Mayor of London Sadiq Khan on Sunday", "London Sadiq Khan")).isEqualTo("Sadiq Khan");
        assertThat(trimmed("said the Mayor of Paris Anne Hidalgo.", "Paris Anne Hidalgo")).isEqualTo("Anne Hidalgo");
        assertThat(trimmed("tweeted Mayor of London Sadiq Khan on Sunday", "Mayor of London Sadiq Khan")).isEqualTo("Sadiq Khan");
    }

    @Test
    void dropsADescriptionMadeWithAnEnglishPrefix() {
        assertThat(trimmed("in touch with ex-Muslim Zara Kay to", "ex-Muslim Zara Kay")).isEqualTo("Zara Kay");
    }

    @Test
    void keepsANameAfterOfWithoutATitle() {
        assertThat(trimmed("the people of London Sadiq Khan met", "London Sadiq Khan")).isEqualTo("London Sadiq Khan");
    }

    @Test
    void dropsAWordOfNationalityBeforeATitle() {
        assertThat(trimmed("Syrian President Bashar al-Assad spoke.", "Syrian President Bashar al-Assad")).isEqualTo("Bashar al-Assad");
    }

    @Test
    void tellsATitleAndANationalityBeforeATitle() {
        String text = "to Syrian President Bashar al-Assad";
        assertThat(PersonTitles.isTitle(text, 3, 19)).isTrue();
        assertThat(PersonTitles.isTitle(text, 10, 19)).isTrue();
        assertThat(PersonTitles.isTitle(text, 3, 9)).isFalse();
    }
}
