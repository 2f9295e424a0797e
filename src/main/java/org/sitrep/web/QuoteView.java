package org.sitrep.web;

import org.sitrep.core.AttributedQuote;
import org.sitrep.core.Quote;

/** A statement as shown: its kind, its speaker with what is known of them, where and when it was said. */
public record QuoteView(String anchor, String kind, String text, String speaker, String speakerHref, String role,
                        String organisation, String medium, String saidOn, String cue, boolean unsure) {

    static QuoteView of(AttributedQuote aq) {
        Quote q = aq.quote();
        var s = q.speaker();
        return new QuoteView(anchor(aq), q.kind().label(), q.text(), aq.speakerName(),
                aq.speaker() == null ? null : Links.entity(aq.speaker().id()), s == null ? null : s.role(),
                s == null ? null : s.organisation(), q.medium(), q.saidOn(), q.cueText(), s != null && !s.shown());
    }

    /** The fragment id of a statement on its article page. */
    static String anchor(AttributedQuote aq) {
        return "q-" + aq.quote().content().begin();
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
