package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sitrep.core.Entity;
import org.sitrep.core.LinkedMention;

/** Links mentions anew to the entities a repair of the article's names chose for them. */
final class Relinking {
    private Relinking() {
    }

    /**
     * The mentions in the order given, each linked to the entity {@code newEntity} gives it, or kept as it was when
     * that is null or its entity already; a new, modifiable list.
     */
    static List<LinkedMention> relinked(List<LinkedMention> linked, Function<LinkedMention, Entity> newEntity) {
        List<LinkedMention> out = new ArrayList<>(linked.size());
        for (LinkedMention m : linked) {
            Entity e = newEntity.apply(m);
            out.add(e == null || e.equals(m.entity()) ? m : new LinkedMention(m.mention(), e));
        }
        return out;
    }
}
