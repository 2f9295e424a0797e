package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Entity;
import org.sitrep.core.EntitySummary;
import org.sitrep.core.EntityType;

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
    void joinsTheEntityToEachNeighbourAndEachNeighbourToTheTwoItSharesMostWithOnceEachPair() {
        Map<String, List<EntitySummary>> around = Map.of(
                SYRIA.id(), List.of(shared(ASSAD, 9), shared(RUSSIA, 7), shared(UN, 5), shared(IS, 4)),
                UN.id(), List.of(shared(SYRIA, 5), shared(IS, 2), shared(RUSSIA, 1)),
                IS.id(), List.of(shared(SYRIA, 4), shared(UN, 2)),
                RUSSIA.id(), List.of(shared(SYRIA, 7)));
        CoMentionNetwork n = CoMentionNetwork.of(ASSAD, List.of(shared(SYRIA, 9), shared(UN, 6), shared(IS, 3), shared(RUSSIA, 2)), around::get);
        assertThat(n.nodes()).extracting(CoMentionNetwork.Node::name)
                .containsExactly("Bashar al-Assad", "Syria", "United Nations", "Islamic State", "Russia");
        assertThat(n.nodes().get(0).centre()).isTrue();
        assertThat(n.edges()).extracting(e -> e.source() + ">" + e.target() + ":" + e.articles()).containsExactly(
                "person-assad>location-syria:9", "person-assad>org-un:6", "person-assad>org-is:3", "person-assad>location-russia:2",
                "location-syria>location-russia:7", "location-syria>org-un:5", "org-un>org-is:2", "org-is>location-syria:4");
    }

    @Test
    void anEntityNamedWithNoOtherIsNoNetwork() {
        assertThat(CoMentionNetwork.of(ASSAD, List.of(), id -> List.of()).isEmpty()).isTrue();
    }
}
