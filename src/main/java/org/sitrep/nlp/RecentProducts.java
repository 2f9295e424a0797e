package org.sitrep.nlp;

import java.util.Arrays;

/**
 * The hidden-layer products of the parser's features that one thread worked out last, by key (feature id times feature
 * count plus feature position): a table of {@link #SLOTS} rows where a new product takes the place of the one whose
 * key falls in the same slot, so that its memory stays bounded (at most about 3 MB for CoreNLP's 200 hidden units,
 * taken as products are kept) however many sentences the thread parses. Not thread-safe: one per thread.
 */
final class RecentProducts {
    /** A power of two, so that a key's slot is its mixed bits masked. */
    static final int SLOTS = 4096;

    private final int[] keys = new int[SLOTS];
    private final float[][] products = new float[SLOTS][];
    private final int units;

    /** A table for products of {@code units} numbers each. */
    RecentProducts(int units) {
        if (units < 1) {
            throw new IllegalArgumentException("units must be >= 1; got: " + units);
        }
        this.units = units;
        Arrays.fill(keys, -1);
    }

    /** The product kept under {@code key}, null if none is (never kept, or replaced since). */
    float[] of(int key) {
        int slot = slot(key);
        return keys[slot] == key ? products[slot] : null;
    }

    /** Keeps {@code product} under {@code key}, in place of the product in its slot, and returns it. */
    float[] add(int key, float[] product) {
        if (key < 0 || product.length != units) {
            throw new IllegalArgumentException("key must be >= 0 and the product " + units + " numbers long; got: " + key
                    + " and " + product.length);
        }
        int slot = slot(key);
        keys[slot] = key;
        products[slot] = product;
        return product;
    }

    private static int slot(int key) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & (SLOTS - 1);
    }
}
