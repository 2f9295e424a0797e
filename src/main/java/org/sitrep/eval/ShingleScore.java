package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmarks' rule (ScrapingHub's, also used by WCXB): texts are cut into word tokens,
 * tokens into overlapping 4-word shingles; per page, true and false positives and false negatives over shingle
 * counts, normalised so every page weighs the same; precision and recall averaged over pages, F1 from the averages.
 */
final class ShingleScore {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    private final List<double[]> pages = new ArrayList<>();

    /** Adds one page: the true body and the extracted body (either may be empty). */
    void add(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        java.util.Set<List<String>> keys = new java.util.HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        for (List<String> k : keys) {
            int tc = t.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double sum = tp + fp + fn;
        pages.add(sum > 0 ? new double[] {tp / sum, fp / sum, fn / sum} : new double[] {0, 0, 0});
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!shingle.isEmpty()) {
                out.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return out;
    }

    double precision() {
        return mean(true);
    }

    double recall() {
        return mean(false);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    int size() {
        return pages.size();
    }

    /** Pages with no predicted (for precision) or no true (for recall) shingle are left out of that mean. */
    private double mean(boolean precision) {
        double sum = 0;
        int n = 0;
        for (double[] x : pages) {
            double tp = x[0];
            double fp = x[1];
            double fn = x[2];
            if (precision ? tp + fp > 0 : tp + fn > 0) {
                sum += fp == 0 && fn == 0 ? 1 : tp / (tp + (precision ? fp : fn));
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}
