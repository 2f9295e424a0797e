package org.sitrep.index;

import java.util.List;

/**
 * A known entity that words of a query name.
 *
 * @param typed     the words as the reader typed them ("Daesh")
 * @param spellings the entity's other names and spellings, most used first, for the reader and for highlighting;
 *                  without {@code typed}
 */
public record NamedEntity(String typed, String id, String name, List<String> spellings) {
    public NamedEntity {
        spellings = List.copyOf(spellings);
    }
}
