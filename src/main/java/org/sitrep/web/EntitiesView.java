package org.sitrep.web;

import java.util.Arrays;
import java.util.List;
import org.sitrep.core.EntitySummary;
import org.sitrep.core.EntityType;
import org.sitrep.core.ResultPage;

/** The entity index, filtered by type and name. */
public record EntitiesView(String type, String q, ResultPage<EntitySummary> entities) {
    public List<String> types() {
        return Arrays.stream(EntityType.values()).map(EntityType::name).toList();
    }

    public String pageLink(int page) {
        return "/entities" + Links.query(new java.util.LinkedHashMap<>(java.util.Map.of(
                "type", type == null ? "" : type, "q", q == null ? "" : q, "page", page > 1 ? Integer.toString(page) : "")));
    }
}
