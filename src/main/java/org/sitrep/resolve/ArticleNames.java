package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;

/**
 * One name, one entity within an article, whatever the order of its mentions: a surname or the last words of a full
 * name ("Gadhafi" in a headline, "AL-SABAH", "De Iesu") is the one person of the article whose full name ends so; an
 * organisation named by one word ("Army") is the one organisation of the article whose longer name ends with it ("U.S.
 * Army"), or whose name's head noun before "of" it is ("Tigers" of Liberation Tigers of Tamil Eelam); a place named without the last word of its name ("New York", "South China" in "Stirring Up the South China
 * Sea") is the one longer place of the article with one more word for a place ("New York City", "South China Sea"), and a
 * point of the compass alone ("the North") the one place of two words it opens ("North Korea"); a
 * full name with fewer words ("George Bush", "Donald Oaks") is the one longer name with the same first and last words,
 * a familiar first name ("Tom Franklin") the one name with the formal first name and the same last word;
 * a name the tagger typed two ways ("Erie" a person once, a place once) is one entity of the type most of its mentions
 * have; a first name alone ("Tony") is the one person of the article with that first name, if it is nobody's surname;
 * a place or body of one word that is a person's surname or first name ("Mork", "Harbhajan") is that person.
 * Ordinary words the tagger took for a one-word name ("Witnesses", "Increasingly", "WANTED") and descriptions in
 * lower case ("rebel groups") are left out.
 */
final class ArticleNames {
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Pattern LETTERS = Pattern.compile("[^\\p{L}]");

    private ArticleNames() {
    }

    /** The mentions with the article's names joined and junk words left out, in the order given. */
    static List<LinkedMention> join(String text, List<LinkedMention> spelt) {
        List<LinkedMention> linked = oneSpellingPerPerson(spelt);
        Map<String, Set<Entity>> bySuffix = new HashMap<>();
        Map<String, Set<Entity>> bySpelling = new HashMap<>();
        Map<String, Set<Entity>> byPrefix = new HashMap<>();
        Map<String, Set<Entity>> byFirstAndLast = new HashMap<>();
        Map<String, Set<Entity>> byFirst = new HashMap<>();
        Map<String, Set<Entity>> byInitials = new HashMap<>();
        Map<String, Set<Entity>> orgByLastWord = new HashMap<>();
        Map<String, Set<Entity>> orgByHead = new HashMap<>();
        Map<String, Set<Entity>> orgByStem = new HashMap<>();
        Map<String, Set<Entity>> placeByStem = new HashMap<>();
        Map<String, Set<Entity>> stateByShortName = new HashMap<>();
        Map<String, Set<Entity>> placeByCompass = new HashMap<>();
        Set<Entity> orgs = new LinkedHashSet<>();
        for (LinkedMention m : linked) {
            Entity e = m.entity();
            String initials = initials(e);
            if (initials != null) {
                byInitials.computeIfAbsent(initials, k -> new LinkedHashSet<>()).add(e);
            }
            List<String> words = words(e.name());
            if (e.type() == EntityType.ORGANIZATION) {
                orgs.add(e);
                String body = withoutThe(e.name());
                words = words(body);
                String head = headBeforeOf(body);
                if (head != null) {
                    orgByHead.computeIfAbsent(EntityKeys.key(head), k -> new LinkedHashSet<>()).add(e);
                    String last = HeadWords.of(head);
                    if (!last.isEmpty()) {
                        orgByHead.computeIfAbsent(EntityKeys.key(last), k -> new LinkedHashSet<>()).add(e);
                    }
                }
                for (String stem : stems(words)) {
                    orgByStem.computeIfAbsent(EntityKeys.key(stem), k -> new LinkedHashSet<>()).add(e);
                }
                for (int i = body.equals(e.name().strip()) ? 1 : 0; i < words.size(); i++) {
                    orgByLastWord.computeIfAbsent(EntityKeys.key(String.join(" ", words.subList(i, words.size()))), k -> new LinkedHashSet<>()).add(e);
                }
            }
            String shortName = e.type() == EntityType.LOCATION ? StateNames.shortName(e.name()) : null;
            if (shortName != null) {
                stateByShortName.computeIfAbsent(EntityKeys.key(shortName), k -> new LinkedHashSet<>()).add(e);
            }
            if (e.type() == EntityType.LOCATION && words.size() > 1 && PLACE_HEADS.contains(words.get(words.size() - 1))) {
                placeByStem.computeIfAbsent(EntityKeys.key(String.join(" ", words.subList(0, words.size() - 1))), k -> new LinkedHashSet<>()).add(e);
            }
            if (e.type() == EntityType.LOCATION && words.size() == 2 && COMPASS.contains(words.get(0))) {
                placeByCompass.computeIfAbsent(words.get(0), k -> new LinkedHashSet<>()).add(e);
            }
            if (e.type() != EntityType.PERSON || words.size() < 2) {
                continue;
            }
            for (int i = 1; i < words.size(); i++) {
                String suffix = EntityKeys.key(String.join(" ", words.subList(i, words.size())));
                bySuffix.computeIfAbsent(suffix, k -> new LinkedHashSet<>()).add(e);
                bySpelling.computeIfAbsent(Spellings.loose(suffix), k -> new LinkedHashSet<>()).add(e);
            }
            for (int i = 2; i < words.size(); i++) {
                byPrefix.computeIfAbsent(EntityKeys.key(String.join(" ", words.subList(0, i))), k -> new LinkedHashSet<>()).add(e);
            }
            byFirstAndLast.computeIfAbsent(EntityKeys.key(words.get(0) + " " + words.get(words.size() - 1)), k -> new LinkedHashSet<>()).add(e);
            byFirst.computeIfAbsent(EntityKeys.key(words.get(0)), k -> new LinkedHashSet<>()).add(e);
        }
        Map<Entity, Integer> mentions = new HashMap<>();
        linked.forEach(m -> mentions.merge(m.entity(), 1, Integer::sum));
        List<LinkedMention> out = new ArrayList<>();
        Map<Entity, Entity> joinedTo = new HashMap<>();
        for (LinkedMention m : linked) {
            Entity e = m.entity();
            if (e.kind() == null && !isPronoun(m)) {
                String key = EntityKeys.key(e.name());
                String body = withoutThe(e.name());
                String bodyKey = EntityKeys.key(body);
                Entity full = e.type() == EntityType.PERSON ? onlyOrDominant(bySuffix.get(key), e, mentions)
                        : only(bySuffix.get(key), e);
                if (full == null && e.type() == EntityType.PERSON) {
                    full = only(byFirstAndLast.get(key), e);
                }
                if (full == null && e.type() == EntityType.PERSON) {
                    full = only(byFirstAndLast.get(formallyNamed(e.name())), e);
                }
                if (full == null && e.type() == EntityType.PERSON && !e.name().contains(" ") && !bySuffix.containsKey(key)) {
                    full = only(byFirst.get(key), e);
                }
                if (full == null && e.type() == EntityType.PERSON && !bySuffix.containsKey(key)) {
                    full = onlyOrDominant(bySpelling.get(Spellings.loose(key)), e, mentions);
                }
                if (full == null && e.type() == EntityType.PERSON && e.name().contains(" ")) {
                    full = only(byPrefix.get(key), e);
                }
                if (full == null && ACRONYM.matcher(e.name()).matches()) {
                    full = only(byInitials.get(e.name()), e);
                }
                if (full == null && e.type() == EntityType.ORGANIZATION) {
                    // Without "the" only a one-word name: "the Times of London" ends "Sunday Times of London" and is another paper.
                    full = only(orgByLastWord.get(body.contains(" ") ? key : bodyKey), e);
                }
                if (full == null && e.type() == EntityType.ORGANIZATION) {
                    full = only(orgByHead.get(bodyKey), e);
                }
                if (full == null && (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.PERSON && !bySuffix.containsKey(key))) {
                    full = only(orgByStem.get(bodyKey), e);
                }
                if (full == null && e.type() == EntityType.ORGANIZATION) {
                    full = only(shortenedFrom(body, orgs), e);
                }
                if (full == null && e.type() == EntityType.LOCATION) {
                    full = only(placeByStem.get(key), e);
                }
                if (full == null && e.type() == EntityType.LOCATION) {
                    full = only(stateByShortName.get(key), e);
                }
                if (full == null && e.type() == EntityType.LOCATION) {
                    full = only(placeByCompass.get(e.name()), e);
                }
                if (full == null && e.type() != EntityType.PERSON && !e.name().contains(" ")) {
                    full = personNamedBy(key, bySuffix, byFirst, e, mentions);
                }
                if (full != null && !full.equals(e)) {
                    out.add(new LinkedMention(m.mention(), full));
                    joinedTo.put(e, full);
                    continue;
                }
                if (isJunk(text, e)) {
                    continue;
                }
                if (isArabicBodyName(e) && !bySuffix.containsKey(key)) {
                    out.add(new LinkedMention(m.mention(), EntityKeys.unknown(EntityType.ORGANIZATION, e.name())));
                    continue;
                }
            }
            out.add(m);
        }
        return oneTypePerName(text, throughChains(out, joinedTo));
    }

    /**
     * The key of a person's first and last names with a familiar first name written formally ("thomas-franklin" of
     * "Tom Franklin"), or {@code null} when the name has one word or its first name is no familiar form.
     */
    private static String formallyNamed(String name) {
        List<String> words = words(name);
        String formal = words.size() < 2 ? null : FamiliarFirstNames.formal(words.get(0));
        return formal == null ? null : EntityKeys.key(formal + " " + words.get(words.size() - 1));
    }

    /**
     * The mentions with each join followed to its end: a surname joined to a shorter full name that is itself joined
     * to a longer one ("Luk" to "John Luk", "John Luk" to "John Luk Jok") is the longer one's.
     */
    private static List<LinkedMention> throughChains(List<LinkedMention> linked, Map<Entity, Entity> joinedTo) {
        return Relinking.relinked(linked, m -> {
            Entity e = m.entity();
            for (int hops = 0; joinedTo.containsKey(e) && hops < joinedTo.size(); hops++) {
                e = joinedTo.get(e);
            }
            return e;
        });
    }

    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");

    /**
     * Words a company's name ends with that say its legal form or reach, not which company it is: news names
     * "Bechtel Corporation" or "Abt Associates Inc." once and then "Bechtel", "Abt", as registers of companies drop
     * them to match names.
     */
    private static final Set<String> COMPANY_FORMS = Set.of("inc", "incorporated", "corporation", "corp", "co", "company",
            "ltd", "limited", "llc", "plc", "group", "international", "associates", "holdings", "ag", "sa", "gmbh", "nv", "&");

    /**
     * The shorter names of an organisation's name without the words of legal form at its end, longest first
     * ("Creative Associates" and "Creative" of Creative Associates International), then a company's first word ("Global" of
     * Global Strategies Group); empty when it ends with none.
     */
    static List<String> stems(List<String> words) {
        List<String> out = new ArrayList<>();
        int end = words.size();
        if (end > 1 && MEDIA_FORMS.contains(words.get(end - 1).toLowerCase(Locale.ROOT))) {
            end--;
            out.add(String.join(" ", words.subList(0, end)));
        }
        while (end > 1 && COMPANY_FORMS.contains(LETTERS_AND_AMPERSAND.matcher(words.get(end - 1).toLowerCase(Locale.ROOT)).replaceAll(""))) {
            end--;
            out.add(String.join(" ", words.subList(0, end)));
        }
        if (end > 1 && end < words.size()) {
            out.add(words.get(0)); // a company goes by its first word: "Global" of Global Strategies Group, "Abt" of Abt Associates
        }
        return out;
    }

    /**
     * Last words that say which medium a broadcaster is, not which broadcaster: news names "al-Manar TV" once and then
     * "al-Manar".
     */
    private static final Set<String> MEDIA_FORMS = Set.of("tv", "television", "radio", "channel");

    private static final Pattern LETTERS_AND_AMPERSAND = Pattern.compile("[^\\p{L}&]");

    /**
     * The words of an organisation's name before its first "of" ("Reform Party" of Reform Party of Syria, "Times" of
     * the Times of London): the article's shorter name of the same body, once it has named it in full. {@code null}
     * when the name has no "of" after its first word.
     */
    private static String headBeforeOf(String name) {
        int of = name.indexOf(" of ");
        return of > 0 ? name.substring(0, of) : null;
    }

    /**
     * A body's name without "the" before it ("Globe" of "The Globe", "Times of London" of "the Times of London"): news
     * writes the article or leaves it out, capitalised or not, and the body is the same. A name of "the" alone stays.
     */
    private static String withoutThe(String name) {
        String n = name.strip();
        return n.length() > 4 && (n.startsWith("The ") || n.startsWith("the ")) ? n.substring(4) : n;
    }

    /**
     * Last words that make a longer name of the same place ("New York City", "South China Sea", "Gaza Strip"), not of
     * something held there ("New Jersey Bombings", "Boston Marathon").
     */
    private static final Set<String> PLACE_HEADS = Set.of("City", "Sea", "Ocean", "Gulf", "Bay", "Strait", "Strip", "Island",
            "Islands", "River", "Province", "Governorate", "State", "Region", "Valley", "Peninsula", "Desert", "Mountains", "Heights", "Square");
    /**
     * Points of the compass that open a state's name and stand alone for it once the article has named it ("the North"
     * of North Korea, "the South" of South Sudan), written with a capital. Not "West" nor "East": "the West" is a
     * bloc of states, not the West Bank.
     */
    private static final Set<String> COMPASS = Set.of("North", "South");
    private static final Set<String> PARTICLES = Set.of("of", "for", "the", "and", "on", "in", "to", "at", "de", "al");

    /**
     * The initials of an organisation's or place's name of several capitalised words, particles left out ("IMF" for
     * International Monetary Fund, "FBI" for Federal Bureau of Investigation): news writes the long name once and the
     * acronym after, without defining it in brackets. A person's full name of three words or more has them too ("VDH"
     * for Victor Davis Hanson, written so by his readers); two initials of a person's name are too often some other
     * body's. {@code null} for a one-word name, or a name with a word in lower case that is no particle.
     */
    private static String initials(Entity e) {
        if (e.type() == EntityType.MISC) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String w : e.name().strip().split("[\\s-]+")) {
            if (PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return null;
            }
            out.append(w.charAt(0));
        }
        return out.length() >= (e.type() == EntityType.PERSON ? 3 : 2) ? out.toString() : null;
    }

    private static boolean isPronoun(LinkedMention m) {
        return Character.isLowerCase(m.mention().text().charAt(0)) && m.mention().text().length() <= 4;
    }

    /** A one-word name of no known entity that is an ordinary word: written in lower case elsewhere, an adverb, or all capitals. */
    private static boolean isJunk(String text, Entity e) {
        String name = e.name();
        if (name.equals(name.toLowerCase(Locale.ROOT))) {
            return true; // a description ("rebel groups") is no name
        }
        if (name.contains(" ") || name.length() < 2 || e.type() != EntityType.PERSON) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.equals(name.toUpperCase(Locale.ROOT)) || lower.endsWith("ly")) {
            return true;
        }
        // No match begins before the word's first occurrence; a name seldom written in lower case has none, and the
        // text is then read once by indexOf, not by a regex compiled for it.
        int first = text.indexOf(lower);
        return first >= 0 && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(lower) + "(?![\\p{L}])").matcher(text).find(first);
    }

    /** One word after a capital Arabic article: "Al-Muhajiroun", "Al-Sahab", "Al-Saud". */
    private static final Pattern ARABIC_BODY = Pattern.compile("Al-\\p{Lu}\\p{L}+");

    /**
     * A one-word "Al-" name the tagger called a person that ends no person's full name of the article is a group, a
     * network, an outlet or a house ("Al-Muhajiroun", "Al-Sahab", "Al-Saud"): news names a person in full before it
     * writes the surname alone, and writes a surname's article in lower case mid-sentence ("al-Baghdadi").
     */
    private static boolean isArabicBodyName(Entity e) {
        return e.type() == EntityType.PERSON && ARABIC_BODY.matcher(e.name()).matches();
    }

    /**
     * The person a one-word place, body or thing of the tagger is, when its word is the surname of people of the article
     * ("Mork" typed a place beside Nicolai Howard Mork and Joan Mork) or, being nobody's surname, their first name
     * ("Harbhajan" beside Harbhajan Singh): the tagger read the capitalised word without the rest of the name. The
     * one such person, or the one named far more often; when several stand level, a person of that one word, as the
     * article does not say which. {@code null} when no person of the article bears the word.
     */
    private static Entity personNamedBy(String key, Map<String, Set<Entity>> bySuffix, Map<String, Set<Entity>> byFirst,
            Entity self, Map<Entity, Integer> mentions) {
        Set<Entity> people = bySuffix.containsKey(key) ? bySuffix.get(key) : byFirst.get(key);
        if (people == null || people.isEmpty()) {
            return null;
        }
        Entity one = onlyOrDominant(people, self, mentions);
        return one != null ? one : EntityKeys.unknown(EntityType.PERSON, self.name());
    }

    /**
     * The mentions with each full name of a person, and each place's name, spelt otherwise than another of the article
     * ({@link Spellings#vowelsLoose}: "Mohamed Morsi" beside "Mohammed Morsi", "Guatamala" beside "Guatemala") given
     * that other's entity: the knowledge base's, else the one the article names more often, else the one it names first
     * (news settles on a spelling and slips once). Done before the other joins, so that a surname or first name alone
     * then meets one person, not two. Two places the knowledge base knows are never joined so.
     */
    static List<LinkedMention> oneSpellingPerPerson(List<LinkedMention> linked) {
        Map<String, Map<String, Entity>> bySpelling = new HashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        for (LinkedMention m : linked) {
            Entity e = m.entity();
            mentions.merge(e.id(), 1, Integer::sum);
            List<String> words = words(e.name());
            if (e.type() == EntityType.PERSON && words.size() > 1 || e.type() == EntityType.LOCATION) {
                bySpelling.computeIfAbsent(e.type() + " " + Spellings.vowelsLoose(EntityKeys.key(String.join(" ", words))),
                        k -> new LinkedHashMap<>()).merge(e.id(), e, (a, b) -> isCapitals(a.name()) ? b : a);
            }
        }
        Map<String, Entity> preferred = new HashMap<>();
        for (Map<String, Entity> spellings : bySpelling.values()) {
            List<Entity> known = spellings.values().stream().filter(x -> x.kind() != null).toList();
            if (spellings.size() < 2 || known.size() > 1) {
                continue;
            }
            Entity kept = known.isEmpty() ? spellings.values().stream()
                    .reduce((a, b) -> mentions.get(b.id()) > mentions.get(a.id()) ? b : a).orElseThrow() : known.get(0);
            spellings.keySet().stream().filter(id -> !id.equals(kept.id())).forEach(id -> preferred.put(id, kept));
        }
        if (preferred.isEmpty()) {
            return linked;
        }
        return linked.stream().map(m -> preferred.containsKey(m.entity().id()) ? new LinkedMention(m.mention(), preferred.get(m.entity().id())) : m)
                .toList();
    }

    /** The one entity of the set other than {@code self}, else the one named far more often; {@code null} when neither. */
    private static Entity onlyOrDominant(Set<Entity> entities, Entity self, Map<Entity, Integer> mentions) {
        Entity one = only(entities, self);
        return one != null ? one : dominant(entities, self, mentions);
    }

    /** How many times more often than any other person of the same surname a person is named to take the surname alone. */
    private static final int DOMINANCE = 2;

    /**
     * Of several people with the surname, the one the article names far more often than the others ("Bush" in a
     * story of George W. Bush that names Jeb Bush once): the writer uses the bare surname for the article's main
     * person. {@code null} when none stands out so.
     */
    private static Entity dominant(Set<Entity> entities, Entity self, Map<Entity, Integer> mentions) {
        if (entities == null) {
            return null;
        }
        List<Entity> others = entities.stream().filter(x -> !x.equals(self))
                .sorted(java.util.Comparator.comparing((Entity x) -> mentions.getOrDefault(x, 0)).reversed()).toList();
        if (others.size() < 2) {
            return null;
        }
        return mentions.getOrDefault(others.get(0), 0) >= DOMINANCE * mentions.getOrDefault(others.get(1), 0) ? others.get(0) : null;
    }

    /**
     * The one entity of the set other than {@code self}, or {@code null} when none or several. Entities of one id are
     * one ("PHILIP GOUREVITCH" in a transcript's speaker label and "Philip Gourevitch" in its text): the one not in
     * capitals is taken.
     */
    private static Entity only(Set<Entity> entities, Entity self) {
        if (entities == null) {
            return null;
        }
        Map<String, Entity> others = new HashMap<>();
        for (Entity x : entities) {
            if (!x.id().equals(self.id())) {
                others.merge(x.id(), x, (a, b) -> isCapitals(a.name()) ? b : a);
            }
        }
        return others.size() == 1 ? others.values().iterator().next() : null;
    }

    private static boolean isCapitals(String name) {
        return name.equals(name.toUpperCase(Locale.ROOT));
    }

    /**
     * The organisations whose longer names hold every word of a body's short name of two words or more, in order and with
     * the same last word, its head ("Holocaust Museum" of "U.S. Holocaust Memorial Museum"): a writer shortens a long
     * name by leaving out its modifiers, never its head. Empty when none does.
     */
    private static Set<Entity> shortenedFrom(String body, Set<Entity> orgs) {
        List<String> shortWords = words(body);
        Set<Entity> out = new LinkedHashSet<>();
        if (shortWords.size() < 2) {
            return out;
        }
        for (Entity o : orgs) {
            List<String> longWords = words(withoutThe(o.name()));
            if (longWords.size() > shortWords.size() && longWords.get(longWords.size() - 1).equals(shortWords.get(shortWords.size() - 1))
                    && isInOrder(shortWords, longWords)) {
                out.add(o);
            }
        }
        return out;
    }

    /** Whether every word of {@code part} is in {@code whole}, in the same order. */
    private static boolean isInOrder(List<String> part, List<String> whole) {
        int at = 0;
        for (String w : whole) {
            if (at < part.size() && w.equals(part.get(at))) {
                at++;
            }
        }
        return at == part.size();
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>(List.of(name.strip().split("\\s+")));
        while (out.size() > 1 && SUFFIXES.contains(LETTERS.matcher(out.get(out.size() - 1).toLowerCase(Locale.ROOT)).replaceAll(""))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /**
     * Entities of the tagger that share a name but not a type become the one most mentions give (a known entity first).
     * A mention that opens a sentence counts half: there the capital letter tells the tagger nothing.
     */
    private static List<LinkedMention> oneTypePerName(String text, List<LinkedMention> linked) {
        Map<String, Map<Entity, Integer>> byKey = new HashMap<>();
        for (LinkedMention m : linked) {
            int weight = opensSentence(text, m.mention().span().begin()) ? 1 : 2;
            byKey.computeIfAbsent(EntityKeys.key(m.entity().name()), k -> new LinkedHashMap<>()).merge(m.entity(), weight, Integer::sum);
        }
        Map<Entity, Entity> replaced = new HashMap<>();
        for (Map<Entity, Integer> same : byKey.values()) {
            if (same.size() < 2) {
                continue;
            }
            Entity best = null;
            for (Map.Entry<Entity, Integer> c : same.entrySet()) {
                if (best == null || rank(c.getKey(), c.getValue()) > rank(best, same.get(best))) {
                    best = c.getKey();
                }
            }
            for (Entity e : same.keySet()) {
                replaced.put(e, best);
            }
        }
        if (replaced.isEmpty()) {
            return linked;
        }
        return Relinking.relinked(linked, m -> replaced.get(m.entity()));
    }

    private static final Pattern SENTENCE_OPENING = Pattern.compile("(?:^|[.!?:]['\"’”]?\\s+|\\n\\s*)['\"‘“]?$");

    private static boolean opensSentence(String text, int begin) {
        return SENTENCE_OPENING.matcher(text.substring(Math.max(0, begin - 4), begin)).find();
    }

    /** Known entities first, then more mentions, then a place before an organisation before a person. */
    private static int rank(Entity e, int mentions) {
        int typeOrder = switch (e.type()) {
            case LOCATION -> 2;
            case ORGANIZATION -> 1;
            default -> 0;
        };
        return (e.kind() != null ? 1_000_000 : 0) + mentions * 10 + typeOrder;
    }
}
