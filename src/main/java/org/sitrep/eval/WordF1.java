package org.sitrep.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WCXB's rule: per page, precision, recall and F1 of lower-cased word counts (a bag of words); the mean of each over
 * pages, as its {@code evaluate.py} reports them (a page without truth words scores 1 when nothing is extracted, else 0).
 */
final class WordF1 {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    private double sum;
    private double precisionSum;
    private double recallSum;
    private int pages;

    void add(String truth, String predicted) {
        Map<String, Integer> t = counts(truth);
        Map<String, Integer> p = counts(predicted);
        int tn = t.values().stream().mapToInt(Integer::intValue).sum();
        int pn = p.values().stream().mapToInt(Integer::intValue).sum();
        double f1;
        double precision;
        double recall;
        if (tn == 0) {
            f1 = pn == 0 ? 1 : 0;
            precision = f1;
            recall = f1;
        } else if (pn == 0) {
            f1 = 0;
            precision = 0;
            recall = 0;
        } else {
            int overlap = 0;
            for (Map.Entry<String, Integer> e : p.entrySet()) {
                overlap += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
            }
            precision = (double) overlap / pn;
            recall = (double) overlap / tn;
            f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        sum += f1;
        precisionSum += precision;
        recallSum += recall;
        pages++;
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.merge(m.group(), 1, Integer::sum);
        }
        return out;
    }

    double mean() {
        return pages == 0 ? 0 : sum / pages;
    }

    double meanPrecision() {
        return pages == 0 ? 0 : precisionSum / pages;
    }

    double meanRecall() {
        return pages == 0 ? 0 : recallSum / pages;
    }
}
