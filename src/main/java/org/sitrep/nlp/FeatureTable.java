package org.sitrep.nlp;

import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A CRF's feature names and their numbers, as the {@link HashIndex} CoreNLP loads them into, looked up with fewer
 * trips to memory: the CRF looks up every feature of every word (a third of its time), in a table of hundreds of
 * thousands of names that no processor cache holds, and most of a look-up's time is waiting for memory. A
 * {@code HashMap} reaches a name's number through its bucket array, its entry, the key and its characters, and the
 * boxed number; here each slot's hash and number stand side by side in one array, so a name the model does not know
 * (most of those the CRF builds) costs one trip, and a known one reads the key to make sure. Same numbers as the
 * index it copies. Open addressing with linear probing; filled once, then only read, so that threads share it.
 */
final class FeatureTable extends AbstractMap<String, Integer> {
    private static final int EMPTY = -1;

    /** Slot {@code s}'s mixed hash at {@code 2s} and its name's number at {@code 2s + 1} ({@link #EMPTY} when free). */
    private int[] slots;
    private String[] keys;
    private int size;

    FeatureTable() {
        allocate(16);
    }

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

    private void allocate(int capacity) {
        slots = new int[2 * capacity];
        Arrays.fill(slots, EMPTY);
        keys = new String[capacity];
    }

    private static int mixed(String key) {
        int h = key.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The slot that holds {@code key}, or the free slot where it would go. */
    private int slotOf(String key, int hash) {
        int mask = keys.length - 1;
        int s = hash & mask;
        while (true) {
            int number = slots[2 * s + 1];
            if (number == EMPTY || slots[2 * s] == hash && keys[s].equals(key)) {
                return s;
            }
            s = (s + 1) & mask;
        }
    }

    @Override
    public Integer get(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        int s = slotOf(name, mixed(name));
        int number = slots[2 * s + 1];
        return number == EMPTY ? null : number;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Integer put(String key, Integer value) {
        if (key == null || value == null || value < 0) {
            throw new IllegalArgumentException("a feature table maps names to numbers of 0 or more; got " + key + " -> " + value);
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int hash = mixed(key);
        int s = slotOf(key, hash);
        int old = slots[2 * s + 1];
        slots[2 * s] = hash;
        slots[2 * s + 1] = value;
        keys[s] = key;
        if (old == EMPTY) {
            size++;
            return null;
        }
        return old;
    }

    private void grow() {
        int[] oldSlots = slots;
        String[] oldKeys = keys;
        allocate(2 * oldKeys.length);
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldSlots[2 * s + 1] != EMPTY) {
                int at = slotOf(oldKeys[s], oldSlots[2 * s]);
                slots[2 * at] = oldSlots[2 * s];
                slots[2 * at + 1] = oldSlots[2 * s + 1];
                keys[at] = oldKeys[s];
            }
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void clear() {
        allocate(16);
        size = 0;
    }

    @Override
    public Set<Entry<String, Integer>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, Integer>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int s = from;
                        while (s < keys.length && slots[2 * s + 1] == EMPTY) {
                            s++;
                        }
                        return s;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Integer> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Integer> e = Map.entry(keys[next], slots[2 * next + 1]);
                        next = advance(next + 1);
                        return e;
                    }
                };
            }
        };
    }
}
