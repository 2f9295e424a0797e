package org.sitrep.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.ContentType;
import org.sitrep.core.DateExpression;
import org.sitrep.core.Entity;
import org.sitrep.core.Hints;
import org.sitrep.core.Json;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Processed;
import org.sitrep.core.Speaker;
import org.sitrep.core.SpeakerBasis;
import org.sitrep.core.RawPage;
import org.sitrep.core.SitrepException;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.quotes.QuoteAttributor;
import org.sitrep.quotes.ReportedCandidate;
import org.sitrep.quotes.ReportedSpeechFilter;
import org.sitrep.resolve.NamedMentions;

/**
 * Sitrep on its field corpus: real conflict news annotated by hand ({@code bench/field/}). Each figure is printed for
 * the half one studies ("dev") and the half one only reports ("test") apart.
 * <ul>
 * <li>statements found, by kind: a gold statement is found when an output statement's words overlap it (Dice of
 * word sets at least 0.5; each output statement answers one gold one) and it stands where the gold one does: a
 * caption's statement ({@code "where": "caption"}) is answered only by output of that caption, one of the text only by
 * output of the text (a gold caption the extraction kept in the text is the text's); and the same of the gold
 * statements of captions alone ("caption statements");</li>
 * <li>speaker right, by kind, over the statements found: the output speaker shares a word of substance with the gold
 * speaker ("Majed al-Nour" and "Nour"; "a local businessman" and "businessman"), or both say nobody is named;</li>
 * <li>output that is no statement: output statements that answer no gold statement, as a share of all output; and
 * the same of the output shown as sure, not marked as perhaps no statement ({@link org.sitrep.core.Quote#sure()}), and of
 * the output the reported-speech filter weighed, by band of its probability; and, per threshold of the filter, the
 * reported statements found and the output that is no statement had the output weighed below it been left out (the
 * threshold's trade-off curve, from one run);</li>
 * <li>entity errors per 1,000 words: output entities none of whose mentions is a gold form, entities of the wrong
 * type, a gold entity split into several, several gold entities merged into one. The output entities are those the
 * export writes as {@code entities}, with their name mentions: an entity the article only describes ("Israeli forces"
 * linked to the Israel Defense Forces) goes to {@code described_entities}, as the guide annotates names only; beside
 * it, the share of gold entities some output entity names by one of their forms, whatever its type, since the error
 * rate alone would reward leaving names out;</li>
 * <li>dates right: gold dates with a value whose words the output finds, in the text or a caption, with the same value
 * (a found date of the same words is taken first, else one whose words hold or are held by the gold's); a gold date
 * no found date answers is right when it writes a year and is the day the article was found published, as the date line above an article
 * ("Monday, April 14, 2003") is read into the publication day and left out of the text.</li>
 * </ul>
 */
public final class FieldEvaluation {
    static final double MATCH = 0.5;
    /** A date line writes its year ("Monday, April 14, 2003"); a weekday alone ("Tuesday") is the text's, not a date line's. */
    private static final java.util.regex.Pattern WITH_YEAR = java.util.regex.Pattern.compile("\\b(?:1[89]|20)\\d\\d\\b");
    private static final Set<String> NOT_SUBSTANCE = Set.of("the", "a", "an", "of", "and", "for", "to", "in", "on", "at",
            "mr", "mrs", "ms", "dr", "his", "her", "its", "their", "who", "said", "by", "from", "with", "'s", "s");

    private final Pipeline pipeline;
    /** Reads again where each page's publication day came from, for counts by source that aim work without reading pages. */
    private final org.sitrep.extract.ArticleExtractor extractor = new org.sitrep.extract.ArticleExtractor();
    private final Consumer<Figure> out;
    private final Consumer<String> problems;
    private final Consumer<String> devErrors;

    /**
     * @param devErrors receives one line per error on the development half (a statement missed, a wrong speaker, an
     *                  output that is no statement, an entity or date error), to study; never any of the test half
     */
    public FieldEvaluation(Pipeline pipeline, Consumer<Figure> out, Consumer<String> problems, Consumer<String> devErrors) {
        this.pipeline = pipeline;
        this.out = out;
        this.problems = problems;
        this.devErrors = devErrors;
    }

    /** The band of the filter's probabilities {@code p} falls in, by tenths and the last two twentieths ("0.90 to 0.95"). */
    static String band(double p) {
        double from = p >= 0.9 ? Math.min(0.95, Math.floor(p * 20) / 20) : Math.floor(p * 10) / 10;
        double to = from >= 0.9 ? from + 0.05 : from + 0.1;
        return String.format(Locale.ROOT, "%.2f to %.2f", from, Math.min(1, to));
    }

    /** Reads every gold file of {@code dir}/gold, scores the articles whose page can be read, and prints the figures. */
    public void score(Path dir, Path shared) throws IOException {
        List<FieldGold> golds = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("gold"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                try {
                    golds.add(Json.read(f.toString(), Files.readString(f), FieldGold.class));
                } catch (SitrepException | IOException e) {
                    problems.accept(f + ": " + e.getMessage());
                }
            }
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        tallies.put("dev", new Tally(devErrors, true));
        tallies.put("test", new Tally(e -> { }, false));
        int skipped = 0;
        for (FieldGold g : golds) {
            Path page = pagePath(g.page(), dir, shared);
            if (page == null || !Files.isRegularFile(page)) {
                skipped++;
                problems.accept(g.id() + ": page " + g.page() + " is absent; skipped");
                continue;
            }
            Processed p;
            String daySource;
            try {
                RawPage raw = new RawPage(page.toString(), read(page), ContentType.HTML, null, Instant.now(), Hints.NONE, g.url());
                p = pipeline.process(raw);
                daySource = extractor.publishedDayFrom(raw).split(" ", 2)[0];
            } catch (RuntimeException e) {
                problems.accept(g.id() + ": " + e.getMessage());
                continue;
            }
            String half = HalfSplit.isTest(g.id()) ? "test" : "dev";
            tallies.get(half).add(g, p, daySource);
        }
        out.accept(new Figure("field articles skipped (page absent)", skipped));
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            e.getValue().print("field " + e.getKey(), out);
        }
    }

    /**
     * The collection an article was drawn from, its id's first part ("dn" for "dn-gn-0303ceca", "msv" for
     * "msv-bbc-assad"): each collection gathers pages of one source and era (old news pages from a news index,
     * today's outlets), so a half's figures by collection show which kind its wrong days come from.
     */
    static String collection(String id) {
        int dash = id.indexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }

    /**
     * What one collection's articles added to a half's figures: direct and partial statements found and with the right
     * speaker, reported gold statements and found, output and output that is no statement, entity errors and words,
     * gold dates and dates right, and articles.
     */
    record CollectionCounts(int quotedFound, int quotedRight, int reportedGold, int reportedFound, int output,
            int noStatement, int entityErrors, long words, int dates, int datesRight, int articles) {
        CollectionCounts minus(CollectionCounts o) {
            return new CollectionCounts(quotedFound - o.quotedFound, quotedRight - o.quotedRight,
                    reportedGold - o.reportedGold, reportedFound - o.reportedFound, output - o.output,
                    noStatement - o.noStatement, entityErrors - o.entityErrors, words - o.words, dates - o.dates,
                    datesRight - o.datesRight, articles - o.articles);
        }

        CollectionCounts plus(CollectionCounts o) {
            return new CollectionCounts(quotedFound + o.quotedFound, quotedRight + o.quotedRight,
                    reportedGold + o.reportedGold, reportedFound + o.reportedFound, output + o.output,
                    noStatement + o.noStatement, entityErrors + o.entityErrors, words + o.words, dates + o.dates,
                    datesRight + o.datesRight, articles + o.articles);
        }
    }

    /** Prints one collection's figures from its counts, each line giving the counts it comes from. */
    static void printCollection(String prefix, CollectionCounts n, Consumer<Figure> out) {
        out.accept(new Figure(prefix + " direct+partial speaker right of found (" + n.quotedRight() + " of "
                + n.quotedFound() + ")", Tally.share(n.quotedRight(), n.quotedFound())));
        out.accept(new Figure(prefix + " reported found (" + n.reportedFound() + " of " + n.reportedGold() + ")",
                Tally.share(n.reportedFound(), n.reportedGold())));
        out.accept(new Figure(prefix + " output that is no statement (" + n.noStatement() + " of " + n.output() + ")",
                Tally.share(n.noStatement(), n.output())));
        out.accept(new Figure(prefix + " entity errors per 1000 words (" + n.entityErrors() + " in " + n.words() + " words)",
                n.words() == 0 ? 0 : 1000.0 * n.entityErrors() / n.words()));
        out.accept(new Figure(prefix + " dates right (" + n.datesRight() + " of " + n.dates() + ")",
                Tally.share(n.datesRight(), n.dates())));
    }

    static Path pagePath(String page, Path dir, Path shared) {
        if (page == null) {
            return null;
        }
        Path project = dir.toAbsolutePath().getParent().getParent();
        if (page.startsWith("shared:")) {
            return shared.resolve(page.substring("shared:".length()));
        }
        if (page.startsWith("repo:")) {
            return project.resolve(page.substring("repo:".length()));
        }
        if (page.startsWith("external:")) {
            return project.resolve(page.substring("external:".length()));
        }
        return null;
    }

    static byte[] read(Path page) throws IOException {
        try (InputStream in = page.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(page)) : Files.newInputStream(page)) {
            return in.readAllBytes();
        }
    }

    /**
     * Pairs each gold date with an unused found one of the same words, else with one whose words hold or are held by
     * its own, in the order given: pairing by containment alone gave a caption's "Sept. 11, 2001" the text's "2001",
     * and the text's "2001" the caption's "Sept. 11, 2001", two errors where both were right.
     *
     * @return for each gold date, the index of its found date, -1 when none is paired with it
     */
    static int[] datePairs(List<String> gold, List<String> found) {
        List<String> foundWords = found.stream().map(t -> String.join(" ", words(t))).toList();
        boolean[] used = new boolean[found.size()];
        int[] pair = new int[gold.size()];
        java.util.Arrays.fill(pair, -1);
        for (boolean sameWordsOnly : new boolean[] {true, false}) {
            for (int k = 0; k < gold.size(); k++) {
                String gt = String.join(" ", words(gold.get(k)));
                for (int i = 0; pair[k] < 0 && i < found.size(); i++) {
                    String ot = foundWords.get(i);
                    if (!used[i] && !ot.isEmpty() && (ot.equals(gt) || !sameWordsOnly && (gt.contains(ot) || ot.contains(gt)))) {
                        used[i] = true;
                        pair[k] = i;
                    }
                }
            }
        }
        return pair;
    }

    /** Lower-case words, without quote marks and punctuation. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** {@link #place}: the gold statement stands in the article's text. */
    static final int IN_TEXT = -1;
    /** {@link #place}: the gold statement stands in a caption the extraction did not keep word for word. */
    static final int IN_SOME_CAPTION = -2;

    /**
     * Where a gold statement stands in the extracted article: the number of the caption that holds its words, when the
     * gold says it stands in a caption ({@code "where": "caption"}); {@link #IN_TEXT} for the text, also when the
     * extraction kept the gold's caption as a paragraph of the text; {@link #IN_SOME_CAPTION} when no caption and no
     * paragraph holds its words as written.
     */
    static int place(FieldGold.Statement s, org.sitrep.core.Article article) {
        if (!"caption".equals(s.where()) || s.text() == null) {
            return IN_TEXT;
        }
        for (int i = 0; i < article.captions().size(); i++) {
            if (article.captions().get(i).contains(s.text())) {
                return i;
            }
        }
        return article.text().contains(s.text()) ? IN_TEXT : IN_SOME_CAPTION;
    }

    /** Whether an output statement of caption {@code caption} ({@code null}: the text) stands where a gold one of {@code place} does. */
    static boolean samePlace(int place, Integer caption) {
        return place == IN_SOME_CAPTION ? caption != null : caption == null ? place == IN_TEXT : caption == place;
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    static boolean sameSpeaker(String gold, String goldType, AttributedQuote out) {
        boolean goldNone = gold == null || "none".equals(goldType);
        String name = out.speakerName();
        if (goldNone || name == null) {
            return goldNone && name == null;
        }
        Set<String> g = substance(gold);
        Set<String> o = substance(name);
        if (out.quote().speaker() != null) {
            // The words at the cue, and the article's own spelling of the name they stand for: the knowledge base's
            // canonical "Muammar Gaddafi" is the article's "Moammar Gadhafi".
            o.addAll(substance(out.quote().speaker().text()));
            o.addAll(substance(out.quote().speaker().name()));
        }
        for (String w : g) {
            if (o.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a gold speaker shares a word of substance with a found speaker's name or its words in the text. */
    static boolean sharesSubstance(String gold, String name, String text) {
        Set<String> o = substance(name == null ? "" : name);
        o.addAll(substance(text == null ? "" : text));
        for (String w : substance(gold)) {
            if (o.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> substance(String s) {
        Set<String> out = new HashSet<>();
        for (String w : words(s)) {
            if (!NOT_SUBSTANCE.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The counts of one half. */
    /** ISO 8601's decade ("199") and TimeML's ("199X"), which Sitrep writes and most gold files use, are one value. */
    private static final java.util.regex.Pattern ISO_DECADE = java.util.regex.Pattern.compile("\\d{3}");

    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile("(?i)\\b(?:today|tonight|yesterday|"
            + "tomorrow|ago|later|earlier|previous|following|next|last|this|that|week|weekend|month|year)\\b");
    /** A month's name or its abbreviation ("Oct.", "Sept"): its first three letters, then any. */
    private static final java.util.regex.Pattern MONTH_NAME = java.util.regex.Pattern.compile("\\b(?:"
            + String.join("|", org.sitrep.core.CalendarWords.MONTHS.stream().map(m -> m.substring(0, 3)).toList()) + ")[a-z]*\\b");
    private static final java.util.regex.Pattern WEEKDAY_NAME = java.util.regex.Pattern.compile("\\b(?:"
            + String.join("|", org.sitrep.core.CalendarWords.DAYS) + ")");
    private static final java.util.regex.Pattern DAY_NUMBER = java.util.regex.Pattern.compile("\\b[0-3]?\\d(?:st|nd|rd|th)?\\b");

    /**
     * The form of a gold date's words, to count errors by: "with a year", "month and day", "month", "weekday",
     * "relative" (counted from the day of writing or the story's), "other".
     */
    static String dateForm(String text) {
        if (WITH_YEAR.matcher(text).find()) {
            return "with a year";
        }
        boolean month = MONTH_NAME.matcher(text).find();
        if (month) {
            return DAY_NUMBER.matcher(text).find() ? "month and day" : "month";
        }
        if (WEEKDAY_NAME.matcher(text).find()) {
            return "weekday";
        }
        return RELATIVE.matcher(text).find() ? "relative" : "other";
    }

    /** Whether a found date value is the gold one; {@code found} may be null. */
    static boolean sameValue(String gold, String found) {
        return gold.equals(found) || found != null && ISO_DECADE.matcher(gold).matches() && found.equals(gold + "X");
    }

    /** A name as entity errors compare it with the gold forms: in lower case, without a leading "the" or a final "'s". */
    static String entityForm(String name) {
        return Tally.form(name);
    }

    static final class Tally {
        int articles;
        long words;
        final Map<String, int[]> byKind = new LinkedHashMap<>(); // gold, found, speaker right
        /** The same of the gold statements of captions, of every kind. */
        final int[] captions = new int[3];
        /** Per speaker basis: statements found with a speaker found that way, and of those with the right speaker. */
        final Map<SpeakerBasis, int[]> byBasis = new EnumMap<>(SpeakerBasis.class);
        int found;
        int shown;
        int shownRight;
        int output;
        int outputUnmatched;
        /** Output the site shows as a statement, not marked unsure ({@link org.sitrep.core.Quote#sure()}), and of it no statement. */
        int outputSure;
        int outputSureUnmatched;
        /**
         * Output, and output that is no statement, by kind ("direct", "partial", "reported") and whether a speaker was
         * found for it, counted only, to aim work.
         */
        final Map<String, int[]> outputByKind = new java.util.TreeMap<>();
        /**
         * Output the reported-speech filter weighed, and of it no statement, by band of its probability ("0.90 to
         * 0.95"): how well the filter's probabilities, and the threshold {@link org.sitrep.core.Quote#SURE_FROM}
         * chosen by cross-validation on the development half, hold on the half it never saw.
         */
        final Map<String, int[]> outputByBand = new java.util.TreeMap<>();
        /**
         * Per threshold of {@link #WHAT_IF}: the reported gold statements found, those with the right speaker, the output
         * and the output that is no statement, had the output the filter weighed below it been left out after the run
         * (a what-if on the same output, not a run at that threshold: a candidate left out can no longer hide another).
         * The trade-off curve of the filter's threshold on a half, from one run.
         */
        final Map<Double, int[]> byThreshold = new java.util.TreeMap<>();
        int entityErrors;
        /** Gold entities, and those some output entity names by one of their forms (of any type): what the error rate leaves out. */
        int goldEntities;
        int goldEntitiesNamed;
        /** Entity errors by class ("split", "type LOCATION as PERSON", "not in gold ORGANIZATION"), counted only, to aim work. */
        final Map<String, Integer> entityErrorsByClass = new java.util.TreeMap<>();
        int dates;
        int datesRight;
        /** Gold dates no found date answers, and those a found date answers with another value, counted only, to aim work. */
        int datesMissed;
        int datesWrong;
        /**
         * Gold dates, and those right, in articles whose publication day is wrong or not found: how many date errors
         * follow from the anchor every relative date is resolved against.
         */
        int datesOffDay;
        int datesOffDayRight;
        /**
         * Gold dates, missed, and with another value, by the form of their words ({@link #dateForm}) and whether the
         * article's publication day, which they are resolved against, is right.
         */
        final Map<String, int[]> datesByForm = new java.util.TreeMap<>();
        int published;
        int publishedRight;
        /** Publication days right and given by the gold, by where on the page the day was read ("time_element", "url"). */
        final Map<String, int[]> publishedBySource = new java.util.TreeMap<>();
        /** The same by the collection the article was drawn from ({@link #collection}): its kind of site and era. */
        final Map<String, int[]> publishedByCollection = new java.util.TreeMap<>();
        /**
         * Per collection ({@link #collection}), the counts {@link #counts} lists, added article by article: which kind of
         * site and era a half's wrong speakers, missed reports, false output, entity and date errors come from, seen in
         * figures without reading its articles.
         */
        final Map<String, CollectionCounts> byCollection = new java.util.TreeMap<>();
        private final Consumer<String> errors;
        private String article;

        /** Whether errors are studied (the development half): a missed statement then says if the filter left it out. */
        private final boolean studied;
        /** The article being added, and the reported statements the filter left out of it (read when a miss asks). */
        private Processed current;
        private List<Map.Entry<String, Double>> leftOut;

        Tally(Consumer<String> errors, boolean studied) {
            this.errors = errors;
            this.studied = studied;
            for (String k : List.of("direct", "partial", "reported")) {
                byKind.put(k, new int[3]);
            }
        }

        void add(FieldGold g, Processed p, String daySource) {
            CollectionCounts before = counts();
            addArticle(g, p, daySource);
            byCollection.merge(collection(g.id()), counts().minus(before), CollectionCounts::plus);
        }

        /** The half's counts so far, as {@link CollectionCounts} adds them up per collection. */
        private CollectionCounts counts() {
            int[] d = byKind.get("direct");
            int[] q = byKind.get("partial");
            int[] r = byKind.get("reported");
            return new CollectionCounts(d[1] + q[1], d[2] + q[2], r[0], r[1], output, outputUnmatched, entityErrors, words,
                    dates, datesRight, articles);
        }

        private void addArticle(FieldGold g, Processed p, String daySource) {
            articles++;
            article = g.id();
            String text = p.article().text();
            words += words(text).size();
            current = p;
            leftOut = null;
            statements(g, p.quotes(), p.article());
            entityErrors += entityErrors(g, NamedMentions.names(p.entities(), text));
            boolean dayRight = publication(g.published(), p.article().published());
            if (g.published() != null) {
                for (int[] n : List.of(publishedBySource.computeIfAbsent(daySource, k -> new int[2]),
                        publishedByCollection.computeIfAbsent(collection(g.id()), k -> new int[2]))) {
                    n[0] += dayRight ? 1 : 0;
                    n[1]++;
                }
            }
            int before = dates;
            int rightBefore = datesRight;
            dates(g, p.annotated().dates(), p.article().published(), dayRight);
            if (!dayRight) {
                datesOffDay += dates - before;
                datesOffDayRight += datesRight - rightBefore;
            }
        }

        /** Counts the publication day; returns false when the gold gives one and the article's is another or none. */
        private boolean publication(String gold, java.time.LocalDate found) {
            if (gold == null) {
                return true;
            }
            published++;
            if (found != null && gold.equals(found.toString())) {
                publishedRight++;
                return true;
            }
            error("publication day", "gold " + gold + ", got " + found);
            return false;
        }

        void statements(FieldGold g, List<AttributedQuote> quotes, org.sitrep.core.Article article) {
            String text = article.text();
            List<Set<String>> outWords = quotes.stream().map(q -> (Set<String>) new HashSet<>(words(q.quote().text()))).toList();
            boolean[] used = new boolean[quotes.size()];
            int[] places = g.statements().stream().mapToInt(s -> place(s, article)).toArray();
            int[] pairedWith = pairs(g.statements(), places, quotes, outWords);
            for (int j = 0; j < g.statements().size(); j++) {
                FieldGold.Statement s = g.statements().get(j);
                int[] k = byKind.get(s.kind());
                if (k == null || s.text() == null) {
                    continue;
                }
                k[0]++;
                boolean inCaption = "caption".equals(s.where());
                captions[0] += inCaption ? 1 : 0;
                Set<String> gw = new HashSet<>(words(s.text()));
                int best = pairedWith[j];
                if (best >= 0) {
                    used[best] = true;
                    k[1]++;
                    captions[1] += inCaption ? 1 : 0;
                    boolean right = sameSpeaker(s.speaker(), s.speakerType(), quotes.get(best));
                    countBasis(quotes.get(best).quote().speaker(), right);
                    if (right) {
                        k[2]++;
                        captions[2] += inCaption ? 1 : 0;
                    } else {
                        AttributedQuote q = quotes.get(best);
                        error("wrong speaker", s.kind() + " \"" + clip(s.text()) + "\": gold " + s.speaker() + ", got "
                                + q.speakerName() + (q.quote().speaker() == null ? "" : " (text: " + q.quote().speaker().text() + ", "
                                + q.quote().speaker().basis().label() + ")") + (studied ? " in: " + around(article, s.text()) : ""));
                    }
                } else {
                    error("missed", s.kind() + (inCaption ? " (caption)" : "") + " \"" + clip(s.text()) + "\" by " + s.speaker()
                            + nearest(gw, quotes, outWords) + filtered(gw) + " in: " + around(article, s.text()));
                }
            }
            output += quotes.size();
            for (int i = 0; i < quotes.size(); i++) {
                AttributedQuote o = quotes.get(i);
                int[] byKind = outputByKind.computeIfAbsent(o.quote().kind().label()
                        + (o.quote().speaker() == null ? " without a speaker" : " with a speaker"), x -> new int[2]);
                byKind[0]++;
                int[] band = o.quote().probability() == null ? null
                        : outputByBand.computeIfAbsent(band(o.quote().probability()), x -> new int[2]);
                if (band != null) {
                    band[0]++;
                }
                boolean sure = o.quote().sure();
                outputSure += sure ? 1 : 0;
                if (!used[i] && !answersAny(g, places, o.quote().caption(), outWords.get(i))) {
                    byKind[1]++;
                    if (band != null) {
                        band[1]++;
                    }
                    outputUnmatched++;
                    outputSureUnmatched += sure ? 1 : 0;
                    AttributedQuote q = quotes.get(i);
                    error("no statement", q.quote().kind().label() + (q.quote().inCaption() ? " (caption)" : "") + " \""
                            + clip(q.quote().text()) + "\" by " + q.speakerName()
                            + " cue " + q.quote().cueText() + weighed(q.quote()) + overlapNote(quotes, i));
                }
            }
            whatIf(g, places, quotes);
        }

        /** The thresholds of the filter whose outcome {@link #byThreshold} counts. */
        static final double[] WHAT_IF = {0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95};

        /** Counts, per threshold of {@link #WHAT_IF}, what {@link #statements} would count with the output weighed below it left out. */
        private void whatIf(FieldGold g, int[] places, List<AttributedQuote> quotes) {
            for (double t : WHAT_IF) {
                List<AttributedQuote> kept = quotes.stream().filter(q -> q.quote().probability() == null || q.quote().probability() >= t).toList();
                List<Set<String>> words = kept.stream().map(q -> (Set<String>) new HashSet<>(words(q.quote().text()))).toList();
                int[] paired = pairs(g.statements(), places, kept, words);
                int[] n = byThreshold.computeIfAbsent(t, x -> new int[4]);
                boolean[] used = new boolean[kept.size()];
                for (int j = 0; j < paired.length; j++) {
                    FieldGold.Statement s = g.statements().get(j);
                    if (paired[j] >= 0) {
                        used[paired[j]] = true;
                        if ("reported".equals(s.kind())) {
                            n[0]++;
                            n[1] += sameSpeaker(s.speaker(), s.speakerType(), kept.get(paired[j])) ? 1 : 0;
                        }
                    }
                }
                n[2] += kept.size();
                for (int i = 0; i < kept.size(); i++) {
                    n[3] += !used[i] && !answersAny(g, places, kept.get(i).quote().caption(), words.get(i)) ? 1 : 0;
                }
            }
        }

        /** " weighed 0.82 (learned_likely)": the filter's probability and the speaker's basis, empty where neither is. */
        private static String weighed(org.sitrep.core.Quote q) {
            String p = q.probability() == null ? "" : String.format(Locale.ROOT, " weighed %.2f", q.probability());
            return p + (q.speaker() == null ? "" : " (" + q.speaker().basis().label() + ")");
        }

        /**
         * "; overlaps output: reported \"...\" by X" for each other output statement of the same place whose words
         * overlap output {@code i}'s, empty if none: tells a statement told twice or cut at the wrong place from one the
         * gold does not have.
         */
        private static String overlapNote(List<AttributedQuote> quotes, int i) {
            org.sitrep.core.Quote q = quotes.get(i).quote();
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < quotes.size(); k++) {
                org.sitrep.core.Quote o = quotes.get(k).quote();
                if (k != i && java.util.Objects.equals(q.caption(), o.caption()) && q.content().overlaps(o.content())) {
                    b.append("; overlaps output: ").append(o.kind().label()).append(" \"").append(clip(o.text()))
                            .append("\" by ").append(quotes.get(k).speakerName()).append(" cue ").append(o.cueText());
                }
            }
            return b.toString();
        }

        /**
         * Pairs gold statements with output ones, best overlap first, each at most once: per gold statement the index
         * of its output, -1 for none. Taking the gold in file order instead let a direct quote claim the output that
         * overlapped a reported statement nested in it more, and counted that statement missed. Of equal overlaps, an
         * output of the gold's kind is taken first.
         */
        private int[] pairs(List<FieldGold.Statement> gold, int[] places, List<AttributedQuote> quotes, List<Set<String>> outWords) {
            record Pair(int gold, int output, double overlap, boolean sameKind) {
            }
            List<Pair> candidates = new ArrayList<>();
            for (int j = 0; j < gold.size(); j++) {
                FieldGold.Statement s = gold.get(j);
                if (s.text() == null || !byKind.containsKey(s.kind())) {
                    continue;
                }
                Set<String> gw = new HashSet<>(words(s.text()));
                for (int i = 0; i < quotes.size(); i++) {
                    double d = dice(gw, outWords.get(i));
                    if (d >= MATCH && samePlace(places[j], quotes.get(i).quote().caption())) {
                        candidates.add(new Pair(j, i, d, quotes.get(i).quote().kind().label().equals(s.kind())));
                    }
                }
            }
            candidates.sort(Comparator.comparingDouble((Pair p) -> -p.overlap()).thenComparing(p -> !p.sameKind())
                    .thenComparingInt(Pair::gold));
            int[] out = new int[gold.size()];
            Arrays.fill(out, -1);
            boolean[] taken = new boolean[quotes.size()];
            for (Pair p : candidates) {
                if (out[p.gold()] < 0 && !taken[p.output()]) {
                    out[p.gold()] = p.output();
                    taken[p.output()] = true;
                }
            }
            return out;
        }

        /** Reported statements the rules find in {@code p} that the shipped filter leaves out, with its probability for each. */
        private static List<Map.Entry<String, Double>> leftOut(Processed p) {
            String text = p.annotated().article().text();
            ReportedSpeechFilter filter = ReportedSpeechFilter.bundled();
            List<Map.Entry<String, Double>> out = new ArrayList<>();
            for (ReportedCandidate c : new QuoteAttributor(null, null).reportedCandidates(p.annotated())) {
                double prob = filter.probability(c.features());
                if (prob < ReportedSpeechFilter.THRESHOLD_IN_USE) {
                    out.add(Map.entry(c.content().of(text), prob));
                }
            }
            return out;
        }

        /** "; the filter left out (p 0.42): ..." when a candidate the filter left out would have found a missed statement. */
        private String filtered(Set<String> gold) {
            if (!studied) {
                return "";
            }
            leftOut = leftOut != null ? leftOut : leftOut(current);
            for (Map.Entry<String, Double> c : leftOut) {
                if (dice(gold, new HashSet<>(words(c.getKey()))) >= MATCH) {
                    return String.format(Locale.ROOT, "; the filter left out (p %.2f): \"%s\"", c.getValue(), clip(c.getKey()));
                }
            }
            return "";
        }

        /** The output statement whose words overlap the gold's most, to tell a boundary mismatch from a miss. */
        private static String nearest(Set<String> gold, List<AttributedQuote> quotes, List<Set<String>> outWords) {
            int best = -1;
            double bestScore = 0;
            for (int i = 0; i < quotes.size(); i++) {
                double d = dice(gold, outWords.get(i));
                if (d > bestScore) {
                    bestScore = d;
                    best = i;
                }
            }
            return best < 0 || bestScore < 0.1 ? "; nearest output: none" : String.format(Locale.ROOT, "; nearest output (dice %.2f): %s \"%s\"",
                    bestScore, quotes.get(best).quote().kind().label(), clip(quotes.get(best).quote().text()));
        }

        /** The words around the first place {@code words} stand in the article's text, else in a caption; "(not in text)" if neither. */
        private static String around(org.sitrep.core.Article article, String words) {
            String text = article.text();
            if (!text.contains(words)) {
                text = article.captions().stream().filter(c -> c.contains(words)).findFirst().orElse(text);
            }
            int at = text.indexOf(words);
            if (at < 0) {
                return "(not in text)";
            }
            int from = Math.max(0, text.lastIndexOf('\n', at) + 1);
            from = Math.max(from, at - 200);
            int to = text.indexOf('\n', at + words.length());
            to = Math.min(to < 0 ? text.length() : to, at + words.length() + 120);
            return "[[" + text.substring(from, to).replace('\n', ' ') + "]]";
        }

        private void countBasis(Speaker speaker, boolean right) {
            found++;
            if (speaker == null) {
                return;
            }
            int[] b = byBasis.computeIfAbsent(speaker.basis(), x -> new int[2]);
            b[0]++;
            b[1] += right ? 1 : 0;
            if (speaker.shown()) {
                shown++;
                shownRight += right ? 1 : 0;
            }
        }

        /**
         * An output statement already answered by a better match may still be part of a gold one (a quote split in two)
         * that stands where it does ({@code places}, as {@link #place}; {@code caption} the output's).
         */
        private static boolean answersAny(FieldGold g, int[] places, Integer caption, Set<String> out) {
            for (int j = 0; j < g.statements().size(); j++) {
                FieldGold.Statement s = g.statements().get(j);
                if (!samePlace(places[j], caption)) {
                    continue;
                }
                Set<String> gw = new HashSet<>(words(s.text() == null ? "" : s.text()));
                int common = 0;
                for (String w : out) {
                    if (gw.contains(w)) {
                        common++;
                    }
                }
                if (!out.isEmpty() && common >= 0.8 * out.size()) {
                    return true;
                }
            }
            return false;
        }

        private void error(String what, String detail) {
            errors.accept(article + ": " + what + ": " + detail);
        }

        private static String clip(String s) {
            String t = s.replace('\n', ' ');
            return t.length() <= 120 ? t : t.substring(0, 117) + "...";
        }

        private int entityErrors(FieldGold g, List<LinkedMention> mentions) {
            Map<String, Integer> goldByForm = new HashMap<>();
            for (int i = 0; i < g.entities().size(); i++) {
                FieldGold.GoldEntity e = g.entities().get(i);
                goldByForm.putIfAbsent(form(e.name()), i);
                for (String f : e.forms()) {
                    goldByForm.putIfAbsent(form(f), i);
                }
            }
            Map<String, Entity> entities = new LinkedHashMap<>();
            Map<String, Set<Integer>> goldOf = new HashMap<>();
            Map<String, Set<String>> formsOf = new LinkedHashMap<>();
            for (LinkedMention m : mentions) {
                entities.putIfAbsent(m.entity().id(), m.entity());
                formsOf.computeIfAbsent(m.entity().id(), k -> new java.util.LinkedHashSet<>()).add(m.mention().text());
                Integer gi = goldByForm.get(form(m.mention().text()));
                Set<Integer> set = goldOf.computeIfAbsent(m.entity().id(), k -> new HashSet<>());
                if (gi != null) {
                    set.add(gi);
                }
            }
            int errors = 0;
            Map<Integer, Integer> systemPerGold = new HashMap<>();
            Map<Integer, List<String>> systemNamesPerGold = new HashMap<>();
            for (Map.Entry<String, Entity> e : entities.entrySet()) {
                Set<Integer> gs = goldOf.get(e.getKey());
                if (gs.isEmpty()) {
                    errors++; // not a named entity of the article
                    entityErrorsByClass.merge("not in gold " + e.getValue().type(), 1, Integer::sum);
                    error("entity not in gold", e.getValue().type() + " " + e.getValue().name() + " as " + formsOf.get(e.getKey()));
                    continue;
                }
                if (gs.size() > 1) {
                    errors += gs.size() - 1; // several gold entities merged
                    entityErrorsByClass.merge("merged", gs.size() - 1, Integer::sum);
                    error("entities merged", e.getValue().name() + " = " + gs.stream().map(i -> g.entities().get(i).name()).toList());
                }
                boolean typeRight = false;
                for (int gi : gs) {
                    systemPerGold.merge(gi, 1, Integer::sum);
                    systemNamesPerGold.computeIfAbsent(gi, k -> new ArrayList<>()).add(e.getValue().type() + " " + formsOf.get(e.getKey()));
                    typeRight |= e.getValue().type().name().equalsIgnoreCase(g.entities().get(gi).type());
                }
                if (!typeRight) {
                    errors++;
                    entityErrorsByClass.merge("type " + g.entities().get(gs.iterator().next()).type().toUpperCase(Locale.ROOT)
                            + " as " + e.getValue().type(), 1, Integer::sum);
                    error("entity type", e.getValue().name() + " is " + e.getValue().type() + ", gold " + g.entities().get(gs.iterator().next()).type()
                            + " as " + formsOf.get(e.getKey()));
                }
            }
            goldEntities += g.entities().size();
            goldEntitiesNamed += systemPerGold.size();
            for (int i = 0; i < g.entities().size(); i++) {
                if (!systemPerGold.containsKey(i)) {
                    FieldGold.GoldEntity missed = g.entities().get(i);
                    error("entity not named", missed.type() + " " + missed.name() + " as " + missed.forms());
                }
            }
            for (Map.Entry<Integer, Integer> n : systemPerGold.entrySet()) {
                if (n.getValue() > 1) {
                    errors += n.getValue() - 1; // one gold entity split
                    entityErrorsByClass.merge("split", n.getValue() - 1, Integer::sum);
                    error("entity split", g.entities().get(n.getKey()).name() + " into " + n.getValue() + ": " + systemNamesPerGold.get(n.getKey()));
                }
            }
            return errors;
        }

        private static String form(String s) {
            String f = s.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (f.endsWith("'s")) {
                f = f.substring(0, f.length() - 2);
            }
            return f.startsWith("the ") ? f.substring(4) : f;
        }

        private void dates(FieldGold g, List<DateExpression> found, java.time.LocalDate published, boolean dayRight) {
            List<FieldGold.GoldDate> valued = g.dates().stream().filter(d -> d.value() != null && d.text() != null).toList();
            int[] pair = datePairs(valued.stream().map(FieldGold.GoldDate::text).toList(), found.stream().map(DateExpression::text).toList());
            for (int k = 0; k < valued.size(); k++) {
                FieldGold.GoldDate d = valued.get(k);
                dates++;
                int[] form = datesByForm.computeIfAbsent(dateForm(d.text()) + (dayRight ? "" : ", publication day wrong"), f -> new int[3]);
                form[0]++;
                if (pair[k] >= 0 && sameValue(d.value(), found.get(pair[k]).value())) {
                    datesRight++;
                } else if (pair[k] < 0 && published != null && d.value().equals(published.toString()) && WITH_YEAR.matcher(d.text()).find()) {
                    datesRight++; // the page's dateline, which the extractor read as the publication day and left out of the text
                } else if (pair[k] >= 0) {
                    datesWrong++;
                    form[2]++;
                    error("date", "\"" + d.text() + "\": gold " + d.value() + ", got " + found.get(pair[k]).value());
                } else {
                    datesMissed++;
                    form[1]++;
                    error("date missed", "\"" + d.text() + "\": gold " + d.value());
                }
            }
        }

        void print(String prefix, Consumer<Figure> out) {
            out.accept(new Figure(prefix + " articles", articles));
            int quotedGold = 0;
            int quotedFound = 0;
            int quotedRight = 0;
            int allGold = 0;
            int allRight = 0;
            for (Map.Entry<String, int[]> e : byKind.entrySet()) {
                int[] k = e.getValue();
                out.accept(new Figure(prefix + " " + e.getKey() + " statements", k[0]));
                out.accept(new Figure(prefix + " " + e.getKey() + " found", share(k[1], k[0])));
                out.accept(new Figure(prefix + " " + e.getKey() + " speaker right of found", share(k[2], k[1])));
                if (!e.getKey().equals("reported")) {
                    quotedGold += k[0];
                    quotedFound += k[1];
                    quotedRight += k[2];
                }
                allGold += k[0];
                allRight += k[2];
            }
            out.accept(new Figure(prefix + " caption statements", captions[0]));
            out.accept(new Figure(prefix + " caption statements found", share(captions[1], captions[0])));
            out.accept(new Figure(prefix + " caption statements speaker right of found", share(captions[2], captions[1])));
            out.accept(new Figure(prefix + " direct+partial found", share(quotedFound, quotedGold)));
            out.accept(new Figure(prefix + " direct+partial speaker right of found", share(quotedRight, quotedFound)));
            out.accept(new Figure(prefix + " speaker right of all statements", share(allRight, allGold)));
            out.accept(new Figure(prefix + " statements found shown with a speaker", share(shown, found)));
            out.accept(new Figure(prefix + " speaker right of those shown", share(shownRight, shown)));
            byBasis.forEach((basis, b) -> out.accept(new Figure(prefix + " speaker right by basis " + basis.label()
                    + " (" + b[1] + " of " + b[0] + ")", share(b[1], b[0]))));
            out.accept(new Figure(prefix + " output that is no statement", share(outputUnmatched, output)));
            out.accept(new Figure(prefix + " output statements", output));
            out.accept(new Figure(prefix + " output shown as sure that is no statement", share(outputSureUnmatched, outputSure)));
            out.accept(new Figure(prefix + " output shown as sure", outputSure));
            outputByKind.forEach((kind, n) -> out.accept(new Figure(prefix + " output that is no statement " + kind
                    + " (" + n[1] + " of " + n[0] + ")", share(n[1], n[0]))));
            outputByBand.forEach((band, n) -> out.accept(new Figure(prefix + " output weighed " + band
                    + " that is no statement (" + n[1] + " of " + n[0] + ")", share(n[1], n[0]))));
            int reportedGold = byKind.get("reported")[0];
            byThreshold.forEach((t, n) -> {
                String at = prefix + " had the filter kept from " + t + " (after the run)";
                out.accept(new Figure(at + " reported found (" + n[0] + " of " + reportedGold + ")", share(n[0], reportedGold)));
                out.accept(new Figure(at + " reported speaker right of found", share(n[1], n[0])));
                out.accept(new Figure(at + " output that is no statement (" + n[3] + " of " + n[2] + ")", share(n[3], n[2])));
            });
            out.accept(new Figure(prefix + " entity errors per 1000 words", words == 0 ? 0 : 1000.0 * entityErrors / words));
            entityErrorsByClass.forEach((c, n) -> out.accept(new Figure(prefix + " entity errors " + c, n)));
            out.accept(new Figure(prefix + " gold entities named by the output", share(goldEntitiesNamed, goldEntities)));
            out.accept(new Figure(prefix + " dates right", share(datesRight, dates)));
            out.accept(new Figure(prefix + " dates", dates));
            out.accept(new Figure(prefix + " dates missed", datesMissed));
            out.accept(new Figure(prefix + " dates with another value", datesWrong));
            datesByForm.forEach((form, n) -> out.accept(new Figure(prefix + " dates " + form + " (" + n[0] + "), missed "
                    + n[1] + ", other value", n[2])));
            out.accept(new Figure(prefix + " dates right where the publication day is wrong (" + datesOffDayRight + " of "
                    + datesOffDay + ")", share(datesOffDayRight, datesOffDay)));
            out.accept(new Figure(prefix + " publication day right", share(publishedRight, published)));
            publishedBySource.forEach((source, n) -> out.accept(new Figure(prefix + " publication day right read from "
                    + source + " (" + n[0] + " of " + n[1] + ")", share(n[0], n[1]))));
            publishedByCollection.forEach((c, n) -> out.accept(new Figure(prefix + " publication day right in collection "
                    + c + " (" + n[0] + " of " + n[1] + ")", share(n[0], n[1]))));
            byCollection.forEach((c, n) -> printCollection(prefix + " in collection " + c + " (" + n.articles() + " articles)",
                    n, out));
        }

        static double share(int n, int of) {
            return of == 0 ? 0 : (double) n / of;
        }
    }
}
