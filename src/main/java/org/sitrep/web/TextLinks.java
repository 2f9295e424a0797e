package org.sitrep.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.Span;

/**
 * The stretches of a text that link somewhere: place names to their place pages, other entity mentions to their
 * entity pages. A place name wins over the entity mention it overlaps ("Aleppo" the LOCATION), since links cannot
 * nest and the place page is the more precise.
 */
final class TextLinks {
    /** A stretch of text and the run it becomes. */
    record Link(Span span, TextRun run) {
    }

    private TextLinks() {
    }

    /** The links of a text, in text order, none overlapping; the places must be those of this text. */
    static List<Link> of(String text, List<LinkedMention> mentions, List<PlaceMention> places) {
        List<Link> out = new ArrayList<>();
        for (PlaceMention p : places) {
            if (p.span().end() <= text.length()) {
                out.add(new Link(p.span(), new TextRun(p.span().of(text), null, null, null, p.place().id(), p.place().name(), p.role())));
            }
        }
        List<Span> placeSpans = out.stream().map(Link::span).toList();
        for (LinkedMention m : mentions) {
            Span s = m.mention().span();
            if (placeSpans.stream().noneMatch(p -> p.begin() < s.end() && s.begin() < p.end())) {
                out.add(new Link(s, new TextRun(s.of(text), m.entity().id(), m.entity().name(), m.entity().type().label())));
            }
        }
        out.sort(Comparator.comparingInt((Link l) -> l.span().begin()).thenComparingInt(l -> l.span().end()));
        return out;
    }

    /** Links to entity mentions only. */
    static List<Link> of(String text, List<LinkedMention> mentions) {
        return of(text, mentions, List.of());
    }
}
