package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.core.Annotated;
import org.sitrep.core.Dependencies;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.Sentence;
import org.sitrep.core.Token;

/**
 * Country names a sentence makes the subject of a verb ("The US launched strikes on Hodeidah", "Turkey said its jets
 * struck"): the name stands for the state, which acts, speaks or decides, and not for the ground where the incident
 * happened. A country that suffers the verb ("Israel was hit by rockets") stays a place.
 */
final class StateSubjects {
    /**
     * A country named as a subject.
     *
     * @param doer whether its verb's own clause tells violence ({@link Accidents#violent}): "The US launched strikes"
     *             does a deed of force, "Turkey said its jets struck" only reports one (its clause is "Turkey said"),
     *             and "The US left the door open to punishing Syria for a chemical attack" does none
     */
    record Subject(PlaceMention country, boolean doer) {
    }

    private StateSubjects() {
    }

    /**
     * The countries of {@code places} that are the active subject of a verb of sentence {@code sentence} (an index
     * into {@code read.sentences()}), in the order given; empty when there are none or the sentence has no parse.
     */
    static List<Subject> in(Annotated read, int sentence, List<PlaceMention> places) {
        List<PlaceMention> countries = places.stream().filter(p -> p.caption() == null && p.place().isCountry()).toList();
        if (countries.isEmpty()) {
            return List.of();
        }
        Optional<Dependencies> parse = read.syntax().of(sentence);
        if (parse.isEmpty()) {
            return List.of();
        }
        Sentence s = read.sentences().get(sentence);
        List<Subject> out = new ArrayList<>();
        for (PlaceMention country : countries) {
            int t = lastToken(read.tokens(), s, country) - s.firstToken();
            if (t < 0 || t >= parse.get().size()) {
                continue;
            }
            int verb = verbOfSubject(parse.get(), t);
            if (verb >= 0) {
                out.add(new Subject(country, Accidents.violent(clause(read.tokens(), s, parse.get(), verb))));
            }
        }
        return out;
    }

    /**
     * The verb with a tense (its own or an auxiliary's) whose active subject token {@code t} is, alone or as a
     * conjunct ("Russia and Syria launched"); -1 when it is none.
     */
    private static int verbOfSubject(Dependencies d, int t) {
        int subject = d.relation(t).equals("conj") && d.head(t) != Dependencies.ROOT ? d.head(t) : t;
        if (!d.relation(subject).equals("nsubj") || d.head(subject) == Dependencies.ROOT) {
            return -1;
        }
        int verb = d.head(subject);
        return FINITE.contains(d.tag(verb)) || d.tag(verb).startsWith("VB") && d.dependent(verb, "aux") >= 0 ? verb : -1;
    }

    /**
     * The tags of a verb that has a tense of its own. A participle with no auxiliary is most often a headline's noun
     * read as a verb ("Syria fighting kills 132"), whose "subject" is a modifier.
     */
    private static final java.util.Set<String> FINITE = java.util.Set.of("VBD", "VBZ", "VBP");

    /** Relations that open a clause of its own under a verb: what is said, why, when, or another deed. */
    private static final java.util.Set<String> CLAUSES = java.util.Set.of("ccomp", "advcl", "acl", "parataxis", "conj",
            "csubj", "list");

    /**
     * The words of {@code verb}'s own clause, in sentence order: the verb with what it governs, but not the clauses
     * under it ("Turkey said" of "Turkey said its jets struck", "the US left the door open" of "... to seeking a
     * resolution that could endorse punishing Syria for a chemical attack").
     */
    private static String clause(List<Token> tokens, Sentence s, Dependencies d, int verb) {
        StringBuilder words = new StringBuilder();
        for (int t = 0; t < d.size(); t++) {
            if (inClause(d, verb, t)) {
                words.append(tokens.get(s.firstToken() + t).text()).append(' ');
            }
        }
        return words.toString();
    }

    private static boolean inClause(Dependencies d, int verb, int t) {
        for (int at = t, steps = 0; at != Dependencies.ROOT && steps <= d.size(); at = d.head(at), steps++) {
            if (at == verb) {
                return true;
            }
            String relation = d.relation(at);
            if (CLAUSES.stream().anyMatch(c -> Dependencies.isA(relation, c))) {
                return false;
            }
        }
        return false;
    }

    /** The index of the last token of {@code s} that ends within {@code mention}; -1 when none does. */
    private static int lastToken(List<Token> tokens, Sentence s, PlaceMention mention) {
        int found = -1;
        for (int i = s.firstToken(); i < s.firstToken() + s.tokenCount() && i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.span().begin() >= mention.span().begin() && token.span().end() <= mention.span().end()) {
                found = i;
            }
        }
        return found;
    }
}
