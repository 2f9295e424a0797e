package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.Annotated;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;

/**
 * Links each mention of an article to an entity. Within the article, a person named by one word that ends an
 * earlier full name ("Gillespie" after "Kristen Gillespie") is that person; across articles, entities with the
 * same type and name are one entity. Thread-safe.
 */
public final class EntityResolver {
    public List<LinkedMention> resolve(Annotated annotated) {
        Map<String, String> fullNameBySurname = new HashMap<>();
        List<LinkedMention> out = new ArrayList<>();
        for (Mention m : annotated.mentions()) {
            String name = m.text().replaceAll("\\s+", " ").strip();
            if (m.type() == EntityType.PERSON) {
                String[] words = name.split(" ");
                if (words.length > 1) {
                    fullNameBySurname.putIfAbsent(words[words.length - 1], name);
                } else {
                    name = fullNameBySurname.getOrDefault(name, name);
                }
            }
            if (EntityKeys.slug(name).isEmpty()) {
                continue;
            }
            out.add(new LinkedMention(m, new Entity(EntityKeys.id(m.type(), name), name, m.type(), null)));
        }
        return out;
    }
}
