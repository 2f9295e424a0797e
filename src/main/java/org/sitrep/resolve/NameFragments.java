package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.CalendarWords;
import org.sitrep.core.Entity;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Span;
import org.sitrep.core.SpanSet;

/**
 * A name that the running text always writes as the first part of a longer name ("Sistani" in "the Sistani List",
 * "Merdie" in "Merdie’s Tavern", "Fox News" in "Fox News Digital", "Flamer" in "Flamer-Skywiper") is a fragment the
 * tagger or the knowledge base cut from that longer name, not an entity of the article: it is left out. A name followed
 * by a capitalised word that no mention begins is such a fragment; one the article also writes alone, in a title-case
 * line, or before a day, a month or a suffix ("Obama Tuesday", "Abdullah II") is not. So is a name the knowledge base
 * does not know that ends a longer one after "of" or "for" ("Americas" of Avenue of the Americas, "New American
 * Century" of Project For The New American Century), unless the word before is a title ("Governor of Kherson").
 */
final class NameFragments {
    /** Right after a name: a space, a possessive or a hyphen, then a capitalised word. */
    private static final Pattern CONTINUED = Pattern.compile("^(?: |['’]s |-)(\\p{Lu}[\\p{L}]*)");
    /** Capitalised words that follow a whole name in running text. */
    private static final Set<String> NOT_NAME_WORDS = CalendarWords.namesAnd("Jr", "Sr", "II", "III", "IV", "I");

    /** A capitalised word, then "of" or "for" and perhaps "the", right before a name. */
    private static final Pattern OPENED = Pattern.compile("(?:^|[^\\p{L}])(\\p{Lu}\\p{L}*) (?:of|for|Of|For) (?:the |The )?$");
    /** Titles of people, after which "of" names the place they hold office in. */
    private static final Set<String> TITLES = Set.of("President", "Governor", "Mayor", "Minister", "Secretary", "King", "Queen",
            "Prince", "Princess", "Emir", "Ambassador", "Chief", "Head", "Leader", "Bishop", "Archbishop", "Duke", "Sheikh", "Sultan",
            "Chairman", "Director", "Commander", "Speaker", "Senator", "Representative", "Sen", "Rep", "Gov", "Pres");

    private NameFragments() {
    }

    /** The mentions without the entities every mention of which is a fragment of a longer name, in the order given. */
    static List<LinkedMention> without(String text, List<LinkedMention> linked) {
        Set<Integer> begins = new HashSet<>();
        linked.forEach(m -> begins.add(m.mention().span().begin()));
        SpanSet titleLines = new SpanSet(TitleCaseLines.titleCaseLines(text));
        Map<Entity, Boolean> allFragments = new HashMap<>();
        for (LinkedMention m : linked) {
            allFragments.merge(m.entity(), isFragment(text, m, begins, titleLines), Boolean::logicalAnd);
        }
        List<LinkedMention> out = new ArrayList<>();
        for (LinkedMention m : linked) {
            if (!allFragments.get(m.entity())) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean isFragment(String text, LinkedMention m, Set<Integer> begins, SpanSet titleLines) {
        Span s = m.mention().span();
        if (s.end() >= text.length() || titleLines.containsAny(s)) {
            return false;
        }
        Matcher next = CONTINUED.matcher(text.substring(s.end(), Math.min(text.length(), s.end() + 40)));
        if (next.find() && !NOT_NAME_WORDS.contains(next.group(1)) && !begins.contains(s.end() + next.start(1))) {
            return true;
        }
        Matcher before = OPENED.matcher(text.substring(Math.max(0, s.begin() - 40), s.begin()));
        return m.entity().kind() == null && before.find() && !TITLES.contains(before.group(1)) && !isSentenceStart(text, s.begin() - before.end() + before.start(1));
    }

    /** Whether the word at {@code at} opens a sentence or a line (its capital says nothing then). */
    private static boolean isSentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".!?\n\"“:".indexOf(text.charAt(i)) >= 0;
    }
}
