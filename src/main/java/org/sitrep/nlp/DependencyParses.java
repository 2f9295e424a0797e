package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.core.Dependencies;
import org.sitrep.core.Sentence;
import org.sitrep.core.Syntax;
import org.sitrep.core.Token;

/**
 * Universal Dependencies parses of single sentences by CoreNLP's part-of-speech tagger (left3words) and neural
 * transition parser, run by {@link TransitionParser}: a millisecond or two a sentence, against the tens a constituency
 * parse takes. Both read left to right, looking a few words ahead, so a sentence's beginning parses as it does within
 * the whole sentence and is all an article's parses need read ({@link Syntax#of(int, int)}): the parser's cost is the
 * same for every word. The models load once per process, on the first parse ({@link #shared()}); parsing is
 * thread-safe.
 */
public final class DependencyParses {
    static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    static final String PARSER = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    /** Longer sentences are lists and tables more than prose, and take long to parse: they get none. */
    public static final int MAX_TOKENS = 120;
    /**
     * Words past the last one asked for that are parsed too: the parser's features reach the first three words of its
     * buffer, and the tagger's two words to the right.
     */
    static final int LOOKAHEAD = 3;
    /**
     * Of the hidden layer's products of the model's most frequent features, how many are worked out at load: each is
     * 1,000 numbers, and CoreNLP's default 100,000 take 800 MB of heap and several seconds to load, while these cover
     * all but a few percent of the parsing time they save (measured on the bench corpus: 20,000 parse 8% slower).
     */
    static final int PRECOMPUTED = 20_000;

    private static final class Loaded {
        static final DependencyParses MODELS = new DependencyParses(TaggerFeatureTable.installedIn(new MaxentTagger(TAGGER)),
                DependencyParser.loadFromModelFile(PARSER, parserSettings()));
    }

    private final MaxentTagger tagger;
    private final DependencyParser parser;
    private final TransitionParser transitions;

    private DependencyParses(MaxentTagger tagger, DependencyParser parser) {
        this.tagger = tagger;
        this.parser = parser;
        this.transitions = new TransitionParser(parser);
    }

    private static java.util.Properties parserSettings() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("numPreComputed", Integer.toString(PRECOMPUTED));
        return p;
    }

    /** The process-wide parser, whose models load on first use. */
    public static DependencyParses shared() {
        return Loaded.MODELS;
    }

    /**
     * The parses of an annotation's sentences, each made when first asked for and then kept, so that an article pays
     * only for the sentences its later stages read; the models load on the first parse of the process.
     */
    public static Syntax onDemand(List<Sentence> sentences, List<Token> tokens) {
        return new Lazy(sentences, tokens);
    }

    /** The parse of the words, in order; empty for no words or more than {@link #MAX_TOKENS}. */
    public Optional<Dependencies> parse(List<String> words) {
        if (words.isEmpty() || words.size() > MAX_TOKENS) {
            return Optional.empty();
        }
        List<CoreLabel> labels = tagged(words);
        TransitionParser.Arcs arcs = transitions.parse(labels);
        int[] heads = new int[words.size()];
        for (int i = 0; i < heads.length; i++) {
            heads[i] = arcs.heads()[i] - 1;
        }
        return Optional.of(dependencies(labels, heads, passiveSubjects(heads, arcs.relations())));
    }

    /**
     * The parse of the words as CoreNLP's own parser makes it, by the same models: what {@link #parse} must give, more
     * slowly (for tests and {@code sitrep bench parse}); empty as {@link #parse} is.
     */
    public Optional<Dependencies> parseByCoreNlp(List<String> words) {
        if (words.isEmpty() || words.size() > MAX_TOKENS) {
            return Optional.empty();
        }
        List<CoreLabel> labels = tagged(words);
        GrammaticalStructure gs = parser.predict(labels);
        int[] heads = new int[words.size()];
        String[] relations = new String[words.size()];
        Arrays.fill(heads, Dependencies.ROOT);
        Arrays.fill(relations, "dep");
        for (TypedDependency d : gs.typedDependencies()) {
            int dep = d.dep().index() - 1;
            if (dep >= 0 && dep < heads.length) {
                heads[dep] = d.gov().index() - 1;
                relations[dep] = d.reln().toString();
            }
        }
        return Optional.of(dependencies(labels, heads, relations));
    }

    private List<CoreLabel> tagged(List<String> words) {
        List<CoreLabel> labels = new ArrayList<>(words.size());
        boolean open = false;
        for (int i = 0; i < words.size(); i++) {
            String w = treebankForm(words.get(i), open);
            open = w.equals("``") || !w.equals("''") && open;
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            l.setValue(w);
            l.setOriginalText(words.get(i));
            l.setIndex(i + 1);
            labels.add(l);
        }
        tagger.tagCoreLabels(labels);
        return labels;
    }

    private static Dependencies dependencies(List<CoreLabel> tagged, int[] heads, String[] relations) {
        return new Dependencies(tagged.stream().map(CoreLabel::tag).toList(), Arrays.stream(heads).boxed().toList(),
                Arrays.asList(relations));
    }

    /**
     * The relations with the subject of a verb that has a passive auxiliary marked passive ("nsubj:pass"), as CoreNLP's
     * grammatical structures mark it after parsing: the model itself labels such a subject "nsubj" at times.
     */
    static String[] passiveSubjects(int[] heads, String[] relations) {
        boolean[] passive = new boolean[heads.length];
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] >= 0 && relations[i].equals("aux:pass")) {
                passive[heads[i]] = true;
            }
        }
        String[] marked = relations.clone();
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] >= 0 && passive[heads[i]] && (marked[i].equals("nsubj") || marked[i].equals("csubj"))) {
                marked[i] = marked[i] + ":pass";
            }
        }
        return marked;
    }

    /**
     * The word as the models learned it: quote marks as the Penn Treebank writes them, opening {@code ``} and closing
     * {@code ''}, for the tagger reads curly and straight marks as unknown words; a straight mark closes when one is open.
     */
    static String treebankForm(String word, boolean quoteOpen) {
        return switch (word) {
            case "“", "„", "«", "‘" -> "``";
            case "”", "»", "’" -> "''";
            case "\"" -> quoteOpen ? "''" : "``";
            default -> word;
        };
    }

    /**
     * One article's parses, made on demand: the beginning of a sentence up to the words asked for, which a later
     * question about the same sentence reuses when it reaches far enough and otherwise replaces.
     */
    private static final class Lazy implements Syntax {
        private final List<Sentence> sentences;
        private final List<Token> tokens;
        /**
         * The longest parse made of each sentence from each first word (keyed by sentence and that word); one the
         * parser refused ({@link #MAX_TOKENS}) costs nothing to ask again.
         */
        private final Map<Long, Dependencies> made = new HashMap<>();

        Lazy(List<Sentence> sentences, List<Token> tokens) {
            this.sentences = sentences;
            this.tokens = tokens;
        }

        @Override
        public Optional<Dependencies> of(int sentence, int through) {
            return sentence < 0 || sentence >= sentences.size() ? Optional.empty()
                    : of(sentence, sentences.get(sentence).firstToken(), through);
        }

        @Override
        public Optional<Dependencies> of(int sentence, int from, int through) {
            if (sentence < 0 || sentence >= sentences.size()) {
                return Optional.empty();
            }
            Sentence in = sentences.get(sentence);
            int begin = Math.max(from, in.firstToken());
            int end = in.firstToken() + in.tokenCount();
            if (begin >= end) {
                return Optional.empty();
            }
            int words = (int) Math.min(end - begin, Math.max(0L, (long) through - begin + 1 + LOOKAHEAD));
            Long key = ((long) sentence << 32) | begin;
            Dependencies kept = made.get(key);
            if (kept != null && kept.size() >= words) {
                return Optional.of(kept);
            }
            Optional<Dependencies> parse = shared().parse(tokens.subList(begin, begin + words).stream()
                    .map(Token::text).toList());
            parse.ifPresent(d -> made.put(key, d));
            return parse;
        }
    }
}
