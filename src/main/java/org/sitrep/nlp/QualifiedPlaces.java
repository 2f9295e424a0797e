package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;

/**
 * A person's name of the tagger followed by a comma and a place, that place then closing the phrase, is a town's in
 * that region ("Debden, England, 4 June 1943", "Grantham, Lincolnshire, not to be confused"), as datelines, addresses
 * and postings write them: the tagger reads an unfamiliar town as a person, while the region it names after it is one
 * it knows (the knowledge base holds the conflicts' actors, not every country, so the tagger's type of the region is
 * the evidence). Not a name that opens with a first name or a title (after a person's name a comma and a place begin a
 * description: "Chris Mumm, Iraq project director"), not one the knowledge base knows, and not where the place is an
 * owner ("Smith, Iraq's envoy"), goes on into a list or a longer name ("Putin, Russia and China", "Cornyn, Texas
 * Republican") or modifies a noun ("Amra Kevic, Belgrade newsroom", a contact line). Organisations stay: a company's
 * contact line names its town the same way ("Michigan National Bank, Detroit").
 */
final class QualifiedPlaces {
    /** A comma between the name and the place, as the text or a tokenised corpus writes it. */
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s+");
    /**
     * What follows the place for it to close the phrase: a comma before a number or a small word ("England, 4 June",
     * "Lincolnshire, not to be confused"). Not a stop or the end alone: a credit or contact line closes so ("Editing
     * by Kessler, Beirut;").
     */
    private static final Pattern CLOSES = Pattern.compile("^\\s*,\\s*[\\d\\p{Ll}]");
    private static final int LOOKAHEAD_CHARS = 8;

    private QualifiedPlaces() {
    }

    /**
     * The mentions with the tagger's people so qualified typed as places, in the order given.
     *
     * @param known whether a name is any actor of the knowledge base (those keep their type)
     */
    static List<Mention> retyped(String text, List<Mention> mentions, Predicate<String> known) {
        List<Mention> inOrder = mentions.stream().sorted(Comparator.comparing(Mention::span)).toList();
        List<Mention> qualified = new ArrayList<>();
        for (int i = 0; i + 1 < inOrder.size(); i++) {
            if (isQualified(text, inOrder.get(i), inOrder.get(i + 1), known)) {
                qualified.add(inOrder.get(i));
            }
        }
        if (qualified.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(qualified.contains(m) ? m.withType(EntityType.LOCATION) : m);
        }
        return out;
    }

    private static boolean isQualified(String text, Mention m, Mention next, Predicate<String> known) {
        if (m.type() != EntityType.PERSON || next.type() != EntityType.LOCATION
                || next.span().begin() < m.span().end()) {
            return false;
        }
        int end = next.span().end();
        return COMMA.matcher(text.substring(m.span().end(), next.span().begin())).matches()
                && CLOSES.matcher(text.substring(end, Math.min(text.length(), end + LOOKAHEAD_CHARS))).find()
                && !PersonGender.opensWithGivenName(m.text())
                && !known.test(m.text());
    }
}
