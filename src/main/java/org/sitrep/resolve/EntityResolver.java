package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.nlp.Actor;
import org.sitrep.nlp.ActorGazetteer;
import org.sitrep.nlp.NonNames;
import org.sitrep.nlp.OfficeHolders;
import org.sitrep.core.Annotated;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.Quote;
import org.sitrep.core.Span;
import org.sitrep.core.SpanTree;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;

/**
 * Links each mention of an article to an entity: a name of the knowledge base to its actor (IS, ISIS, Daesh: one
 * entity); within the article, a person named by one word that ends an
 * earlier full name ("Gillespie" after "Kristen Gillespie") is that person; across articles, entities with the
 * same type and name are one entity; a description of an office ("the Syrian president") is the person who held it on
 * the article's day; "he" or "she" is the one person named just before. Thread-safe.
 */
public final class EntityResolver {
    private final ActorGazetteer gazetteer;
    private final OfficeHolders offices;

    /** Links through the shipped knowledge base (and the user's entries) and the shipped table of offices. */
    public EntityResolver() {
        this(ActorGazetteer.shared(), OfficeHolders.shared());
    }

    public EntityResolver(ActorGazetteer gazetteer, OfficeHolders offices) {
        this.gazetteer = gazetteer;
        this.offices = offices;
    }

    /** Links the article's mentions. */
    public List<LinkedMention> resolve(Annotated annotated) {
        return resolve(annotated.mentions(), Map.of(), annotated.article().published(), annotated.article().text());
    }

    /**
     * Links the article's mentions, the descriptions of known actors ("Syrian government forces"), and the speakers'
     * names the tagger missed ("..., wrote Dark"), in text order; the statements come back with their speakers' entities.
     */
    public Resolved resolve(Annotated annotated, List<Quote> quotes) {
        SpanTree<Mention> bySpan = new SpanTree<>();
        annotated.mentions().forEach(m -> bySpan.put(m.span(), m));
        for (Quote q : quotes) {
            Mention named = q.speaker() == null ? null : q.speaker().named();
            if (named != null && !bySpan.overlapsAny(named.span()) && !NonNames.namesNoOne(annotated.article().text(), named)) {
                bySpan.put(named.span(), named);
            }
        }
        String text = annotated.article().text();
        for (ActorGazetteer.Match d : gazetteer.find(text, annotated.article().published())) {
            if (d.descriptive()) {
                takeIn(bySpan, new Mention(d.span(), d.span().of(text), d.actor().type()));
            }
        }
        Map<Span, String> holders = new HashMap<>();
        for (OfficeHolders.Match o : offices.find(text, annotated.article().published())) {
            if (takeIn(bySpan, new Mention(o.span(), o.span().of(text), EntityType.PERSON))) {
                holders.put(o.span(), o.holder());
            }
        }
        List<LinkedMention> linked = PronounMentions.added(annotated,
                NameFragments.without(text, TitleCaseLines.without(text, ShoutedLines.without(text, PlaceContext.apply(text, LoneNames.apply(ArticleNames.join(text, PlaceWords.coordinated(text, PlaceWords.apply(StateAbbreviations.expanded(AcronymDefinitions.apply(text,
                        resolve(List.copyOf(bySpan.values()), holders, annotated.article().published(), text))))))))))), quotes);
        Map<Span, Entity> entityAt = new HashMap<>();
        linked.forEach(l -> entityAt.put(l.mention().span(), l.entity()));
        List<AttributedQuote> attributed = new ArrayList<>();
        for (Quote q : quotes) {
            Mention named = q.speaker() == null ? null : q.speaker().named();
            attributed.add(new AttributedQuote(q, named == null ? null : entityAt.get(named.span())));
        }
        return new Resolved(linked, attributed);
    }

    /**
     * Adds a description's mention, taking in the mentions inside it ("Syrian" in "Syrian government forces"); none is
     * added when a mention reaches out of it. True when added.
     */
    private static boolean takeIn(SpanTree<Mention> bySpan, Mention description) {
        Span d = description.span();
        if (bySpan.overlapsOutside(d)) {
            return false;
        }
        bySpan.removeWithin(d);
        bySpan.put(d, description);
        return true;
    }

    /**
     * The actor a name is, also when written as a possessive without its apostrophe ("Bashar Assads", "Nusras": the
     * demo corpus lost its apostrophes); not for places, whose plurals are other names ("Americas").
     */
    private java.util.Optional<Actor> lookup(String name, String article) {
        var known = gazetteer.lookup(name, article);
        if (known.isEmpty() && name.length() > 3 && name.endsWith("s") && !name.endsWith("ss")) {
            return gazetteer.lookup(name.substring(0, name.length() - 1), article).filter(a -> a.type() != EntityType.LOCATION);
        }
        return known;
    }

    /** Mentions linked to entities, and statements with their speakers' entities. */
    public record Resolved(List<LinkedMention> entities, List<AttributedQuote> quotes) {
    }

    /** Links mentions; {@code holders} gives, for descriptions of offices, the canonical name of the holder. */
    private List<LinkedMention> resolve(List<Mention> mentions, Map<Span, String> holders, java.time.LocalDate day, String text) {
        // The entity itself, not its name: a surname after a known person's full name is that known entity, kind and all.
        Map<String, Entity> bySurname = new HashMap<>();
        List<LinkedMention> out = new ArrayList<>();
        for (Mention m : mentions) {
            String name = holders.getOrDefault(m.span(), m.text().replaceAll("\\s+", " ").strip());
            var known = lookup(name, text).filter(a -> a.existedOn(day));
            if (known.isPresent()) {
                Actor a = known.get();
                Entity e = new Entity(EntityKeys.knownId(a.type(), a.name()), a.name(), a.type(), a.kind());
                out.add(new LinkedMention(m, e));
                if (a.type() == EntityType.PERSON) {
                    String[] words = a.name().split(" ");
                    bySurname.putIfAbsent(words[words.length - 1], e);
                }
                continue;
            }
            if (EntityKeys.slug(name).isEmpty()) {
                continue;
            }
            Entity e = new Entity(EntityKeys.id(m.type(), name), name, m.type(), null);
            if (m.type() == EntityType.PERSON) {
                if (name.contains(" ")) {
                    String[] words = name.split(" ");
                    bySurname.putIfAbsent(words[words.length - 1], e);
                } else {
                    e = bySurname.getOrDefault(name, e);
                }
            }
            out.add(new LinkedMention(m, e));
        }
        return out;
    }
}
