package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;

class FaKesClassesTest {
    private static final Place SYRIA = new Place(163843, "Syria", 35.0, 38.0, 'A', "PCLI", "SY", "00", "", 0);
    private static final Place IDLIB = new Place(169389, "Idlib", 35.93, 36.63, 'P', "PPLA", "SY", "12", "", 0);
    private static final Place ARIHA = new Place(173811, "Ariha", 35.81, 36.61, 'P', "PPL", "SY", "12", "", 0);
    private static final Place ALEPPO = new Place(170063, "Aleppo", 36.20, 37.16, 'P', "PPLA", "SY", "09", "", 0);
    private static final Place BEIRUT = new Place(276781, "Beirut", 33.89, 35.50, 'P', "PPLC", "LB", "04", "", 0);

    private static PlaceMention at(int begin, Place p) {
        return new PlaceMention(new Span(begin, begin + 5), p.name(), p, PlaceRole.SETTING, 1.0);
    }

    @Test
    void withoutAnEventPlaceInSyriaTakesTheGovernorateTheArticlesSyrianPlacesLieInMostOften() {
        List<PlaceMention> places = List.of(at(0, BEIRUT), at(10, SYRIA), at(20, ALEPPO), at(30, IDLIB),
                at(40, ARIHA), at(50, SYRIA));
        assertThat(FaKesClasses.governorate(Optional.empty(), places)).isEqualTo("idlib");
    }

    @Test
    void takesTheFirstNamedGovernorateOnATieAndNoneWithoutSyrianPlaces() {
        assertThat(FaKesClasses.governorate(Optional.empty(), List.of(at(0, ALEPPO), at(10, IDLIB)))).isEqualTo("aleppo");
        assertThat(FaKesClasses.governorate(Optional.empty(), List.of(at(0, BEIRUT), at(10, SYRIA)))).isEqualTo("none");
    }
}
