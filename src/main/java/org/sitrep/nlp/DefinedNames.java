package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;

/**
 * A name the text defines by a noun for a kind of thing, in apposition or after "is" ("Brandhorst is a municipality in
 * the district Wittenberg", "Tal Afar, a town near the Syrian border", "Bilka is a Danish retailer"), is a
 * thing of that kind: the writer says what it is, where the tagger guessed from an unfamiliar name's letters. A noun
 * for a settled place makes the tagger's person or organisation a place; a noun for a body makes its person an
 * organisation, not its place (a place stands for its government, team or firm, and the field test half lost a place so).
 * The noun must close its phrase (a comma, a stop, or a preposition or relative word after it), so
 * that the noun modifying another ("Smith, a town councillor", "Jones, a party member") says nothing of the name, and
 * the words between "a" and the noun must be modifiers, not a phrase of their own ("Smith, a Republican from the town
 * of"). The name keeps its new type wherever the text writes it; names of the knowledge base keep theirs.
 */
final class DefinedNames {
    private static final String PLACE_NOUNS = "town|village|city|municipality|suburb|hamlet|parish|district|province|county|"
            + "region|neighbourhood|neighborhood|commune|township|borough|settlement|oblast|governorate|prefecture|island|"
            + "peninsula";
    private static final String BODY_NOUNS = "band|company|firm|corporation|conglomerate|manufacturer|maker|chain|retailer|"
            + "airline|bank|newspaper|magazine|broadcaster|charity|militia|organisation|organization";
    /** Up to three modifiers between the article and the noun: words, none a word that opens a phrase of its own. */
    private static final String MODIFIERS = "(?:(?!(?:the|a|an|of|from|in|on|at|for|with|who|which|that|and|or|by|to|as|his|"
            + "her|their|its|whose|where)\\s)[\\p{L}\\d][\\p{L}\\d'’-]*\\s+){0,3}";
    /** Right after the name: a comma and an article, or "is"/"was" and an article. */
    private static final String OPENS = "^(?:\\s*,\\s+|\\s+(?:is|was)\\s+)(?:a|an)\\s+" + MODIFIERS;
    /** After a place noun: what closes its phrase. */
    private static final String PLACE_CLOSES = "(?=\\s*(?:[,.;:)]|$)|\\s+(?:in|of|on|near|north|south|east|west|northeast|"
            + "northwest|southeast|southwest|located|situated|that|which|where|some|and|with|along|outside|between|about)\\b)";
    /** After a body noun: what closes its phrase ("of" is not: "a group of islands", "a company of soldiers"). */
    private static final String BODY_CLOSES = "(?=\\s*(?:[,.;:)]|$)|\\s+(?:based|founded|in|from|that|which|with|headed|led|"
            + "owned|and|whose)\\b)";
    private static final Pattern AS_PLACE = Pattern.compile(OPENS + "(?:" + PLACE_NOUNS + ")" + PLACE_CLOSES);
    private static final Pattern AS_BODY = Pattern.compile(OPENS + "(?:" + BODY_NOUNS + ")" + BODY_CLOSES);
    private static final Set<EntityType> PLACE_FROM = Set.of(EntityType.PERSON, EntityType.ORGANIZATION);
    private static final Set<EntityType> BODY_FROM = Set.of(EntityType.PERSON);
    /** How far after a name its definition is read: the article, three modifiers and the noun. */
    private static final int LOOKAHEAD_CHARS = 80;

    private DefinedNames() {
    }

    /**
     * The mentions with the names the text defines as places or bodies typed so, at every mention of the name with the
     * type it was defined from, in the order given.
     *
     * @param known whether a name is any actor of the knowledge base (those keep their type)
     */
    static List<Mention> retyped(String text, List<Mention> mentions, Predicate<String> known) {
        Map<String, EntityType> defined = new HashMap<>();
        for (Mention m : mentions) {
            EntityType as = definedAs(text, m);
            if (as != null && !known.test(m.text())) {
                defined.putIfAbsent(m.text() + "\t" + m.type(), as);
            }
        }
        if (defined.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            EntityType as = defined.get(m.text() + "\t" + m.type());
            out.add(as == null ? m : m.withType(as));
        }
        return out;
    }

    /** The type the words right after {@code m} define it as, or null when they define nothing. */
    private static EntityType definedAs(String text, Mention m) {
        int end = m.span().end();
        String after = text.substring(end, Math.min(text.length(), end + LOOKAHEAD_CHARS));
        if (PLACE_FROM.contains(m.type()) && AS_PLACE.matcher(after).find()) {
            return EntityType.LOCATION;
        }
        if (BODY_FROM.contains(m.type()) && AS_BODY.matcher(after).find()) {
            return EntityType.ORGANIZATION;
        }
        return null;
    }
}
