package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Entity;
import org.sitrep.core.EntitySummary;
import org.sitrep.core.EntityType;
import org.sitrep.store.CoMentions;

class CoMentionNetworkTest {
    private static final Entity ASSAD = new Entity("person-assad", "Bashar al-Assad", EntityType.PERSON, "person");
    private static final Entity SYRIA = new Entity("location-syria", "Syria", EntityType.LOCATION, null);
    private static final Entity UN = new Entity("org-un", "United Nations", EntityType.ORGANIZATION, null);
    private static final Entity IS = new Entity("org-is", "Islamic State", EntityType.ORGANIZATION, null);
    private static final Entity RUSSIA = new Entity("location-russia", "Russia", EntityType.LOCATION, null);

    private static EntitySummary shared(Entity e, long articles) {
        return new EntitySummary(e, articles, articles * 2);
    }

    @Test
    void joinsTheEntityToEachNeighbourAndEachNeighbourToTheTwoItIsNamedWithMostOnceEachPair() {
        CoMentions around = new CoMentions(List.of(shared(SYRIA, 9), shared(UN, 6), shared(IS, 3), shared(RUSSIA, 2)), 12, false, List.of(
                pair(SYRIA, RUSSIA, 7), pair(SYRIA, UN, 5), pair(SYRIA, IS, 4), pair(UN, IS, 2), pair(UN, RUSSIA, 1)));
        CoMentionNetwork n = CoMentionNetwork.of(ASSAD, around);
        assertThat(n.nodes()).extracting(CoMentionNetwork.Node::name)
                .containsExactly("Bashar al-Assad", "Syria", "United Nations", "Islamic State", "Russia");
        assertThat(n.nodes().get(0).centre()).isTrue();
        assertThat(n.edges()).extracting(e -> e.source() + ">" + e.target() + ":" + e.articles()).containsExactly(
                "person-assad>location-syria:9", "person-assad>org-un:6", "person-assad>org-is:3", "person-assad>location-russia:2",
                "location-syria>location-russia:7", "location-syria>org-un:5", "org-un>org-is:2", "location-syria>org-is:4",
                "org-un>location-russia:1");
    }

    @Test
    void anEntityNamedWithNoOtherIsNoNetwork() {
        assertThat(CoMentionNetwork.of(ASSAD, CoMentions.NONE).isEmpty()).isTrue();
    }

    private static CoMentions.SharedArticles pair(Entity a, Entity b, long articles) {
        return new CoMentions.SharedArticles(a.id(), b.id(), articles);
    }
}
