package org.sitrep.nlp;

import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One of the part-of-speech tagger's feature maps (the values one extractor takes, each with the numbers of its
 * features by tag), kept in {@link NameNumbers}: the tagger looks up every extractor's value for every word and each
 * tag it weighs, in maps of up to tens of thousands of values, and a value the model does not know then costs one trip
 * to memory. Same arrays as the map it copies; filled once, then only read, so that threads share it.
 */
final class TaggerFeatureTable extends AbstractMap<String, int[]> {
    private final NameNumbers names = new NameNumbers();
    private final List<int[]> features = new ArrayList<>();

    /** A copy of {@code map}: the same values with the same arrays. */
    static TaggerFeatureTable copyOf(Map<String, int[]> map) {
        TaggerFeatureTable copy = new TaggerFeatureTable();
        copy.putAll(map);
        return copy;
    }

    /**
     * The tagger with each of its feature maps copied into a {@link TaggerFeatureTable} (once: a tagger that has them
     * keeps them).
     */
    static MaxentTagger installedIn(MaxentTagger tagger) {
        synchronized (tagger) {
            List<?> maps = CoreNlpFields.read(tagger, MaxentTagger.class, "fAssociations", List.class);
            List<Map<String, int[]>> tables = new ArrayList<>(maps.size());
            for (Object map : maps) {
                @SuppressWarnings("unchecked")
                Map<String, int[]> m = (Map<String, int[]>) map;
                tables.add(m instanceof TaggerFeatureTable ? m : copyOf(m));
            }
            CoreNlpFields.write(tagger, MaxentTagger.class, "fAssociations", tables);
        }
        return tagger;
    }

    @Override
    public int[] get(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        int number = names.numberOf(name);
        return number == NameNumbers.ABSENT ? null : features.get(number);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    /** @throws IllegalArgumentException if the value or its features are null */
    @Override
    public int[] put(String key, int[] value) {
        if (key == null || value == null) {
            throw new IllegalArgumentException("a tagger's feature table maps values to feature numbers; got " + key
                    + " -> " + (value == null ? null : "int[" + value.length + "]"));
        }
        int number = names.numberOf(key);
        if (number != NameNumbers.ABSENT) {
            return features.set(number, value);
        }
        names.put(key, features.size());
        features.add(value);
        return null;
    }

    @Override
    public int size() {
        return names.size();
    }

    @Override
    public void clear() {
        names.clear();
        features.clear();
    }

    @Override
    public Set<Entry<String, int[]>> entrySet() {
        return names.entries(features::get);
    }
}
