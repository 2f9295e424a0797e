package org.sitrep.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Optional;

/** Reading and writing JSON: the one class that imports Jackson. */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Data made by others writes NaN where it has no value (Python's json does).
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            // The export contract names fields in snake case ("said_on", "sub_type"); records use camel case.
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private Json() {
    }

    /** Writes a value (records, lists, maps, strings, numbers) as one line of JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new SitrepException("cannot write JSON for " + value.getClass().getName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Parses JSON into plain values (maps, lists, strings, numbers, booleans); empty when the text is not JSON. */
    public static Optional<Object> parse(String text) {
        try {
            return Optional.ofNullable(MAPPER.readValue(text, Object.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /**
     * Parses JSON into plain values, as {@link #parse(String)} does; throws an {@link InputException} naming
     * {@code origin}, and where and why the text stops being JSON, when it is not JSON.
     */
    public static Object parse(String origin, String text) {
        try {
            return MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at character " + e.getLocation().getColumnNr();
            // Jackson points at where an unclosed object began as "(start marker at [Source: REDACTED ...])": noise here.
            String why = e.getOriginalMessage().lines().findFirst().orElse("").replaceFirst("\\s*\\(start marker at \\[Source:.*$", "");
            throw new InputException(origin, "not valid JSON" + where + ": " + why, e);
        }
    }

    /** Parses JSON into a value of the given type; throws an {@link InputException} naming {@code origin} when it cannot. */
    public static <T> T read(String origin, String text, Class<T> type) {
        try {
            return MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new InputException(origin, "not valid JSON for " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
