package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.Span;
import org.sitrep.core.SpanSet;

/**
 * A paragraph a cue introduces with a colon: "The New York Times reports:" or "The minister said on Sunday:" followed
 * by the words reported, set off as a block quote without quotation marks. Extraction keeps a block quote as a
 * paragraph of its own, so the paragraph after one that ends with a cue and a colon is that speaker's words, given as
 * written: a direct statement. Paragraphs that open with a quotation mark are left to the quote finder, headings and
 * short lines ("Related:") are no statement, and transcripts' "NAME:" labels are read elsewhere.
 */
final class IntroducedParagraphs {
    /** An introduced paragraph shorter than this many tokens is a heading or a list's lead, not someone's words. */
    private static final int MIN_TOKENS = 8;
    /** The cue must stand among the last tokens before the colon outside quotes ("the ministry said in a statement:"). */
    private static final int CUE_REACH_TOKENS = 8;

    private final ArticleText at;
    private final SpeakerLocator speakers;
    private final SpeakerLabels labels;
    private final SpanSet quoted;

    /** {@code quoted}: the spans inside quotation marks, whose words are never the cue. */
    IntroducedParagraphs(ArticleText at, SpeakerLocator speakers, SpanSet quoted) {
        this.at = at;
        this.speakers = speakers;
        this.labels = new SpeakerLabels(at, speakers);
        this.quoted = quoted;
    }

    /** The introduced paragraphs with their speakers, in text order; empty when none is. */
    List<ReportedSpeechFinder.Found> find() {
        List<ReportedSpeechFinder.Found> out = new ArrayList<>();
        for (int i = 1; i + 1 < at.paragraphs.size(); i++) {
            Attribution a = introduction(at.paragraphs.get(i));
            Span next = at.paragraphs.get(i + 1);
            if (a != null && isQuotable(next)) {
                out.add(new ReportedSpeechFinder.Found(next, a, QuoteKind.DIRECT, "introduced"));
            }
        }
        return out;
    }

    /** The cue and speaker of a paragraph that ends with a cue and a colon, or {@code null}. */
    private Attribution introduction(Span paragraph) {
        String text = paragraph.of(at.text).stripTrailing();
        if (!text.endsWith(":")) {
            return null;
        }
        int colon = at.lastTokenEndingBy(paragraph.begin() + text.length());
        if (colon < 0 || !at.raw(colon).equals(":")) {
            return null;
        }
        int start = at.sentenceStart(colon);
        int reach = 0;
        for (int c = colon - 1; c >= start && reach <= CUE_REACH_TOKENS; c--) {
            if (at.inAny(c, quoted) || at.isPunctuation(c) && !at.raw(c).equals(",")) {
                continue; // 'reports that "Iraq has stepped up its quest":' reaches the cue past the quoted words
            }
            reach++;
            if (SpeechCues.isFramingCue(at.word(c))) {
                SpeakerRef speaker = speakers.subjectBefore(c, start);
                return speaker == null ? null : new Attribution(speaker, at.span(c), at.raw(c));
            }
        }
        return null;
    }

    private boolean isQuotable(Span paragraph) {
        return isQuotable(at, labels, paragraph, MIN_TOKENS);
    }

    /**
     * Whether a paragraph set off as someone's words may be read as a statement: it does not open with a quotation
     * mark (a quote the quote finder reads with its own speaker), is not a line in title case (a heading or a name set
     * above the words) nor a transcript's labelled turn, and has at least {@code minTokens} tokens.
     */
    static boolean isQuotable(ArticleText at, SpeakerLabels labels, Span paragraph, int minTokens) {
        String text = paragraph.of(at.text).strip();
        if (text.isEmpty() || QuoteMarks.isDoubleOpening(text.charAt(0)) || LabelledParagraphs.isHeadline(text)) {
            return false;
        }
        int first = at.firstTokenAtOrAfter(paragraph.begin());
        int last = at.lastTokenEndingBy(paragraph.end());
        return last - first + 1 >= minTokens && labels.of(paragraph) == null;
    }
}
