package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.InputException;

class ActorGazetteerTest {
    private final ActorGazetteer kb = ActorGazetteer.shared();

    private List<String> found(String text) {
        return kb.find(text).stream().map(m -> m.span().of(text) + "=" + m.actor().name()).toList();
    }

    @Test
    void shipsAtLeastTwoHundredActorsWithTheirKinds() {
        assertThat(kb.size()).isGreaterThanOrEqualTo(200);
        assertThat(kb.lookup("Daesh")).hasValueSatisfying(a -> {
            assertThat(a.name()).isEqualTo("Islamic State");
            assertThat(a.kind()).isEqualTo("armed group");
        });
    }

    @Test
    void joinsEverySpellingOfTheIslamicStateToOneActor() {
        assertThat(List.of("IS", "ISIS", "ISIL", "Daesh", "Islamic State", "Islamic State of Iraq and the Levant"))
                .allSatisfy(n -> assertThat(kb.lookup(n)).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Islamic State")));
    }

    @Test
    void prefersTheLongestNameAndKeepsAcronymsCaseSensitive() {
        assertThat(found("Assad’s forces shelled the town; Assad said it is over and this is IS land."))
                .containsExactly("Assad’s forces=Syrian Arab Army", "Assad=Bashar al-Assad", "IS=Islamic State");
    }

    @Test
    void findsLowerCaseNamesAlsoAtTheStartOfASentence() {
        assertThat(found("Loyalist forces advanced. Later loyalist forces withdrew."))
                .containsExactly("Loyalist forces=Syrian Arab Army", "loyalist forces=Syrian Arab Army");
    }

    @Test
    void keepsTheDatesOfRenamedGroups() {
        assertThat(kb.lookup("Nusra Front")).hasValueSatisfying(a -> assertThat(a.validTo()).hasToString("2016-07-28"));
        assertThat(kb.lookup("HTS")).hasValueSatisfying(a -> assertThat(a.validFrom()).hasToString("2017-01-28"));
    }

    @Test
    void readsAUsersFileAndNamesTheLineOfAnError() {
        List<Actor> own = ActorGazetteer.read("mine.tsv", "Liwa Test\tORGANIZATION\tarmed group\tTest Brigade\t\t\n");
        assertThat(new ActorGazetteer(own).lookup("Test Brigade")).hasValueSatisfying(a -> assertThat(a.type()).isEqualTo(EntityType.ORGANIZATION));
        assertThatThrownBy(() -> ActorGazetteer.read("mine.tsv", "# header\nX\tGROUP\t\t\t\t\n"))
                .isInstanceOf(InputException.class).hasMessage("mine.tsv line 2: unknown type 'GROUP'");
    }
}
