package org.sitrep.geo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Name keys to places, in a few flat arrays rather than a map of a million small objects: the keys in UTF-8, sorted
 * byte by byte and found by binary search, each with the indexes of its places in gazetteer order. Immutable.
 */
final class NameIndex {
    private static final int[] NONE = new int[0];

    /** Key {@code i} is {@code keys[keyStarts[i] .. keyStarts[i + 1])}. */
    final int[] keyStarts;
    final byte[] keys;
    /** The places of key {@code i} are {@code places[placeStarts[i] .. placeStarts[i + 1])}. */
    final int[] placeStarts;
    final int[] places;

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
    }

    /** How many distinct keys it holds. */
    int size() {
        return keyStarts.length - 1;
    }

    /** The indexes of the places with this key, in gazetteer order; empty when none. */
    int[] find(String key) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Arrays.compareUnsigned(keys, keyStarts[mid], keyStarts[mid + 1], k, 0, k.length);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return Arrays.copyOfRange(places, placeStarts[mid], placeStarts[mid + 1]);
            }
        }
        return NONE;
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

        /**
         * @throws IllegalStateException when a key holds a surrogate pair, which would sort differently as text than
         *                               as UTF-8 (keys hold none: {@link PlaceNames#key} keeps letters, digits, spaces)
         */
        NameIndex build() {
            // sorted as text, which is far faster than as bytes and the same order for keys without surrogates
            List<Map.Entry<String, int[]>> sorted = new ArrayList<>(entries.entrySet());
            sorted.sort(Map.Entry.comparingByKey());
            byte[][] encoded = new byte[sorted.size()][];
            int[] keyStarts = new int[sorted.size() + 1];
            int[] placeStarts = new int[sorted.size() + 1];
            for (int i = 0; i < sorted.size(); i++) {
                encoded[i] = sorted.get(i).getKey().getBytes(StandardCharsets.UTF_8);
                if (i > 0 && Arrays.compareUnsigned(encoded[i - 1], encoded[i]) >= 0) {
                    throw new IllegalStateException("name keys must sort the same as text and as UTF-8; got '"
                            + sorted.get(i - 1).getKey() + "' before '" + sorted.get(i).getKey() + "'");
                }
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
