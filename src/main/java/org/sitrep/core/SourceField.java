package org.sitrep.core;

import java.util.Objects;

/**
 * A column of the source file that Sitrep does not read as part of the article (a data set's label, its coders'
 * location or cause columns), kept so that a reader sees what the source said of the article: FA-KES's credibility
 * {@code label}, for instance.
 *
 * @param name the column's name as the file's header gives it
 * @param value the row's value, never blank
 */
public record SourceField(String name, String value) {
    public SourceField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
