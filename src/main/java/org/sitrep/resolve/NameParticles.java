package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/**
 * A person's name goes on over a small word written in lower case when a capitalised word follows ("Francis ole
 * Kaparo", "Ali al Sistani", "Ursula von der Leyen", "Mohamed Ould Abdel Aziz"): the tagger often stops before the
 * small word, leaving the given name alone as a person of its own. The mention is taken to the end of the name, and a
 * mention of the tagger inside the part added is taken in.
 */
final class NameParticles {
    /**
     * Right after a person's name: one or two particles, then a capitalised word. Narrower than the particles the
     * tagger's mentions are checked against ({@code CoreNlpAnnotator}, {@link org.sitrep.nlp.ArabicArticles}): each
     * particle here lengthens a mention over the next capitalised word, so the forms of the article that are also
     * English words ("Ali at Homs", "Assad as President") are left out.
     */
    private static final Pattern GOES_ON = Pattern.compile(
            "^ (?:(?:ole|bin|ibn|bint|van|von|der|den|de|da|di|du|dos|del|della|al|el|ould|ag|wa|la|le)(?: |-)){1,2}\\p{Lu}[\\p{L}'’-]*\\p{L}");

    private NameParticles() {
    }

    /** The mentions with each person's name that goes on over a particle taken to its end, in text order. */
    static List<Mention> extended(String text, List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(java.util.Comparator.comparing(Mention::span));
        List<Mention> out = new ArrayList<>(sorted.size());
        int coveredTo = -1;
        for (Mention m : sorted) {
            if (m.span().begin() < coveredTo) {
                continue; // inside the part a name before it was taken over
            }
            int end = m.span().end();
            Matcher go = GOES_ON.matcher(text.substring(end, Math.min(text.length(), end + 40)));
            if (m.type() == EntityType.PERSON && go.find() && !overlapsOther(sorted, m, end + go.end())) {
                Span span = new Span(m.span().begin(), end + go.end());
                out.add(Mention.at(text, span, EntityType.PERSON));
                coveredTo = span.end();
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /** Whether a mention other than {@code m} reaches past {@code end} from inside the part to be added. */
    private static boolean overlapsOther(List<Mention> sorted, Mention m, int end) {
        for (Mention o : sorted) {
            if (o != m && o.span().begin() >= m.span().end() && o.span().begin() < end && o.span().end() > end) {
                return true;
            }
        }
        return false;
    }
}
