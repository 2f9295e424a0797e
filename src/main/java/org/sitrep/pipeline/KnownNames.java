package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.index.EntityNames;
import org.sitrep.index.NamedEntity;
import org.sitrep.nlp.Actor;
import org.sitrep.nlp.ActorGazetteer;
import org.sitrep.resolve.EntityKeys;
import org.sitrep.store.ArticleStore;

/**
 * The entities that search words name: first the knowledge base of actors, by any of its aliases ("Daesh" is the
 * Islamic State), then the stored entities by name ("Bashar al-Assad"). Only entities the store holds mentions of,
 * other than locations (places are counted apart, by the gazetteer), and only when they were mentioned by some other
 * spelling, since otherwise the words alone find every article. Thread-safe.
 */
final class KnownNames implements EntityNames {
    /** Words shorter than this are not tried in capitals ("us" is no "US"). */
    private static final int MIN_CAPITALISED = 4;

    /** Loaded at the first search rather than when a data directory opens (commands that never search skip it). */
    private final Supplier<ActorGazetteer> actors;
    private final ArticleStore store;

    KnownNames(Supplier<ActorGazetteer> actors, ArticleStore store) {
        this.actors = actors;
        this.store = store;
    }

    @Override
    public Optional<NamedEntity> named(String words) {
        String typed = words.strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        Optional<Entity> entity = known(typed).or(() -> store.entityNamed(typed));
        return entity.flatMap(e -> withSpellings(typed, e));
    }

    /** The stored entity of the knowledge-base actor the words name, as typed or as names are usually written. */
    private Optional<Entity> known(String typed) {
        for (String variant : variants(typed)) {
            Optional<Actor> actor = actors.get().lookup(variant);
            if (actor.isPresent() && actor.get().type() != EntityType.LOCATION) {
                return store.entity(EntityKeys.knownId(actor.get().type(), actor.get().name()));
            }
        }
        return Optional.empty();
    }

    /** "daesh" as "Daesh", "isis" as "ISIS": readers type names in lower case, the knowledge base does not. */
    private static Set<String> variants(String typed) {
        Set<String> out = new LinkedHashSet<>();
        out.add(typed);
        StringBuilder titled = new StringBuilder();
        for (String w : typed.split(" ")) {
            titled.append(titled.length() == 0 ? "" : " ")
                    .append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        out.add(titled.toString());
        if (typed.length() >= MIN_CAPITALISED && typed.chars().allMatch(Character::isLetter)) {
            out.add(typed.toUpperCase(Locale.ROOT));
        }
        return out;
    }

    /** The entity with its spellings other than the typed words; empty when it has none. */
    private Optional<NamedEntity> withSpellings(String typed, Entity e) {
        List<String> others = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        seen.add(typed.toLowerCase(Locale.ROOT));
        for (String s : store.spellings(e.id())) {
            if (seen.add(s.toLowerCase(Locale.ROOT))) {
                others.add(s);
            }
        }
        return others.isEmpty() ? Optional.empty() : Optional.of(new NamedEntity(typed, e.id(), e.name(), others));
    }
}
