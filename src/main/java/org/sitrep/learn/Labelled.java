package org.sitrep.learn;

import java.util.List;

/**
 * One training example: the names of the binary features that hold for it, and its label.
 *
 * @param group what the example belongs to (an article), so that cross-validation keeps a group in one fold
 */
public record Labelled(List<String> features, String label, String group) {
    public Labelled {
        features = List.copyOf(features);
        java.util.Objects.requireNonNull(label, "label");
    }
}
