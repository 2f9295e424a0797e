package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/**
 * One word that closes the name of a person the tagger found in full in the article is that person's surname wherever
 * it stands alone ("Manuel Belgrano ... most of Belgrano's army", "Baltasar Cárdenas ... documents from Cárdenas"): a
 * writer names a person in full once and by the surname after, and many surnames are the names of towns, which the
 * tagger and the knowledge base then read as places. One name is one thing throughout the article. The tagger must
 * also read the word alone as a person somewhere in the article: a place named after a person ("George Washington ...
 * Washington") it reads as a place throughout.
 */
final class TaggedSurnames {
    private TaggedSurnames() {
    }

    /**
     * The tagger's mentions with one-word places that are such surnames typed as people, in the order given; not one
     * that something is put in or near ("in Lincoln", not "in Belgrano's encampment"), which is the place named after
     * the person.
     */
    static List<Mention> retyped(String text, List<Mention> tagged) {
        Set<String> surnames = surnames(tagged);
        surnames.retainAll(tagged.stream().filter(m -> m.type() == EntityType.PERSON).map(Mention::text).toList());
        if (surnames.isEmpty()) {
            return tagged;
        }
        List<Mention> out = new ArrayList<>(tagged.size());
        for (Mention m : tagged) {
            boolean surname = m.type() == EntityType.LOCATION && surnames.contains(m.text())
                    && !(Locatives.before(text, m.span().begin()) && !Locatives.possessiveAfter(text, m.span().end()));
            out.add(surname ? m.withType(EntityType.PERSON) : m);
        }
        return out;
    }

    /**
     * The known matches without the places that stand where the tagger has a one-word person whose name is such a
     * surname, in the order given: the tagger's person wins over the known place there.
     */
    static List<ActorGazetteer.Match> withoutSurnames(String text, List<Mention> tagged, List<ActorGazetteer.Match> known) {
        Set<String> surnames = surnames(tagged);
        Set<Span> lonePersons = new HashSet<>();
        for (Mention m : tagged) {
            if (m.type() == EntityType.PERSON && surnames.contains(m.text())) {
                lonePersons.add(m.span());
            }
        }
        if (lonePersons.isEmpty()) {
            return known;
        }
        return known.stream().filter(k -> !(k.actor().type() == EntityType.LOCATION && lonePersons.contains(k.span())
                && surnames.contains(k.span().of(text)))).toList();
    }

    /** The last words of the tagger's people named by several words; empty if none. */
    private static Set<String> surnames(List<Mention> tagged) {
        Set<String> out = new HashSet<>();
        for (Mention m : tagged) {
            String name = m.text().strip();
            int space = name.lastIndexOf(' ');
            if (m.type() == EntityType.PERSON && space > 0 && Character.isUpperCase(name.charAt(space + 1))) {
                out.add(name.substring(space + 1));
            }
        }
        return out;
    }
}
