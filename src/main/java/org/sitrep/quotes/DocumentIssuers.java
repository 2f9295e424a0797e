package org.sitrep.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.Quote;
import org.sitrep.core.Span;
import org.sitrep.core.Speaker;

/**
 * Who speaks through a document named only by its kind ("the statement said"): the one an earlier statement credited
 * "according to" such a document.
 */
final class DocumentIssuers {
    /** Documents that speak for whoever issued them ("the statement said", "reads the statement"). */
    private static final Set<String> DOCUMENTS = Set.of("statement", "communique", "release");
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
        if (!isDocument(s.text()) || !words[0].equals("the")) {
            return s;
        }
        Pattern kind = Pattern.compile("(?i)\\b" + words[1] + "\\b");
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
        return s;
    }

    /** Whether a speaker's words are a document named only by its kind ("the statement", "a statement"). */
    private static boolean isDocument(String speaker) {
        String[] words = speaker.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words.length == 2 && SpeechCues.DETERMINERS.contains(words[0]) && DOCUMENTS.contains(words[1]);
    }
}
