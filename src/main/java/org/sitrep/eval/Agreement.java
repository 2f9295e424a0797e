package org.sitrep.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Agreement of predicted labels with gold labels, item by item. */
final class Agreement {
    private Agreement() {
    }

    /** The share of items whose label is the gold one; 0 for no items. */
    static double accuracy(List<String> gold, List<String> got) {
        int right = 0;
        for (int i = 0; i < gold.size(); i++) {
            right += gold.get(i).equalsIgnoreCase(got.get(i)) ? 1 : 0;
        }
        return gold.isEmpty() ? 0 : (double) right / gold.size();
    }

    /** The accuracy of always answering the commonest gold label. */
    static double majorityAccuracy(List<String> gold) {
        Map<String, Integer> counts = new HashMap<>();
        gold.forEach(g -> counts.merge(g.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum));
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return gold.isEmpty() ? 0 : (double) most / gold.size();
    }

    /** The mean over gold labels of each label's F1 (a label never in the gold does not count). */
    static double macroF1(List<String> gold, List<String> got) {
        Set<String> labels = new HashSet<>(gold);
        double sum = 0;
        for (String label : labels) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean g = gold.get(i).equals(label);
                boolean p = got.get(i).equals(label);
                tp += g && p ? 1 : 0;
                fp += !g && p ? 1 : 0;
                fn += g && !p ? 1 : 0;
            }
            sum += tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        }
        return labels.isEmpty() ? 0 : sum / labels.size();
    }
}
