package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/**
 * A body's name goes on over "of" and the place or body it belongs to ("Islamic Center of Boston", "Reform Party of
 * Syria"): the tagger or the knowledge base often cut it there into a body and a place. A name of the tagger's that ends
 * with a word for a body, then "of" (perhaps "the") and a place's or a body's name, is one organisation's name.
 */
final class BodyNames {
    /** Last words of a body's name that a longer name may go on from with "of". */
    private static final Set<String> HEADS = Set.of("Center", "Centre", "Institute", "Council", "Committee", "Foundation",
            "Commission", "Association", "Society", "University", "College", "School", "Academy", "Museum", "Party", "Movement",
            "League", "Fund", "Office", "Bureau", "Agency", "Authority", "Federation", "Church", "Organization", "Organisation",
            "Ministry", "Department");
    private static final Pattern OF = Pattern.compile(" of (?:the )?");

    private BodyNames() {
    }

    /** The mentions with each body's name taken over "of" to the place or body it belongs to, in text order. */
    static List<Mention> joined(String text, List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(java.util.Comparator.comparing(Mention::span));
        List<Mention> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            Mention next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            if (next != null && m.type() == EntityType.ORGANIZATION && endsWithHead(m.text()) && next.type() != EntityType.PERSON
                    && Character.isUpperCase(next.text().charAt(0))
                    && OF.matcher(text.substring(m.span().end(), next.span().begin())).matches()) {
                Span whole = new Span(m.span().begin(), next.span().end());
                out.add(new Mention(whole, whole.of(text), EntityType.ORGANIZATION));
                i++;
                continue;
            }
            out.add(m);
        }
        return out;
    }

    private static boolean endsWithHead(String name) {
        return HEADS.contains(HeadWords.of(name));
    }
}
