package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.core.Annotated;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Quote;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.Sentence;
import org.sitrep.core.Span;
import org.sitrep.core.Speaker;

/**
 * Finds who said what in an annotated article: direct and partial quotes and reported speech, each with its
 * speaker (a pronoun resolved to the person it stands for; {@code null} when the text does not say), the
 * speaker's role and organisation, the cue, the medium and the day. Thread-safe and stateless.
 */
public final class QuoteAttributor {
    private static final int PRONOUN_REACH_PARAGRAPHS = 3;

    /**
     * Returns the article's statements in text order, empty if it has none. The cues and speaker rules are English:
     * in an article declared in another language, quotes are found by their marks and left without a speaker, and
     * no reported speech is read, rather than guessed from words that only look like English names.
     */
    public List<Quote> find(Annotated annotated) {
        ArticleText at = new ArticleText(annotated);
        List<QuotedSpan> spans = QuoteMarks.find(at.text, at.paragraphs);
        SpeakerLocator locator = new SpeakerLocator(at, spans.stream().map(QuotedSpan::content).toList());
        List<DirectQuoteFinder.Found> direct = new DirectQuoteFinder(at, locator).find(spans);
        List<ReportedSpeechFinder.Found> reported = List.of();
        if (isEnglish(annotated.article().language())) {
            List<Span> quoteSpans = direct.stream().map(f -> f.quoted().content()).toList();
            reported = new ReportedSpeechFinder(at, locator, quoteSpans).find();
        } else {
            direct = direct.stream().map(f -> new DirectQuoteFinder.Found(f.quoted(), f.kind(), null)).toList();
        }

        List<Draft> drafts = new ArrayList<>();
        direct.forEach(f -> drafts.add(new Draft(f.quoted().content(), f.kind(), f.attribution())));
        reported.forEach(f -> drafts.add(new Draft(f.content(), QuoteKind.REPORTED, f.attribution())));
        drafts.sort(Comparator.comparing(Draft::content));
        return complete(at, drafts);
    }

    private record Draft(Span content, QuoteKind kind, Attribution attribution) {
    }

    /** English, or not declared (text files and CSV rows, read as English). */
    private static boolean isEnglish(String language) {
        return language == null || language.isBlank() || language.toLowerCase(java.util.Locale.ROOT).startsWith("en");
    }

    private List<Quote> complete(ArticleText at, List<Draft> drafts) {
        SpeakerDetails details = new SpeakerDetails(at);
        StatementSetting setting = new StatementSetting(at);
        List<Quote> out = new ArrayList<>();
        for (Draft d : drafts) {
            Speaker speaker = d.attribution() == null ? null : speaker(at, d.attribution().speaker(), out, details);
            Span cue = d.attribution() == null ? null : d.attribution().cue();
            String cueText = d.attribution() == null ? null : d.attribution().cueText();
            String medium = null;
            String saidOn = null;
            if (cue != null) {
                Span sentence = sentenceOf(at, cue);
                medium = setting.medium(sentence, cue, cueText.toLowerCase(java.util.Locale.ROOT), d.content());
                saidOn = setting.saidOn(sentence, d.content());
            }
            Quote q = new Quote(d.content(), d.content().of(at.text), d.kind(), speaker, cue, cueText, medium, saidOn);
            out.add(inherit(at, q, out));
        }
        return out;
    }

    private static Span sentenceOf(ArticleText at, Span cue) {
        int t = at.firstTokenAtOrAfter(cue.begin());
        Sentence s = at.sentences.get(at.sentenceOf(Math.min(t, at.size() - 1)));
        return s.span();
    }

    private Speaker speaker(ArticleText at, SpeakerRef ref, List<Quote> earlier, SpeakerDetails details) {
        Mention named = ref.pronoun() ? antecedent(at, ref, earlier) : ref.named();
        SpeakerDetails.Details d = details.of(named == null ? null : named.text());
        return new Speaker(ref.span(), ref.text(), named, d.role(), d.organisation());
    }

    /**
     * The name a pronoun stands for: "he"/"she" the last person quoted within a few paragraphs, else the last person
     * named; "they"/"it" the last organisation quoted or named. {@code null} when there is none or for "I"/"we".
     */
    private static Mention antecedent(ArticleText at, SpeakerRef pronoun, List<Quote> earlier) {
        String w = pronoun.text().toLowerCase(java.util.Locale.ROOT);
        EntityType wanted = switch (w) {
            case "he", "she" -> EntityType.PERSON;
            case "they", "it" -> EntityType.ORGANIZATION;
            default -> null;
        };
        if (wanted == null) {
            return null;
        }
        int paragraph = at.paragraphOf(pronoun.span().begin());
        if (wanted == EntityType.PERSON) {
            Mention subject = personEarlierInSentence(at, pronoun.span());
            if (subject != null) {
                return subject;
            }
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Speaker s = earlier.get(i).speaker();
            if (paragraph - at.paragraphOf(earlier.get(i).content().begin()) > PRONOUN_REACH_PARAGRAPHS) {
                break;
            }
            if (s != null && s.named() != null && s.named().type() == wanted) {
                return s.named();
            }
        }
        return at.lastEndingBy(pronoun.span().begin(), wanted);
    }

    /** The first person named in the pronoun's sentence before it ("Ban Ki-moon condemned what he called ..."), or {@code null}. */
    private static Mention personEarlierInSentence(ArticleText at, Span pronoun) {
        int t = at.firstTokenAtOrAfter(pronoun.begin());
        if (t >= at.size()) {
            return null;
        }
        int start = at.sentenceStart(t);
        for (int i = start; i < t; i++) {
            Mention m = at.mention(i);
            if (m != null && m.type() == EntityType.PERSON) {
                return m;
            }
        }
        return null;
    }

    /** A statement that does not say where or when takes them from the same speaker's statement just before it. */
    private static Quote inherit(ArticleText at, Quote q, List<Quote> earlier) {
        if (earlier.isEmpty() || q.speaker() == null || q.medium() != null && q.saidOn() != null) {
            return q;
        }
        Quote prev = earlier.get(earlier.size() - 1);
        boolean near = at.paragraphOf(q.content().begin()) - at.paragraphOf(prev.content().begin()) <= 1;
        if (!near || prev.speaker() == null || !sameSpeaker(prev.speaker(), q.speaker())) {
            return q;
        }
        Quote out = q;
        if (out.medium() == null) {
            out = out.withMedium(prev.medium());
        }
        if (out.saidOn() == null) {
            out = out.withSaidOn(prev.saidOn());
        }
        return out;
    }

    private static boolean sameSpeaker(Speaker a, Speaker b) {
        return SpeakerDetails.surname(a.name()).equals(SpeakerDetails.surname(b.name()));
    }
}
