package org.sitrep.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sitrep.core.EntityType;
import org.sitrep.core.InputException;
import org.sitrep.core.PageRequest;

/** Reads and checks request parameters; a bad value is an {@link InputException} naming the parameter. */
final class RequestParams {
    private static final int DEFAULT_PAGE_SIZE = 20;

    private RequestParams() {
    }

    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static PageRequest page(Context ctx) {
        return new PageRequest(integer(ctx, "page", 1), integer(ctx, "size", DEFAULT_PAGE_SIZE));
    }

    static int integer(Context ctx, String name, int fallback) {
        String v = text(ctx, name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new InputException(name, "must be a whole number; got: " + v);
        }
    }

    static LocalDate day(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InputException(name, "must be a date as YYYY-MM-DD; got: " + v);
        }
    }

    /** The days given by {@code from} and {@code to}, either may be absent. */
    static org.sitrep.core.DayRange range(Context ctx) {
        return new org.sitrep.core.DayRange(day(ctx, "from"), day(ctx, "to"));
    }

    static EntityType entityType(Context ctx) {
        String v = text(ctx, "type");
        if (v == null) {
            return null;
        }
        return EntityType.parse(v).orElseThrow(() -> new InputException("type",
                "must be one of PERSON, ORGANIZATION, LOCATION, MISC; got: " + v));
    }
}
