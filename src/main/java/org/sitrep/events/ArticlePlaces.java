package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;
import org.sitrep.core.SpanSet;

/**
 * One article's places, worked over once so that each of its sentences finds its own places, whether a name overlaps
 * any place, and the article's main place in time that does not grow with the article (see {@link SpanIndex}).
 * The answers are those of a loop over every place.
 */
final class ArticlePlaces {
    private final String text;
    private final List<PlaceMention> all;
    /** The places where something happens, by the caption they stand in ({@code null}: the text). */
    private final Map<Integer, SpanIndex<PlaceMention>> settings = new HashMap<>();
    private final SpanSet spans;
    /** The main place as a text sentence sees it, then as a caption's does; each worked out when first asked for. */
    private MainPlace ofText;
    private MainPlace ofCaptions;

    /** @param text the article's text, which offsets of text places are into */
    ArticlePlaces(String text, List<PlaceMention> places) {
        this.text = text;
        this.all = List.copyOf(places);
        Map<Integer, List<PlaceMention>> byCaption = new LinkedHashMap<>();
        for (PlaceMention p : all) {
            if (p.role() == PlaceRole.SETTING) {
                byCaption.computeIfAbsent(p.caption(), c -> new ArrayList<>()).add(p);
            }
        }
        byCaption.forEach((caption, ps) -> settings.put(caption, new SpanIndex<>(ps, PlaceMention::span)));
        this.spans = new SpanSet(all.stream().map(PlaceMention::span).toList());
    }

    /** All the places, in the order given. */
    List<PlaceMention> all() {
        return all;
    }

    /**
     * The places where something happens that lie inside {@code sentence} of caption {@code caption} ({@code null}:
     * of the text), in the order given; empty if none.
     */
    List<PlaceMention> settingsWithin(Integer caption, Span sentence) {
        SpanIndex<PlaceMention> index = settings.get(caption);
        return index == null ? List.of() : index.within(sentence);
    }

    /** Whether any place overlaps {@code span}; a caption's places count too, their offsets read as if in the text. */
    boolean overlapsAny(Span span) {
        return spans.overlapsAny(span);
    }

    /**
     * The finest place the article names most often in its text where things happen, with {@code extra} places of
     * the text counted too, as if named after the others; ties go to the place named first. Places named as a side
     * ("US airstrikes") are left out for a sentence of the text; a caption's sentence ({@code caption} not
     * {@code null}) is read in its caption's words, where the text's offsets mean nothing, so there none is left out.
     * Empty when there is none.
     */
    Optional<PlaceMention> main(Integer caption, List<PlaceMention> extra) {
        if (caption == null) {
            ofText = ofText == null ? new MainPlace(true) : ofText;
            return ofText.with(extra);
        }
        ofCaptions = ofCaptions == null ? new MainPlace(false) : ofCaptions;
        return ofCaptions.with(extra);
    }

    /**
     * The places of the text that count for the main place, each place once with the times it is named and the first
     * mention of it, in the order the main place is chosen in: finest first, then most often named, then first named.
     */
    private final class MainPlace {
        private final boolean sidesLeftOut;
        private final List<Named> ranked;
        private final Map<Long, Named> byId;

        /** A place, how often it is named and its first mention ({@code position}: that mention's place among all). */
        private record Named(long id, int coarse, int count, PlaceMention first, int position) {
            Named plus(Named more) {
                boolean earlier = more.first.span().begin() < first.span().begin();
                return new Named(id, coarse, count + more.count, earlier ? more.first : first, earlier ? more.position : position);
            }
        }

        private static final Comparator<Named> ORDER = Comparator.comparingInt(Named::coarse)
                .thenComparingInt(n -> -n.count()).thenComparingInt(n -> n.first().span().begin())
                .thenComparingInt(Named::position);

        MainPlace(boolean sidesLeftOut) {
            this.sidesLeftOut = sidesLeftOut;
            this.byId = named(all, 0);
            this.ranked = byId.values().stream().sorted(ORDER).toList();
        }

        private Map<Long, Named> named(List<PlaceMention> places, int firstPosition) {
            Map<Long, Named> out = new LinkedHashMap<>();
            for (int i = 0; i < places.size(); i++) {
                PlaceMention p = places.get(i);
                if (p.role() == PlaceRole.SETTING && p.caption() == null && !(sidesLeftOut && EventPlace.namesASide(text, p))) {
                    Named n = new Named(p.place().id(), EventPlace.rank(p.place()) >= 2 ? 1 : 0, 1, p, firstPosition + i);
                    out.merge(n.id(), n, Named::plus);
                }
            }
            return out;
        }

        Optional<PlaceMention> with(List<PlaceMention> extra) {
            Map<Long, Named> added = named(extra, all.size());
            if (added.isEmpty()) {
                return ranked.stream().findFirst().map(Named::first);
            }
            // Only the places named again change rank: the best of the others stands first among them.
            List<Named> candidates = new ArrayList<>();
            ranked.stream().filter(n -> !added.containsKey(n.id())).findFirst().ifPresent(candidates::add);
            added.forEach((id, n) -> candidates.add(byId.containsKey(id) ? byId.get(id).plus(n) : n));
            return candidates.stream().min(ORDER).map(Named::first);
        }
    }
}
