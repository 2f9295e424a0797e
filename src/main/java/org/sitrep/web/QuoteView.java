package org.sitrep.web;

import org.sitrep.core.AttributedQuote;
import org.sitrep.core.Quote;

/**
 * A statement as shown: its kind, its speaker with what is known of them, where and when it was said.
 *
 * @param unsure whether the speaker is not credited with it, shown as "perhaps" them: the speaker was found too
 *               loosely ({@link org.sitrep.core.Speaker#shown()}) or the words may be no statement at all
 * @param statementUnsure whether the words may be no statement at all ({@link Quote#sure()}), marked so in words
 * @param caption the number of the photograph caption it stands in, {@code null} when it stands in the text
 */
public record QuoteView(String anchor, String kind, String text, String speaker, String speakerHref, String role,
                        String organisation, String medium, String saidOn, String cue, boolean unsure, boolean statementUnsure,
                        Integer caption) {

    static QuoteView of(AttributedQuote aq) {
        Quote q = aq.quote();
        var s = q.speaker();
        boolean unsure = !q.credited();
        return new QuoteView(anchor(aq), q.kind().label(), q.text(), aq.speakerName(),
                aq.speaker() == null || unsure ? null : Links.entity(aq.speaker().id()), s == null ? null : s.role(),
                s == null ? null : s.organisation(), q.medium(), q.saidOn(), q.cueText(), unsure, !q.sure(), q.caption());
    }

    /**
     * The fragment id of a statement on its article page: "q-" and its offset in the text, "q-c" and its caption's
     * number, "-" and its offset in the caption for one that stands in a caption.
     */
    static String anchor(AttributedQuote aq) {
        Quote q = aq.quote();
        return (q.inCaption() ? "q-c" + q.caption() + "-" : "q-") + q.content().begin();
    }

    /** Whether it stands in a photograph caption rather than in the text. */
    public boolean inCaption() {
        return caption != null;
    }

    public boolean hasSpeaker() {
        return speaker != null;
    }

    public String kindLabel() {
        return switch (kind) {
            case "direct" -> "Quote";
            case "partial" -> "Partial quote";
            default -> "Reported";
        };
    }
}
