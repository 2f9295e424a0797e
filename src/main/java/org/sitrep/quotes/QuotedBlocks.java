package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.core.Article;
import org.sitrep.core.BlockQuote;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.Span;
import org.sitrep.core.SpanSet;

/**
 * The paragraphs a page sets as block quotations ({@link Article#blockQuotes()}): words the writer quotes as given,
 * without quotation marks, so direct statements. Whose they are is said around the words: a line that opens with a
 * dash, or an embedded post's credit, names the source of the words before it ("— N. K. Jemisin (@nkjemisin)
 * September 19, 2016", "A post shared by Name (@handle)"), else the lead-in before the quotation does, by a cue ("A
 * Syria analyst wrote me the following.") or, when it ends with a colon, by its subject ("The Telegraph's Barbara
 * Amiel is on to them:"). Words nothing attributes are still someone's and are kept without a speaker.
 */
final class QuotedBlocks {
    /** A line that names a quotation's source: a dash, then the name. */
    private static final Pattern SOURCE_LINE = Pattern.compile("^\\s*(?:[\u2014\u2015\u2013]|--?|(?i:an? (?:post|photo|video) shared by))\\s*\\S");
    /** A source line is a name with perhaps a handle and a date, not a paragraph. */
    private static final int MAX_SOURCE_LINE_TOKENS = 24;
    /** A quoted paragraph shorter than this many tokens is a salutation or a label, not a statement worth keeping. */
    private static final int MIN_TOKENS = 4;
    /** Words by which a sentence points at what follows it: "wrote me the following", "the article quoted below". */
    private static final java.util.Set<String> AHEAD = java.util.Set.of("following", "below", "follows");

    private final ArticleText at;
    private final SpeakerLocator speakers;
    private final SpeakerLabels labels;
    private final Article article;
    private final SpanSet quoted;

    /** {@code quoted}: the spans inside quotation marks, whose names are not the lead-in's source. */
    QuotedBlocks(ArticleText at, SpeakerLocator speakers, SpanSet quoted, Article article) {
        this.at = at;
        this.speakers = speakers;
        this.labels = new SpeakerLabels(at, speakers);
        this.article = article;
        this.quoted = quoted;
    }

    /** The quoted paragraphs with their speakers where the page says them, in text order; empty when none is. */
    List<ReportedSpeechFinder.Found> find() {
        List<Span> spans = article.paragraphSpans();
        List<ReportedSpeechFinder.Found> out = new ArrayList<>();
        int previousEnd = -1;
        for (BlockQuote q : article.blockQuotes()) {
            List<Span> pending = new ArrayList<>();
            for (Span paragraph : spans.subList(q.first(), q.last() + 1)) {
                if (isSourceLine(paragraph)) {
                    addAll(pending, sourceLine(paragraph), out);
                    pending.clear();
                } else {
                    pending.add(paragraph);
                }
            }
            // A quotation right after another has no lead-in of its own: the paragraph before is someone's words.
            Attribution lead = q.first() > 0 && q.first() - 1 != previousEnd ? leadIn(spans.get(q.first() - 1)) : null;
            lead = lead != null || pending.isEmpty() ? lead : dateline(pending.get(0));
            lead = lead != null ? lead : bylineBefore(spans, q.first(), previousEnd);
            addAll(pending, lead, out);
            previousEnd = q.last();
        }
        return out;
    }

    private void addAll(List<Span> paragraphs, Attribution source, List<ReportedSpeechFinder.Found> out) {
        for (Span paragraph : paragraphs) {
            if (isQuotable(paragraph)) {
                out.add(new ReportedSpeechFinder.Found(paragraph, source, QuoteKind.DIRECT, "block"));
            }
        }
    }

    private boolean isSourceLine(Span paragraph) {
        int first = at.firstTokenAtOrAfter(paragraph.begin());
        int last = at.lastTokenEndingBy(paragraph.end());
        return SOURCE_LINE.matcher(paragraph.of(at.text)).find() && last - first < MAX_SOURCE_LINE_TOKENS;
    }

    /**
     * The source a "— Name ..." line or an embedded post's "A post shared by Name (@handle) ..." names, or
     * {@code null} when no name follows the dash or the "by".
     */
    private Attribution sourceLine(Span paragraph) {
        int opener = at.firstTokenAtOrAfter(paragraph.begin());
        int end = at.lastTokenEndingBy(paragraph.end()) + 1;
        if (!at.isPunctuation(opener)) {
            while (opener < end && !at.word(opener).equals("by")) {
                opener++;
            }
        }
        SpeakerRef s = opener + 1 < end ? speakers.after(opener + 1, end) : null;
        return s == null || s.pronoun() ? null : new Attribution(s, at.span(opener), at.raw(opener));
    }

    /**
     * The source a lead-in names: a paragraph whose last sentence introduces what follows, by ending with a colon or
     * pointing ahead ("wrote me the following", "quoted below"), names it as the subject of its verb of saying, else
     * as the subject of the sentence; {@code null} when the paragraph introduces nothing or names no one but the
     * writer ("As I wrote then:") or a pronoun.
     */
    private Attribution leadIn(Span paragraph) {
        int last = at.lastTokenEndingBy(paragraph.end());
        if (last < 0 || at.span(last).begin() < paragraph.begin()) {
            return null;
        }
        int start = Math.max(at.sentenceStart(last), at.firstTokenAtOrAfter(paragraph.begin()));
        if (!at.raw(last).equals(":") && !pointsAhead(start, last)) {
            return null;
        }
        SpeakerRef s = null;
        Span cue = at.span(last);
        for (int c = start; c < last && s == null; c++) {
            if (!at.inAny(c, quoted) && SpeechCues.isFramingCue(at.word(c))) {
                s = speakers.subjectBefore(c, start);
                cue = at.span(c);
            }
        }
        s = s == null ? speakers.sentenceSubject(start, last) : s;
        if (s == null || s.pronoun()) {
            return null;
        }
        return new Attribution(owned(s), cue, cue.of(at.text));
    }

    /**
     * The outlet of a wire dateline that opens the quotation ("GENEVA (Reuters)--Human rights ..."): the writer quotes
     * a wire's story, and the whole of it is the wire's. {@code null} when the paragraph opens otherwise.
     */
    private Attribution dateline(Span paragraph) {
        int first = at.firstTokenAtOrAfter(paragraph.begin());
        for (int t = first; t < first + MAX_DATELINE_PLACE_TOKENS && t + 2 < at.size(); t++) {
            if (at.raw(t).equals("(")) {
                Mention m = at.mention(t + 1);
                int close = m == null ? -1 : at.lastTokenEndingBy(m.span().end()) + 1;
                boolean outlet = m != null && m.type() == EntityType.ORGANIZATION && close < at.size()
                        && at.raw(close).equals(")") && t > first;
                return outlet ? new Attribution(new SpeakerRef(m.span(), m.text(), m, false), at.span(t), "(") : null;
            }
            if (!at.isCapitalized(t) && !at.raw(t).equals(",")) {
                return null;
            }
        }
        return null;
    }

    /** A dateline's place is a few capitalised words ("WASHINGTON", "SAN JUAN, Puerto Rico"). */
    private static final int MAX_DATELINE_PLACE_TOKENS = 5;
    /** A byline is a short line: "Ma'ariv by Ben Caspit", "By Ben Caspit". */
    private static final int MAX_BYLINE_TOKENS = 8;
    /** Words a byline may have before its "by": an outlet's name ("Ma'ariv by"). */
    private static final int MAX_BEFORE_BY_TOKENS = 4;
    /** How many paragraphs before a quotation its headline and byline may stand, the quoter's note between. */
    private static final int BYLINE_REACH_PARAGRAPHS = 3;

    /**
     * The author of a quoted article, named by a byline line a few paragraphs before the quotation when no lead-in
     * says whose the words are ("US: ASSAD HAS BEEN WRITTEN OFF / Ma'ariv by Ben Caspit / (Thanks to ... for sending
     * this to me.)", then the article): a short line, no sentence, with "by" and a person after it; the search stops at
     * the quotation before. {@code null} when there is none.
     */
    private Attribution bylineBefore(List<Span> spans, int first, int previousEnd) {
        for (int p = first - 1; p > previousEnd && p >= 0 && first - p <= BYLINE_REACH_PARAGRAPHS; p--) {
            Span line = spans.get(p);
            int begin = at.firstTokenAtOrAfter(line.begin());
            int end = at.lastTokenEndingBy(line.end());
            if (end < begin || end - begin >= MAX_BYLINE_TOKENS || at.raw(end).matches("[.:!?]")) {
                continue;
            }
            for (int t = begin; t < end && t - begin <= MAX_BEFORE_BY_TOKENS; t++) {
                if (at.word(t).equals("by")) {
                    SpeakerRef s = speakers.after(t + 1, end + 1);
                    boolean person = s != null && s.named() != null && s.named().type() == EntityType.PERSON;
                    return person ? new Attribution(s, at.span(t), at.raw(t)) : null;
                }
            }
        }
        return null;
    }

    /** Whether the sentence from {@code start} to {@code last} points at words that follow it. */
    private boolean pointsAhead(int start, int last) {
        for (int t = start; t <= last; t++) {
            if (!at.inAny(t, quoted) && AHEAD.contains(at.word(t))) {
                return true;
            }
        }
        return false;
    }

    /** "The Telegraph's Barbara Amiel": a person named after a possessive is the one the phrase is about. */
    private SpeakerRef owned(SpeakerRef s) {
        int p = at.firstTokenAtOrAfter(s.span().end());
        if (p + 1 >= at.size() || !(at.raw(p).equals("'s") || at.raw(p).equals("\u2019s"))) {
            return s;
        }
        Mention m = at.mention(p + 1);
        return m == null || m.type() != EntityType.PERSON ? s : new SpeakerRef(m.span(), m.text(), m, false);
    }

    private boolean isQuotable(Span paragraph) {
        return IntroducedParagraphs.isQuotable(at, labels, paragraph, MIN_TOKENS);
    }
}
