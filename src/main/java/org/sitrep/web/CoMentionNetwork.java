package org.sitrep.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.Entity;
import org.sitrep.core.EntitySummary;
import org.sitrep.core.Json;
import org.sitrep.store.CoMentions;

/**
 * An entity and the entities most often mentioned in the same articles, as a small network for the entity page: an
 * edge from the entity to each, weighted by the articles they share, and from each of those to the
 * {@value #EDGES_PER_NEIGHBOUR} others it is named with most in the entity's articles. The page draws it with
 * Cytoscape and lists the same entities as a table.
 *
 * @param nodes the entity first, then the others, most shared articles first
 * @param edges each pair once
 */
public record CoMentionNetwork(List<Node> nodes, List<Edge> edges) {
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

    /** The network around {@code centre}, from the entities named with it and how often they are named together. */
    static CoMentionNetwork of(Entity centre, CoMentions around) {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        nodes.add(new Node(centre.id(), centre.name(), centre.type().name().toLowerCase(java.util.Locale.ROOT), 0, true));
        for (EntitySummary s : around.entities()) {
            nodes.add(new Node(s.entity().id(), s.entity().name(), s.entity().type().name().toLowerCase(java.util.Locale.ROOT), s.articles(), false));
            edges.add(new Edge(centre.id(), s.entity().id(), s.articles()));
        }
        Set<CoMentions.SharedArticles> drawn = new LinkedHashSet<>();
        for (EntitySummary s : around.entities()) {
            String a = s.entity().id();
            // The pairs come most shared first, so a neighbour's first pairs are its strongest.
            around.pairs().stream().filter(p -> p.first().equals(a) || p.second().equals(a))
                    .limit(EDGES_PER_NEIGHBOUR).forEach(drawn::add);
        }
        drawn.forEach(p -> edges.add(new Edge(p.first(), p.second(), p.articles())));
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
