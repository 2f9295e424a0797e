package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's neural arc-standard parser (Chen and Manning, 2014) run on its own loaded weights, with the same features,
 * network and transitions, faster than CoreNLP runs it: tagging and parsing take about 0.4 of CoreNLP's time (17,800
 * against 6,800 words per CPU second on {@code sitrep bench parse}, 2026-12-06), where the quotes stage's parsing had
 * become a third of an article's time. CoreNLP scores every transition at every step, each score one chain of
 * double-precision multiply-adds, and adds the hidden-layer product of a feature missing from its precomputed ones by
 * reading a column of its weights, behind a lock on its cache of such products. Here a step where one transition alone
 * is allowed (a shift while the stack holds the root and one word; the last arc, to the root) is taken unscored, the
 * products and scores are summed along memory in single precision, which the processor does several at a time, and
 * each thread keeps the products it worked out last ({@link RecentProducts}) rather than summing them again.
 * The sums round apart from CoreNLP's, which could pick another transition between near-equal scores: none of the
 * 2,101 parses that the field corpus and PolNeAR ask for differed ({@code DependencyParsesTest} holds a sample to it).
 * Thread-safe: the weights are only read.
 */
final class TransitionParser {
    private final DependencyParser features;
    private final ArcStandard system;
    private final List<String> transitions;
    private final String shift;
    private final float[][] embeddings;
    /**
     * The hidden layer's weights by input: row {@code j * embeddingSize + k} holds the weights from the {@code k}th number
     * of feature {@code j}'s embedding to every hidden unit, so that adding a feature's product runs along memory.
     */
    private final float[][] hiddenWeightsByInput;
    private final float[] hiddenBias;
    /** The output layer's weights by hidden unit: row {@code i} holds unit {@code i}'s weight for every transition. */
    private final float[][] outputWeightsByUnit;
    /**
     * Hidden-layer products worked out at load for the model's most frequent features: the sorted keys (feature id times
     * feature count plus feature position) and, at the same index, the row of {@link #precomputed}; sorted arrays,
     * since boxing each of a step's 48 look-ups into a hash map cost more than the look-up.
     */
    private final int[] precomputedKeys;
    private final int[] precomputedRows;
    private final double[][] precomputed;
    private final int embeddingSize;
    /**
     * Each thread's products of the features not precomputed that it met last, since a word stays at one feature
     * position (the first of the buffer, the top of the stack) for several steps running, and a name recurs in an
     * article.
     */
    private final ThreadLocal<RecentProducts> recent;

    TransitionParser(DependencyParser parser) {
        Classifier classifier = CoreNlpFields.read(parser, DependencyParser.class, "classifier", Classifier.class);
        ParsingSystem parsing = CoreNlpFields.read(parser, DependencyParser.class, "system", ParsingSystem.class);
        if (!(parsing instanceof ArcStandard arcStandard) || !CoreNlpFields.read(parsing, ArcStandard.class, "singleRoot", Boolean.class)) {
            throw new IllegalStateException("the dependency model must use the arc-standard system with a single root; got: "
                    + parsing.getClass().getName());
        }
        this.features = parser;
        this.system = arcStandard;
        this.transitions = CoreNlpFields.read(parsing, ParsingSystem.class, "transitions", List.class);
        this.shift = transitions.stream().filter(t -> t.equals("S")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the dependency model has no shift transition (\"S\"); got: " + transitions));
        this.embeddings = classifier.getE();
        this.hiddenWeightsByInput = transposed(classifier.getW1());
        this.hiddenBias = classifier.getb1();
        this.outputWeightsByUnit = transposed(classifier.getW2());
        Map<?, ?> preMap = CoreNlpFields.read(classifier, Classifier.class, "preMap", Map.class);
        this.precomputedKeys = preMap.keySet().stream().mapToInt(k -> (Integer) k).sorted().toArray();
        this.precomputedRows = Arrays.stream(precomputedKeys).map(k -> (Integer) preMap.get(k)).toArray();
        this.precomputed = CoreNlpFields.read(classifier, Classifier.class, "saved", double[][].class);
        this.embeddingSize = embeddings[0].length;
        this.recent = ThreadLocal.withInitial(() -> new RecentProducts(hiddenBias.length));
    }

    /**
     * The arcs of the tagged words ({@link CoreLabel#tag()} set), in order: {@code heads[i]} is the 1-based position of
     * word {@code i}'s head, 0 for the root, and {@code relations[i]} the arc's label.
     */
    Arcs parse(List<CoreLabel> tagged) {
        CoreLabel sentence = new CoreLabel();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tagged);
        Configuration c = system.initialConfiguration(sentence);
        double[] hidden = new double[hiddenBias.length];
        RecentProducts products = recent.get();
        while (!system.isTerminal(c)) {
            system.apply(c, next(c, hidden, products));
        }
        int[] heads = new int[tagged.size()];
        String[] relations = new String[tagged.size()];
        for (int i = 0; i < heads.length; i++) {
            heads[i] = c.getHead(i + 1);
            relations[i] = c.getLabel(i + 1);
        }
        return new Arcs(heads, relations);
    }

    /** A parse's arcs: heads 1-based with 0 for the root, and their labels, one of each per word. */
    record Arcs(int[] heads, String[] relations) {
    }

    /**
     * The transition the network scores highest among those the configuration allows; arc-standard allows an arc only
     * while the stack holds two words besides the root, the arc to the root only once the buffer is empty.
     */
    private String next(Configuration c, double[] hidden, RecentProducts products) {
        if (c.getStackSize() <= 2) {
            return c.getBufferSize() > 0 ? shift : onlyAllowed(c);
        }
        hiddenLayer(features.getFeatures(c), hidden, products);
        float[] scores = scores(hidden);
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < transitions.size(); t++) {
            if (scores[t] > bestScore && system.canApply(c, transitions.get(t))) {
                bestScore = scores[t];
                best = transitions.get(t);
            }
        }
        return best;
    }

    private String onlyAllowed(Configuration c) {
        for (String t : transitions) {
            if (system.canApply(c, t)) {
                return t;
            }
        }
        throw new IllegalStateException("no transition applies to " + c.getStr());
    }

    /** The hidden layer's cubed activations for the features, into {@code hidden}. */
    private void hiddenLayer(List<Integer> featureIds, double[] hidden, RecentProducts products) {
        Arrays.fill(hidden, 0);
        int count = featureIds.size();
        for (int j = 0; j < count; j++) {
            int id = featureIds.get(j);
            int key = id * count + j;
            int at = Arrays.binarySearch(precomputedKeys, key);
            if (at >= 0) {
                double[] saved = precomputed[precomputedRows[at]];
                for (int i = 0; i < hidden.length; i++) {
                    hidden[i] += saved[i];
                }
            } else {
                float[] product = products.of(key);
                if (product == null) {
                    product = products.add(key, product(embeddings[id], j));
                }
                for (int i = 0; i < hidden.length; i++) {
                    hidden[i] += product[i];
                }
            }
        }
        for (int i = 0; i < hidden.length; i++) {
            double h = hidden[i] + hiddenBias[i];
            hidden[i] = h * h * h;
        }
    }

    /**
     * The hidden layer's weights times the embedding of feature {@code position}, summed in single precision as
     * CoreNLP's cache of these products does.
     */
    private float[] product(float[] embedding, int position) {
        float[] product = new float[hiddenBias.length];
        int first = position * embeddingSize;
        for (int k = 0; k < embedding.length; k++) {
            float e = embedding[k];
            float[] weights = hiddenWeightsByInput[first + k];
            for (int i = 0; i < product.length; i++) {
                product[i] += e * weights[i];
            }
        }
        return product;
    }

    private static float[][] transposed(float[][] m) {
        float[][] t = new float[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    /**
     * The output layer's score of every transition, summed a hidden unit at a time in single precision, so that the
     * processor sums several transitions at once.
     */
    private float[] scores(double[] hidden) {
        float[] scores = new float[transitions.size()];
        for (int i = 0; i < hidden.length; i++) {
            float h = (float) hidden[i];
            float[] weights = outputWeightsByUnit[i];
            for (int t = 0; t < scores.length; t++) {
                scores[t] += h * weights[t];
            }
        }
        return scores;
    }
}
