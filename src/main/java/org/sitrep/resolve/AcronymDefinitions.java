package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;
import org.sitrep.core.SpanTree;
import org.sitrep.nlp.ArabicArticles;

/**
 * An acronym defined in the text ("Northern Storm Brigade (NSB)", "Homs Revolutionary Council (HRC)") stands for that
 * entity for the rest of the article. The defining name is the mention just before the brackets, or else the
 * capitalised words there whose initials spell the acronym, typed by their shape (a body's unless a weapon's or a
 * treaty's, {@link NameShapes}); later occurrences of the acronym, tagged or not, are
 * linked to it.
 */
final class AcronymDefinitions {
    private static final Pattern DEFINITION = Pattern.compile("\\(([A-Z][A-Z0-9]{1,6})\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    /**
     * Small words skipped between the initials of a name written out before its acronym. Not {@code ArticleNames}'
     * list, which also skips "to" and "at": here the words are read back from running text, where those two more often
     * join the name to the sentence before it than stand inside the name.
     */
    private static final Set<String> PARTICLES = Set.of("of", "for", "the", "and", "al", "el", "de", "in", "on");

    private AcronymDefinitions() {
    }

    /** The mentions with every defined acronym linked to its entity, in text order. */
    static List<LinkedMention> apply(String text, List<LinkedMention> linked) {
        SpanTree<LinkedMention> mentions = new SpanTree<>();
        linked.forEach(m -> mentions.put(m.mention().span(), m));
        Map<String, Entity> defined = new HashMap<>();
        Map<String, Integer> definedAt = new HashMap<>();
        Matcher d = DEFINITION.matcher(text);
        while (d.find()) {
            String acronym = d.group(1);
            if (defined.containsKey(acronym)) {
                continue;
            }
            Entity e = definingEntity(text, d.start(), acronym, mentions);
            if (e != null) {
                defined.put(acronym, e);
                definedAt.put(acronym, d.start());
            }
        }
        if (defined.isEmpty()) {
            return linked;
        }
        List<LinkedMention> out = new ArrayList<>(mentions.values());
        for (int i = 0; i < out.size(); i++) {
            LinkedMention m = out.get(i);
            Entity e = defined.get(m.mention().text());
            if (e != null && m.mention().span().begin() > definedAt.get(m.mention().text())) {
                out.set(i, new LinkedMention(m.mention(), e));
            }
        }
        for (Map.Entry<String, Entity> def : defined.entrySet()) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(def.getKey()) + "\\b").matcher(text);
            while (m.find()) {
                Span s = new Span(m.start(), m.end());
                if (m.start() > definedAt.get(def.getKey()) && !mentions.overlapsAny(s)) {
                    LinkedMention added = new LinkedMention(new Mention(s, def.getKey(), def.getValue().type()), def.getValue());
                    mentions.put(s, added);
                    out.add(added);
                }
            }
        }
        out.sort(java.util.Comparator.comparing(x -> x.mention().span()));
        return out;
    }

    /**
     * The entity named right before "(ACRONYM)" at {@code bracket} (the first in text order of the mentions separated
     * from it by white space only), adding a mention for an untagged name; {@code null} if none.
     */
    private static Entity definingEntity(String text, int bracket, String acronym, SpanTree<LinkedMention> mentions) {
        int gap = bracket;
        while (gap > 0 && Character.isWhitespace(text.charAt(gap - 1))) {
            gap--;
        }
        LinkedMention before = mentions.firstEndingWithin(gap, bracket);
        if (before != null && sameInitial(before.mention().text(), acronym) && spells(before.mention().text(), acronym)) {
            return before.entity();
        }
        Span name = namedByInitials(text, bracket, acronym);
        if (name == null) {
            return null;
        }
        String words = name.of(text);
        EntityType type = NameShapes.typeOf(words, EntityType.ORGANIZATION);
        Entity e = EntityKeys.unknown(type, words);
        mentions.removeWithin(name);
        mentions.put(name, new LinkedMention(new Mention(name, words, type), e));
        return e;
    }

    /**
     * Whether the name could be what the acronym stands for: its first word (past an article such as "al-" or "the")
     * begins with the acronym's letter. A dateline's place before the outlet ("Tripoli, Libya (CNN)") defines nothing.
     */
    private static boolean sameInitial(String name, String acronym) {
        String n = name.strip().replaceFirst("(?i)^(the|" + ArabicArticles.ALTERNATION + ")[\\s-]+", "");
        return !n.isEmpty() && Character.toUpperCase(n.charAt(0)) == acronym.charAt(0);
    }

    /**
     * Whether the name holds the acronym's letters in order, as any long form of it does: a one-word place before a wire
     * service's name is a dateline, not a definition ("CANBERRA, Australia (AP)": no P in Australia).
     */
    static boolean spells(String name, String acronym) {
        return inOrder(acronym, name.toUpperCase(java.util.Locale.ROOT));
    }

    /** The capitalised words (particles allowed between) ending before {@code bracket} whose initials spell the acronym. */
    private static Span namedByInitials(String text, int bracket, String acronym) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(text.substring(Math.max(0, bracket - 160), bracket));
        int shift = Math.max(0, bracket - 160);
        while (w.find()) {
            words.add(new int[] {w.start() + shift, w.end() + shift});
        }
        StringBuilder initials = new StringBuilder();
        for (int i = words.size() - 1; i >= 0; i--) {
            String word = text.substring(words.get(i)[0], words.get(i)[1]);
            if (PARTICLES.contains(word.toLowerCase(java.util.Locale.ROOT)) && initials.length() > 0) {
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0))) {
                return null;
            }
            initials.insert(0, word.charAt(0));
            if (initials.toString().equals(acronym)) {
                return new Span(words.get(i)[0], words.get(words.size() - 1)[1]);
            }
            if (initials.length() >= acronym.length()) {
                return skippingWords(text, words, acronym);
            }
        }
        return null;
    }

    /**
     * The capitalised words ending before the bracket whose initials hold the acronym's letters in order, from the
     * first word's to the last word's, with a word or two between left out of it ("Comprehensive Nuclear Test Ban Treaty
     * (CTBT)"); the fewest such words, {@code null} if none.
     */
    private static Span skippingWords(String text, List<int[]> words, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (int i = words.size() - 1; i >= 0 && initials.length() < acronym.length() + MAX_SKIPPED; i--) {
            String word = text.substring(words.get(i)[0], words.get(i)[1]);
            if (PARTICLES.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0))) {
                return null;
            }
            initials.insert(0, word.charAt(0));
            if (initials.length() > acronym.length() && initials.charAt(0) == acronym.charAt(0)
                    && initials.charAt(initials.length() - 1) == acronym.charAt(acronym.length() - 1) && inOrder(acronym, initials)) {
                return new Span(words.get(i)[0], words.get(words.size() - 1)[1]);
            }
        }
        return null;
    }

    /** How many words of a name its acronym may leave out. */
    private static final int MAX_SKIPPED = 2;

    /** Whether the letters of {@code acronym} appear in {@code initials} in order. */
    private static boolean inOrder(String acronym, CharSequence initials) {
        int at = 0;
        for (int i = 0; i < initials.length() && at < acronym.length(); i++) {
            if (initials.charAt(i) == acronym.charAt(at)) {
                at++;
            }
        }
        return at == acronym.length();
    }
}
