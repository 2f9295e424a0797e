package org.sitrep;

import java.util.List;
import java.util.Map;
import org.sitrep.core.Json;

/** Typed views of parsed JSON, for assertions. */
public final class JsonObjects {
    private JsonObjects() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(String json) {
        return (Map<String, Object>) Json.parse(json).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
