package org.sitrep.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;

/**
 * Roles and organisations of people named in an article, read from appositions ("Abu Abdo Salabman, a spokesman
 * for the Jaish al-Mujahideen rebel faction"), titles before a name ("French Foreign Minister Laurent Fabius") and
 * possessives ("the BBC's Lyse Doucet"). Keyed by surname, so a later "Gillespie" finds what "Kristen Gillespie,
 * editor in chief of ..." said of her.
 */
final class SpeakerDetails {
    /** A role and an organisation; either may be {@code null}. */
    record Details(String role, String organisation) {
        static final Details NONE = new Details(null, null);

        Details merge(Details other) {
            return new Details(role != null ? role : other.role, organisation != null ? organisation : other.organisation);
        }
    }

    private static final Set<String> ROLE_WORDS = Set.of(
            "minister", "president", "spokesman", "spokeswoman", "spokesperson", "editor", "chief", "commander", "leader",
            "director", "head", "secretary", "envoy", "ambassador", "general", "colonel", "analyst", "researcher",
            "professor", "founder", "correspondent", "reporter", "journalist", "official", "adviser", "advisor",
            "governor", "mayor", "senator", "representative", "chairman", "chairwoman", "member", "fellow", "expert",
            "activist", "fighter", "emir", "sheikh", "prime", "king", "queen", "prince", "premier", "deputy", "coordinator",
            "negotiator", "mediator", "monitor", "executive", "officer", "candidate", "nominee", "manager", "author");
    private static final Pattern APPOSITION = Pattern.compile(
            "^,\\s+(?:(?:a|an|the)\\s+)?([^,]{2,120}?)(?:,|\\s+(?:told|said|says|wrote|added|noted|speculated|warned)\\b|\\s+who\\b|$)");
    /** "editor in chief of X": the organisation follows "of", "for", "at", "with" or "from" before it follows "in". */
    private static final List<Pattern> ROLE_OF = List.of(
            Pattern.compile("^(.+?)\\s+(?:of|for|at|with|from)\\s+(.+)$"), Pattern.compile("^(.+?)\\s+in\\s+(.+)$"));
    private static final Pattern CAPITALISED_TAIL = Pattern.compile("((?:(?:al-|el-|ad-|as-)?\\p{Lu}[\\p{L}’'.&/-]* ?)+)$");

    private final Map<String, Details> bySurname = new HashMap<>();

    SpeakerDetails(ArticleText at) {
        for (Mention m : at.mentions) {
            if (m.type() == EntityType.PERSON) {
                Details d = apposition(at, m).merge(titleBefore(at, m)).merge(possessive(at, m));
                bySurname.merge(surname(m.text()), d, Details::merge);
            }
        }
    }

    /** Whether the lower-cased word names a role ("director", "spokesman"), also as the last part of "vice-president". */
    static boolean isRoleWord(String w) {
        int dash = w.lastIndexOf('-');
        return ROLE_WORDS.contains(dash >= 0 ? w.substring(dash + 1) : w);
    }

    Details of(String name) {
        return name == null ? Details.NONE : bySurname.getOrDefault(surname(name), Details.NONE);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String surname(String name) {
        String[] words = SPACES.split(name.strip());
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    private static Details apposition(ArticleText at, Mention m) {
        int end = Math.min(at.text.length(), m.span().end() + 200);
        Matcher a = APPOSITION.matcher(at.text.substring(m.span().end(), end));
        if (!a.find()) {
            return Details.NONE;
        }
        String phrase = a.group(1).strip();
        Matcher of = ROLE_OF.get(0).matcher(phrase);
        if (!of.matches()) {
            of = ROLE_OF.get(1).matcher(phrase);
        }
        String role = of.matches() ? of.group(1) : phrase;
        if (!containsRoleWord(role)) {
            return Details.NONE;
        }
        String organisation = of.matches() ? organisation(at, m.span().end(), m.span().end() + a.end(1), of.group(2)) : null;
        return new Details(role.replaceFirst("^(?i:a|an|the)\\s+", ""), organisation);
    }

    /** The organisation in an apposition: a mention there, else its capitalised last words, else its words. */
    private static String organisation(ArticleText at, int from, int to, String words) {
        Mention inside = at.firstWithin(from, to, EntityType.ORGANIZATION);
        if (inside != null) {
            return inside.text();
        }
        Matcher tail = CAPITALISED_TAIL.matcher(words.strip());
        if (tail.find() && !tail.group(1).isBlank()) {
            return tail.group(1).strip();
        }
        return null;
    }

    /** Capitalised words before a name that include a role ("French Foreign Minister"). */
    private static Details titleBefore(ArticleText at, Mention m) {
        int start = Math.max(0, m.span().begin() - 80);
        String before = at.text.substring(start, m.span().begin());
        before = before.substring(before.lastIndexOf('\n') + 1);
        Matcher tail = CAPITALISED_TAIL.matcher(before.stripTrailing());
        if (!before.endsWith(" ") || !tail.find()) {
            return Details.NONE;
        }
        String title = tail.group(1).strip();
        return containsRoleWord(title) ? new Details(title, null) : Details.NONE;
    }

    /** "the BBC's Lyse Doucet": the organisation before the possessive. */
    private static Details possessive(ArticleText at, Mention m) {
        int begin = m.span().begin();
        if (begin < 3 || at.text.charAt(begin - 1) != ' ' || at.text.charAt(begin - 2) != 's'
                || at.text.charAt(begin - 3) != '’' && at.text.charAt(begin - 3) != '\'') {
            return Details.NONE;
        }
        Mention owner = at.organisationEndingAt(begin - 3);
        return owner == null ? Details.NONE : new Details(null, owner.text());
    }

    private static boolean containsRoleWord(String phrase) {
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (ROLE_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
