package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;

class EntityKeysTest {
    @Test
    void foldsArabicRomanisationsToOneKey() {
        assertThat(EntityKeys.key("Deir al-Zour")).isEqualTo(EntityKeys.key("Dayr az-Zur"));
        assertThat(EntityKeys.key("Jabhat al-Nusra")).isEqualTo(EntityKeys.key("Jabhat an Nusra"));
        assertThat(EntityKeys.key("al-Qusayr")).isEqualTo(EntityKeys.key("al-Kusayr"));
        assertThat(EntityKeys.key("Sa‘ad al-Din")).isEqualTo(EntityKeys.key("Saad el-Din"));
    }

    @Test
    void leavesEnglishNamesReadable() {
        assertThat(EntityKeys.key("Homs Revolutionary Council")).isEqualTo("homs-revolutionary-council");
    }

    @Test
    void keepsDifferentNamesApart() {
        assertThat(EntityKeys.id(EntityType.PERSON, "Ahmad Hassan")).isNotEqualTo(EntityKeys.id(EntityType.PERSON, "Mahmoud Hassan"));
    }

    @Test
    void givesKnowledgeBaseEntitiesReadableIds() {
        assertThat(EntityKeys.knownId(EntityType.ORGANIZATION, "Armed opposition groups")).isEqualTo("organization-armed-opposition-groups");
    }

    @Test
    void givesANameTheSameKeyEveryTimeItIsAsked() {
        for (int i = 0; i < 3; i++) {
            assertThat(EntityKeys.key("Deir al-Zour")).isEqualTo("dayr-zur");
            assertThat(EntityKeys.key("U.S.")).isEqualTo("us");
        }
    }
}
