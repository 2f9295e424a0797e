package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.nlp.PersonGender.Gender;

class PersonGenderTest {
    @Test
    void tellsGenderFromAFirstName() {
        assertThat(PersonGender.of("Margaret Hodge")).isEqualTo(Gender.FEMALE);
        assertThat(PersonGender.of("David Cameron")).isEqualTo(Gender.MALE);
    }

    @Test
    void tellsGenderFromATitleBeforeTheName() {
        assertThat(PersonGender.of("Mrs. Fedak")).isEqualTo(Gender.FEMALE);
        assertThat(PersonGender.of("Sheikh Hassan")).isEqualTo(Gender.MALE);
    }

    @Test
    void aSurnameAloneTellsNothingAndAgreesWithEitherPronoun() {
        assertThat(PersonGender.of("Negroponte")).isEqualTo(Gender.UNKNOWN);
        assertThat(Gender.UNKNOWN.agreesWith(Gender.FEMALE)).isTrue();
        assertThat(Gender.MALE.agreesWith(Gender.FEMALE)).isFalse();
    }

    @Test
    void aFirstNameListedForBothGendersTellsNeither() {
        assertThat(PersonGender.of("Jan Evensson")).isEqualTo(Gender.UNKNOWN);
        assertThat(PersonGender.opensWithGivenName("Jan Evensson")).isTrue();
    }
}
