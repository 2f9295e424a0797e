package org.sitrep.core;

/**
 * A statement found in an article: quoted words or reported speech, with its speaker.
 *
 * @param content the words said (without quote marks); UTF-16 offsets into the article text, or into its caption number
 *                {@code caption} when that is not {@code null}, as are those of the speaker and the cue
 * @param speaker who said it, or {@code null} when the text does not say
 * @param cue the words that tell it was said ("said", "according to"), or {@code null}
 * @param medium where it was said or written ("The Washington Post", "RFE/RL"), or {@code null}
 * @param saidOn when it was said, ISO-8601 (possibly partial), or {@code null} when the text does not say
 * @param probability the probability, 0 to 1, that the words are a statement at all (not a deed, an intention or page
 *                    furniture read as one), as the learned reported-speech filter weighs them; {@code null} when
 *                    nothing weighed them (quoted words, a transcript's turns, statements stored before it was kept)
 * @param caption the caption number the statement stands in, {@code null} when it stands in the article's text
 */
public record Quote(Span content, String text, QuoteKind kind, Speaker speaker, Span cue, String cueText,
                    String medium, String saidOn, Double probability, Integer caption) {
    /**
     * From this probability on a statement is shown as one; below it (the filter keeps candidates from 0.7) it is
     * kept but marked unsure and credited to no one (issue 15). It is the threshold from which every band of the
     * filter's 5-fold cross-validated probabilities is surely right nine times in ten (the lower bound of a 95%
     * interval), on the field corpus's development half and on PolNeAR train alike ({@code sitrep train statements
     * --field=bench/field} prints it): from 0.95 the field's 766 are right 0.98 (bound 0.975), but from 0.9 to 0.95
     * its 186 only 0.89 to 0.91 from one retraining to the next (bound 0.84 to 0.87).
     */
    public static final double SURE_FROM = 0.95;

    public Quote {
        if (probability != null && !(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be between 0 and 1; got: " + probability);
        }
        if (caption != null && caption < 0) {
            throw new IllegalArgumentException("caption must be >= 0 or null; got: " + caption);
        }
    }

    /** A statement in the article's text. */
    public Quote(Span content, String text, QuoteKind kind, Speaker speaker, Span cue, String cueText, String medium,
                 String saidOn, Double probability) {
        this(content, text, kind, speaker, cue, cueText, medium, saidOn, probability, null);
    }

    /** A statement in the article's text that nothing weighed ({@link #probability} {@code null}). */
    public Quote(Span content, String text, QuoteKind kind, Speaker speaker, Span cue, String cueText, String medium,
                 String saidOn) {
        this(content, text, kind, speaker, cue, cueText, medium, saidOn, null, null);
    }

    public Quote withMedium(String value) {
        return new Quote(content, text, kind, speaker, cue, cueText, value, saidOn, probability, caption);
    }

    public Quote withSaidOn(String value) {
        return new Quote(content, text, kind, speaker, cue, cueText, medium, value, probability, caption);
    }

    public Quote withProbability(Double value) {
        return new Quote(content, text, kind, speaker, cue, cueText, medium, saidOn, value, caption);
    }

    /** The same statement read in caption number {@code value} ({@code null}: the article's text); its offsets are into it. */
    public Quote withCaption(Integer value) {
        return new Quote(content, text, kind, speaker, cue, cueText, medium, saidOn, probability, value);
    }

    /** Whether the statement stands in a caption, its offsets into that caption's words. */
    public boolean inCaption() {
        return caption != null;
    }

    /**
     * Whether the words are sure enough to be shown as a statement: weighed at {@link #SURE_FROM} or more, or not weighed
     * and either reported (a transcript's turn) or quoted with a speaker. Words in quote marks that no one is found to
     * have said are no more often a statement than a band below {@link #SURE_FROM}: on the field corpus 34 of 40 on
     * its development half, 31 of 45 on its test half (the rest titles, pull quotes and captions' lines), so they are
     * shown as perhaps no statement (issue 15).
     */
    public boolean sure() {
        return probability == null ? kind == QuoteKind.REPORTED || speaker != null : probability >= SURE_FROM;
    }

    /**
     * Whether the statement is credited to its speaker where Sitrep shows it: the words are {@link #sure()} and the
     * speaker, if any, was found surely enough ({@link Speaker#shown()}); otherwise it is shown as "perhaps" theirs.
     */
    public boolean credited() {
        return sure() && (speaker == null || speaker.shown());
    }
}
