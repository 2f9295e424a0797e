package org.sitrep.nlp;

import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Set;

/**
 * A CRF's feature names and their numbers, as the {@link HashIndex} CoreNLP loads them into, kept in
 * {@link NameNumbers}: the CRF looks up every feature of every word (a third of its time), and a name the model does
 * not know, most of those it builds, then costs one trip to memory. Same numbers as the index it copies; filled once,
 * then only read, so that threads share it.
 */
final class FeatureTable extends AbstractMap<String, Integer> {
    private final NameNumbers names = new NameNumbers();

    /** A copy of {@code index} that looks names up in a {@link FeatureTable}: the same names at the same numbers. */
    static Index<String> copyOf(Index<String> index) {
        HashIndex<String> copy = new HashIndex<>(() -> new ArrayList<>(index.size()), FeatureTable::new);
        copy.addAll(index.objectsList());
        if (copy.size() != index.size()) {
            throw new IllegalStateException("the feature index holds a name twice: " + copy.size() + " of " + index.size());
        }
        if (index.isLocked()) {
            copy.lock();
        }
        return copy;
    }

    @Override
    public Integer get(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        int number = names.numberOf(name);
        return number == NameNumbers.ABSENT ? null : number;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    /** @throws IllegalArgumentException if the name or number is null or the number is below 0 */
    @Override
    public Integer put(String key, Integer value) {
        if (value == null) {
            throw new IllegalArgumentException("a feature table maps names to numbers; got " + key + " -> null");
        }
        int old = names.put(key, value);
        return old == NameNumbers.ABSENT ? null : old;
    }

    @Override
    public int size() {
        return names.size();
    }

    @Override
    public void clear() {
        names.clear();
    }

    @Override
    public Set<Entry<String, Integer>> entrySet() {
        return names.entries(Integer::valueOf);
    }
}
