package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Span;
import org.sitrep.nlp.Demonyms;

/**
 * Finds the phrases of a sentence that name sides of an incident: the entities the resolver linked (armed groups,
 * state forces, governments) and the common nouns news uses for the rest ("Russian troops", "police", "gunmen",
 * "protesters", "civilians").
 */
final class ActorPhrases {
    private static final Set<String> GROUP_KINDS = Set.of("armed group", "state forces", "government",
            "political party", "international body");
    private static final Pattern NOUNS = Pattern.compile("(?i)\\b(?:(pro-government |government |regime |loyalist "
            + "|security |army |military |coalition |rebel |opposition |israeli |russian |ukrainian |syrian |turkish "
            + "|iraqi |sudanese |u\\.s\\. |us |american |(?:u\\.s\\.|us)-led )?"
            + "(?:(troops|soldiers|army|military|forces|warplanes|jets|aircraft|helicopters?|drones?|artillery|tanks|strikes?|raids?|missiles?"
            + "|gunboats|navy|air force|regime|security forces|air ?strikes?|air raids?|shelling|bombardment)"
            + "|(police(?:men)?|police officers|riot police|gendarmes|security officials)"
            + "|(protesters|demonstrators|marchers|activists|students|workers|teachers|strikers|supporters"
            + "|worshippers|farmers protested|residents protested)"
            + "|(rioters|mob|angry crowd|crowds?|youths|settlers)"
            + "|((?:an? )?(?:unidentified|unknown)(?: [\\p{L}-]+)? (?:group|assailants?|gunm[ae]n|attackers?|individuals?|men)"
            + "|armed individuals?|gunmen|gunman|armed men|assailants|attackers|militants|insurgents|jihadists|rebels|fighters"
            + "|militiamen|militias?|bandits|unidentified armed group|unknown persons|terrorists)"
            + "|((?:members (?:of|from) (?:an? |the |rival |two )?)?drug trafficking groups?|drug traffickers"
            + "|criminal (?:groups?|gangs?)|gang members|gangsters|gangs?(?!-)|cartel members)"
            + "|(civilians|residents|villagers|children|women|people|families|farmers|shepherds|passengers"
            + "|a civilian|a man|a woman|a child|a boy|a girl|a farmer|a shepherd|a journalist|journalists)))\\b");
    private static final ActorRole[] GROUP_ROLES = {ActorRole.MILITARY, ActorRole.POLICE, ActorRole.PROTESTERS,
            ActorRole.RIOTERS, ActorRole.UNIDENTIFIED, ActorRole.GANG, ActorRole.CIVILIANS};
    /**
     * The Islamic State by the short names news uses and the entity stage may leave unlinked ("IS suicide bomb",
     * "clashes with Daesh"); case matters, since "is" is a verb. Not when it only says whose ground a place is
     * ("Daesh-held villages").
     */
    private static final Pattern ISLAMIC_STATE = Pattern.compile("\\b(?:IS|ISIS|ISIL|Daesh|Daish)\\b(?!-(?:held|controlled|run))");
    /**
     * "strike", "raid" and "missile" name a side only with a word saying whose they are ("Russian strikes", "US
     * missiles"; not "a strike", nor a missile any side may fire).
     */
    private static final Set<String> NEED_OWNER = Set.of("strike", "strikes", "raid", "raids", "missile", "missiles");
    private static final Pattern BY = Pattern.compile("(?i)\\b(?:by|from)\\s+(?:(?:the|an?|two|three|four|five|several|some|\\d+)\\s+)?$");
    /**
     * A side named after "by" that only stands behind or beside the doer, or holds the target: "regime forces
     * supported by YPG", "an airbase controlled by YPG". The doer is another side.
     */
    private static final Pattern BESIDE_BY = Pattern.compile("(?i)\\b(?:supported|backed|accompanied|assisted|aided|joined"
            + "|reinforced|escorted|protected|controlled|held|run|led|owned|occupied|used|manned)\\s+by\\s+"
            + "(?:(?:the|an?)\\s+)?$");
    /** Arabic words for a unit that open its name ("Katibat Tulkarm", "Liwa al-Quds"). */
    private static final String UNIT_WORDS = "(?:Katibat|Liwa|Saraya|Jaysh|Jaish|Kata'ib|Kataib|Faylaq|Failaq)\\b";

    /**
     * A name the knowledge base lacks that names an armed body by its last word ("Al Fath Al Mubeen Operation
     * Room", "Vitelhomme Gang", "Tribal and Clan Forces") or by the Arabic word for a unit it opens with ("Katibat
     * Tulkarm", "Liwa al-Quds").
     */
    private static final Pattern ARMED_BODY = Pattern.compile("(?:\\b(?:Forces|Operation Room|Division|Brigades?"
            + "|Battalions?|Gang|Militia|Crew)$|^" + UNIT_WORDS + ")");

    /**
     * An Arabic word for a unit opening a name: the tagger often takes the place the unit is named after for the
     * whole ("Katibat Tulkarm" as a location), but a unit it is. Not "Liwa", which also opens places' names (the
     * Liwa Oasis).
     */
    private static final Pattern UNIT_OPENING = Pattern.compile("^(?!Liwa\\b)" + UNIT_WORDS);

    /**
     * A capitalised name ending in an armed body's word that the entity stage did not tag ("Tribal and Clan
     * Forces"): a proper name for an armed body is a named side, whatever the knowledge base holds.
     */
    private static final Pattern UNTAGGED_BODY = Pattern.compile("\\b((?:\\p{Lu}[\\p{L}'’-]+\\s+(?:(?:and|of|al|el)\\s+)?)+)"
            + "(Forces|Brigades?|Battalions?|Division|Militia|Operation Room)\\b");
    /** Words that name no particular body before an armed body's word ("Security Forces", "Special Forces"). */
    private static final Set<String> GENERIC = Set.of("the", "security", "military", "armed", "government", "special",
            "police", "defense", "defence", "army", "air", "naval", "navy", "ground", "federal", "national", "state",
            "joint", "regular", "allied", "rebel", "opposition", "regime", "coalition", "pro", "local", "border",
            "and", "of", "al", "el", "on", "in", "at", "by", "with", "from", "two", "three", "several", "some");

    /** What joins two coordinated nationalities before one side's noun: "Russian and Ukrainian military". */
    private static final Pattern COORDINATED = Pattern.compile("(\\p{Lu}\\p{L}+)\\s+and\\s+$");

    /**
     * What joins an unnamed side to the name that says who it is: "three militants (coded as TTP)", "militias
     * likely to be the Islamic Resistance in Iraq".
     */
    private static final Pattern APPOSED = Pattern.compile("(?i)\\s*(?:\\(\\s*(?:(?:coded|identified) as\\s+|likely\\s+"
            + "|suspected\\s+|allegedly\\s+)?|,?\\s+(?:likely|believed|thought|suspected|said) to be\\s+)(?:the\\s+)?");

    private static final Set<String> CAUSE = Set.of("pro", "anti");

    /** What joins a part of a side to the named side it is part of: "troops of the", "members of". */
    private static final Set<ActorRole> ARMED_PARTS = Set.of(ActorRole.MILITARY, ActorRole.POLICE, ActorRole.UNIDENTIFIED,
            ActorRole.GANG);
    private static final Pattern OF = Pattern.compile("(?i)\\s+of\\s+(?:the\\s+)?");

    /**
     * A state's arms the text cannot attribute ("unknown military forces", "unidentified warplanes"): ACLED's
     * "Unidentified Military Forces", since only states fly warplanes. Drones are left out: armed groups fly them too.
     */
    private static final Pattern UNKNOWN_STATE = Pattern.compile("(?i)\\b(?:unknown|unidentified) (?:military(?: forces)?"
            + "|war ?planes|aircraft|(?:fighter )?jets|helicopters?)\\b");

    /** The United States as news abbreviates it before a noun ("US airstrikes"); no nationality word covers it. */
    private static final Set<String> US = Set.of("US", "U.S.", "U.S", "USA");

    private final Demonyms demonyms = Demonyms.shared();

    /** The phrases in {@code sentence} (its span in {@code text}), in text order, none overlapping another. */
    List<ActorPhrase> in(String text, Span sentence, List<LinkedMention> entities) {
        List<ActorPhrase> found = new ArrayList<>();
        for (LinkedMention m : entities) {
            Span s = m.mention().span();
            if (s.begin() >= sentence.begin() && s.end() <= sentence.end()
                    && (m.entity().kind() != null ? GROUP_KINDS.contains(m.entity().kind())
                    : (m.entity().type() != EntityType.LOCATION || UNIT_OPENING.matcher(m.entity().name()).find())
                    && ARMED_BODY.matcher(m.entity().name()).find())) {
                found.add(named(text, m));
            }
        }
        Matcher is = ISLAMIC_STATE.matcher(text).region(sentence.begin(), sentence.end());
        while (is.find()) {
            Span s = new Span(is.start(), is.end());
            if (found.stream().noneMatch(f -> overlaps(f.span(), s))) {
                found.add(new ActorPhrase(s, ActorRole.NAMED, "", "Islamic State", null, agent(text, s.begin())));
            }
        }
        untaggedBodies(text, sentence, found);
        Matcher n = NOUNS.matcher(text).region(sentence.begin(), sentence.end());
        while (n.find()) {
            Span s = new Span(n.start(), n.end());
            boolean ownerless = n.group(1) == null && n.group(2) != null
                    && NEED_OWNER.contains(n.group(2).toLowerCase(Locale.ROOT));
            if (!ownerless && found.stream().noneMatch(f -> overlaps(f.span(), s))) {
                found.add(common(text, n, s));
            }
        }
        Matcher u = UNKNOWN_STATE.matcher(text).region(sentence.begin(), sentence.end());
        while (u.find()) {
            Span s = new Span(u.start(), u.end());
            found.removeIf(f -> f.name() == null && overlaps(f.span(), s));
            if (found.stream().noneMatch(f -> overlaps(f.span(), s))) {
                found.add(new ActorPhrase(s, ActorRole.NAMED, "", "Unidentified Military Forces", null,
                        agent(text, s.begin())));
            }
        }
        found.addAll(coordinated(text, sentence, found));
        communal(text, entities, found);
        found.sort(Comparator.comparingInt(p -> p.span().begin()));
        found.removeIf(p -> source(text, sentence, p));
        return ofNamed(text, found);
    }

    /**
     * Whether the sentence only cites {@code p} as the source of what it tells ("according to the US-led coalition",
     * "Turkey condemns the attack", "UNICEF said 22 children had been killed"), which makes it no side of the
     * incident; a side that says what it did itself ("Jaish al-Islam said it had shot down a drone") stays one, as
     * does a side marked as the doer.
     */
    private static boolean source(String text, Span sentence, ActorPhrase p) {
        if (p.agent()) {
            return false;
        }
        String before = text.substring(Math.max(sentence.begin(), p.span().begin() - 20), p.span().begin());
        return CITED.matcher(before).find() || SPEAKS.matcher(text).region(p.span().end(), sentence.end()).lookingAt();
    }

    /** What puts a source before its name: "according to (the)". */
    private static final Pattern CITED = Pattern.compile("(?i)\\baccording\\s+to\\s+(?:the\\s+)?$");
    /**
     * What follows a source, after at most three words of its title or name ("spokesman Islam Alloush said"): a
     * verb of judging what another did ("condemns", "blamed"), or of saying that a clause follows ("said that"),
     * unless a pronoun for the speaker itself opens the clause ("said that it had shot down"). A side that reports
     * a toll with no "that" ("Turkish military says 31 militants killed") is most often telling its own deed.
     */
    private static final Pattern SPEAKS = Pattern.compile("(?i)(?:\\s+[\\p{L}'’.-]+){0,3}?\\s+(?:has\\s+|have\\s+)?"
            + "(?:(?:accused|accuses|blamed|blames|condemned|condemns|denied|denies)\\b"
            + "|(?:said|says|say|told\\s+[\\p{L}' -]{1,40}?|reported|reports|announced|announces|claimed|claims|stated"
            + "|states)(?:\\s+on\\s+\\w+)?\\s+that\\b(?!\\s+(?:it|its|they|their|we|our|he|his|she|her)\\b))");

    /** The capitalised armed bodies of {@code sentence} no entity or earlier phrase covers ({@link #UNTAGGED_BODY}). */
    private void untaggedBodies(String text, Span sentence, List<ActorPhrase> found) {
        Matcher b = UNTAGGED_BODY.matcher(text).region(sentence.begin(), sentence.end());
        while (b.find()) {
            List<String> words = new ArrayList<>(List.of(b.group(1).strip().split("\\s+")));
            while (!words.isEmpty() && GENERIC.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                words.remove(0);
            }
            boolean particular = words.stream().anyMatch(w -> !GENERIC.contains(w.toLowerCase(Locale.ROOT)));
            if (!particular || !firstCountry(words.get(0)).isEmpty() || !CountryNames.code(words.get(0)).isEmpty()) {
                continue;
            }
            int begin = b.end() - b.group(2).length() - String.join(" ", words).length() - 1;
            Span s = new Span(Math.max(b.start(), begin), b.end());
            if (found.stream().noneMatch(f -> overlaps(f.span(), s))) {
                found.add(new ActorPhrase(s, ActorRole.NAMED, "", text.substring(s.begin(), s.end()), null,
                        agent(text, s.begin())));
            }
        }
    }

    /**
     * Each unnamed militia named right after a place ("the Sokoto militia") becomes that place's communal militia,
     * as ACLED names militias by the community they defend.
     */
    private static void communal(String text, List<LinkedMention> entities, List<ActorPhrase> found) {
        for (int i = 0; i < found.size(); i++) {
            ActorPhrase f = found.get(i);
            if (f.role() != ActorRole.UNIDENTIFIED || f.name() != null
                    || !MILITIA.matcher(text.substring(f.span().begin(), f.span().end())).matches()) {
                continue;
            }
            for (LinkedMention m : entities) {
                Span s = m.mention().span();
                if (m.entity().type() == EntityType.LOCATION && s.end() < f.span().begin()
                        && text.substring(s.end(), f.span().begin()).matches("\\s")) {
                    found.set(i, new ActorPhrase(new Span(s.begin(), f.span().end()), ActorRole.COMMUNAL, f.country(),
                            m.mention().text(), null, f.agent() || agent(text, s.begin())));
                    break;
                }
            }
        }
    }

    private static final Pattern MILITIA = Pattern.compile("(?i)militias?");

    /**
     * The other nationality of a state's side named with two ("Russian and Ukrainian military" is both armies):
     * a side of its own, named first as the text names it, since ACLED's first actor is the first named.
     */
    private List<ActorPhrase> coordinated(String text, Span sentence, List<ActorPhrase> found) {
        List<ActorPhrase> out = new ArrayList<>();
        for (ActorPhrase f : found) {
            if (f.role() != ActorRole.MILITARY && f.role() != ActorRole.POLICE) {
                continue;
            }
            String before = text.substring(Math.max(sentence.begin(), f.span().begin() - 30), f.span().begin());
            Matcher m = COORDINATED.matcher(before);
            if (m.find()) {
                var code = demonyms.country(m.group(1));
                int at = f.span().begin() - before.length() + m.start(1);
                Span s = new Span(at, at + m.group(1).length());
                if (code.isPresent() && !code.get().equals(f.country())
                        && found.stream().noneMatch(o -> overlaps(o.span(), s))) {
                    out.add(new ActorPhrase(s, f.role(), code.get(), null, null, f.agent() || agent(text, at)));
                }
            }
        }
        return out;
    }

    /**
     * The phrases with each common noun that only says which part of a named side acted ("the combined troops of
     * the Kachin Independence Army", "fighters of Hamas") folded into that side, which keeps the doer's mark.
     */
    private static List<ActorPhrase> ofNamed(String text, List<ActorPhrase> found) {
        List<ActorPhrase> out = new ArrayList<>(found);
        for (int i = out.size() - 2; i >= 0; i--) {
            ActorPhrase part = out.get(i);
            ActorPhrase whole = out.get(i + 1);
            if (part.name() == null && ARMED_PARTS.contains(part.role()) && whole.role() == ActorRole.NAMED
                    && part.span().end() <= whole.span().begin()
                    && (OF.matcher(text.substring(part.span().end(), whole.span().begin())).matches()
                    || APPOSED.matcher(text.substring(part.span().end(), whole.span().begin())).matches())) {
                out.set(i + 1, new ActorPhrase(whole.span(), whole.role(), whole.country(), whole.name(), whole.entity(),
                        whole.agent() || part.agent()));
                out.remove(i);
            }
        }
        return out;
    }

    private ActorPhrase named(String text, LinkedMention m) {
        Span s = m.mention().span();
        String kind = m.entity().kind() == null ? "armed group" : m.entity().kind();
        String country = countryBefore(text, s.begin());
        ActorRole role = ActorRole.NAMED;
        String lower = m.entity().name().toLowerCase(Locale.ROOT);
        if (kind.equals("state forces") && !lower.contains("coalition")) {
            role = lower.contains("police") ? ActorRole.POLICE : ActorRole.MILITARY;
            String own = firstCountry(m.entity().name() + " " + m.mention().text());
            country = own.isEmpty() ? country : own;
        } else if (kind.equals("government")) {
            role = ActorRole.MILITARY;
            String own = firstCountry(m.entity().name());
            country = own.isEmpty() ? country : own;
        }
        return new ActorPhrase(s, role, country, m.entity().name(), m.entity().id(), agent(text, s.begin()));
    }

    private ActorPhrase common(String text, Matcher n, Span s) {
        ActorRole role = ActorRole.CIVILIANS;
        for (int g = 2; g <= 8; g++) {
            if (n.group(g) != null) {
                role = GROUP_ROLES[g - 2];
                break;
            }
        }
        if (role == ActorRole.RIOTERS && n.group(5).equalsIgnoreCase("settlers")) {
            role = ActorRole.SETTLERS;
        }
        String modifier = n.group(1) == null ? "" : n.group(1).strip().toLowerCase(Locale.ROOT);
        if (modifier.equals("coalition")) {
            // "coalition air strikes" are the international coalition's, not the forces of the country they hit.
            return new ActorPhrase(s, ActorRole.NAMED, "", "International coalition", null, agent(text, s.begin()));
        }
        if (role == ActorRole.UNIDENTIFIED && (modifier.equals("government") || modifier.equals("regime")
                || modifier.equals("pro-government") || modifier.equals("loyalist") || modifier.equals("army"))) {
            role = ActorRole.MILITARY;
        }
        if (role == ActorRole.POLICE && modifier.equals("military")) {
            // military police are soldiers (Brazil's state military police, gendarmeries): ACLED names them among
            // the military forces
            role = ActorRole.MILITARY;
        }
        String country = n.group(1) == null ? "" : firstCountry(n.group(1));
        if (country.isEmpty() && role == ActorRole.UNIDENTIFIED) {
            // "an unidentified Palestinian group" says whose inside the phrase
            country = firstCountry(n.group());
        }
        if (country.isEmpty()) {
            country = countryBefore(text, s.begin());
        }
        return new ActorPhrase(s, role, country, null, null, agent(text, s.begin()));
    }

    private static final Pattern NOT_WORD_OR_DOT = Pattern.compile("[^\\p{L}.]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}]+");

    private String firstCountry(String words) {
        for (String w : NOT_WORD_OR_DOT.split(words)) {
            if (US.contains(w)) {
                return "US";
            }
            var c = demonyms.country(w);
            if (c.isPresent()) {
                return c.get();
            }
            if (!CountryNames.code(w).isEmpty()) {
                return CountryNames.code(w);
            }
        }
        return "";
    }

    /** The country of a nationality word just before {@code at} ("Syrian" in "Syrian government forces"). */
    private String countryBefore(String text, int at) {
        String before = text.substring(Math.max(0, at - 30), at);
        String[] words = NOT_WORD.split(before);
        for (int i = words.length - 1; i >= Math.max(0, words.length - 3); i--) {
            var c = demonyms.country(words[i]);
            if (c.isPresent()) {
                // "pro-Palestinian protesters" say what the side is for, not whose it is
                return i > 0 && CAUSE.contains(words[i - 1].toLowerCase(Locale.ROOT)) ? "" : c.get();
            }
        }
        // a country's own name says whose a side is only right before it ("the Myanmar military"); further off it
        // is more often where something happened ("fired toward Israel, and troops ...")
        return words.length > 0 && before.matches("(?s).*\\p{L}\\s+$") ? CountryNames.code(words[words.length - 1]) : "";
    }

    private static boolean agent(String text, int at) {
        return BY.matcher(text.substring(Math.max(0, at - 12), at)).find()
                && !BESIDE_BY.matcher(text.substring(Math.max(0, at - 30), at)).find();
    }

    private static boolean overlaps(Span a, Span b) {
        return a.begin() < b.end() && b.begin() < a.end();
    }
}
