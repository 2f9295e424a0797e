package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.core.Annotated;
import org.sitrep.core.Mention;
import org.sitrep.core.Quote;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.Sentence;
import org.sitrep.core.Span;
import org.sitrep.core.Speaker;
import org.sitrep.core.SpeakerBasis;

/**
 * Finds who said what in an annotated article: direct and partial quotes and reported speech, each with its
 * speaker (a pronoun resolved to the person it stands for; {@code null} when the text does not say), the
 * speaker's role and organisation, the cue, the medium and the day. Thread-safe and stateless.
 */
public final class QuoteAttributor {
    private final SpeakerRanker ranker;

    /**
     * Speakers chosen by the shipped {@link SpeakerRanker} among the rules' choice and the names around each
     * statement; by the rules alone when the system property {@code sitrep.quotes.ranker} is {@code off}.
     */
    public QuoteAttributor() {
        this("off".equals(System.getProperty("sitrep.quotes.ranker")) ? null : SpeakerRanker.bundled());
    }

    /** Speakers chosen by {@code ranker} among the candidates, or by the rules alone when it is {@code null}. */
    public QuoteAttributor(SpeakerRanker ranker) {
        this.ranker = ranker;
    }

    /**
     * Returns the article's statements in text order, empty if it has none. The cues and speaker rules are English:
     * in an article declared in another language, quotes are found by their marks and left without a speaker, and
     * no reported speech is read, rather than guessed from words that only look like English names.
     */
    public List<Quote> find(Annotated annotated) {
        return find(annotated, null);
    }

    /**
     * Each statement the rules find, in text order, with the speakers it may have (the rules' choice first), for
     * training and measuring the {@link SpeakerRanker}; statements without a cue have none.
     */
    public List<StatementCandidates> candidates(Annotated annotated) {
        List<StatementCandidates> out = new ArrayList<>();
        find(annotated, out);
        return out;
    }

    private List<Quote> find(Annotated annotated, List<StatementCandidates> candidates) {
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
        for (ReportedSpeechFinder.Found f : reported) {
            if (f.kind() == QuoteKind.REPORTED && isFirstPerson(f.attribution().speaker())) {
                continue; // "I think ..." outside quotes is the writer's own voice, not a source's statement
            }
            drafts.add(new Draft(f.content(), f.kind(), f.attribution()));
        }
        drafts.sort(Comparator.comparing(Draft::content));
        var quoted = new org.sitrep.core.SpanSet(spans.stream().map(QuotedSpan::content).toList());
        return complete(at, drafts, new PronounAntecedents(at, quoted), quoted, candidates);
    }

    private record Draft(Span content, QuoteKind kind, Attribution attribution) {
    }

    private static boolean isFirstPerson(SpeakerRef s) {
        if (s == null || !s.pronoun()) {
            return false;
        }
        String w = s.text().toLowerCase(java.util.Locale.ROOT);
        return w.equals("i") || w.equals("we");
    }

    /** English, or not declared (text files and CSV rows, read as English). */
    private static boolean isEnglish(String language) {
        return language == null || language.isBlank() || language.toLowerCase(java.util.Locale.ROOT).startsWith("en");
    }

    private List<Quote> complete(ArticleText at, List<Draft> drafts, PronounAntecedents antecedents,
                                 org.sitrep.core.SpanSet quoted, List<StatementCandidates> candidates) {
        SpeakerDetails details = new SpeakerDetails(at);
        StatementSetting setting = new StatementSetting(at);
        SpeakerCandidates others = new SpeakerCandidates(at, quoted, details);
        List<Quote> out = new ArrayList<>();
        for (Draft d : drafts) {
            Speaker speaker = d.attribution() == null ? null : speaker(d.attribution().speaker(), out, details, antecedents);
            if (speaker != null && (ranker != null || candidates != null)) {
                List<SpeakerCandidate> cs = others.of(d.content(), d.kind(), d.attribution(), speaker, out);
                if (candidates != null) {
                    candidates.add(new StatementCandidates(d.content(), d.kind(), cs));
                }
                if (ranker != null) {
                    speaker = ranked(ranker.choose(cs));
                }
            } else if (candidates != null) {
                candidates.add(new StatementCandidates(d.content(), d.kind(), List.of()));
            }
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

    /**
     * The ranker's choice with its probability as confidence. A pronoun the rules resolved keeps their basis: PolNeAR,
     * which the ranker learned from, marks the pronoun itself as the source and cannot say whether the name it
     * stands for is right, so the field corpus's measure of each pronoun rule stays the better guide.
     */
    private static Speaker ranked(SpeakerRanker.Choice choice) {
        Speaker s = choice.candidate().speaker();
        boolean pronoun = choice.candidate().rule() && s.basis().pronoun();
        return pronoun ? s : new Speaker(s.span(), s.text(), s.named(), s.role(), s.organisation(),
                SpeakerBasis.learned(choice.probability()));
    }

    private static Speaker speaker(SpeakerRef ref, List<Quote> earlier, SpeakerDetails details, PronounAntecedents antecedents) {
        PronounAntecedents.Antecedent a = ref.pronoun() ? antecedents.of(ref, earlier)
                : ref.named() != null ? new PronounAntecedents.Antecedent(ref.named(), SpeakerBasis.NAME)
                : new PronounAntecedents.Antecedent(null, SpeakerBasis.DESCRIPTION);
        Mention named = a.named();
        SpeakerDetails.Details d = details.of(named == null ? null : named.text());
        return new Speaker(ref.span(), ref.text(), named, d.role(), d.organisation(), a.basis());
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
