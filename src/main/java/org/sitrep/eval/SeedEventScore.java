package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.core.Event;
import org.sitrep.core.Processed;

/**
 * The seed's gold events E1–E4 (identified by the first words of their evidence): whether Sitrep codes an event
 * from that sentence, and with the right type, first actor, place and (for E1) date.
 */
final class SeedEventScore {
    /** The gold names its actors in words; these are the same sides as ACLED names them. */
    private static final Map<String, String> ACLED_NAMES = Map.of(
            "syrian government forces", "military forces of syria");
    private static final List<String> SCORED = List.of("E1", "E2", "E3", "E4");

    private SeedEventScore() {
    }

    static List<Figure> score(Map<?, ?> gold, Processed p) {
        int found = 0;
        int types = 0;
        int actors = 0;
        int places = 0;
        boolean e1Date = false;
        for (Object o : (List<?>) gold.get("events")) {
            Map<?, ?> g = (Map<?, ?>) o;
            if (!SCORED.contains(String.valueOf(g.get("id")))) {
                continue;
            }
            Optional<Event> e = evidenced(p, String.valueOf(g.get("evidence_starts")));
            if (e.isEmpty()) {
                continue;
            }
            found++;
            types += e.get().type().label().equals(g.get("type")) ? 1 : 0;
            actors += sameActor(e.get().actor1().name(), String.valueOf(g.get("actor1"))) ? 1 : 0;
            places += samePlace(e.get(), String.valueOf(g.get("location"))) ? 1 : 0;
            if ("E1".equals(g.get("id"))) {
                e1Date = String.valueOf(g.get("date")).equals(e.get().date());
            }
        }
        List<Figure> out = new ArrayList<>();
        out.add(new Figure("seed events E1-E4 found (of 4)", found));
        out.add(new Figure("seed events E1-E4 type right (of 4)", types));
        out.add(new Figure("seed events E1-E4 actor1 right (of 4)", actors));
        out.add(new Figure("seed events E1-E4 place right (of 4)", places));
        out.add(new Figure("seed event E1 on 2014-11-12", e1Date ? 1 : 0));
        return out;
    }

    private static Optional<Event> evidenced(Processed p, String starts) {
        String want = QuoteEvaluation.normalise(starts);
        return p.events().stream().filter(e -> QuoteEvaluation.normalise(e.evidenceIn(p.article())).contains(want)).findFirst();
    }

    private static boolean sameActor(String ours, String gold) {
        String g = gold.toLowerCase(Locale.ROOT);
        return ActorNames.same(ours, ACLED_NAMES.getOrDefault(g, g));
    }

    /** Whether the event's place is one the gold location lists ("Nubl; Az-Zahra", "Bab al-Nairab, Aleppo"). */
    private static boolean samePlace(Event e, String gold) {
        if (e.place() == null) {
            return false;
        }
        String ours = key(e.place().text());
        for (String part : gold.split("[;,]")) {
            if (key(part).equals(ours) || key(part).endsWith(" " + ours)) {
                return true;
            }
        }
        return false;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replace('-', ' ').strip();
    }
}
