package org.sitrep.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the article's text in a cleaned page body. Every block of text of some length scores for the block element
 * it stands in (its length and commas), half of that for the element above, a third for the one above that; link
 * text counts against. The best-scoring element is the article, with its siblings that score well too (bodies split
 * over several containers), read in document order.
 */
final class MainContent {
    private static final int MIN_SCORING_CHARS = 25;
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "tr", "dd");
    private static final double SIBLING_SHARE = 0.2;
    /** A sibling needs about one real paragraph's score to join the article. */
    private static final double MIN_SIBLING_SCORE = 3;
    private static final int MAX_DATE_LINE_CHARS = 80;
    private static final Set<String> LINKED_HEADINGS = Set.of("h2", "h3", "h4");
    /**
     * A block of any length that is this much link promotes another page ("Also on rt.com Journalists & politicians
     * ...", a teaser headline, a newsletter's sign-up); shorter link lines go at half this share.
     */
    private static final double MIN_PROMOTION_LINK_SHARE = 0.9;
    /** Levels a climb may go up; for the stepwise climb, levels that add no text (bare wrappers) do not count. */
    private static final int MAX_CLIMB = 10;
    /** Ancestors looked at in all, wrappers included. */
    private static final int MAX_CHAIN = 40;
    private static final int MAX_BLOCK_DEPTH = 30;
    private static final int CLIMB_MIN_CHARS = 150;
    private static final double CLIMB_TEXT_RATIO = 4;
    /**
     * The article's parts in sections built alike hold at least twice as much running text as link text; their lists
     * of sources and changes count as links, so the climb's own ratio is too strict for them.
     */
    private static final double SAME_SECTION_TEXT_RATIO = 2;
    /**
     * Past a level that adds only a short line (a subheading between the article's parts), a level must add at least
     * the best element's own text: the article's other part, not a newsletter box or related stories beyond the gap.
     */
    private static final double CLIMB_PAST_GAP_SHARE = 1.0;
    /** Climbing must at least add half again the text of the best element: else it only picks up asides. */
    private static final double CLIMB_MIN_SHARE = 0.5;
    /** A list article's items hold together several times the text of its longest item. */
    private static final double LIST_ITEM_SHARE = 3;
    private static final Set<String> NOISE = Set.of("advertisement", "advertising", "share", "share this", "read more",
            "related", "tweet", "email", "print", "comments", "continue reading", "skip advertisement", "story continues below advertisement",
            "advert", "sponsored", "this slideshow requires javascript.", "tags", "loading...", "loading…", "like this:",
            "like loading...", "like loading…", "like", "share this on:", "share on:", "related posts", "table of contents", "contents", "in this article",
            "written by", "edited by", "reviewed by", "fact checked by", "related articles", "related stories",
            "related content", "related information", "more stories", "most read", "most popular", "you may also like",
            "story highlights",
            "further reading", "please follow and like us:", "inhaltsverzeichnis", "sommaire", "índice", "drucken",
            "imprimer", "imprimir", "stampa",
            // The same furniture in the languages of the news Sitrep reads most after English.
            "teilen", "anzeige", "werbung", "ähnliche beiträge", "gefällt mir:", "gefällt mir wird geladen...", "partager",
            "publicité", "compartir", "publicidad", "condividi", "pubblicità");

    /** A label that introduces links to other stories: "More:", "Read also", "Lesen Sie auch". */
    private static final java.util.regex.Pattern RELATED_LABEL = java.util.regex.Pattern.compile("(?iu)(?:more|read more|related(?: \\p{L}+)?|(?:top|most) (?:stories|viewed|read|popular|shared|commented)(?:\\s*:\\s*\\p{L}+(?: \\p{L}+){0,2})?|"
            + "see also|also read|read also|more on this|more on this story|don't miss|don’t miss|mehr zum thema|lesen sie auch|lire aussi|"
            + "à lire aussi|lea también|leggi anche|(?:today|also|more|elsewhere|latest|new) (?:on|from|at) \\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)\\s*:?");
    /** A line that links to another story under such a label: "READ MORE: China plague outbreak confirmed ...". */
    private static final double MIN_LABELLED_LINK_SHARE = 0.5;
    /** A plea to share the story: "Like this story? Share it with a friend!", "Read or Share this story: https://x.ly/2xa". */
    private static final java.util.regex.Pattern SHARE_PLEA = java.util.regex.Pattern.compile(
            "(?iu)(?:(?:like|liked|enjoy|enjoyed|love|loved)\\s+this\\s+(?:story|article|post)\\?\\s*)?(?:(?:read|print|save|email)\\s+(?:or|and)\\s+)?"
                    + "share\\s+(?:it|this(?:\\s+(?:story|article|post))?)"
                    + "(?:\\s+with\\s+(?:a\\s+friend|friends|your\\s+friends))?\\s*(?:[!.]|:\\s*(?:https?://)?[\\w.-]+\\.\\w+/\\S*)?");

    /** What readers do that a page counts: views, comments, talkbacks, shares. */
    private static final String READER_COUNT = "(?:views?|viewed|reads?|hits|visits|comments?|talkbacks?|replies|responses|likes?|shares?)";
    /**
     * A counter the page keeps: "12 likes", "1 of 23", "5 min read", or a short label of what readers did and a bare
     * number after a colon ("Talkbacks for this article: 18", "Count of views : 106"). Other labels with a number are
     * the article's data ("Founded: 1954", "Price: 18").
     */
    private static final java.util.regex.Pattern COUNTER = java.util.regex.Pattern.compile("(?i)(?:(?:[\\p{L}'’]+\\s+){0,4}" + READER_COUNT + "(?:\\s+[\\p{L}'’]+){0,4}\\s*:\\s*\\d[\\d.,]*"
            + "|\\d[\\d.,]*\\s*[km]?\\s*"
            + "(?:likes?|comments?|shares?|views?|min\\.?(?:ute)?s?(?:\\s+read)?|(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\\s+ago)"
            + "|\\d+\\s*(?:of|/)\\s*\\d+|(?:vor|il y a|hace)\\s+\\d+\\s+\\p{L}+|(?:lesezeit|reading time)\\s*:?\\s*\\d+\\s*\\p{L}*\\.?|\\d+\\s*min\\.?\\s+(?:lesezeit|de lecture|de lectura))");

    /** A photo's credit or the copyright line under it: "Foto: Kyrre Lien/Ritzau Scanpix", "© REUTERS / SHOKRY HUSSIEN". */
    static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile(
            "(?i)©|\\(c\\)\\s|(?:photo|photograph|image|picture|credit|foto|bild|crédit|crédito)s?\\s*:");
    private static final int MAX_CREDIT_CHARS = 120;
    /** A warning the server printed into the page: "Deprecated: ... in /www/htdocs/wp-settings.php on line 520". */
    private static final java.util.regex.Pattern SERVER_WARNING = java.util.regex.Pattern.compile(
            "(?:Deprecated|Warning|Notice|Strict Standards|Fatal error|Parse error): .* in /\\S+ on line \\d+");

    private MainContent() {
    }

    /** The article's paragraphs; empty when the body holds no text. */
    static List<String> paragraphs(Element body, Element preferred, String title) {
        List<TextBlocks.Block> blocks = TextBlocks.of(body);
        Map<Element, Double> scores = score(blocks, body);
        favourUnderHeadline(scores, blocks, body, title);
        // A page whose text is all short blocks has no scoring block: all of its body is the candidate.
        Element top = scores.isEmpty() ? body : best(scores);
        if (preferred != null && textOf(blocks, preferred) >= 0.5 * textOf(blocks, top)) {
            top = preferred;
        }
        top = climb(top, blocks);
        Set<Element> chosen = withSiblings(top, scores, blocks);
        chosen.addAll(leadBefore(top, blocks));
        Set<Element> cards = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        cards.addAll(MarkupFurniture.linkCards(body));
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean related = false;
        for (TextBlocks.Block b : blocks) {
            boolean label = RELATED_LABEL.matcher(b.text()).matches();
            if (!inside(b.parent(), chosen) || b.text().equals(title) || !label && isFurniture(b) || !cards.isEmpty() && inside(b.parent(), cards)) {
                continue;
            }
            // "More:" or "Related" and the linked headlines after it are other stories, however they are marked up.
            // So is each item of a list under the label that links somewhere: "William McGurn: Did Bill O'Reilly ...".
            related = label || related && (b.linkDensity() >= MIN_PROMOTION_LINK_SHARE || b.tag().equals("li") && b.linkDensity() > 0);
            if (related || b.linkDensity() >= MIN_LABELLED_LINK_SHARE && labelsLink(b.text())) {
                continue;
            }
            // A linked heading inside the article names a list article's item; it is not a menu.
            boolean linkList = (b.linkDensity() > 0.5 && (b.tag().equals("li") || b.text().length() < 80)
                    || b.linkDensity() >= MIN_PROMOTION_LINK_SHARE) && !LINKED_HEADINGS.contains(b.tag());
            if (!linkList && !isTeaser(b) && !isDateLine(b.text()) && seen.add(b.text())) {
                out.add(b.text());
            }
        }
        return PullQuotes.removed(out);
    }

    /**
     * A line of the page's furniture: a label ("Share", "Table of contents"), a photo's credit ("© Reuters"), a
     * counter, a gallery's slide number or a reading time ("12 likes", "1 of 23", "5 min read", "3 days ago"), a
     * server's warning printed into the page, or
     * marks without a letter or digit (a lone zero-width joiner, "* * *") outside code, where "})" is a line of the
     * program.
     */
    private static boolean isFurniture(TextBlocks.Block b) {
        String text = b.text();
        return NOISE.contains(text.toLowerCase(java.util.Locale.ROOT)) || COUNTER.matcher(text).matches() || SHARE_PLEA.matcher(text).matches()
                || text.length() <= MAX_CREDIT_CHARS && CREDIT.matcher(text).lookingAt() || SERVER_WARNING.matcher(text).matches()
                || FurnitureLine.is(text)
                || text.codePoints().noneMatch(Character::isLetterOrDigit) && b.parent().closest("pre, code") == null;
    }

    /** Whether the line opens with a label for links to other stories and a colon: "READ MORE: ...". */
    private static boolean labelsLink(String text) {
        int colon = text.indexOf(':');
        return colon > 0 && colon < text.length() - 1 && RELATED_LABEL.matcher(text.substring(0, colon + 1)).matches();
    }

    /** A list item that links to a story and cuts its first lines short ("... may soon...") is a teaser of another story. */
    private static boolean isTeaser(TextBlocks.Block b) {
        return b.tag().equals("li") && b.linkChars() > 0 && (b.text().endsWith("...") || b.text().endsWith("…"));
    }

    private static final java.util.regex.Pattern DATE_LINE_WORDS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:updated|published|posted|first|last|modified|on|at|às|um|le|el|am|pm|a\\.m|p\\.m|et|gmt|utc|est|edt|bst|cet|de|"
                    + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
                    + "segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo|lunes|martes|miércoles|"
                    + "jueves|viernes|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
                    + "january|february|march|april|may|june|july|august|september|october|november|december|"
                    + "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b|\\d{1,2}:\\d\\d|[|,:·•-]");

    /**
     * A line that only dates the article ("October 12, 2017", "Updated at 1:23 p.m.", "First posted May 2, 2017 07:17:01",
     * "segunda-feira, 22 de janeiro de 2018 às 0:13"): page furniture, not part of the body.
     */
    static boolean isDateLine(String text) {
        if (text.length() > MAX_DATE_LINE_CHARS || text.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        String date = org.sitrep.core.PublicationDates.findIn(text);
        String rest = date == null ? text : text.replace(date, " ");
        if (date == null && !rest.matches("(?i)^(?:updated|published|posted)\\b.*\\d.*")) {
            return false;
        }
        rest = DATE_LINE_WORDS.matcher(rest).replaceAll(" ").replaceAll("\\d+", " ").strip();
        return rest.isEmpty() || rest.split("\\s+").length <= 1 && rest.length() <= 3;
    }

    /** Characters in the element's blocks of running text (long enough to score, not mostly links). */
    static int substantialChars(Element e) {
        int n = 0;
        for (TextBlocks.Block b : TextBlocks.of(e)) {
            if (b.text().length() >= MIN_SCORING_CHARS && b.linkDensity() <= 0.5) {
                n += b.text().length();
            }
        }
        return n;
    }

    /**
     * Climbs from the best element to an ancestor when what the ancestor adds is mostly running text rather than
     * links: bodies cut into many small containers (one per paragraph group) or into list items (one per restaurant,
     * one per tip) hold the article only together. Short plain lines (labels, headings) count neither way; they come
     * with articles and menus alike.
     */
    private static Element climb(Element top, List<TextBlocks.Block> blocks) {
        List<Element> chain = new ArrayList<>();
        for (Element e = top; e != null && e.parent() != null && chain.size() <= MAX_CHAIN; e = e.parent()) {
            chain.add(e);
        }
        // One count serves both climbs: a level left out adds nothing counted, and a level above the nearest ones does
        // not change what lands on them.
        int[][] text = textAdded(chain, blocks);
        List<Integer> near = new ArrayList<>();
        for (int i = 0; i < chain.size() && i <= MAX_CLIMB; i++) {
            near.add(i);
        }
        Element listed = chain.get(climbToList(columns(text, near)));
        List<Integer> adding = levelsThatAdd(text);
        Element stepped = chain.get(adding.get(climbStepwise(columns(text, adding))));
        // The higher of the two climbs: the list climb looks at the nearest levels only, as teasers lie farther up.
        return listed.parents().contains(stepped) ? stepped : listed;
    }

    /**
     * The indexes of the chain's first element and of the levels above it that add any text, up to {@link #MAX_CLIMB}
     * of them: a page built of CSS-in-JS components nests its article's sections ten bare wrappers below the element
     * that holds them.
     */
    private static List<Integer> levelsThatAdd(int[][] text) {
        List<Integer> levels = new ArrayList<>(List.of(0));
        for (int i = 1; i < text[0].length && levels.size() <= MAX_CLIMB; i++) {
            if (text[0][i] > 0 || text[1][i] > 0) {
                levels.add(i);
            }
        }
        return levels;
    }

    /** The counts of these levels of the chain, in this order. */
    private static int[][] columns(int[][] text, List<Integer> levels) {
        int[][] out = new int[2][levels.size()];
        for (int k = 0; k < levels.size(); k++) {
            out[0][k] = text[0][levels.get(k)];
            out[1][k] = text[1][levels.get(k)];
        }
        return out;
    }

    /**
     * Climbs one level at a time while each level adds running text, past levels that add only a short line when the
     * level beyond adds the article's other part, and keeps the climb only if it adds at least half the best element's
     * text: else it has only picked up asides and "about us" boxes. A level whose links outweigh its text ends it.
     */
    private static int climbStepwise(int[][] text) {
        int best = 0;
        int added = 0;
        boolean gap = false;
        for (int i = 1; i < text[0].length; i++) {
            int running = text[0][i];
            int links = text[1][i];
            if (running == 0 && links == 0) {
                continue;
            }
            if (running < CLIMB_TEXT_RATIO * links) {
                break;
            }
            if (running < CLIMB_MIN_CHARS) {
                gap = true;
                continue;
            }
            if (gap && running < CLIMB_PAST_GAP_SHARE * text[0][0]) {
                break;
            }
            gap = false;
            best = i;
            added += running;
        }
        return added < CLIMB_MIN_SHARE * text[0][0] ? 0 : best;
    }

    /**
     * Climbs past levels that add only a title link or a label (the item's own wrappers) to the highest level whose
     * added text, all together, is mostly running text and several times the best element's: the best element was
     * then one item of a list article. Teasers of other stories beside a real article add less than that.
     */
    private static int climbToList(int[][] text) {
        int best = 0;
        int running = 0;
        int links = 0;
        for (int i = 1; i < text[0].length; i++) {
            running += text[0][i];
            links += text[1][i];
            if (text[0][i] > 0 && running >= CLIMB_TEXT_RATIO * links && running >= LIST_ITEM_SHARE * text[0][0]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Characters of running text ({@code [0]}) and of link-heavy blocks ({@code [1]}) that each element of the chain
     * adds to the one below it; blocks more than {@link #MAX_BLOCK_DEPTH} levels below the chain are not counted.
     */
    private static int[][] textAdded(List<Element> chain, List<TextBlocks.Block> blocks) {
        Map<Element, Integer> level = new IdentityHashMap<>();
        for (int i = 0; i < chain.size(); i++) {
            level.put(chain.get(i), i);
        }
        int[][] text = new int[2][chain.size()];
        for (TextBlocks.Block b : blocks) {
            Element e = b.parent();
            for (int steps = 0; e != null && steps < MAX_BLOCK_DEPTH && !level.containsKey(e); steps++) {
                e = e.parent();
            }
            Integer at = e == null ? null : level.get(e);
            if (at != null && b.linkDensity() > 0.5) {
                text[1][at] += b.text().length();
            } else if (at != null && b.text().length() >= MIN_SCORING_CHARS) {
                text[0][at] += b.text().length();
            }
        }
        return text;
    }

    /** Scores of the elements from {@code root} down; text right under the root scores the root, not what is above it. */
    private static Map<Element, Double> score(List<TextBlocks.Block> blocks, Element root) {
        Element above = root.parent();
        // In the order the blocks reach them, so that equal scores go to the first in the page whatever the JVM's identity
        // hash codes (jsoup's elements are equal only to themselves): an IdentityHashMap made one page extract
        // differently alone and in a batch.
        Map<Element, Double> scores = new LinkedHashMap<>();
        Map<Element, int[]> chars = new IdentityHashMap<>();
        for (TextBlocks.Block b : blocks) {
            int len = b.text().length();
            Element e = b.parent();
            for (int level = 0; e != null && e != above && level < 4; level++, e = e.parent()) {
                chars.computeIfAbsent(e, k -> new int[2]);
                chars.get(e)[0] += len;
                chars.get(e)[1] += b.linkChars();
            }
            if (len < MIN_SCORING_CHARS || b.linkDensity() > 0.5) {
                continue;
            }
            double s = 1 + b.text().chars().filter(c -> c == ',').count() + Math.min(3, len / 100.0);
            // A paragraph's score goes to the element holding it: the article is a container, not one paragraph.
            e = PARAGRAPH_TAGS.contains(b.tag()) && b.parent().parent() != null ? b.parent().parent() : b.parent();
            e = e == above ? root : e;
            for (int level = 0; e != null && e != above && level < 3; level++, e = e.parent()) {
                scores.merge(e, s / (level == 0 ? 1 : level == 1 ? 2 : 3 * level), Double::sum);
            }
        }
        scores.replaceAll((e, s) -> {
            int[] c = chars.get(e);
            double linkDensity = c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
            return s * (1 - linkDensity);
        });
        return scores;
    }

    /**
     * The story's own text follows its headline: a short story of a few plain paragraphs set right under the headline
     * (in the headline's own container) can score less than a box of site blurbs or teasers elsewhere, whose lines are
     * longer. An element that follows the page's headline that closely and is running prose (sentences without links)
     * scores half again as much. Elements holding the headline itself get nothing: they hold the page's asides too.
     */
    private static void favourUnderHeadline(Map<Element, Double> scores, List<TextBlocks.Block> blocks, Element body, String title) {
        Element headline = headline(body, title);
        if (headline == null) {
            return;
        }
        scores.replaceAll((e, s) -> followsClosely(e, headline) && isProse(e, blocks) ? s * UNDER_HEADLINE_BONUS : s);
    }

    /** Share of an element's text that must be sentences without links for it to count as the story's prose. */
    private static final double MIN_PROSE_SHARE = 0.8;

    /** Whether nearly all of the element's text is sentences of prose, none of them holding a link. */
    private static boolean isProse(Element e, List<TextBlocks.Block> blocks) {
        int all = 0;
        int prose = 0;
        for (TextBlocks.Block b : blocksInside(blocks, e)) {
            all += b.text().length();
            prose += isSentence(b) ? b.text().length() : 0;
        }
        return all > 0 && prose >= MIN_PROSE_SHARE * all;
    }

    /** A block of running prose: long enough to score, ending as a sentence ends, without a link. */
    private static boolean isSentence(TextBlocks.Block b) {
        return b.text().length() >= MIN_SCORING_CHARS && b.linkChars() == 0 && SENTENCE_END.matcher(b.text()).find();
    }

    /** What running prose right under the headline scores, relative to its own score. */
    private static final double UNDER_HEADLINE_BONUS = 1.5;
    /** Wrappers a headline may sit in within its container ({@code <font><b><h2>}); beyond them it is the page's body. */
    private static final int HEADLINE_WRAPPERS = 3;

    /**
     * The first heading whose text is the article's title; {@code null} when none is. Stricter than
     * {@code PublishedDate}'s headline heading, which takes a heading that holds the title among other words or else
     * the first {@code <h1>}: prose under a heading that is not the story's own would be favoured here.
     */
    private static Element headline(Element body, String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String wanted = title.strip().toLowerCase(java.util.Locale.ROOT);
        for (Element h : body.select("h1, h2, h3")) {
            if (h.text().strip().toLowerCase(java.util.Locale.ROOT).equals(wanted)) {
                return h;
            }
        }
        return null;
    }

    /**
     * Whether the element comes after the headline in the headline's own container (the headline at most a few
     * wrappers deep in it), without holding it.
     */
    private static boolean followsClosely(Element e, Element headline) {
        if (e == headline || headline.parents().contains(e) || e.parents().contains(headline)) {
            return false;
        }
        Element container = e.parent();
        Element holder = headline;
        for (int up = 0; holder != null && holder.parent() != container && up < HEADLINE_WRAPPERS; up++) {
            holder = holder.parent();
        }
        return holder != null && holder.parent() == container && holder.siblingIndex() < e.siblingIndex();
    }

    private static Element best(Map<Element, Double> scores) {
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            if (e.getValue() > topScore) {
                topScore = e.getValue();
                top = e.getKey();
            }
        }
        return top;
    }

    /** The top element and those of its siblings that score at least a fifth of it. */
    private static Set<Element> withSiblings(Element top, Map<Element, Double> scores, List<TextBlocks.Block> blocks) {
        Set<Element> chosen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.add(top);
        Element parent = top.parent();
        if (parent == null) {
            return chosen;
        }
        double threshold = Math.max(MIN_SIBLING_SCORE, scores.getOrDefault(top, 0.0) * SIBLING_SHARE);
        for (Element sibling : parent.children()) {
            if (sibling != top && scores.getOrDefault(sibling, 0.0) >= threshold) {
                chosen.add(sibling);
            }
        }
        List<Element> sections = chosen.size() == 1 ? sameSections(parent, blocks) : List.of();
        if (!sections.isEmpty()) {
            // The best element's own section comes whole too, its heading with it.
            chosen.add(parent);
            chosen.addAll(sections);
        }
        return chosen;
    }

    /** Levels above the best element whose earlier siblings may hold the article's lead. */
    private static final int LEAD_LEVELS = 2;
    /** Earlier siblings with text looked at on each level; empty wrappers and short labels do not count. */
    private static final int LEAD_SIBLINGS = 2;
    /** A lead is a paragraph or a few, not a column of its own. */
    private static final int MAX_LEAD_BLOCKS = 4;
    private static final int MAX_LEAD_CHARS = 1500;
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?][\"'\u201D\u2019)]*$");

    /**
     * The article's first paragraphs when the page sets them in a block of their own just before the body, as the
     * best element's earlier sibling or its parent's ("&lt;div class="row"&gt;&lt;p&gt;The IMF is downgrading ...&lt;/p&gt;&lt;/div&gt;
     * &lt;div class="row"&gt;...the rest"): they score too little to join as a sibling. Only running prose qualifies, every
     * block a sentence without links, so that headings, bylines, date lines and teasers stay out. Empty when
     * there is none.
     */
    private static List<Element> leadBefore(Element top, List<TextBlocks.Block> blocks) {
        Element e = top;
        for (int level = 0; level <= LEAD_LEVELS && e != null && e.parent() != null; level++, e = e.parent()) {
            int looked = 0;
            for (Element s = e.previousElementSibling(); s != null && looked < LEAD_SIBLINGS; s = s.previousElementSibling()) {
                if (s.text().length() < MIN_SCORING_CHARS) {
                    continue;
                }
                looked++;
                if (isLead(s, blocks)) {
                    return leadFrom(s, blocks);
                }
                Element opening = leadOpening(s, blocks);
                if (opening != null) {
                    return List.of(opening);
                }
            }
        }
        return List.of();
    }

    /**
     * The lead block and the lead blocks right before it: a page may set its opening paragraphs in several blocks of
     * their own, the first of them ahead of a box of related links.
     */
    private static List<Element> leadFrom(Element lead, List<TextBlocks.Block> blocks) {
        List<Element> out = new ArrayList<>(List.of(lead));
        for (Element s = lead.previousElementSibling(); s != null; s = s.previousElementSibling()) {
            if (s.text().length() < MIN_SCORING_CHARS) {
                continue;
            }
            Element opening = isLead(s, blocks) ? s : leadOpening(s, blocks);
            if (opening == null) {
                break;
            }
            out.add(opening);
            if (opening != s) {
                break;
            }
        }
        return out;
    }

    /**
     * The lead when it opens a wrapper whose rest is only links: a box of related stories set inside the article's
     * first column after its opening paragraph ("&lt;div class="body"&gt;&lt;div&gt;Reporting from Cairo ...&lt;/div&gt;
     * &lt;div class="related"&gt;...&lt;/div&gt;&lt;/div&gt;"). {@code null} when the wrapper opens otherwise or holds
     * other running text.
     */
    private static Element leadOpening(Element wrapper, List<TextBlocks.Block> blocks) {
        Element first = wrapper.children().stream().filter(c -> c.text().length() >= MIN_SCORING_CHARS).findFirst().orElse(null);
        if (first == null || !isLead(first, blocks)) {
            return null;
        }
        Set<Element> opening = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        opening.add(first);
        boolean restLinks = blocksInside(blocks, wrapper).stream()
                .allMatch(b -> inside(b.parent(), opening) || b.linkDensity() > 0.5);
        return restLinks ? first : null;
    }

    /** Whether the element's blocks are a few sentences of prose, none of them mostly links. */
    private static boolean isLead(Element e, List<TextBlocks.Block> blocks) {
        List<TextBlocks.Block> within = blocksInside(blocks, e);
        int chars = within.stream().mapToInt(b -> b.text().length()).sum();
        return !within.isEmpty() && within.stream().allMatch(MainContent::isSentence) && within.size() <= MAX_LEAD_BLOCKS
                && chars <= MAX_LEAD_CHARS;
    }

    /**
     * The siblings built like the section that holds the best element: a page cut into {@code <div class="sect1">}
     * blocks, each a heading and then its body, puts the article's parts side by side one level up, where the scores
     * of their paragraphs do not reach. Same tag and same class are the markup's own word that they are parts of one
     * whole; together they must hold running text, twice as much as link text, as rows of teasers and widgets do not.
     * Empty when the section has no class or no such sibling, or the siblings fall short of that.
     */
    private static List<Element> sameSections(Element section, List<TextBlocks.Block> blocks) {
        Element above = section.parent();
        if (section.className().isBlank() || above == null || above.parent() == null) {
            return List.of();
        }
        List<Element> same = new ArrayList<>();
        for (Element sibling : above.children()) {
            if (sibling != section && sibling.normalName().equals(section.normalName()) && sibling.className().equals(section.className())) {
                same.add(sibling);
            }
        }
        if (same.isEmpty()) {
            return List.of();
        }
        int[] text = runningAndLinked(blocks, same);
        return text[0] >= CLIMB_MIN_CHARS && text[0] >= SAME_SECTION_TEXT_RATIO * text[1] ? same : List.of();
    }

    /** Characters of running text ({@code [0]}) and of link-heavy blocks ({@code [1]}) inside these elements. */
    private static int[] runningAndLinked(List<TextBlocks.Block> blocks, List<Element> roots) {
        Set<Element> within = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        within.addAll(roots);
        int[] text = new int[2];
        for (TextBlocks.Block b : blocks) {
            if (inside(b.parent(), within)) {
                text[b.linkDensity() > 0.5 ? 1 : 0] += b.text().length();
            }
        }
        return text;
    }

    private static boolean inside(Element e, Set<Element> chosen) {
        for (Element x = e; x != null; x = x.parent()) {
            if (chosen.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static int textOf(List<TextBlocks.Block> blocks, Element root) {
        return blocksInside(blocks, root).stream().mapToInt(b -> b.text().length()).sum();
    }

    /** The blocks that stand inside the element, in document order. */
    private static List<TextBlocks.Block> blocksInside(List<TextBlocks.Block> blocks, Element root) {
        Set<Element> one = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        one.add(root);
        return blocks.stream().filter(b -> inside(b.parent(), one)).toList();
    }
}
