package org.sitrep.quotes;

import org.sitrep.core.Span;

/**
 * Whether a reported statement's content runs over the attribution of the words it opens with ("Australia promised
 * [to urgently take them], an official said Wednesday"; "[police are caught in the middle], according to video of the
 * meeting"): the frames read the words twice, once from the cue before them and once from the attribution after
 * them, and the first reading's content never ends at the comma. Cut at the held words' end, the two tell the same
 * words, each with its own speaker.
 */
final class HeldAttributions {
    /** Characters a time may take after the attribution that closes the content ("said on Tuesday"). */
    private static final int TRAILING = 14;

    private HeldAttributions() {
    }

    /**
     * Whether {@code outer} opens with the words {@code inner} attributes and holds that attribution, cue and speaker,
     * right after them up to its end (but for a few characters of a time); false when the attribution has no cue or
     * speaker, or when both are the same words.
     */
    static boolean holds(Span outer, Span inner, Attribution a) {
        if (a == null || a.cue() == null || a.speaker() == null || a.speaker().span() == null || outer.equals(inner)
                || inner.begin() != outer.begin() || !outer.contains(inner)) {
            return false;
        }
        Span cue = a.cue();
        Span speaker = a.speaker().span();
        boolean after = cue.begin() >= inner.end() && speaker.begin() >= inner.end();
        int frameEnd = Math.max(cue.end(), speaker.end());
        return after && outer.contains(cue) && outer.contains(speaker) && outer.end() - frameEnd <= TRAILING;
    }
}
