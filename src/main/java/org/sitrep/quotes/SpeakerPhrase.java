package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.Span;
import org.sitrep.core.Speaker;

/**
 * Whether the words taken as a speaker can be a noun phrase at all. The locator's frames cut a phrase out of the
 * sentence by position, and where they misread it they return a piece of a clause ("The president has not yet",
 * "led to", "Of", "the mayor of Fort Lee for"), which no reader would take for someone. English closed-class words
 * decide it: a noun phrase never opens with a preposition, a modal or an auxiliary, never ends with a preposition, a
 * conjunction, a determiner, "you" or an auxiliary, and has no finite verb outside a relative clause.
 */
final class SpeakerPhrase {
    private static final Set<String> NO_START = Set.of("of", "to", "for", "with", "without", "at", "in", "on", "from",
            "by", "than", "about", "into", "so", "could", "would", "shall", "should", "might", "let", "having", "being",
            "is", "are", "was", "were", "has", "have", "had", "do", "does", "did");
    private static final Set<String> NO_END = Set.of("of", "to", "for", "with", "at", "in", "on", "from", "by",
            "than", "and", "or", "but", "the", "a", "an", "has", "have", "had", "is", "are", "was", "were", "do",
            "does", "did", "not", "yet", "can", "will", "would", "our", "their", "his", "her", "its", "my", "your",
            "you");
    /** Modals that are also given names ("Will Rasmussen", "May Chen"): no noun phrase opens with them in lower case. */
    private static final Set<String> MODAL_NAMES = Set.of("can", "will", "may", "must");
    private static final Set<String> FINITE_AUX = Set.of("has", "have", "had", "was", "were", "is", "are", "do",
            "does", "did");
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "that");
    /** Leading words that attach a speaker to the clause before it; the speaker is what follows them. */
    private static final List<List<String>> LEADS = List.of(List.of("according", "to"), List.of("by"), List.of("and"),
            List.of("or"), List.of("but"), List.of("although"), List.of("though"), List.of("while"), List.of("whether"),
            List.of("because"), List.of("if"));

    private SpeakerPhrase() {
    }

    /**
     * The noun phrase in the speaker's words: a leading "according to" or conjunction and trailing function words cut
     * off, the agent after a passive "by", or the subject before a finite verb ("The Obama administration has long"
     * gives "The Obama administration"); the speaker itself when its words need no cut, {@code null} when no noun
     * phrase is left. Pronouns and speakers without words are returned as they are.
     */
    static Speaker checked(Speaker s) {
        if (s == null || s.span() == null || s.text() == null || s.basis().pronoun()
                || s.span().length() != s.text().length()) {
            return s;
        }
        List<Word> w = words(s);
        int from = 0;
        int to = w.size();
        for (List<String> lead : LEADS) {
            if (to - from > lead.size() && lowered(w, from, from + lead.size()).equals(lead)) {
                from += lead.size();
            }
        }
        int relative = firstOf(w, from, to, RELATIVES);
        int head = relative < 0 ? to : relative;
        int agent = lastOf(w, from + 1, head, Set.of("by"));
        boolean clause = NO_START.contains(w.get(from).lower()) || firstOf(w, from, Math.max(agent, from), FINITE_AUX) >= 0;
        // "was canceled Friday by organizers": only a clause's passive agent; "sources interviewed by the Times" stay.
        if (clause && agent >= 0 && agent + 1 < head) {
            from = agent + 1;
        }
        int verb = firstOf(w, from + 1, head, FINITE_AUX);
        if (verb > from) {
            to = verb;
        }
        while (to > from && NO_END.contains(w.get(to - 1).lower())) {
            to--;
        }
        Speaker cut = to <= from ? null : within(s, w.get(from).span().begin(), w.get(to - 1).span().end());
        return cut != null && isNounPhrase(cut.text()) ? cut : null;
    }

    /** Whether {@code text} can be a noun phrase by its first and last words and its finite verbs. */
    static boolean isNounPhrase(String text) {
        List<String> w = Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("\\s+")).toList();
        if (text.isBlank() || NO_START.contains(w.get(0)) || NO_END.contains(w.get(w.size() - 1))
                || MODAL_NAMES.contains(w.get(0)) && Character.isLowerCase(text.strip().charAt(0))) {
            return false;
        }
        for (String x : w) {
            if (RELATIVES.contains(x)) {
                return true; // "Many who came ... are": the verbs after a relative pronoun are its clause's
            }
            if (w.size() > 1 && FINITE_AUX.contains(x)) {
                return false;
            }
        }
        return true;
    }

    private record Word(Span span, String text) {
        String lower() {
            return text.toLowerCase(Locale.ROOT).replaceAll("[,;:]$", "");
        }
    }

    private static Speaker within(Speaker s, int begin, int end) {
        if (begin == s.span().begin() && end == s.span().end()) {
            return s;
        }
        String text = s.text().substring(begin - s.span().begin(), end - s.span().begin()).replaceAll("[,;:]$", "");
        Span span = new Span(begin, begin + text.length());
        // A mention that reaches past the cut names the words cut off as much as the speaker.
        boolean cutOff = s.named() != null && s.span().contains(s.named().span()) && !span.contains(s.named().span());
        return new Speaker(span, text, cutOff ? null : s.named(), s.role(), s.organisation(), s.basis());
    }

    private static List<Word> words(Speaker s) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(s.text());
        while (m.find()) {
            out.add(new Word(new Span(s.span().begin() + m.start(), s.span().begin() + m.end()), m.group()));
        }
        return out;
    }

    private static List<String> lowered(List<Word> w, int from, int to) {
        return w.subList(from, to).stream().map(Word::lower).toList();
    }

    private static int firstOf(List<Word> w, int from, int to, Set<String> set) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (set.contains(w.get(i).lower())) {
                return i;
            }
        }
        return -1;
    }

    private static int lastOf(List<Word> w, int from, int to, Set<String> set) {
        for (int i = to - 1; i >= Math.max(0, from); i--) {
            if (set.contains(w.get(i).lower())) {
                return i;
            }
        }
        return -1;
    }

    private static final Pattern WORD = Pattern.compile("\\S+");
}
