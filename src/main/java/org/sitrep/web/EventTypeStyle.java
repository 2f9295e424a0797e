package org.sitrep.web;

import java.util.Locale;
import org.sitrep.core.EventType;

/** The CSS class of an event type ("type-battles"), which gives it its colour on the map, in tables and in legends. */
public final class EventTypeStyle {
    private EventTypeStyle() {
    }

    /** "battles", "explosions-remote-violence", …: the type's name in lower case, words joined by dashes. */
    public static String key(EventType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String cssClass(EventType type) {
        return "type-" + key(type);
    }
}
