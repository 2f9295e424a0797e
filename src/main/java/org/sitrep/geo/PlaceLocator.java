package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.nlp.Demonyms;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.EntityType;
import org.sitrep.core.Place;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;
import org.sitrep.core.SpanSet;

/**
 * The pipeline's geo stage: finds an article's place names in its text and captions and resolves each in the
 * context of the whole article. Captions are read after the text, each as a paragraph of its own, so a caption's
 * places are resolved with the article's focus. Thread-safe.
 */
public final class PlaceLocator {
    private static volatile PlaceLocator shared;

    private final PlaceNameFinder finder;
    private final PlaceResolver resolver;
    private final Demonyms demonyms = Demonyms.shared();
    private final Gazetteer gazetteer;
    private final ContainedPlaces contained;
    private final NationalityPlaces nationalities;

    public PlaceLocator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.finder = new PlaceNameFinder(gazetteer);
        this.resolver = new PlaceResolver(gazetteer);
        this.contained = new ContainedPlaces(gazetteer);
        this.nationalities = new NationalityPlaces(gazetteer);
    }

    /** The locator over the gazetteer Sitrep ships, made once per process. */
    public static PlaceLocator shared() {
        PlaceLocator p = shared;
        if (p == null) {
            synchronized (PlaceLocator.class) {
                p = shared;
                if (p == null) {
                    p = new PlaceLocator(GeoNamesGazetteer.shared());
                    shared = p;
                }
            }
        }
        return p;
    }

    /**
     * The places of an article, in text order, then those of its captions; names the gazetteer does not know are
     * left out.
     *
     * @param entities the article's resolved mentions (their types say which are places)
     */
    public List<PlaceMention> locate(Annotated annotated, List<LinkedMention> entities) {
        return locate(annotated, entities, OutletRegions.NONE);
    }

    /**
     * As {@link #locate(Annotated, List)}, with the regions the article's outlet usually writes about (learned from
     * its other articles; {@link OutletRegions#NONE} when unknown), which count in the article's focus.
     */
    public List<PlaceMention> locate(Annotated annotated, List<LinkedMention> entities, OutletRegions home) {
        Article article = annotated.article();
        String text = article.text();
        List<Mention> mentions = new ArrayList<>(entities.size());
        for (LinkedMention m : entities) {
            mentions.add(m.mention().withType(m.entity().type()));
        }
        mentions.addAll(modifyingPlaces(text, annotated.mentions(), mentions));
        mentions.sort(Comparator.comparingInt(m -> m.span().begin()));
        Set<String> focus = focus(text, mentions);
        List<Span> names = new ArrayList<>(finder.find(text, mentions, focus));
        int textNames = names.size();
        StringBuilder all = new StringBuilder(text);
        List<Integer> captionStarts = new ArrayList<>();
        for (String caption : article.captions()) {
            all.append(Article.PARAGRAPH_SEPARATOR);
            captionStarts.add(all.length());
            for (Span s : finder.find(caption, List.of(), focus)) {
                names.add(new Span(s.begin() + all.length(), s.end() + all.length()));
            }
            all.append(caption);
        }
        String context = all.toString();
        String outlet = OutletCountry.of(article.url()).orElse(null);
        List<PlaceResolver.Resolution> resolved = resolver.resolve(context, names, outlet, home);
        List<PlaceMention> out = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) {
            PlaceResolver.Resolution r = resolved.get(i);
            if (r.place() == null) {
                continue;
            }
            PlaceRole role = PlaceRoles.of(context, r.span());
            if (i < textNames) {
                out.add(new PlaceMention(r.span(), r.text(), r.place(), role, r.confidence()));
            } else {
                int caption = captionOf(captionStarts, r.span().begin());
                int start = captionStarts.get(caption);
                out.add(new PlaceMention(new Span(r.span().begin() - start, r.span().end() - start), r.text(), r.place(), role,
                        r.confidence(), caption));
            }
        }
        out.addAll(contained.find(text, out));
        out.addAll(adjectives(text, article.captions(), out, mentions));
        out.sort(Comparator.comparing((PlaceMention p) -> p.caption() == null ? -1 : p.caption())
                .thenComparingInt(p -> p.span().begin()));
        return out;
    }

    /**
     * The tagger's place names that the entity stage left out as modifiers of a lower-case noun ("Gainesville police
     * said", "Torrington firefighters"): such a name refers to no participant, so it is no entity, but it still names
     * a place, which is what this stage finds. Only names no resolved mention overlaps; empty if none.
     */
    static List<Mention> modifyingPlaces(String text, List<Mention> tagged, List<Mention> resolved) {
        SpanSet taken = new SpanSet(resolved.stream().map(Mention::span).toList());
        List<Mention> out = new ArrayList<>();
        for (Mention m : tagged) {
            int end = m.span().end();
            if (m.type() == EntityType.LOCATION && !taken.overlapsAny(m.span()) && end + 1 < text.length()
                    && text.charAt(end) == ' ' && Character.isLowerCase(text.charAt(end + 1))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The places the text and the captions name by their adjectives ({@link NationalityPlaces}), outside the names
     * found and the names of people ("Monica French"), and other than the countries where the places found lie: in
     * an article set in Syria "Syrian" says which country the article is about, not a place (issue 16), while
     * "Russian forces" or "a Chechen fighter" say whose, from elsewhere.
     */
    private List<PlaceMention> adjectives(String text, List<String> captions, List<PlaceMention> found, List<Mention> mentions) {
        List<Span> taken = new ArrayList<>(spansIn(found, null));
        mentions.stream().filter(m -> m.type() == EntityType.PERSON).forEach(m -> taken.add(m.span()));
        List<PlaceMention> out = new ArrayList<>(nationalities.find(text, taken, null));
        for (int i = 0; i < captions.size(); i++) {
            out.addAll(nationalities.find(captions.get(i), spansIn(found, i), i));
        }
        Set<String> settings = new HashSet<>();
        found.stream().filter(p -> p.role() == PlaceRole.SETTING && p.place().country() != null).forEach(p -> settings.add(p.place().country()));
        out.removeIf(p -> p.place().country() != null && settings.contains(p.place().country()));
        return out;
    }

    private static List<Span> spansIn(List<PlaceMention> found, Integer caption) {
        return found.stream().filter(p -> java.util.Objects.equals(p.caption(), caption)).map(PlaceMention::span).toList();
    }

    /** The countries the text names, or names the people of: where smaller places may be found. */
    private Set<String> focus(String text, List<Mention> mentions) {
        Set<String> out = new HashSet<>(demonyms.countriesIn(text).keySet());
        for (Mention m : mentions) {
            if (m.type() == EntityType.LOCATION) {
                gazetteer.named(m.text()).stream().filter(Place::isCountry).forEach(p -> out.add(p.country()));
            }
        }
        return out;
    }

    private static int captionOf(List<Integer> starts, int offset) {
        int caption = 0;
        while (caption + 1 < starts.size() && starts.get(caption + 1) <= offset) {
            caption++;
        }
        return caption;
    }
}
