package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.geo.PlaceCandidate.NameMatch;
import org.sitrep.geo.PlaceResolver.Named;

/**
 * Two place names joined by a comma that the gazetteer knows whole as one place ("Bogota, D.C.", Colombia's capital
 * district), when no place the first may mean lies in a place the second may mean, the second alone means regions or
 * towns only in other countries than the whole's, and the first may mean a place in the whole's country. Read apart,
 * the second ("D.C.", the District of Columbia) pointed the article to its own country and the first to a namesake
 * there (Bogota, New Jersey). Read as part of the whole, the second means the place of the whole, which then holds
 * the first as any container does ("Bogota" the Colombian capital). Where the second holds the first ("Washington,
 * D.C.") it stays what it means alone.
 */
final class WholeNames {
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    private WholeNames() {
    }

    /** {@code named} with the second name of each such pair meaning the whole's places; the same list when none is. */
    static List<Named> joined(String text, List<Named> named, PlaceCandidates candidates) {
        List<Named> out = named;
        for (int i = 0; i + 1 < named.size(); i++) {
            Named a = named.get(i);
            Named b = named.get(i + 1);
            if (b.span.begin() < a.span.end() || !COMMA.matcher(text).region(a.span.end(), b.span.begin()).matches()
                    || a.candidates.stream().anyMatch(c -> PlaceResolver.contains(b, c.place()))) {
                continue;
            }
            List<PlaceCandidate> whole = candidates.of(text.substring(a.span.begin(), b.span.end())).stream()
                    .filter(c -> c.match() != NameMatch.LOOSE).toList();
            if (!whole.isEmpty() && pointsElsewhere(b, whole) && sharesCountry(a, whole)) {
                out = out == named ? new ArrayList<>(named) : out;
                out.set(i + 1, b.withCandidates(whole));
            }
        }
        return out;
    }

    /**
     * Whether {@code second}, read alone, means regions or towns, no country, and only in other countries than the
     * {@code whole} name's.
     */
    private static boolean pointsElsewhere(Named second, List<PlaceCandidate> whole) {
        return !second.candidates.isEmpty() && second.candidates.stream().noneMatch(c -> c.place().isCountry())
                && !sharesCountry(second, whole);
    }

    /** Whether one of the places {@code name} may mean lies in the country of one of the {@code whole} name's. */
    private static boolean sharesCountry(Named name, List<PlaceCandidate> whole) {
        return whole.stream().anyMatch(w -> name.candidates.stream()
                .anyMatch(c -> c.place().country().equals(w.place().country())));
    }
}
