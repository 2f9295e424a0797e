package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.eval.NerEvaluation.Entity;

/**
 * The errors of a named-entity tagger against gold, one line each, to study: a gold entity found with another type
 * ("type GOLD as FOUND"), found with other bounds ("span"), or not found ("missed"), and a found entity that overlaps
 * no gold one ("not in gold"). Each line shows the sentence with the entity in [[ ]].
 */
final class NerErrors {
    private NerErrors() {
    }

    /** The error lines, in order of sentence and token; empty when the found entities are exactly the gold ones. */
    static List<String> describe(List<List<String>> sentences, Set<Entity> gold, Set<Entity> found) {
        List<Entity> order = new ArrayList<>(gold);
        order.addAll(found);
        order.sort(Comparator.comparingInt(Entity::sentence).thenComparingInt(Entity::begin));
        List<String> out = new ArrayList<>();
        for (Entity e : order) {
            if (gold.contains(e) && found.contains(e)) {
                continue;
            }
            List<String> tokens = sentences.get(e.sentence());
            if (gold.contains(e)) {
                out.add(goldError(e, found, tokens) + " in: " + marked(tokens, e));
            } else if (gold.stream().noneMatch(e::overlaps)) {
                out.add("not in gold " + e.type() + " \"" + text(tokens, e) + "\" in: " + marked(tokens, e));
            }
        }
        return out;
    }

    private static String goldError(Entity g, Set<Entity> found, List<String> tokens) {
        List<Entity> near = found.stream().filter(g::overlaps).sorted(Comparator.comparingInt(Entity::begin)).toList();
        for (Entity f : near) {
            if (f.begin() == g.begin() && f.end() == g.end()) {
                return "type " + g.type() + " as " + f.type() + " \"" + text(tokens, g) + "\"";
            }
        }
        if (near.isEmpty()) {
            return "missed " + g.type() + " \"" + text(tokens, g) + "\"";
        }
        Entity f = near.get(0);
        return "span " + g.type() + " \"" + text(tokens, g) + "\" found as " + f.type() + " \"" + text(tokens, f) + "\"";
    }

    private static String text(List<String> tokens, Entity e) {
        return String.join(" ", tokens.subList(e.begin(), e.end()));
    }

    private static String marked(List<String> tokens, Entity e) {
        List<String> t = new ArrayList<>(tokens);
        t.set(e.end() - 1, t.get(e.end() - 1) + "]]");
        t.set(e.begin(), "[[" + t.get(e.begin()));
        return String.join(" ", t);
    }
}
