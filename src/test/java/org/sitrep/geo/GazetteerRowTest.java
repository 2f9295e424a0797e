package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class GazetteerRowTest {
    @Test
    void regionIsAlsoKeyedWithoutTheWordForItsKind() throws IOException {
        GazetteerRow row = GazetteerRow.parse(
                "1177663\tKhyber Agency\tKhyber Agency\t\t34.08\t71.11\tA\tADM2\tPK\t03\t\t3334\tG");
        assertThat(row.strictKeys()).contains("khyber agency", "khyber");
    }

    @Test
    void townKeepsTheWordForAKindInItsName() throws IOException {
        GazetteerRow row = GazetteerRow.parse("1\tHarbour Agency\tHarbour Agency\t\t1.0\t2.0\tP\tPPL\tGB\t01\t\t5000\tG");
        assertThat(row.strictKeys()).containsExactly("harbour agency");
    }
}
