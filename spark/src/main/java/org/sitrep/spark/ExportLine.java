package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.core.Json;

/**
 * An article's export line with what only the whole run knows written in: its id in the store, the canonical names
 * of entities other articles named first, and the incident of each event.
 */
final class ExportLine {
    private ExportLine() {
    }

    /**
     * @param names     canonical name and kind by entity id, for the entities whose name differs from the article's own
     * @param incidents the incident id of each event, by its position in {@code events}
     */
    @SuppressWarnings("unchecked")
    static String of(String json, String id, Map<String, EntityName> names, Map<Integer, Long> incidents) {
        Map<String, Object> article = (Map<String, Object>) Json.parse(json).orElseThrow(() ->
                new IllegalArgumentException("json must be an exported article; got: " + json));
        article.put("id", id);
        List<Map<String, Object>> entities = new ArrayList<>((List<Map<String, Object>>) article.get("entities"));
        entities.addAll((List<Map<String, Object>>) article.getOrDefault("described_entities", List.of()));
        for (Map<String, Object> entity : entities) {
            EntityName name = names.get((String) entity.get("id"));
            if (name != null) {
                entity.put("name", name.name());
                entity.put("kind", name.kind());
            }
        }
        for (Map<String, Object> quote : (List<Map<String, Object>>) article.get("quotes")) {
            if (quote.get("speaker") instanceof Map<?, ?> speaker && speaker.get("entity") instanceof String entity
                    && names.containsKey(entity)) {
                ((Map<String, Object>) speaker).put("name", names.get(entity).name());
            }
        }
        List<Map<String, Object>> events = (List<Map<String, Object>>) article.get("events");
        for (int i = 0; i < events.size(); i++) {
            events.get(i).put("incident", incidents.get(i));
        }
        return Json.write(article);
    }
}
