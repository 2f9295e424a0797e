package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.core.Annotated;
import org.sitrep.core.Bisection;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Quote;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.Sentence;
import org.sitrep.core.Span;
import org.sitrep.core.SpanSet;
import org.sitrep.core.Token;

/**
 * "He" and "she" as mentions of the person they stand for, when that is clear without knowing genders: exactly one
 * person is named in the pronoun's sentence before it and in the sentence before that. Words inside quote marks
 * are left alone, as there "he" is the speaker's, not the writer's.
 */
final class PronounMentions {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "He", "She");

    private PronounMentions() {
    }

    /** Whether {@code word} is one of the pronouns this class links ("He" too: capitalised, it opens a sentence). */
    static boolean isPronoun(String word) {
        return PRONOUNS.contains(word);
    }

    /** The linked mentions with the pronouns that refer to one of them added, in text order. */
    static List<LinkedMention> added(Annotated annotated, List<LinkedMention> linked, List<Quote> quotes) {
        SpanSet quoted = new SpanSet(quotes.stream().filter(q -> q.kind() != QuoteKind.REPORTED).map(Quote::content).toList());
        List<LinkedMention> people = linked.stream().filter(l -> l.entity().type() == EntityType.PERSON)
                .sorted(Comparator.comparing(l -> l.mention().span())).toList();
        List<LinkedMention> out = new ArrayList<>(linked);
        List<Sentence> sentences = annotated.sentences();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            int windowBegin = sentences.get(Math.max(0, si - 1)).span().begin();
            for (int t = s.firstToken(); t < s.firstToken() + s.tokenCount(); t++) {
                Token token = annotated.tokens().get(t);
                if (!PRONOUNS.contains(token.text()) || quoted.containsAny(token.span())) {
                    continue;
                }
                List<LinkedMention> before = between(people, windowBegin, token.span().begin());
                Set<String> ids = before.stream().map(p -> p.entity().id()).collect(Collectors.toSet());
                if (ids.size() == 1) {
                    out.add(new LinkedMention(new Mention(token.span(), token.text(), EntityType.PERSON), before.get(0).entity()));
                }
            }
        }
        out.sort(Comparator.comparing(l -> l.mention().span()));
        return out;
    }

    /** The people, in text order, whose mentions lie within {@code [from, to)}; {@code people} is in text order. */
    private static List<LinkedMention> between(List<LinkedMention> people, int from, int to) {
        List<LinkedMention> out = new ArrayList<>();
        int first = Bisection.first(people.size(), k -> people.get(k).mention().span().begin() >= from);
        for (int i = first; i < people.size() && people.get(i).mention().span().begin() < to; i++) {
            if (people.get(i).mention().span().end() <= to) {
                out.add(people.get(i));
            }
        }
        return out;
    }
}
