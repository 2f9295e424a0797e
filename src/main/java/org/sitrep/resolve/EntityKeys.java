package org.sitrep.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.core.EntityType;

/** Stable entity ids from a type and a name: "PERSON", "Kristen Gillespie" gives "person-kristen-gillespie". */
public final class EntityKeys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private EntityKeys() {
    }

    public static String id(EntityType type, String name) {
        return type.label() + "-" + slug(name);
    }

    /** Lower case, accents folded, every run of other characters a single hyphen. */
    public static String slug(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String slug = NON_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
