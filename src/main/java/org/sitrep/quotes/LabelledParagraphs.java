package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.Span;
import org.sitrep.quotes.ReportedSpeechFinder.Found;

/** Statements given by a speaker's label at a paragraph's opening: a transcript's turns, a headline's speaker. */
final class LabelledParagraphs {
    /** A transcript has at least this many paragraphs opened by a speaker's label. */
    private static final int TRANSCRIPT_LABELS = 3;
    /** A paragraph shorter than this many words between turns is a heading, not speech. */
    private static final int MIN_TURN_WORDS = 8;
    private static final java.util.regex.Pattern COPYRIGHT = java.util.regex.Pattern.compile("©|(?i)\\bcopyright\\b|all rights reserved");

    private final ArticleText at;
    private final SpeakerLabels speakerLabels;
    private final ContentSpans contents;

    LabelledParagraphs(ArticleText at, SpeakerLocator speakers, ContentSpans contents) {
        this.at = at;
        this.speakerLabels = new SpeakerLabels(at, speakers);
        this.contents = contents;
    }

    /**
     * Paragraphs that open with a speaker's label: "WALLACE: Let's start ..." in transcripts, "Pence: Gennifer Flowers
     * won't be at debate" in headlines. In a transcript (several labelled paragraphs), a turn goes on in the
     * paragraphs after its label until the next label or a heading, and every paragraph of it is the speaker's words.
     */
    List<Found> find() {
        List<Attribution> labels = labels();
        boolean transcript = labels.stream().filter(java.util.Objects::nonNull).count() >= TRANSCRIPT_LABELS;
        QuoteKind kind = transcript ? QuoteKind.DIRECT : QuoteKind.REPORTED;
        List<Found> out = new ArrayList<>();
        Attribution turn = null;
        for (int i = 0; i < at.paragraphs.size(); i++) {
            Span p = at.paragraphs.get(i);
            Attribution label = labels.get(i);
            int last = at.lastTokenEndingBy(p.end());
            if (label != null) {
                turn = label;
                int afterColon = at.firstTokenAtOrAfter(label.cue().end());
                if (last > afterColon + 1) {
                    Found f = contents.found(afterColon, last, label);
                    if (f != null) {
                        out.add(new Found(f.content(), label, kind, "label"));
                    }
                }
            } else if (transcript && turn != null) {
                int first = at.firstTokenAtOrAfter(p.begin());
                if (last - first + 1 < MIN_TURN_WORDS || !endsLikeSpeech(p) || COPYRIGHT.matcher(p.of(at.text)).find()) {
                    turn = null; // a heading or the page's copyright line ends the turn
                    continue;
                }
                Found f = contents.found(first, last, turn);
                if (f != null) {
                    out.add(new Found(f.content(), turn, QuoteKind.DIRECT, "turn"));
                }
            }
        }
        return out;
    }

    /** Each paragraph's speaker label in paragraph order, {@code null} for a paragraph that opens with none. */
    private List<Attribution> labels() {
        List<Attribution> labels = new ArrayList<>(at.paragraphs.size());
        for (Span p : at.paragraphs) {
            Attribution label = speakerLabels.of(p);
            // "Online NewsHour: Paul Wolfowitz -- September 14, 2001": a page's title after its outlet's name, not speech.
            label = label != null && isHeadline(new Span(label.cue().end(), p.end()).of(at.text)) ? null : label;
            labels.add(label);
        }
        // The tagger may miss a name in one turn that it tags in others ("Maulvi Sahib: Right."): a transcript's labels
        // recur, so a paragraph opened by the words of a label found elsewhere is opened by that label.
        List<Attribution> found = labels.stream().filter(java.util.Objects::nonNull).toList();
        if (found.size() >= TRANSCRIPT_LABELS) {
            for (int i = 0; i < labels.size(); i++) {
                if (labels.get(i) == null) {
                    labels.set(i, speakerLabels.repeated(at.paragraphs.get(i), found));
                }
            }
        }
        return labels;
    }

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-–—]+");
    /** Punctuation around a word: "(Reuters)" is "Reuters". */
    private static final Pattern WORD_EDGE = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    /**
     * Whether {@code text} is written as a title: most of its longer words capitalised or numbers ("Secretary Rumsfeld
     * Media Availability with Kuwaiti Foreign Minister ..."), where a sentence has most in lower case.
     */
    static boolean isHeadline(String text) {
        int longer = 0;
        int capitalised = 0;
        for (String w : WORD_BREAK.split(text.strip())) {
            String word = WORD_EDGE.matcher(w).replaceAll("");
            if (word.length() >= 4) {
                longer++;
                capitalised += Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)) ? 1 : 0;
            }
        }
        return longer >= 2 && capitalised >= 0.75 * longer;
    }

    private boolean endsLikeSpeech(Span paragraph) {
        String text = paragraph.of(at.text).strip();
        return !text.isEmpty() && ".?!\"\u201D-\u2014)".indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
