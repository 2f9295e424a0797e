package org.sitrep.learn;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.classification.Label;
import org.tribuo.classification.liblinear.LibLinearClassificationModel;
import org.tribuo.impl.ArrayExample;

/**
 * A LIBLINEAR model of Tribuo's scored as Tribuo scores it (the same feature nodes in the same order, LIBLINEAR's own
 * arithmetic, the same labels), without what Tribuo builds around each prediction: an example whose feature names it
 * sorts as strings, a stream to drop repeated names, a prediction object with a label object per label. Those cost
 * several times LIBLINEAR's sum itself, and the statement and event stages score a model for every candidate speaker,
 * reported clause and sentence. Thread-safe: the weights are only read.
 */
final class DirectModel {
    private final ImmutableFeatureMap features;
    private final de.bwaldvogel.liblinear.Model weights;
    /** Each of LIBLINEAR's scores' label, in its order. */
    private final String[] labels;
    /** Labels of the output domain the model never saw trained: Tribuo gives them a score of 0. */
    private final Set<String> unobserved;

    private DirectModel(ImmutableFeatureMap features, de.bwaldvogel.liblinear.Model weights, String[] labels,
                        Set<String> unobserved) {
        this.features = features;
        this.weights = weights;
        this.labels = labels;
        this.unobserved = unobserved;
    }

    static DirectModel of(LibLinearClassificationModel model) {
        de.bwaldvogel.liblinear.Model weights = model.getInnerModels().get(0);
        int[] ids = weights.getLabels();
        String[] labels = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            labels[i] = model.getOutputIDInfo().getOutput(ids[i]).getLabel();
        }
        // Which labels Tribuo adds unscored is read off one prediction of its own, as it decides them.
        ImmutableFeatureMap features = model.getFeatureIDMap();
        Set<String> unobserved = new HashSet<>();
        if (features.size() > 0) {
            String known = features.get(0).getName();
            unobserved.addAll(model.predict(new ArrayExample<>(new Label(Label.UNKNOWN), new String[] {known},
                    new double[] {1.0})).getOutputScores().keySet());
            unobserved.removeAll(List.of(labels));
        }
        return new DirectModel(features, weights, labels, Set.copyOf(unobserved));
    }

    /**
     * The probability (or, for a model without probabilities, the decision value) of each label for an example with
     * these features, each counted once; {@code null} when the model knows none of them, where Tribuo refuses to
     * predict.
     */
    Map<String, Double> scores(List<String> names) {
        int[] ids = new int[names.size()];
        int count = 0;
        for (String name : names) {
            int id = features.getID(name);
            if (id >= 0) {
                ids[count++] = id;
            }
        }
        if (count == 0) {
            return null;
        }
        Arrays.sort(ids, 0, count);
        Feature[] nodes = new Feature[count + 1];
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || ids[i] != ids[i - 1]) {
                nodes[distinct++] = new FeatureNode(ids[i] + 1, 1.0);
            }
        }
        // LIBLINEAR's bias term, which Tribuo sets on every example as the feature after the last.
        nodes[distinct++] = new FeatureNode(features.size() + 1, 1.0);
        if (distinct < nodes.length) {
            nodes = Arrays.copyOf(nodes, distinct);
        }
        double[] scores = new double[labels.length];
        if (weights.isProbabilityModel()) {
            Linear.predictProbability(weights, nodes, scores);
        } else {
            Linear.predictValues(weights, nodes, scores);
            if (weights.getNrClass() == 2 && scores[1] == 0.0) {
                scores[1] = -scores[0];
            }
        }
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            out.put(labels[i], scores[i]);
        }
        for (String label : unobserved) {
            out.put(label, 0.0);
        }
        return out;
    }
}
