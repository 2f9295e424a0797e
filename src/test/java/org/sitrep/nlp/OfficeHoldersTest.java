package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.InputException;

class OfficeHoldersTest {
    private final OfficeHolders offices = new OfficeHolders(OfficeHolders.read("test", """
            # descriptions, holder, from, to
            the Iraqi prime minister|Iraq's prime minister\tNouri al-Maliki\t2006-05-20\t2014-09-08
            the Iraqi prime minister|Iraq's prime minister\tHaider al-Abadi\t2014-09-08\t2018-10-25
            """));

    @Test
    void findsTheHolderOnTheDayAskedAbout() {
        String text = "Iraq’s prime minister visited Mosul.";
        assertThat(offices.find(text, LocalDate.of(2012, 1, 1))).singleElement()
                .satisfies(m -> assertThat(m.holder()).isEqualTo("Nouri al-Maliki"));
        assertThat(offices.find(text, LocalDate.of(2016, 1, 1))).singleElement()
                .satisfies(m -> assertThat(m.holder()).isEqualTo("Haider al-Abadi"));
    }

    @Test
    void findsNoOneWithoutADayOrOutsideEveryTerm() {
        assertThat(offices.find("The Iraqi prime minister spoke.", null)).isEmpty();
        assertThat(offices.find("The Iraqi prime minister spoke.", LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void refusesALineWithoutAStartDayNamingTheLine() {
        assertThatThrownBy(() -> OfficeHolders.read("mine.tsv", "the mayor\tSomeone\tsoon\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("mine.tsv line 1").hasMessageContaining("soon");
    }

    @Test
    void namesOnlyHoldersTheKnowledgeBaseKnows() {
        List<OfficeHolders.Holding> shipped = OfficeHolders.read("offices.tsv", TsvTable.shipped("offices.tsv"));
        assertThat(shipped).hasSizeGreaterThan(30);
        assertThat(shipped).allSatisfy(h -> assertThat(ActorGazetteer.shared().lookup(h.holder())).as(h.holder()).isPresent());
    }

    @Test
    void findsTheHoldersOfOfficesInTheWarsBeyondSyria() {
        String text = "The Ukrainian president met the UN chief.";
        assertThat(OfficeHolders.shared().find(text, java.time.LocalDate.parse("2024-06-01")))
                .extracting(OfficeHolders.Match::holder).containsExactly("Volodymyr Zelensky", "Antonio Guterres");
    }
}
