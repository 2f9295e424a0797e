package org.sitrep.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The spellings of a named entity worth looking for when marking a search's matches: those that can mark something
 * the words typed and the shorter spellings cannot. "ISIS militants" marks nothing "ISIS" does not; "Islamic States"
 * is "Islamic State" once stemmed; "IS group" is "group" once the stop word is gone, which would mark every group.
 * Each spelling left is a phrase the highlighter checks in every hit (a span search per document, the largest part of
 * marking a search for "Islamic State" with its 12 spellings), so the ones that add nothing are left out.
 */
final class HighlightedSpellings {
    private HighlightedSpellings() {
    }

    /**
     * Of {@code spellings} (most used first), at most {@code max} that each may mark a match that {@code typed} and
     * the others kept cannot, in the order given. Empty when none does.
     */
    static List<String> of(String typed, List<String> spellings, Analyzer analyzer, String field, int max) {
        List<List<String>> kept = new ArrayList<>();
        List<String> typedTerms = terms(analyzer, field, typed);
        if (!typedTerms.isEmpty()) {
            kept.add(typedTerms);
        }
        record Candidate(int order, String spelling, List<String> terms) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < spellings.size(); i++) {
            String s = spellings.get(i);
            List<String> t = terms(analyzer, field, s);
            boolean stopWordsAteIt = t.size() == 1 && s.strip().split("\\s+").length > 1;
            if (!t.isEmpty() && !stopWordsAteIt) {
                candidates.add(new Candidate(i, s, t));
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.terms().size()).thenComparingInt(Candidate::order));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            if (kept.stream().noneMatch(k -> Collections.indexOfSubList(c.terms(), k) >= 0)) {
                kept.add(c.terms());
                chosen.add(c);
            }
        }
        return chosen.stream().sorted(Comparator.comparingInt(Candidate::order)).limit(max).map(Candidate::spelling).toList();
    }

    /** The words as the index holds them, a removed stop word as an empty string, without leading or trailing gaps. */
    private static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                for (int gap = 1; gap < increment.getPositionIncrement() && !out.isEmpty(); gap++) {
                    out.add("");
                }
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse the spelling " + text, e);
        }
        return out;
    }
}
