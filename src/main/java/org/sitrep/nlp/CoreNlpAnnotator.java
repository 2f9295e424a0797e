package org.sitrep.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.DateExpression;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.SpanSet;
import org.sitrep.core.Sentence;
import org.sitrep.core.Span;
import org.sitrep.core.Token;

/**
 * Sentences, tokens and PERSON/ORGANIZATION/LOCATION mentions from Stanford CoreNLP, and date expressions of the text
 * and then of the captions from {@link DateExpressionFinder}, and, when the settings ask for them, dependency parses
 * of the sentences a later stage reads ({@link DependencyParses}). Loading the models takes seconds, so build one per process ({@link #shared()}).
 */
public final class CoreNlpAnnotator implements Annotator {
    private static volatile CoreNlpAnnotator shared;

    private final StanfordCoreNLP pipeline;
    private final DateExpressionFinder dates = new DateExpressionFinder();
    private final ActorGazetteer gazetteer;
    private final boolean syntax;
    /** How far past a part's end CoreNLP reads, to tokenize the part's last words in their context. */
    private static final int LOOKAHEAD_CHARS = 200;

    public CoreNlpAnnotator(NlpSettings settings) {
        this.pipeline = withFeatureTables(withRecentWordForms(new StanfordCoreNLP(properties(settings))));
        this.gazetteer = settings.knowledgeBase() ? ActorGazetteer.shared() : null;
        this.syntax = settings.syntax();
    }

    /** The process-wide annotator with {@link NlpSettings#FAST}, loaded on first use. */
    public static CoreNlpAnnotator shared() {
        CoreNlpAnnotator local = shared;
        if (local == null) {
            synchronized (CoreNlpAnnotator.class) {
                local = shared;
                if (local == null) {
                    local = new CoreNlpAnnotator(NlpSettings.FAST);
                    shared = local;
                }
            }
        }
        return local;
    }

    /**
     * The pipeline with each of its CRFs remembering the forms its word function gave lately ({@link RecentWordForms}):
     * the same features, built faster. CoreNLP shares a loaded annotator between pipelines of the same settings, so a
     * CRF may already remember them.
     */
    static StanfordCoreNLP withRecentWordForms(StanfordCoreNLP pipeline) {
        for (AbstractSequenceClassifier<?> crf : sequenceClassifiers(pipeline)) {
            rememberWordForms(crf.flags);
        }
        return pipeline;
    }

    /**
     * The pipeline with each of its CRFs looking its features up in a {@link FeatureTable}: the same numbers for the
     * same names, with fewer waits for memory. CoreNLP shares a loaded annotator between pipelines of the same
     * settings, so a CRF may already have one.
     */
    static StanfordCoreNLP withFeatureTables(StanfordCoreNLP pipeline) {
        for (AbstractSequenceClassifier<?> classifier : sequenceClassifiers(pipeline)) {
            if (classifier instanceof CRFClassifier<?> crf) {
                synchronized (crf) {
                    Index<String> index = featureIndex(crf);
                    if (!(index instanceof HashIndex<String> h
                            && CoreNlpFields.read(h, HashIndex.class, "indexes", Map.class) instanceof FeatureTable)) {
                        CoreNlpFields.write(crf, CRFClassifier.class, "featureIndex", FeatureTable.copyOf(index));
                    }
                }
            }
        }
        return pipeline;
    }

    @SuppressWarnings("unchecked")
    static Index<String> featureIndex(CRFClassifier<?> crf) {
        return CoreNlpFields.read(crf, CRFClassifier.class, "featureIndex", Index.class);
    }

    /** The sequence classifiers (CRFs) of the pipeline's named-entity annotators, in order; empty if it has none. */
    static List<AbstractSequenceClassifier<?>> sequenceClassifiers(StanfordCoreNLP pipeline) {
        List<AbstractSequenceClassifier<?>> found = new ArrayList<>();
        for (Object annotator : CoreNlpFields.read(pipeline, AnnotationPipeline.class, "annotators", List.class)) {
            if (annotator instanceof NERCombinerAnnotator ner) {
                NERClassifierCombiner combiner = CoreNlpFields.read(ner, NERCombinerAnnotator.class, "ner", NERClassifierCombiner.class);
                for (Object classifier : CoreNlpFields.read(combiner, ClassifierCombiner.class, "baseClassifiers", List.class)) {
                    if (classifier instanceof AbstractSequenceClassifier<?> crf) {
                        found.add(crf);
                    }
                }
            }
        }
        return found;
    }

    private static void rememberWordForms(SeqClassifierFlags flags) {
        synchronized (flags) {
            if (flags.wordFunction != null && !(flags.wordFunction instanceof RecentWordForms)) {
                flags.wordFunction = new RecentWordForms(flags.wordFunction);
            }
        }
    }

    static Properties properties(NlpSettings settings) {
        Properties p = new Properties();
        // The CRF tagger reads words and shapes only, so POS and lemmas would be work for nothing.
        p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("enforceRequirements", "false");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", settings.nerModel());
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.maxtime", "0");
        p.setProperty("ner.maxlen", Integer.toString(settings.maxSentenceTokens()));
        return p;
    }

    @Override
    public Annotated annotate(Article article) {
        return annotate(article, Instant.MAX);
    }

    /**
     * Annotates the text a part at a time ({@link TextChunks}), so CoreNLP's working objects for a long article never
     * pile up; once {@code deadline} has passed, the parts not yet read are left and the annotation's article is the
     * part that was read ({@link Article#upTo}).
     */
    @Override
    public Annotated annotate(Article article, Instant deadline) {
        return annotate(article, deadline, TextChunks.MAX_CHARS);
    }

    /** As {@link #annotate(Article, Instant)}, reading parts of at most {@code partChars} characters. */
    Annotated annotate(Article article, Instant deadline, int partChars) {
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        int read = 0;
        while (read < text.length() && (read == 0 || !Instant.now().isAfter(deadline))) {
            read = annotatePart(text, read, TextChunks.end(text, read, partChars), sentences, tokens, mentions);
        }
        Article covered = read < text.length() ? article.upTo(read) : article;
        String coveredText = covered.text();
        if (covered != article) {
            int end = coveredText.length();
            sentences.removeIf(s -> s.span().end() > end);
            tokens.subList(sentences.isEmpty() ? 0 : lastToken(sentences), tokens.size()).clear();
            mentions.removeIf(m -> m.span().end() > end);
        }
        // Captions are a few dozen words each: the date patterns alone read them, without CoreNLP.
        List<DateExpression> found = new ArrayList<>(dates.find(coveredText, article.published(), article.publishedMonth()));
        found.addAll(dates.findInCaptions(article.captions(), article.published()));
        List<Mention> mended = TaggedSurnames.retyped(coveredText, NameBoundaries.mended(coveredText, mentions, this::isKnownName));
        List<Mention> named = AppositiveOrganisations.added(coveredText, DefinedNames.retyped(coveredText,
                QualifiedPlaces.retyped(coveredText, withKnownNames(coveredText, mended, article.published()), this::isKnownName),
                this::isKnownName));
        Annotated out = new Annotated(covered, sentences, tokens, named, found);
        return syntax ? out.withSyntax(DependencyParses.onDemand(out.sentences(), out.tokens())) : out;
    }

    /** Whether the knowledge base knows {@code name} as one of its actors' names; never without a knowledge base. */
    private boolean isKnownName(String name) {
        return gazetteer != null && gazetteer.lookup(name).isPresent();
    }

    private static int lastToken(List<Sentence> sentences) {
        Sentence last = sentences.get(sentences.size() - 1);
        return last.firstToken() + last.tokenCount();
    }

    /**
     * Annotates the sentences of {@code text} that begin in {@code [from, end)}, on their own; offsets come out in the
     * whole text's terms. CoreNLP reads a little past {@code end}, so that the last words of the part are tokenized
     * as they are within the whole text (a paragraph closing on "U.S." is no sentence of its own at the end of a part).
     *
     * @return where the next part begins: {@code end}, or the end of the last sentence if it ran past {@code end}
     */
    private int annotatePart(String text, int from, int end, List<Sentence> sentences, List<Token> tokens, List<Mention> mentions) {
        // A part that opens on the blank line between paragraphs ends some sentences differently (a closing quote mark
        // after "quagmire." became a sentence of its own), so CoreNLP starts at the first word.
        int begin = from;
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        String part = text.substring(begin, Math.min(text.length(), end + LOOKAHEAD_CHARS));
        Annotation doc = new Annotation(part);
        pipeline.annotate(doc);
        List<Mention> found = new ArrayList<>();
        int next = end;
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            if (begin(s) + begin >= end) {
                break;
            }
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            sentences.add(new Sentence(new Span(begin(s) + begin, end(s) + begin), tokens.size(), labels.size()));
            for (CoreLabel t : labels) {
                tokens.add(new Token(new Span(t.beginPosition() + begin, t.endPosition() + begin), t.originalText()));
            }
            collectMentions(part, labels, found);
            next = Math.max(next, end(s) + begin);
        }
        for (Mention m : found) {
            mentions.add(begin == 0 ? m : new Mention(new Span(m.span().begin() + begin, m.span().end() + begin), m.text(), m.type()));
        }
        return next;
    }

    /**
     * The knowledge base's names win over the statistical tagger's mentions they overlap ("Daesh" is no person,
     * "Assad Retook Aleppo" no place), except a place of the knowledge base inside a longer name of a place or organisation
     * of the tagger ("Bank of America", "U.S. Gulf": the longer name is the more precise) and a known name that is only part of
     * a longer name ({@link #yieldsToLongerName}: "Andrei Medvedev" is not Dmitry Medvedev), unless names of the knowledge base make up the whole of it ("Russia Iran", two names
     * run together); a known place that is the surname of a person the tagger named in full is the tagger's person
     * ({@link TaggedSurnames}); a lone generic word ("Province", "Jebel") is no mention, nor are the {@link NonNames}. Descriptions ("Iraqi troops")
     * are no named entities: the resolve stage links them.
     */
    private List<Mention> withKnownNames(String text, List<Mention> tagged, java.time.LocalDate day) {
        if (gazetteer == null) {
            return tagged;
        }
        List<ActorGazetteer.Match> known = new ArrayList<>(gazetteer.find(text, day).stream().filter(k -> !k.descriptive()).toList());
        tagged = personsAfterKnownOrganisations(text, LostApostrophes.mended(text, tagged, gazetteer::lookup), known);
        known = new ArrayList<>(TaggedSurnames.withoutSurnames(text, tagged, known));
        for (Mention m : tagged) {
            List<ActorGazetteer.Match> inside = known.stream().filter(k -> m.span().contains(k.span())).toList();
            boolean onlyPlacesWithin = !inside.isEmpty() && inside.stream().allMatch(k -> !k.span().equals(m.span())
                    && (k.actor().type() == EntityType.LOCATION && m.type() != EntityType.PERSON || yieldsToLongerName(text, m, k))
                    && !afterPlacesPossessive(text, m, k));
            boolean overlapsOthers = known.stream().anyMatch(k -> k.span().overlaps(m.span()) && !m.span().contains(k.span()));
            if (onlyPlacesWithin && !overlapsOthers && !coveredBy(text, m.span(), inside)) {
                known.removeAll(inside);
            }
        }
        SpanSet knownSpans = new SpanSet(known.stream().map(ActorGazetteer.Match::span).toList());
        List<Mention> out = new ArrayList<>();
        for (Mention m : tagged) {
            if (!knownSpans.overlapsAny(m.span()) && !FRAGMENTS.contains(m.text())) {
                out.add(m);
            }
        }
        for (ActorGazetteer.Match k : known) {
            Span span = ownWords(text, k);
            out.add(Mention.at(text, span, k.actor().type()));
        }
        out.sort(java.util.Comparator.comparing(Mention::span));
        return NonNames.without(text, out);
    }

    /**
     * The tagger's mentions with a person's name that opens with a known organisation's name ("CNN Wolf Blitzer" of
     * "told CNN Wolf Blitzer was ...") cut to the words after the organisation's, when they are names: the writer ran
     * the outlet and the person together, and the known name stays the organisation's.
     */
    static List<Mention> personsAfterKnownOrganisations(String text, List<Mention> tagged, List<ActorGazetteer.Match> known) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : tagged) {
            ActorGazetteer.Match opening = m.type() != EntityType.PERSON ? null : known.stream()
                    .filter(k -> k.actor().type() == EntityType.ORGANIZATION && k.span().begin() == m.span().begin()
                            && k.span().end() < m.span().end() && text.charAt(k.span().end()) == ' ')
                    .findFirst().orElse(null);
            if (opening == null || !startsPersonsName(text, new Span(opening.span().end() + 1, m.span().end()))) {
                out.add(m);
                continue;
            }
            Span rest = PersonTitles.trimmed(text, new Span(opening.span().end() + 1, m.span().end()));
            out.add(Mention.at(text, rest, EntityType.PERSON));
        }
        return out;
    }

    /** Whether the span holds two words at least, the first a capitalised name ("Hamza bin Laden", not "Host"). */
    private static boolean startsPersonsName(String text, Span span) {
        String words = span.of(text);
        return words.indexOf(' ') > 1 && Character.isUpperCase(words.charAt(0))
                && namesOnly(text, span, new Span(span.begin(), span.begin()));
    }

    /**
     * The words of a knowledge-base match that name the actor: an alias written with its holder's title ("President
     * Bashar al-Assad", "Syrian President Bashar al-Assad") matches whole, so that the longer alias wins, but the
     * title is no part of the name, as in the tagger's names.
     */
    private static Span ownWords(String text, ActorGazetteer.Match k) {
        return k.actor().type() == EntityType.PERSON ? PersonTitles.trimmed(text, k.span()) : k.span();
    }

    /**
     * Whether a known name inside a longer name of the tagger is only part of that name, the other words being
     * capitalised names: a person's surname in a longer person's name ("Andrei Medvedev"), any name in the middle of a
     * person's name ("Abdul Fatah Younis" is no Fatah). (An organisation's name that opens a longer one of the tagger
     * stays the known one: "CNN Host" is CNN.)
     */
    private static boolean yieldsToLongerName(String text, Mention m, ActorGazetteer.Match k) {
        if (!namesOnly(text, m.span(), k.span())) {
            return false;
        }
        EntityType known = k.actor().type();
        boolean inMiddle = k.span().begin() > m.span().begin() && k.span().end() < m.span().end();
        return m.type() == EntityType.PERSON && (known == EntityType.PERSON || inMiddle);
    }

    /**
     * Whether the only word of the tagger's name before a known name is a known place's possessive that lost its
     * apostrophe ("Syrias Assad" of a page that lost its apostrophes): the known name is then the name, not the longer one.
     */
    private boolean afterPlacesPossessive(String text, Mention m, ActorGazetteer.Match k) {
        String before = text.substring(m.span().begin(), k.span().begin()).strip();
        return k.span().end() == m.span().end() && !before.contains(" ") && LostApostrophes.namesPlace(before, gazetteer::lookup);
    }

    /**
     * Whether the words of {@code outer} outside {@code inner} are capitalised names ("Andrei", not "pro-"), with the
     * particles that join a given name to a surname ("Ibrahim al-" of "Ibrahim al-Jaafari", who is no Bashar Jaafari).
     */
    private static boolean namesOnly(String text, Span outer, Span inner) {
        String rest = text.substring(outer.begin(), inner.begin()) + " " + text.substring(inner.end(), outer.end());
        boolean name = false;
        for (String w : rest.strip().split("\\s+")) {
            if (w.isEmpty() || SURNAME_PARTICLES.contains(w.toLowerCase(java.util.Locale.ROOT).replaceAll("[-\u2010\u2011]$", ""))) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0)) || w.endsWith("-")) {
                return false;
            }
            name = true;
        }
        return name;
    }

    /** Particles written between a given name and a surname ("al-", "bin", "van"). */
    private static final java.util.Set<String> SURNAME_PARTICLES = ArabicArticles.and("bin", "ibn", "bint", "abu", "de", "da",
            "di", "del", "dos", "du", "van", "von", "der", "le", "la");

    /** Whether the matches cover every letter and digit of the span. */
    private static boolean coveredBy(String text, Span span, List<ActorGazetteer.Match> matches) {
        for (int i = span.begin(); i < span.end(); i++) {
            int at = i;
            if (Character.isLetterOrDigit(text.charAt(i)) && matches.stream().noneMatch(k -> k.span().begin() <= at && at < k.span().end())) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> FRAGMENTS = java.util.Set.of("Province", "Governorate", "Jebel", "Jabal",
            "Mount", "River", "City", "Region", "Countryside", "District", "Camp", "Valley", "Border", "Crossing");

    private static int begin(CoreMap s) {
        return s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    }

    private static int end(CoreMap s) {
        return s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }

    /** Joins runs of tokens with the same entity tag into mentions. */
    private static void collectMentions(String text, List<CoreLabel> labels, List<Mention> out) {
        EntityType current = null;
        int begin = -1;
        int end = -1;
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel t = labels.get(i);
            EntityType type = EntityType.parse(t.ner()).orElse(null);
            if (type != current || type != null && hasBreak(text, end, t.beginPosition())) {
                addMention(text, current, begin, end, out);
                current = type;
                begin = type == EntityType.PERSON && FirstNames.missedBefore(labels, i) ? labels.get(i - 1).beginPosition() : t.beginPosition();
            }
            end = t.endPosition();
        }
        addMention(text, current, begin, end, out);
    }

    /** Tokens with one tag stay one mention across spaces and hyphens only: a line break or punctuation between them starts another. */
    private static boolean hasBreak(String text, int previousEnd, int nextBegin) {
        if (previousEnd < 0) {
            return false;
        }
        for (int i = previousEnd; i < nextBegin; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '-') {
                return true;
            }
        }
        return false;
    }

    private static void addMention(String text, EntityType tagged, int begin, int end, List<Mention> out) {
        if (tagged != null && begin >= 0) {
            // "Zaman Mosque", "Bagram Air Base": the tagger reads an unfamiliar facility's name by its first words.
            boolean facility = tagged == EntityType.PERSON && FacilityWords.endsWithFacility(text.substring(begin, end));
            EntityType type = facility ? EntityType.LOCATION : tagged;
            Span span = type == EntityType.PERSON ? PersonTitles.trimmed(text, new Span(begin, end))
                    : new Span(facility ? FacilityWords.nameBegin(text, begin, out) : begin, end);
            out.add(Mention.at(text, span, type));
        }
    }
}
