package org.sitrep.eval;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two actor names in ACLED's style name the same side, whatever the years of the regime and the unit ACLED
 * adds ("Military Forces of Russia (2000-) Air Force" is "Military Forces of Russia"), and whatever prefix or
 * suffix a group's name carries ("QSD: Syrian Democratic Forces", "Hamas Movement").
 */
final class ActorNames {
    private ActorNames() {
    }

    static boolean same(String ours, String gold) {
        String a = key(ours);
        String b = key(gold);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        Set<String> x = words(a);
        Set<String> y = words(b);
        return !a.contains("(") && !b.contains("(") && (y.containsAll(x) || x.containsAll(y));
    }

    /** The name without regime years and what follows them, in lower case. */
    static String key(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT).strip();
        n = n.replaceAll("\\s*\\(\\d{4}-(\\d{4})?\\).*$", "");
        return n.replaceAll("^[a-z]{2,6}:\\s*", "").strip();
    }

    private static Set<String> words(String key) {
        return new HashSet<>(Arrays.asList(key.split("[^\\p{L}\\p{N}]+")));
    }
}
