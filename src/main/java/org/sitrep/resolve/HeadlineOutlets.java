package org.sitrep.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.Article;
import org.sitrep.core.Entity;
import org.sitrep.core.LinkedMention;

/**
 * The page's own outlet named only in its headline ("The Guardian view on Hong Kong: ...") is the page's masthead, not
 * something the article reports on: it is left out. The outlet named in the body too ("the Guardian has learned") stays.
 */
final class HeadlineOutlets {
    private HeadlineOutlets() {
    }

    /** The mentions without those of an entity named only in the headline that is the article's outlet, in the order given. */
    static List<LinkedMention> without(Article article, List<LinkedMention> linked) {
        String outlet = article.outlet();
        int headlineEnd = article.title().length();
        if (outlet == null || outlet.isBlank() || headlineEnd == 0) {
            return linked;
        }
        String key = key(outlet);
        Set<Entity> inBody = new HashSet<>();
        for (LinkedMention m : linked) {
            if (m.mention().span().begin() >= headlineEnd) {
                inBody.add(m.entity());
            }
        }
        return linked.stream().filter(m -> inBody.contains(m.entity()) || !key.equals(key(m.entity().name()))).toList();
    }

    /** A name without its article and case ("the Guardian", "The Guardian"). */
    private static String key(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.startsWith("the ") ? n.substring(4) : n;
    }
}
