package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.core.InputException;
import org.sitrep.core.Span;

class TimexCorpusTest {
    /** Written for this test in TimeML's form, as TempEval-3's TBAQ-cleaned files are. */
    private static final String TIMEML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>APW_TEST.0001</DOCID>
            <DCT><TIMEX3 tid="t0" type="TIME" value="1998-04-18T06:07:00" functionInDocument="CREATION_TIME">04/18/1998</TIMEX3></DCT>
            <TEXT>
            AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-04-18">Saturday</TIMEX3> it sold \
            <TIMEX3 tid="t2" type="DURATION" value="P6D">six days</TIMEX3> of stock.
            </TEXT>
            </TimeML>
            """;

    @Test
    void readsTheTextWithoutTagsAndEachTimexWithItsSpanTypeAndValue() {
        TimexCorpus.Document d = TimexCorpus.parse("test.tml", TIMEML);
        assertThat(d.id()).isEqualTo("APW_TEST.0001");
        assertThat(d.created()).isEqualTo(LocalDate.of(1998, 4, 18));
        assertThat(d.timexes()).extracting(TimexCorpus.Timex::text, TimexCorpus.Timex::type, TimexCorpus.Timex::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Saturday", "DATE", "1998-04-18"),
                        org.assertj.core.groups.Tuple.tuple("six days", "DURATION", "P6D"));
        Span saturday = d.timexes().get(0).span();
        assertThat(d.text().substring(saturday.begin(), saturday.end())).isEqualTo("Saturday");
        assertThat(d.text()).contains("AT&T said Saturday");
    }

    @Test
    void rejectsADocumentWithoutACreationDayNamingIt() {
        assertThatThrownBy(() -> TimexCorpus.parse("bad.tml", "<TimeML><TEXT>On Monday.</TEXT></TimeML>"))
                .isInstanceOf(InputException.class).hasMessageContaining("bad.tml").hasMessageContaining("DCT");
    }

    @Test
    void comparesGoldValuesOnTheirDayAndDecadesAsSitrepWritesThem() {
        assertThat(TimexEvaluation.comparable("1998-04-18TNI")).isEqualTo("1998-04-18");
        assertThat(TimexEvaluation.comparable("199")).isEqualTo("199X");
        assertThat(TimexEvaluation.comparable("PRESENT_REF")).isEqualTo("PRESENT_REF");
    }
}
