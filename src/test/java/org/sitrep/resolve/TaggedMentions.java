package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/** Test input: the tagger's mentions of an article's names, as the resolve stage receives them. */
final class TaggedMentions {
    private TaggedMentions() {
    }

    /**
     * Mentions of the tagger (no knowledge-base kind) at their first place in the text after the one before, each its
     * own entity; {@code nameAndType} alternates a name and its {@link EntityType}.
     */
    static List<LinkedMention> tagged(String text, Object... nameAndType) {
        List<LinkedMention> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < nameAndType.length; i += 2) {
            String name = (String) nameAndType[i];
            EntityType type = (EntityType) nameAndType[i + 1];
            int at = text.indexOf(name, from);
            from = at + name.length();
            out.add(new LinkedMention(new Mention(new Span(at, at + name.length()), name, type),
                    new Entity(EntityKeys.id(type, name), name, type, null)));
        }
        return out;
    }
}
