package org.sitrep.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.core.Entity;
import org.sitrep.core.EntitySummary;
import org.sitrep.core.Json;

/**
 * An entity and the entities most often mentioned in the same articles, as a small network for the entity page: an
 * edge from the entity to each, weighted by the articles they share, and from each of those to the
 * {@value #EDGES_PER_NEIGHBOUR} others it shares most articles with. The page draws it with Cytoscape and lists the same entities as a table.
 *
 * @param nodes the entity first, then the others, most shared articles first
 * @param edges each pair once
 */
public record CoMentionNetwork(List<Node> nodes, List<Edge> edges) {
    /** How many of a neighbour's own co-mentioned entities are looked through for edges among the neighbours. */
    static final int NEIGHBOUR_DEPTH = 40;
    /**
     * Edges a neighbour draws to other neighbours: its strongest few. Entities named with the same one are mostly
     * named with each other too; drawing every such pair hides the structure under a mesh.
     */
    static final int EDGES_PER_NEIGHBOUR = 2;

    /** @param articles the articles shared with the entity at the centre; for the centre, 0 */
    public record Node(String id, String name, String type, long articles, boolean centre) {
    }

    /** @param articles the articles that mention both */
    public record Edge(String source, String target, long articles) {
    }

    public CoMentionNetwork {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * The network around {@code centre}.
     *
     * @param around      the entities co-mentioned with it, most first
     * @param coMentioned a neighbour's own co-mentioned entities, most first
     */
    static CoMentionNetwork of(Entity centre, List<EntitySummary> around, Function<String, List<EntitySummary>> coMentioned) {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        nodes.add(new Node(centre.id(), centre.name(), centre.type().name().toLowerCase(java.util.Locale.ROOT), 0, true));
        Set<String> ids = new HashSet<>();
        for (EntitySummary s : around) {
            ids.add(s.entity().id());
            nodes.add(new Node(s.entity().id(), s.entity().name(), s.entity().type().name().toLowerCase(java.util.Locale.ROOT), s.articles(), false));
            edges.add(new Edge(centre.id(), s.entity().id(), s.articles()));
        }
        Set<String> paired = new HashSet<>();
        for (EntitySummary s : around) {
            String a = s.entity().id();
            int drawn = 0;
            for (EntitySummary t : coMentioned.apply(a)) {
                String b = t.entity().id();
                if (drawn == EDGES_PER_NEIGHBOUR) {
                    break;
                }
                if (ids.contains(b)) {
                    drawn++;
                    if (paired.add(a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a)) {
                        edges.add(new Edge(a, b, t.articles()));
                    }
                }
            }
        }
        return new CoMentionNetwork(nodes, edges);
    }

    public boolean isEmpty() {
        return nodes.size() < 2;
    }

    /** What the page's script reads: {"nodes": [...], "edges": [...]}. */
    public String json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nodes", nodes);
        m.put("edges", edges);
        return Json.write(m);
    }
}
