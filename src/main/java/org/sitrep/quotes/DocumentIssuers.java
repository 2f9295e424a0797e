package org.sitrep.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Quote;
import org.sitrep.core.Span;
import org.sitrep.core.Speaker;

/**
 * Who speaks through a document named only by its kind ("the statement said"): the organisation its words name ("the
 * final GCC communique"), else the one an earlier statement credited "according to" such a document, else the named
 * speaker whose statement it goes on from.
 */
final class DocumentIssuers {
    /** Documents that speak for whoever issued them ("the statement said", "reads the statement"). */
    private static final Set<String> DOCUMENTS = Set.of("statement", "communique", "release", "declaration");
    /** Words a document's kind may have before it ("the final joint communique"). */
    private static final int MAX_MODIFIERS = 2;
    /** How far back, in paragraphs, the statement crediting the same document may stand. */
    private static final int ISSUER_REACH_PARAGRAPHS = 3;

    private DocumentIssuers() {
    }

    /**
     * The speaker {@code s}, or when it is a document named only by its kind ("the statement said") whoever issued
     * it: the speaker of the latest statement before, within {@link #ISSUER_REACH_PARAGRAPHS} paragraphs, credited
     * "according to" that kind of document, named in its sentence outside the words said ("Ban Ki-moon is “deeply
     * concerned ...,” according to a statement"; "according to statement from the Syrian military"), shown by that
     * speaker's words. A document someone is said to have issued ("the Security Council issued a statement calling
     * ...") is left as it is: PolNeAR, whose dev half measures the speakers, names such a document the source, and
     * taking its issuer lost one of its quotes.
     */
    static Speaker issuer(ArticleText at, Speaker s, Span content, List<Quote> earlier) {
        if (s == null || s.named() != null || s.basis().pronoun()) {
            return s;
        }
        String[] words = s.text().strip().toLowerCase(Locale.ROOT).split("\\s+");
        boolean document = DOCUMENTS.contains(words[words.length - 1]) && words.length <= 2 + MAX_MODIFIERS;
        Mention owner = document && s.span() != null ? owner(at, s.span()) : null;
        if (owner != null) {
            return issued(s, owner);
        }
        if (!isDocument(s.text()) || !words[0].equals("the")) {
            return s;
        }
        Speaker credited = creditedAccordingTo(at, s, words[words.length - 1], content, earlier);
        return credited != null ? credited : goesOn(at, s, words[words.length - 1], content, earlier);
    }

    /**
     * The issuer the statement before credited "according to" the same kind of document, named in its sentence outside
     * the words said; {@code null} when none did.
     */
    private static Speaker creditedAccordingTo(ArticleText at, Speaker s, String document, Span content, List<Quote> earlier) {
        Pattern kind = Pattern.compile("(?i)\\b" + document + "\\b");
        int paragraph = at.paragraphOf(content.begin());
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Quote q = earlier.get(i);
            if (paragraph - at.paragraphOf(q.content().begin()) > ISSUER_REACH_PARAGRAPHS) {
                break;
            }
            Speaker e = q.speaker();
            if (e == null || q.cue() == null || !"according to".equals(q.cueText()) || e.named() == null && isDocument(e.text())) {
                continue; // "a statement said ...": no issuer either
            }
            Span sentence = at.sentenceSpanAt(q.cue().begin());
            String outside = at.text.substring(sentence.begin(), Math.max(sentence.begin(), q.content().begin()))
                    + " " + at.text.substring(Math.min(sentence.end(), Math.max(sentence.begin(), q.content().end())), sentence.end());
            if (kind.matcher(outside).find()) {
                return new Speaker(s.span(), e.text(), e.named(), e.role(), e.organisation(), s.basis());
            }
        }
        return null;
    }

    /**
     * "The Foreign Office of Pakistan ... declared that they “stand in solidarity ...”. “We convey our heartfelt
     * condolences ...,” reads the statement": a document named only by its kind, right after a named speaker's
     * statement (its paragraph or the one before), goes on with that speaker's words, as a pronoun would. The speaker's
     * words stay the document's, so a reader still sees a statement was read; {@code s} when no statement is that near.
     * A document that statement's sentence introduces ("the Security Council issued a statement calling ...") is a
     * source of its own, as PolNeAR marks it.
     */
    private static Speaker goesOn(ArticleText at, Speaker s, String document, Span content, List<Quote> earlier) {
        int paragraph = at.paragraphOf(content.begin());
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Quote q = earlier.get(i);
            if (q.content().end() > content.begin()) {
                continue;
            }
            Speaker e = q.speaker();
            if (paragraph - at.paragraphOf(q.content().begin()) > 1 || e == null || e.named() == null) {
                return s;
            }
            // The same document quoted again has the issuer found for it; one introduced there is a source of its own.
            boolean again = isDocument(e.text());
            if (!again && at.sentenceSpanAt(q.content().begin()).of(at.text).toLowerCase(Locale.ROOT).contains(document)) {
                return s;
            }
            return issued(s, e.named());
        }
        return s;
    }

    /**
     * The organisation that owns a document's words: named inside them ("the final GCC communique") or right before
     * them with "'s" ("The Gulf Co-operation Council's final communique"); {@code null} when none does.
     */
    private static Mention owner(ArticleText at, Span words) {
        int first = at.firstTokenAtOrAfter(words.begin());
        int last = at.lastTokenEndingBy(words.end());
        for (int t = first; t <= last; t++) {
            if (at.mention(t) != null && at.mention(t).type() == EntityType.ORGANIZATION) {
                return at.mention(t);
            }
        }
        boolean possessive = first >= 2 && at.isPossessive(first - 1);
        Mention m = possessive ? at.mention(first - 2) : null;
        return m != null && m.type() == EntityType.ORGANIZATION ? m : null;
    }

    private static Speaker issued(Speaker document, Mention issuer) {
        return new Speaker(document.span(), document.text(), issuer, document.role(), document.organisation(), document.basis());
    }

    /**
     * Whether a speaker's words are a document named only by its kind, with at most {@link #MAX_MODIFIERS} words
     * before it ("the statement", "a statement", "the final declaration").
     */
    private static boolean isDocument(String speaker) {
        String[] words = speaker.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words.length >= 2 && words.length <= 2 + MAX_MODIFIERS && SpeechCues.DETERMINERS.contains(words[0])
                && DOCUMENTS.contains(words[words.length - 1]);
    }
}
