package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/**
 * A place's name written just before the name of an organisation ("U.S. Department of State", "U.S. State
 * Department") says whose body it is and is part of how the article names it: one mention of the organisation, not a
 * mention of the place and another of the body. The organisation keeps its entity. Only for the knowledge base's
 * governments and state forces: before other names a place's name often says where the body works ("the Aleppo Media
 * Center") or ends a run-in headline ("in Aleppo ISIS attacks Hasaka"), which the place stage needs; so does a place's name
 * after a preposition of place, whatever follows.
 */
final class OwnerNames {
    /** Kinds of the knowledge base's organisations that belong to a state, whose name a state's name may open. */
    private static final java.util.Set<String> STATE_BODIES = java.util.Set.of("government", "state forces");

    /** A preposition of place before the place's name: it says where ("in Aleppo Syrian army units"), not whose. */
    private static final java.util.regex.Pattern LOCATIVE = java.util.regex.Pattern.compile("(?i)\\b(?:in|at|near|from|into|to|outside|across)\\s+$");

    private OwnerNames() {
    }

    /** The mentions with each such place's name taken into the organisation's mention, in text order. */
    static List<LinkedMention> joined(String text, List<LinkedMention> linked) {
        List<LinkedMention> sorted = new ArrayList<>(linked);
        sorted.sort(Comparator.comparing(m -> m.mention().span()));
        List<LinkedMention> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            LinkedMention m = sorted.get(i);
            LinkedMention next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            if (next != null && m.entity().type() == EntityType.LOCATION && next.entity().type() == EntityType.ORGANIZATION
                    && next.entity().kind() != null && STATE_BODIES.contains(next.entity().kind())
                    && !LOCATIVE.matcher(text.substring(Math.max(0, m.mention().span().begin() - 8), m.mention().span().begin())).find()
                    && m.mention().span().end() + 1 == next.mention().span().begin() && text.charAt(m.mention().span().end()) == ' ') {
                Span span = new Span(m.mention().span().begin(), next.mention().span().end());
                out.add(new LinkedMention(Mention.at(text, span, EntityType.ORGANIZATION), next.entity()));
                i++;
                continue;
            }
            out.add(m);
        }
        return out;
    }
}
