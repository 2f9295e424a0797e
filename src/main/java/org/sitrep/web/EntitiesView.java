package org.sitrep.web;

import java.util.Arrays;
import java.util.List;
import org.sitrep.core.EntitySummary;
import org.sitrep.core.EntityType;
import org.sitrep.core.ResultPage;

/** The entity index, filtered by type and name. */
public record EntitiesView(String type, String kind, String q, List<String> kinds, ResultPage<EntitySummary> entities) {
    public List<String> types() {
        return Arrays.stream(EntityType.values()).map(EntityType::name).toList();
    }

    public String pageLink(int page) {
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("type", type);
        params.put("kind", kind);
        params.put("q", q);
        params.put("page", page > 1 ? page : null);
        return "/entities" + Links.query(params);
    }
}
