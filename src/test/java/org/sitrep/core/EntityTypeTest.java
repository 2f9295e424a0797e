package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTypeTest {
    @Test
    void recognisesEntityIdsButNotWordsOfAName() {
        assertThat(EntityType.isEntityId("person-bashar-al-assad")).isTrue();
        assertThat(EntityType.isEntityId("organization-islamic-state")).isTrue();
        assertThat(EntityType.isEntityId("Islamic State")).isFalse();
        assertThat(EntityType.isEntityId("assad")).isFalse();
        assertThat(EntityType.isEntityId("person-")).isFalse();
        assertThat(EntityType.isEntityId("Person-Assad")).isFalse();
        assertThat(EntityType.isEntityId("person- assad")).isFalse();
        assertThat(EntityType.isEntityId(null)).isFalse();
    }
}
