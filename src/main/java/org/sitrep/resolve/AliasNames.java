package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;

/**
 * A name the article gives as another's alias is that one's ("Moustapha Ould Abdel Kader, alias Abou Said", "X, also
 * known as Y", "X, nicknamed Y"), and so is a nickname quoted between a person's first and last names ('Abdullatif
 * "Abu Salah" Halaq'): one referent, one entity, whatever words the article goes on to use. Only names the knowledge
 * base does not know take the other's entity.
 */
final class AliasNames {
    /** What joins a name to its alias: a comma or bracket and a word for "alias". */
    private static final Pattern ALIAS = Pattern.compile("(?:, | \\()(?:alias|aka|a\\.k\\.a\\.|(?:also |better )?known as"
            + "|nicknamed|also called|whose nom de guerre is) ");
    /** What closes a nickname quoted inside a person's name, before the last name. */
    private static final Pattern CLOSE_QUOTE = Pattern.compile("[\"\u201d] ");

    private AliasNames() {
    }

    /** The linked mentions with each alias's mentions linked to the entity it is an alias of, in the order given. */
    static List<LinkedMention> joined(String text, List<LinkedMention> linked) {
        List<LinkedMention> inOrder = linked.stream().sorted(java.util.Comparator.comparing(l -> l.mention().span())).toList();
        Map<Entity, Entity> aliasOf = new HashMap<>();
        for (int i = 0; i + 1 < inOrder.size(); i++) {
            LinkedMention a = inOrder.get(i);
            LinkedMention b = inOrder.get(i + 1);
            int end = a.mention().span().end();
            int next = b.mention().span().begin();
            if (next < end || a.entity().equals(b.entity())) {
                continue;
            }
            String gap = text.substring(end, next);
            if (ALIAS.matcher(gap).matches() && b.entity().kind() == null) {
                aliasOf.putIfAbsent(b.entity(), a.entity());
            } else if (CLOSE_QUOTE.matcher(gap).matches() && isQuotedInName(text, a) && b.entity().type() == EntityType.PERSON
                    && a.entity().kind() == null) {
                aliasOf.putIfAbsent(a.entity(), b.entity());
            }
        }
        if (aliasOf.isEmpty()) {
            return linked;
        }
        List<LinkedMention> out = new ArrayList<>(linked.size());
        for (LinkedMention l : linked) {
            Entity e = aliasOf.get(l.entity());
            out.add(e == null ? l : new LinkedMention(l.mention(), e));
        }
        return out;
    }

    /** Whether the mention is quoted right after a capitalised word, as a nickname is after a first name. */
    private static boolean isQuotedInName(String text, LinkedMention m) {
        int b = m.mention().span().begin();
        if (b < 3 || text.charAt(b - 1) != '"' && text.charAt(b - 1) != '\u201c' || text.charAt(b - 2) != ' ') {
            return false;
        }
        int w = b - 2;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return w < b - 2 && Character.isUpperCase(text.charAt(w));
    }
}
