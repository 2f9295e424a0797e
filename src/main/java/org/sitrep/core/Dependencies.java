package org.sitrep.core;

import java.util.List;

/**
 * The dependency parse of one sentence, in Universal Dependencies: for each of its tokens in order, its part of speech
 * (a Penn Treebank tag such as {@code VBD}), the index within the sentence of its head ({@link #ROOT} for the
 * sentence's root) and its relation to that head ({@code nsubj}, {@code ccomp}, {@code obl}, ...).
 */
public record Dependencies(List<String> tags, List<Integer> heads, List<String> relations) {
    /** The head of the sentence's root token. */
    public static final int ROOT = -1;

    public Dependencies {
        tags = List.copyOf(tags);
        heads = List.copyOf(heads);
        relations = List.copyOf(relations);
        if (tags.size() != heads.size() || heads.size() != relations.size()) {
            throw new IllegalArgumentException("tags, heads and relations must be as many; got: " + tags.size() + ", "
                    + heads.size() + ", " + relations.size());
        }
        for (int h : heads) {
            if (h < ROOT || h >= heads.size()) {
                throw new IllegalArgumentException("heads must be -1 or a token index below " + heads.size() + "; got: " + h);
            }
        }
    }

    /** The number of tokens parsed. */
    public int size() {
        return heads.size();
    }

    public int head(int token) {
        return heads.get(token);
    }

    public String relation(int token) {
        return relations.get(token);
    }

    public String tag(int token) {
        return tags.get(token);
    }

    /**
     * The first dependent of {@code head}, in sentence order, whose relation is {@code relation} or one of its
     * subtypes ({@code nsubj} finds {@code nsubj:pass}); -1 if none.
     */
    public int dependent(int head, String relation) {
        for (int t = 0; t < size(); t++) {
            if (heads.get(t) == head && isA(relations.get(t), relation)) {
                return t;
            }
        }
        return -1;
    }

    /** Whether {@code ancestor} is {@code token} or heads it, directly or through other tokens. */
    public boolean dominates(int ancestor, int token) {
        for (int t = token, steps = 0; t != ROOT && steps <= size(); t = heads.get(t), steps++) {
            if (t == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The first and last token of the words {@code head} dominates, itself among them: the phrase it heads. */
    public int[] extent(int head) {
        int begin = head;
        int end = head;
        for (int t = 0; t < size(); t++) {
            if (dominates(head, t)) {
                begin = Math.min(begin, t);
                end = Math.max(end, t);
            }
        }
        return new int[] {begin, end};
    }

    /** Whether {@code label} is {@code relation} or a subtype of it ("nsubj:pass" is an "nsubj"). */
    public static boolean isA(String label, String relation) {
        return label.equals(relation) || label.startsWith(relation) && label.charAt(relation.length()) == ':';
    }
}
