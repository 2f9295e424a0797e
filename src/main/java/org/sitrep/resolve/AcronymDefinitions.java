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

    private static final Pattern UNDEFINED = Pattern.compile("[A-Z]{3,6}");

    /**
     * The mentions with each acronym of no known entity linked to the name the article writes out beside it without
     * brackets ("PNAC - \"The Project For The New American Century\""), when the tagger left that name out: capitalised
     * words in a row, small words between, whose initials are the acronym's letters exactly. Three letters at least, as
     * two match words by chance; and beside the acronym, as a name spelt anywhere in the article may be another thing's
     * (field test entity errors 1.936 -> 1.944 when taken anywhere, unchanged when beside).
     */
    static List<LinkedMention> spelledOut(String text, List<LinkedMention> linked) {
        Map<String, Entity> named = new HashMap<>();
        for (LinkedMention m : linked) {
            String acronym = m.mention().text();
            if (m.entity().kind() == null && m.entity().name().equals(acronym) && UNDEFINED.matcher(acronym).matches()) {
                named.put(acronym, m.entity());
            }
        }
        if (named.isEmpty()) {
            return linked;
        }
        SpanTree<LinkedMention> mentions = new SpanTree<>();
        linked.forEach(m -> mentions.put(m.mention().span(), m));
        Map<Entity, Entity> spelled = new HashMap<>();
        List<int[]> textWords = wordsOf(text);
        for (Map.Entry<String, Entity> a : named.entrySet()) {
            Span name = spelledIn(text, textWords, a.getKey());
            if (name == null || mentions.overlapsOutside(name) || linked.stream().anyMatch(m -> m.mention().span().equals(name))) {
                // A name the tagger found is joined by its initials later, with the others of its kind (ArticleNames).
                continue;
            }
            String words = name.of(text);
            EntityType type = NameShapes.typeOf(words, a.getValue().type());
            Entity e = EntityKeys.unknown(type, words);
            mentions.removeWithin(name);
            mentions.put(name, new LinkedMention(new Mention(name, words, type), e));
            spelled.put(a.getValue(), e);
        }
        if (spelled.isEmpty()) {
            return linked;
        }
        List<LinkedMention> out = new ArrayList<>();
        for (LinkedMention m : mentions.values()) {
            Entity e = spelled.get(m.entity());
            out.add(e == null ? m : new LinkedMention(m.mention(), e));
        }
        out.sort(java.util.Comparator.comparing(x -> x.mention().span()));
        return out;
    }

    /**
     * The first capitalised words in a row among {@code words} (the text's, from {@link #wordsOf}), separated by spaces,
     * whose initials (small words and joined articles such as "al-" left out) are exactly {@code acronym}; {@code null}
     * if none.
     */
    private static Span spelledIn(String text, List<int[]> words, String acronym) {
        for (int i = 0; i < words.size(); i++) {
            StringBuilder initials = new StringBuilder();
            for (int j = i; j < words.size(); j++) {
                if (j > i && !text.substring(words.get(j - 1)[1], words.get(j)[0]).equals(" ")) {
                    break;
                }
                String word = text.substring(words.get(j)[0], words.get(j)[1]);
                if (PARTICLES.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                    if (j == i) {
                        break;
                    }
                    continue;
                }
                String letters = initialsOf(word);
                if (letters == null) {
                    break;
                }
                initials.append(letters);
                if (!acronym.startsWith(initials.toString())) {
                    break;
                }
                if (initials.length() == acronym.length() && beside(text, acronym, words.get(i)[0], words.get(j)[1])) {
                    return new Span(words.get(i)[0], words.get(j)[1] - (word.endsWith("'s") || word.endsWith("’s") ? 2 : 0));
                }
            }
        }
        return null;
    }

    /** The begin and end of each word of {@code text}, in text order: read once for all its acronyms. */
    private static List<int[]> wordsOf(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        return words;
    }

    /** How near its acronym a name written out must stand to define it, as a bracket, a dash or a comma would. */
    private static final int BESIDE = 12;

    /** Whether the acronym stands within {@link #BESIDE} characters before {@code begin} or after {@code end}. */
    private static boolean beside(String text, String acronym, int begin, int end) {
        Pattern p = Pattern.compile("\\b" + acronym + "\\b");
        return p.matcher(text.substring(Math.max(0, begin - BESIDE - acronym.length()), begin)).find()
                || p.matcher(text.substring(end, Math.min(text.length(), end + BESIDE + acronym.length()))).find();
    }

    /** The initials of a capitalised word's parts ("al-Qaeda": Q), {@code null} if a part is neither capitalised nor an article. */
    private static String initialsOf(String word) {
        StringBuilder out = new StringBuilder();
        for (String part : word.split("-")) {
            if (part.isEmpty() || PARTICLES.contains(part.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(part.charAt(0)) || part.equals(part.toUpperCase(java.util.Locale.ROOT))) {
                return null;
            }
            out.append(part.charAt(0));
        }
        return out.length() == 0 ? null : out.toString();
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
