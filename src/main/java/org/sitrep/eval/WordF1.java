package org.sitrep.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** WCXB's rule: per page, F1 of lower-cased word counts (a bag of words); the mean over pages. */
final class WordF1 {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    private double sum;
    private int pages;

    void add(String truth, String predicted) {
        Map<String, Integer> t = counts(truth);
        Map<String, Integer> p = counts(predicted);
        int tn = t.values().stream().mapToInt(Integer::intValue).sum();
        int pn = p.values().stream().mapToInt(Integer::intValue).sum();
        double f1;
        if (tn == 0) {
            f1 = pn == 0 ? 1 : 0;
        } else if (pn == 0) {
            f1 = 0;
        } else {
            int overlap = 0;
            for (Map.Entry<String, Integer> e : p.entrySet()) {
                overlap += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
            }
            double precision = (double) overlap / pn;
            double recall = (double) overlap / tn;
            f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        sum += f1;
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
}
