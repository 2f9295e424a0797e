package org.sitrep.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.EntityType;
import org.sitrep.core.InputException;
import org.sitrep.core.Span;

/**
 * The knowledge base of conflict actors ({@code actors.tsv}, see {@code actors.md}) as a gazetteer: finds its names in
 * text (longest match first, as written or with a capital first letter) and looks names up. Immutable; thread-safe.
 */
public final class ActorGazetteer {
    /**
     * A name of the knowledge base found in text.
     *
     * @param descriptive true for a description rather than a name ("Iraqi troops", "government forces"): it refers
     *                    to the actor but is no named entity
     */
    public record Match(Span span, Actor actor, boolean descriptive) {
    }

    private static final Set<String> NAME_PARTICLES = ArabicArticles.and("the", "of", "and", "de", "du", "la", "le", "for",
            "in", "on", "bin", "ibn", "abu", "wa", "wal", "s");

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");
    private static volatile ActorGazetteer shared;

    private final Map<String, Actor> byName = new LinkedHashMap<>();
    private final Node root = new Node();

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        Actor actor;
        boolean descriptive;
    }

    ActorGazetteer(List<Actor> actors) {
        for (Actor a : actors) {
            byName.put(a.name(), a);
        }
        for (Actor a : byName.values()) {
            addWithArticles(a.name(), a);
            a.aliases().forEach(alias -> addWithArticles(alias, a));
        }
        // Other spellings come after every actor's own names, so that none takes a name another actor is listed with.
        for (Actor a : byName.values()) {
            addOtherSpelling(a.name(), a);
            a.aliases().forEach(alias -> addOtherSpelling(alias, a));
        }
    }

    /** The shipped knowledge base, with the user's entries ({@code -Dsitrep.actors} or {@code SITREP_ACTORS}) added. */
    public static ActorGazetteer shared() {
        ActorGazetteer local = shared;
        if (local == null) {
            synchronized (ActorGazetteer.class) {
                local = shared;
                if (local == null) {
                    List<Actor> actors = new ArrayList<>(shipped());
                    String extra = System.getProperty("sitrep.actors", System.getenv("SITREP_ACTORS"));
                    if (extra != null && !extra.isBlank()) {
                        actors.addAll(read(extra, readFile(Path.of(extra))));
                    }
                    local = new ActorGazetteer(actors);
                    shared = local;
                }
            }
        }
        return local;
    }

    private static List<Actor> shipped() {
        return read("actors.tsv", TsvTable.shipped("actors.tsv"));
    }

    private static String readFile(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(p.toString(), "cannot read the knowledge-base file: " + e.getMessage(), e);
        }
    }

    /** Parses the tab-separated format; a malformed line is an {@link InputException} naming the file and line. */
    static List<Actor> read(String origin, String text) {
        List<Actor> out = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.rows(origin, text, 8)) {
            String[] f = row.fields();
            EntityType type = EntityType.parse(f[1]).orElseThrow(() -> new InputException(row.where(), "unknown type '" + f[1] + "'"));
            out.add(new Actor(f[0].strip(), type, blankToNull(f[2]), list(f[3]), row.day(4), row.day(5), blankToNull(f[6]), list(f[7])));
        }
        return out;
    }

    private static List<String> list(String field) {
        return field == null || field.isBlank() ? List.of() : List.of(field.strip().split("\\|"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The Arabic article opening a name in capitals ("Al-Manar", "Al Jazeera"), which news writes "al-" mid-sentence. */
    private static final Pattern CAPITAL_ARTICLE = Pattern.compile("^Al(?=[- ]\\p{Lu})");
    /** The Arabic article joined by a hyphen inside a name ("Failaq al-Rahman"), which news also writes apart ("Failaq al Rahman"). */
    private static final Pattern HYPHENED_ARTICLE = Pattern.compile("(?<=\\s)([aA]l|[eE]l)-(?=\\p{Lu})");

    /**
     * Adds the alias's spelling by another house style (initials with or without dots), not the alias itself, with its
     * Arabic article's spellings.
     */
    private void addOtherSpelling(String alias, Actor actor) {
        String initials = withOtherInitials(alias);
        if (!initials.equals(alias)) {
            addWithArticles(initials, actor);
        }
    }

    /** Initials qualifying a name, bare ("UN Human Rights Council", "US-backed") or dotted ("U.N. ...", "U.S.-backed"). */
    private static final Pattern BARE_INITIALS = Pattern.compile("(?<![\\p{L}.])\\p{Lu}{2,3}(?=[ -]\\p{L})");
    private static final Pattern DOTTED_INITIALS = Pattern.compile("(?<![\\p{L}.])(?:\\p{Lu}\\.){2,3}(?=[ -]\\p{L})");

    /**
     * The alias with its qualifying initials written the other way: outlets write "U.N." or "UN" by their house style,
     * and the knowledge base lists most names in one style only. The alias itself when it has no such initials.
     */
    static String withOtherInitials(String alias) {
        Matcher dotted = DOTTED_INITIALS.matcher(alias);
        if (dotted.find()) {
            return dotted.replaceAll(m -> m.group().replace(".", ""));
        }
        return BARE_INITIALS.matcher(alias).replaceAll(m -> m.group().replaceAll("(\\p{Lu})", "$1."));
    }

    /**
     * Adds an alias and its spellings with the Arabic article written the other common ways: "al-Manar" for "Al-Manar",
     * "Failaq al Rahman" for "Failaq al-Rahman". Transliteration leaves the article's case and hyphen to each outlet.
     */
    private void addWithArticles(String alias, Actor actor) {
        addAsWritten(alias, actor);
        String apart = HYPHENED_ARTICLE.matcher(alias).replaceAll("$1 ");
        if (!apart.equals(alias)) {
            addAsWritten(apart, actor);
        }
        if (CAPITAL_ARTICLE.matcher(alias).find()) {
            addAsWritten("al" + alias.substring(2), actor);
        }
    }

    private void addAsWritten(String alias, Actor actor) {
        boolean descriptive = isDescriptive(alias);
        insert(tokens(alias), actor, descriptive);
        String capitalised = alias.isEmpty() ? alias : Character.toUpperCase(alias.charAt(0)) + alias.substring(1);
        if (!capitalised.equals(alias)) {
            insert(tokens(capitalised), actor, descriptive);
        }
    }

    /** A description has an ordinary lower-case word in it ("Iraqi troops"); a name has only capitals and particles. */
    static boolean isDescriptive(String alias) {
        for (String w : tokens(alias)) {
            boolean word = Character.isLetter(w.charAt(0));
            if (word && Character.isLowerCase(w.charAt(0)) && !NAME_PARTICLES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private void insert(List<String> words, Actor actor, boolean descriptive) {
        if (words.isEmpty()) {
            return;
        }
        Node n = root;
        for (String w : words) {
            n = n.next.computeIfAbsent(w, k -> new Node());
        }
        if (n.actor == null) {
            n.actor = actor;
            n.descriptive = descriptive;
        }
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.replace('’', '\''));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Every knowledge-base name in the text, longest first at each place, not overlapping, in text order. */
    public List<Match> find(String text) {
        return find(text, null);
    }

    /**
     * Every knowledge-base name in the text that can mean its actor in an article of {@code day} (no name of a group
     * before the group existed; {@code null}: any day), longest first at each place, not overlapping, in text order.
     * A description counts only where the text has one of its actor's context words ("government forces" is Syria's
     * army only in an article that names Syria); a lone capitalised acronym inside a run of capitals ("THIS CONTENT IS
     * RESERVED") is no name.
     */
    public List<Match> find(String text, java.time.LocalDate day) {
        return find(text, day, null);
    }

    /** As {@link #find(String, java.time.LocalDate)}, with the context words looked for in {@code article} (the text itself if null). */
    private List<Match> find(String text, java.time.LocalDate day, String article) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.replace('’', '\''));
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            words.add(m.group());
        }
        Map<Actor, Boolean> inContext = new HashMap<>();
        List<List<String>> contextWords = new ArrayList<>(); // tokenized only when a description needs its context
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int bestEnd = longestEnd(words, spans, i);
            if (bestEnd > i && words.get(i).equals("the") && longestEnd(words, spans, i + 1) > bestEnd) {
                i++; // "the United Nations" yields to the longer "United Nations General Assembly" after its "the"
                continue;
            }
            Node best = bestEnd < 0 ? null : nodeOf(words, i, bestEnd);
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(spans.get(i)[0] - 1));
            if (best != null && wordStart && best.actor.existedOn(day)
                    && (!best.descriptive || inContext.computeIfAbsent(best.actor, a -> hasContext(a, contextWords(contextWords, words, article))))
                    && !(bestEnd == i && isCapitals(words.get(i)) && (isCapitals(words, i - 1) || isCapitals(words, i + 1)))) {
                int first = i < bestEnd && words.get(i).equals("the") && !best.descriptive && namesActor(words, i + 1, bestEnd, best.actor) ? i + 1 : i;
                out.add(new Match(new Span(spans.get(first)[0], spans.get(bestEnd)[1]), best.actor, best.descriptive));
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Whether words {@code from} to {@code to} (inclusive) are by themselves a name of the actor: then a lower-case "the"
     * before them is the writer's article, not part of the name ("the Kremlin" is named "Kremlin"; "the Observatory" keeps
     * it). A capital "The" is left alone: it may open a sentence or a paper's name ("The Washington Post").
     */
    private boolean namesActor(List<String> words, int from, int to, Actor actor) {
        Node n = nodeOf(words, from, to);
        return n != null && actor.equals(n.actor);
    }

    /** The node words {@code from} to {@code to} (inclusive) lead to, null when they are no path of the names. */
    private Node nodeOf(List<String> words, int from, int to) {
        Node n = root;
        for (int j = from; j <= to && n != null; j++) {
            n = n.next.get(words.get(j));
        }
        return n;
    }

    /**
     * The index of the last word of the longest name that opens at word {@code i}, -1 when none does. The words of a
     * name stand apart by one space, punctuation closing up ("U.S." is no name in "in U.S ."), but for the space after
     * an initial's period ("U.N. Security Council"). A country's initials stay a place of their own before a body's
     * name ("U.S." of "U.S. State Department"), as the tagger and gazetteers of places read them.
     */
    private int longestEnd(List<String> words, List<int[]> spans, int i) {
        Node n = root;
        int end = -1;
        for (int j = i; j < words.size(); j++) {
            int gap = j > i ? spans.get(j)[0] - spans.get(j - 1)[1] : 0;
            if (gap > 1 || gap == 1 && (isPunctuation(words.get(j)) || isPunctuation(words.get(j - 1))
                    && !(closesInitial(words, j - 1) && !namesPlace(n)))) {
                break;
            }
            n = n.next.get(words.get(j));
            if (n == null) {
                break;
            }
            if (n.actor != null) {
                end = j;
            }
        }
        return end;
    }

    private static List<String> contextWords(List<List<String>> memo, List<String> words, String article) {
        if (memo.isEmpty()) {
            memo.add(article == null ? words : articleWords(article));
        }
        return memo.get(0);
    }

    /**
     * The article's words, tokenized once for the many names of one article looked up in a row ({@link #lookup(String,
     * String)} is called name by name with the same article): each thread keeps the words of its last article.
     */
    private static List<String> articleWords(String article) {
        ArticleWords last = LAST_ARTICLE.get();
        if (last == null || last.article() != article) {
            last = new ArticleWords(article, tokens(article));
            LAST_ARTICLE.set(last);
        }
        return last.words();
    }

    private record ArticleWords(String article, List<String> words) {
    }

    private static final ThreadLocal<ArticleWords> LAST_ARTICLE = new ThreadLocal<>();

    private static boolean hasContext(Actor a, List<String> words) {
        if (a.context().isEmpty()) {
            return true;
        }
        for (String c : a.context()) {
            List<String> cw = tokens(c);
            for (int i = 0; i + cw.size() <= words.size(); i++) {
                if (words.subList(i, i + cw.size()).equals(cw)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the words walked so far name a place ("U.S."). */
    private static boolean namesPlace(Node n) {
        return n.actor != null && n.actor.type() == EntityType.LOCATION;
    }

    /** Whether word {@code k} is the period after a single capital, an initial's ("U.S.", "A.A."). */
    private static boolean closesInitial(List<String> words, int k) {
        return words.get(k).equals(".") && k > 0 && words.get(k - 1).length() == 1 && Character.isUpperCase(words.get(k - 1).charAt(0));
    }

    private static boolean isPunctuation(String token) {
        return !Character.isLetterOrDigit(token.charAt(0));
    }

    private static boolean isCapitals(List<String> words, int i) {
        return i >= 0 && i < words.size() && isCapitals(words.get(i));
    }

    private static boolean isCapitals(String w) {
        return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c));
    }

    /** The actor one of whose names is {@code name} exactly (or with a capital first letter), if any. */
    public Optional<Actor> lookup(String name) {
        return lookup(name, name);
    }

    /**
     * The actor one of whose names is {@code name} exactly (or with a capital first letter), if any; a description
     * counts when {@code article} has one of the actor's context words.
     */
    public Optional<Actor> lookup(String name, String article) {
        if (name.startsWith("the ") && lookupExactly("the " + name.substring(4), article).isEmpty()) {
            return lookupExactly(name.substring(4), article);
        }
        return lookupExactly(name, article);
    }

    private Optional<Actor> lookupExactly(String name, String article) {
        List<Match> m = find(name, null, article);
        return m.size() == 1 && m.get(0).span().begin() == 0 && m.get(0).span().end() == name.length()
                ? Optional.of(m.get(0).actor()) : Optional.empty();
    }

    public int size() {
        return byName.size();
    }
}
