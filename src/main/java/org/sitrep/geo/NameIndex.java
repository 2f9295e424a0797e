package org.sitrep.geo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.Place;

/**
 * Name keys to places, in a few flat arrays rather than a map of a million small objects: the keys in UTF-8, each
 * with the indexes of its places in gazetteer order, and a hash table of key numbers built when loaded. Immutable.
 */
final class NameIndex {
    /** Key {@code i} is {@code keys[keyStarts[i] .. keyStarts[i + 1])}. */
    final int[] keyStarts;
    final byte[] keys;
    /** The places of key {@code i} are {@code places[placeStarts[i] .. placeStarts[i + 1])}. */
    final int[] placeStarts;
    final int[] places;
    /** Open addressing, at most half full: key number + 1 at the slot of its hash or after it, 0 for none. */
    private final int[] slots;

    /** @throws IllegalArgumentException when the arrays do not fit together (a damaged file) */
    NameIndex(int[] keyStarts, byte[] keys, int[] placeStarts, int[] places) {
        if (keyStarts.length == 0 || keyStarts.length != placeStarts.length
                || keyStarts[keyStarts.length - 1] != keys.length || placeStarts[placeStarts.length - 1] != places.length) {
            throw new IllegalArgumentException("name index arrays must fit together; got " + keyStarts.length + " key starts for "
                    + keys.length + " key bytes and " + placeStarts.length + " place starts for " + places.length + " places");
        }
        this.keyStarts = keyStarts;
        this.keys = keys;
        this.placeStarts = placeStarts;
        this.places = places;
        this.slots = new int[Math.max(2, Integer.highestOneBit(Math.max(1, size())) * 4)];
        for (int i = 0; i < size(); i++) {
            int s = slot(keys, keyStarts[i], keyStarts[i + 1]);
            while (slots[s] != 0) {
                s = (s + 1) & (slots.length - 1);
            }
            slots[s] = i + 1;
        }
    }

    /** How many distinct keys it holds. */
    int size() {
        return keyStarts.length - 1;
    }

    /** The places with this key, in gazetteer order; empty when none. {@code all} is the list the indexes point into. */
    List<Place> find(String key, List<Place> all) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        for (int s = slot(k, 0, k.length); slots[s] != 0; s = (s + 1) & (slots.length - 1)) {
            int i = slots[s] - 1;
            if (Arrays.equals(keys, keyStarts[i], keyStarts[i + 1], k, 0, k.length)) {
                Place[] found = new Place[placeStarts[i + 1] - placeStarts[i]];
                for (int j = 0; j < found.length; j++) {
                    found[j] = all.get(places[placeStarts[i] + j]);
                }
                return List.of(found);
            }
        }
        return List.of();
    }

    /** Where the key {@code bytes[from .. to)} is sought first: its hash spread over the table (Fibonacci hashing). */
    private int slot(byte[] bytes, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        return (h * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(slots.length - 1);
    }

    /** Collects keys and places in gazetteer order; a place given twice for a key is kept once. */
    static final class Builder {
        private final Map<String, int[]> entries = new HashMap<>(1 << 20);

        void add(String key, int place) {
            int[] old = entries.get(key);
            if (old == null) {
                entries.put(key, new int[] {place});
            } else if (Arrays.stream(old).noneMatch(p -> p == place)) {
                int[] grown = Arrays.copyOf(old, old.length + 1);
                grown[old.length] = place;
                entries.put(key, grown);
            }
        }

        /** The keys come out sorted, so that the same keys always give the same file. */
        NameIndex build() {
            List<Map.Entry<String, int[]>> sorted = new ArrayList<>(entries.entrySet());
            sorted.sort(Map.Entry.comparingByKey());
            byte[][] encoded = new byte[sorted.size()][];
            int[] keyStarts = new int[sorted.size() + 1];
            int[] placeStarts = new int[sorted.size() + 1];
            for (int i = 0; i < sorted.size(); i++) {
                encoded[i] = sorted.get(i).getKey().getBytes(StandardCharsets.UTF_8);
                keyStarts[i + 1] = keyStarts[i] + encoded[i].length;
                placeStarts[i + 1] = placeStarts[i] + sorted.get(i).getValue().length;
            }
            byte[] keys = new byte[keyStarts[sorted.size()]];
            int[] places = new int[placeStarts[sorted.size()]];
            for (int i = 0; i < sorted.size(); i++) {
                System.arraycopy(encoded[i], 0, keys, keyStarts[i], encoded[i].length);
                int[] p = sorted.get(i).getValue();
                System.arraycopy(p, 0, places, placeStarts[i], p.length);
            }
            return new NameIndex(keyStarts, keys, placeStarts, places);
        }
    }
}
