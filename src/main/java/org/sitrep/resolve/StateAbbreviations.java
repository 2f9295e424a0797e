package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/**
 * The abbreviations of the states of the United States that news writes after a town ("Linden, N.J.", "Fort Hood,
 * Texas"), as the Associated Press's style lists them, stand for the state: "N.J." and "New Jersey" are one place of
 * the article, not two. Only a mention the tagger already took for a place is read so, as "Miss." and "Ind." are
 * other words too.
 */
final class StateAbbreviations {
    /** The AP Stylebook's state abbreviations (the states it writes in full, such as Texas and Ohio, have none). */
    private static final Map<String, String> STATES = Map.ofEntries(
            Map.entry("Ala.", "Alabama"), Map.entry("Ariz.", "Arizona"), Map.entry("Ark.", "Arkansas"), Map.entry("Calif.", "California"),
            Map.entry("Colo.", "Colorado"), Map.entry("Conn.", "Connecticut"), Map.entry("Del.", "Delaware"), Map.entry("Fla.", "Florida"),
            Map.entry("Ga.", "Georgia"), Map.entry("Ill.", "Illinois"), Map.entry("Ind.", "Indiana"), Map.entry("Kan.", "Kansas"),
            Map.entry("Ky.", "Kentucky"), Map.entry("La.", "Louisiana"), Map.entry("Md.", "Maryland"), Map.entry("Mass.", "Massachusetts"),
            Map.entry("Mich.", "Michigan"), Map.entry("Minn.", "Minnesota"), Map.entry("Miss.", "Mississippi"), Map.entry("Mo.", "Missouri"),
            Map.entry("Mont.", "Montana"), Map.entry("Neb.", "Nebraska"), Map.entry("Nev.", "Nevada"), Map.entry("N.H.", "New Hampshire"),
            Map.entry("N.J.", "New Jersey"), Map.entry("N.M.", "New Mexico"), Map.entry("N.Y.", "New York"), Map.entry("N.C.", "North Carolina"),
            Map.entry("N.D.", "North Dakota"), Map.entry("Okla.", "Oklahoma"), Map.entry("Ore.", "Oregon"), Map.entry("Pa.", "Pennsylvania"),
            Map.entry("R.I.", "Rhode Island"), Map.entry("S.C.", "South Carolina"), Map.entry("S.D.", "South Dakota"),
            Map.entry("Tenn.", "Tennessee"), Map.entry("Vt.", "Vermont"), Map.entry("Va.", "Virginia"), Map.entry("Wash.", "Washington"),
            Map.entry("W.Va.", "West Virginia"), Map.entry("Wis.", "Wisconsin"), Map.entry("Wyo.", "Wyoming"),
            // the federal district is written after its one city the same way ("Washington, D.C."), and is that city
            Map.entry("D.C.", "Washington"));

    private StateAbbreviations() {
    }

    /**
     * The mentions with each abbreviated state linked to the state: to the article's entity of that name when it has
     * one, else to a place of that name. In the order given. An abbreviation whose period the tokenizer left to the
     * sentence's end ("in Richmond, Va. He is") gets its period back in its mention, as it is written; one with no
     * period of its own is read so only after a town and its comma, as "Mass" and "Wash" are words too.
     */
    static List<LinkedMention> expanded(String text, List<LinkedMention> linked) {
        Map<String, Entity> byKey = new HashMap<>();
        for (LinkedMention m : linked) {
            if (m.entity().type() == EntityType.LOCATION) {
                byKey.putIfAbsent(EntityKeys.key(m.entity().name()), m.entity());
            }
        }
        List<LinkedMention> out = new ArrayList<>(linked.size());
        for (LinkedMention m : linked) {
            boolean place = m.entity().kind() == null && m.mention().type() == EntityType.LOCATION;
            Mention mention = place ? withPeriod(text, m.mention()) : m.mention();
            String state = place ? state(mention.text()) : null;
            if (state == null) {
                out.add(m);
                continue;
            }
            Entity e = byKey.computeIfAbsent(EntityKeys.key(state), k -> PlaceWords.place(state));
            out.add(new LinkedMention(mention, e));
        }
        return out;
    }

    /**
     * The mention with the period right after it, when with it the mention is a state's abbreviation and it either has a
     * period of its own ("N.J") or follows a town and its comma ("Richmond, Va"); the mention as it is otherwise.
     */
    private static Mention withPeriod(String text, Mention m) {
        Span s = m.span();
        String t = m.text();
        if (s.end() >= text.length() || text.charAt(s.end()) != '.' || !STATES.containsKey(t + ".")
                || !t.contains(".") && !text.startsWith(", ", s.begin() - 2)) {
            return m;
        }
        Span with = new Span(s.begin(), s.end() + 1);
        return Mention.at(text, with, m.type());
    }

    /** The state an abbreviation stands for, its last period left to the sentence's end ("in Linden, N.J"); {@code null} if none. */
    static String state(String text) {
        String t = text.strip();
        String state = STATES.get(t);
        return state != null || !t.contains(".") ? state : STATES.get(t + ".");
    }
}
