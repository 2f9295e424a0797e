package org.sitrep.quotes;

/**
 * A family of frames of reported speech (passive, source phrase, cue, stance) and what its frames read with: the
 * tokens, the speakers found in them, where content begins and ends, who holds a view.
 */
abstract class FrameFamily {
    final ArticleText at;
    final SpeakerLocator speakers;
    final SentenceTokens tokens;
    final ContentSpans contents;
    final Holders holders;

    FrameFamily(SentenceTokens tokens, SpeakerLocator speakers, ContentSpans contents, Holders holders) {
        this.at = tokens.at;
        this.speakers = speakers;
        this.tokens = tokens;
        this.contents = contents;
        this.holders = holders;
    }
}
