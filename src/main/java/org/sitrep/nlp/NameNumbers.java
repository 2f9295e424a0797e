package org.sitrep.nlp;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Names and the numbers they stand for, looked up with as few trips to memory as can be: CoreNLP's taggers look up
 * every feature of every word in tables of tens or hundreds of thousands of names that no processor cache holds, and
 * most of a look-up's time is waiting for memory. A {@code HashMap} reaches a name's number through its bucket array,
 * its entry, the key and its characters, and the boxed number; here each slot's hash and number stand side by side in
 * one array, so a name the table lacks (most of those a tagger builds) costs one trip, and a known one reads the key to
 * make sure. Open addressing with linear probing at a load of at most a half; filled once, then only read, so that
 * threads share it.
 */
final class NameNumbers {
    /** What {@link #numberOf} gives for a name the table lacks. */
    static final int ABSENT = -1;

    /** Slot {@code s}'s mixed hash at {@code 2s} and its name's number at {@code 2s + 1} ({@link #ABSENT} when free). */
    private int[] slots;
    private String[] keys;
    private int size;

    NameNumbers() {
        allocate(16);
    }

    private void allocate(int capacity) {
        slots = new int[2 * capacity];
        Arrays.fill(slots, ABSENT);
        keys = new String[capacity];
    }

    private static int mixed(String name) {
        int h = name.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The slot that holds {@code name}, or the free slot where it would go. */
    private int slotOf(String name, int hash) {
        int mask = keys.length - 1;
        int s = hash & mask;
        while (true) {
            int number = slots[2 * s + 1];
            if (number == ABSENT || slots[2 * s] == hash && keys[s].equals(name)) {
                return s;
            }
            s = (s + 1) & mask;
        }
    }

    /** The number of {@code name}, or {@link #ABSENT} if the table lacks it. */
    int numberOf(String name) {
        return slots[2 * slotOf(name, mixed(name)) + 1];
    }

    /**
     * Gives {@code name} the {@code number}, in place of any it had.
     *
     * @return the number it had, or {@link #ABSENT}
     * @throws IllegalArgumentException if the name is null or the number below 0
     */
    int put(String name, int number) {
        if (name == null || number < 0) {
            throw new IllegalArgumentException("names are numbered 0 or more; got " + name + " -> " + number);
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int hash = mixed(name);
        int s = slotOf(name, hash);
        int old = slots[2 * s + 1];
        slots[2 * s] = hash;
        slots[2 * s + 1] = number;
        keys[s] = name;
        if (old == ABSENT) {
            size++;
        }
        return old;
    }

    private void grow() {
        int[] oldSlots = slots;
        String[] oldKeys = keys;
        allocate(2 * oldKeys.length);
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldSlots[2 * s + 1] != ABSENT) {
                int at = slotOf(oldKeys[s], oldSlots[2 * s]);
                slots[2 * at] = oldSlots[2 * s];
                slots[2 * at + 1] = oldSlots[2 * s + 1];
                keys[at] = oldKeys[s];
            }
        }
    }

    int size() {
        return size;
    }

    void clear() {
        allocate(16);
        size = 0;
    }

    /** The names with what {@code valueOf} makes of their numbers, in no set order, as a map's entry set. */
    <V> Set<Map.Entry<String, V>> entries(IntFunction<V> valueOf) {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int s = from;
                        while (s < keys.length && slots[2 * s + 1] == ABSENT) {
                            s++;
                        }
                        return s;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, V> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, V> e = Map.entry(keys[next], valueOf.apply(slots[2 * next + 1]));
                        next = advance(next + 1);
                        return e;
                    }
                };
            }
        };
    }
}
