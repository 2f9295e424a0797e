package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;

/**
 * An organisation of the tagger named once, by several words, that the knowledge base does not know and whose name has
 * no word for a body ("Institute", "Ministry", "Airways", "Inc."), no "of" or "for" and no Arabic article ("Ahrar
 * al-Sham") is a body only when the words around it say so: "the" before it ("the Muslim Brotherhood"), "according
 * to", "at" or a verb of speech ("Human Rights Watch said", "works at Linden Auto Body"), a word for a kind of body
 * ("Swedish daily Dagens Nyheter"), an acronym in brackets or a description set off by a comma after it ("Afghan Fried
 * Chicken, a local fast-food chain"), or other bodies listed with it. Without such words the tagger has most often
 * read a product, a show or an event by its capitals ("an old model Mercedes Benz", "a TV show called Alarm Bell"),
 * and the name is left out.
 */
final class LoneBodies {
    private static final Pattern MARK_AFTER = Pattern.compile("^(?:[’']s\\s+)?(?:,\\s*)?(?:said|says|told|reported|reports|announced|"
            + "stated|added|wrote|claimed|denied|warned|\\(\\p{Lu}{2,}\\)|(?:a|an|the)\\s)");
    private static final Pattern MARK_BEFORE = Pattern.compile("(?:(?:^|[^\\p{L}])(?:[Tt]he|at|[Ss]aid|[Tt]old|daily|newspaper|"
            + "magazine|agency|broadcaster|channel|station|network|website|company|firm|restaurant|charity|group|militia|faction)"
            + ",?|according to)\\s+$");
    private static final Pattern INNER_MARK = Pattern.compile(" (?:of|for) |(?:^|[ -])(?:[Aa]l|[Ee]l)[- ]|&");

    private LoneBodies() {
    }

    /** The mentions without the lone organisations nothing around marks as bodies, in the order given. */
    static List<LinkedMention> without(String text, List<LinkedMention> linked) {
        return without(text, linked, OnceNamedJudge.RULES, name -> false);
    }

    /** The mentions without the lone organisations {@code judge} drops, in the order given ({@code settledPlace} tells it the
     * names of towns and countries). */
    static List<LinkedMention> without(String text, List<LinkedMention> linked, OnceNamedJudge judge,
            java.util.function.Predicate<String> settledPlace) {
        return OnceNamed.without(text, linked, LoneBodies::isLone, LoneBodies::cues, judge, settledPlace);
    }

    private static boolean isLone(LinkedMention m, boolean once) {
        Entity e = m.entity();
        String name = e.name().strip();
        return e.kind() == null && e.type() == EntityType.ORGANIZATION && name.contains(" ") && once
                && m.mention().text().strip().equals(name) && !NameShapes.hasBodyOrInstitutionHead(name)
                && ArticleNames.stems(List.of(name.split("\\s+"))).isEmpty() && !INNER_MARK.matcher(name).find();
    }

    /** The names of the cue words around the mention that mark a body; none when nothing does. */
    static List<String> cues(String text, LinkedMention m, List<LinkedMention> inOrder) {
        OnceNamed.Around around = OnceNamed.around(text, m).orElse(null);
        if (around == null) {
            return List.of("cue=outside-text");
        }
        List<String> out = new ArrayList<>();
        if (MARK_AFTER.matcher(around.after()).find()) {
            out.add("cue=body-mark-after");
        }
        if (MARK_BEFORE.matcher(around.before()).find()) {
            out.add("cue=body-mark-before");
        }
        if (OnceNamed.isListedWith(text, m, inOrder, EntityType.ORGANIZATION)) {
            out.add("cue=listed-with-bodies");
        }
        return out;
    }
}
