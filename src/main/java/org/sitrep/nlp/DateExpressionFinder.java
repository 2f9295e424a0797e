package org.sitrep.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.CalendarWords;
import org.sitrep.core.DateExpression;
import org.sitrep.core.Span;

/**
 * Finds date expressions in English text and resolves them against the publication date.
 *
 * <p>Values are ISO-8601, partial where the text is ("2014-10" for "mid-October", "2014-SU" for "the summer",
 * "2012-W43" for "last week", "197X" for "the 1970s"). Without a publication date a date keeps only what the text
 * says ("November 12" gives "XXXX-11-12") and expressions relative to the day of writing ("yesterday") get
 * {@code null}: the machine's clock is never used. A date without a year, and a bare weekday, is the occurrence the
 * sentence's tense points to ({@link Tense}). Expressions relative to the story's own time ("the next day", "nine
 * days later") count from the last date the narrative named, and have a {@code null} value inside a quotation or when
 * no date came before.
 *
 * <p>Captions are read one by one, each on its own ({@link #findInCaptions}): a caption tells what a photograph
 * shows, and a photograph was taken before it was published, so there a date without a year, and a weekday, is the
 * last one up to the publication day, whatever the tense ("Delegates arrive for the talks on Tuesday").
 */
public final class DateExpressionFinder {
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![\\p{L}-])";
    private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:1[89]\\d\\d|20\\d\\d)";
    private static final String WEEKDAY = "(?:" + String.join("|", CalendarWords.DAYS) + ")";
    private static final String SEASON = "(?:summer|winter|spring|autumn|fall)";
    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    /** A count in figures or words up to ninety-nine ("Thirty-five years ago"); the longer words first. */
    private static final String COUNT = "(?:\\d{1,3}|an?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:" + UNITS
            + "))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" + UNITS + ")";

    /** Words that make what stands before "of" a part of a thing ("the last quarter of the century"), not of a sum. */
    private static final String OWNER = "(?:the|a|an|its|this|that|his|her|their|our)\\b";

    /**
     * What a weekday's possessive names when its apostrophe is lost ("Thursdays verdict"): an event or an act, which
     * a plural weekday ("on Thursdays", "Fridays and Saturdays") never stands before.
     */
    private static final String LOST_POSSESSIVE_NOUN = "\\s+(?:incidents?|attacks?|(?:air)?strikes?|bombings?|blasts?|explosions?|"
            + "shootings?|killings?|massacre|raids?|crash|clash(?:es)?|ambush|shelling|riots?|assassination|ruling|decision|verdict|"
            + "announcement|statement|remarks|comments)\\b";

    /**
     * Every date begins a word with a letter or digit; saying so before the alternatives lets the matcher pass over
     * every other position at once instead of trying each alternative there (twice as fast on the field corpus, same matches).
     */
    private static final Pattern PATTERN = Pattern.compile("\\b(?=[\\p{L}\\p{N}])(?:" + String.join("|",
            "(?<named>\\b9/11\\b(?!/))",
            "(?<holiday>\\b(?<hn>Christmas Day|Christmas Eve|New Year['’]s Day|New Year['’]s Eve|Easter Sunday|Easter Monday|Easter Day|Good Friday|Palm Sunday|Thanksgiving(?: Day)?(?!\\s+(?:weekend|week|holiday|season|dinner|meal|feast|turkey|parade)\\b))(?:,?\\s+(?<hy>" + YEAR + ")\\b)?)",
            // A feast named alone ("home for Christmas", "last Easter", "on Halloween"): a date where no noun it names
            // follows ("Christmas tree", "Easter Island", "Christmas market attack") and no greeting comes before it.
            "(?<feast>\\b(?<!(?i:merry|happy)\\s)(?:(?<fq>(?i:last|next|this))\\s+)?(?<fn>Christmas|Easter|Halloween|Valentine['’]s Day|Boxing Day)"
                    + "(?:,?\\s+(?<fy>" + YEAR + ")\\b|(?=\\s*(?:[.,;:!?)\"”’]|$)|\\s+(?:and|or|when|as|at|in|to|after|before|until|with|for|this|last|next"
                    + "|of|on|that|is|was|were|will|he|she|they|we|it|the|a)\\b)))",
            // "the third quarter", "third-quarter", "the 1988 second quarter", "the first quarter of 2015"; never a
            // quarter of something else ("the last quarter of the century") nor the fourth quarter of a town.
            "(?<quarter>\\b(?i:(?:the\\s+)?(?:(?<qy>" + YEAR + ")\\s+|(?<qa>year-ago|year-earlier)\\s+|(?<qr>last|next|this)\\s+year['’]s\\s+|fiscal\\s+)?(?<qn>first|second|third|fourth|final|last)"
                    + "[- ]quarter(?:\\s+of\\s+(?:(?:fiscal\\s+)?(?<qy2>" + YEAR + ")|(?<qr2>last|next|this|the)\\s+year))?)\\b(?!\\s+of\\s+" + OWNER + "|-(?=\\s)))",
            // "last quarter", "the current quarter", "the year-ago quarter", "the quarter", "the quarter a year ago": counted from
            // the publication day or from the last quarter the story named.
            "(?<qrel>\\b(?i:(?<qd>this|last|next|the(?: (?:current|latest|most recent|past|last|previous|prior|next|coming|following|same"
                    + "|year-ago|year-earlier|comparable))?) quarter(?<qago> a year (?:ago|earlier))?)\\b(?!\\s+of\\s+" + OWNER + "|-(?=\\s)))",
            // "the year-ago period", "year-earlier results": the time a result is compared with, a year back.
            "(?<yago>\\b(?i:(?:the\\s+)?year-(?:ago|earlier)(?:\\s+period)?)\\b(?!\\s+(?:[\\p{L}-]+\\s+)?quarter\\b))",
            // "the current fiscal year", "fiscal year 2014": a fiscal year is valued by the calendar year it is named by.
            "(?<fiscal>\\b(?i:(?<fd>the(?: (?:current|next|last|previous|coming|past))?|this|next|last) fiscal year(?:\\s+(?<fy1>" + YEAR
                    + "))?|fiscal(?: year)?\\s+(?<fy2>" + YEAR + "))\\b)",
            "(?<iso>\\b" + YEAR + "-[01]\\d-[0-3]\\d\\b)",
            "(?<num>(?<![\\d.,/:-])\\b(?<nd>[0-3]?\\d)(?<ns>[.-])(?<nm>[01]?\\d)\\k<ns>(?<ny>" + YEAR + ")(?![.,:/-]?\\d))",
            "(?<mdy>\\b(?:(?<w1>" + WEEKDAY + "),?\\s+)?(?<m1>" + MONTH + ")\\s+(?:the\\s+(?=\\d\\d?(?:st|nd|rd|th)))?(?<d1>" + DAY + ")(?:\\b(?:,?\\s*(?<y1>" + YEAR + ")\\b)?"
                    + "|(?<=\\s[0-3]\\d)(?<y5>" + YEAR + ")\\b))",
            "(?<dmy>\\b(?:(?<w2>" + WEEKDAY + "),?\\s+)?(?:the\\s+)?(?<d2>" + DAY + ")\\s+(?:of\\s+)?(?<m2>" + MONTH + ")(?:,?\\s+(?<y2>"
                    + YEAR + ")\\b)?)",
            // "will be in Saudi Arabia on the 15th": a day of the month the story is in, not "on the 15th floor".
            "(?<ord>(?<=\\b[Oo]n )the (?<od>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)\\b(?=\\s*(?:[.,;:)]|$)|\\s+(?:and|or|when|as|at|in|to|after|before|until|with|for)\\b))",
            "(?<part>\\b(?i:early|mid|late)[- ](?:(?<m3>" + MONTH + ")(?:,?\\s+(?<y3>" + YEAR + ")\\b)?|(?<py>" + YEAR + ")\\b))",
            "(?<my>\\b(?:(?<md>(?i:last|next|this))\\s+)?(?<m4>" + MONTH + ")(?:(?:,?\\s+|\\s+of\\s+)(?:(?<y4>" + YEAR + ")|(?<y4s>" + SpokenYears.PATTERN + "))\\b"
                    + "|\\s+(?:of\\s+)?(?<yr>(?i:last|this|next))\\s+year\\b)?)",
            // "the following Monday", "the previous Friday": counted from the story's last day, not the day of writing.
            "(?<wd>\\b(?:(?<wa>(?i:the (?:following|previous)))\\s+|(?<wq>(?i:last|next))\\s+)?(?<w>" + WEEKDAY + ")(?:(?<ws>s)(?=" + LOST_POSSESSIVE_NOUN + "))?\\b)",
            "(?<wkend>\\b(?:(?<wkq>(?i:this|last|past|next|the))\\s+)?(?i:weekend)\\b(?!['’]s\\s+edition|\\s+edition))",
            // "the day after tomorrow" before "the day after" (anchored) and "tomorrow" take its words apart.
            "(?<rel>\\b(?i:(?:the day )?after tomorrow(?!['’]s)|(?:the day )?before yesterday(?!['’]s)|yesterday|today|tonight|tomorrow"
                    + "|this (?:morning|afternoon|evening)|last night)\\b)",
            "(?<per>\\b(?i:(?:earlier |later )?(?<pw>last|this|next) (?<pu>week|month|year))\\b)",
            "(?<end>\\b(?i:the (?:end|beginning|start) of (?:the|this) (?<eu>month|year)|year['’]s end)\\b)",
            "(?<ago>\\b(?i:(?<an>" + COUNT + ") (?<au>hour|day|week|month|year|decade)s? (?<ad>ago|from now|hence))\\b)",
            "(?<later>\\b(?i:(?<ln>" + COUNT + ") (?<lu>hour|day|week|month|year)s? (?<ld>later|earlier))\\b)",
            // "three months after appeal judges acquitted ...": the day of what follows, counted back from the story's.
            "(?<apart>\\b(?i:(?<xn>" + COUNT + ") (?<xu>day|week|month|year)s? (?<xd>after|before))\\b(?=\\s+(?!(?:" + MONTH + "|" + WEEKDAY
                    + "|" + YEAR + ")\\b)\\p{L}))",
            "(?<season>\\b(?i:(?<sd>the|this|last|next) (?<s1>" + SEASON + ")(?: of (?<sy1>" + YEAR + "))?|(?<s2>"
                    + SEASON + ")(?: of)? (?<sy2>" + YEAR + "))\\b)",
            // "the 1940's": with an apostrophe a decade only after a word that takes one, not a year's possessive ("1990's budget").
            "(?<decade>\\b(?:the )?(?<dc>(?:1[89]|20)\\d)0(?:s|(?<=\\b(?:the|early|mid|late)[ -]\\d{4})['’]s)\\b)",
            // "the '90s", "the mid-80s", "the nineties": a decade written without its century, after "the" or an
            // apostrophe, never "in their 80s" (an age) nor "in the 90s" without "the".
            "(?<decade2>\\b(?:(?i:the)\\s+(?:(?i:early|mid|late)[- ])?[‘'’]?|(?i:early|mid|late)-[‘'’]?|(?<=[‘'’]))(?<dd>[1-9])0[‘'’]?s\\b"
                    + "|\\b(?i:the)\\s+(?:(?i:early|mid|late)[- ])?(?<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\\b)",
            "(?<span>(?<![\\d$£€#.,/:-])\\b(?<sy>" + YEAR + ")[-–/](?<se>\\d\\d|" + YEAR + ")\\b(?![.,:/-]?\\d))",
            "(?<year>(?<![\\d$£€#.,/:-])\\b" + YEAR + "\\b(?![.,:/-]?\\d))",
            // "in nineteen seventy-nine": a year as a broadcast transcript writes it; not "nineteen twenty-year-olds".
            "(?<spoken>\\b" + SpokenYears.PATTERN + "\\b(?!-))",
            // "later that month", "earlier in the year", "the same day": the story's last date, at the unit named.
            "(?<anchored>\\b(?i:the (?:next|following|previous) (?:day|morning|night|evening)|the day (?:before|after)"
                    + "|the (?:night|evening|morning) before|the (?:following|previous) (?:week|month|year)|(?:(?:earlier|later|late|early) )?(?:that|the) same (?:day|morning|afternoon|evening|night|week|month|year)"
                    + "|(?:(?:earlier|later|late|early) )?that (?:day|morning|afternoon|evening|night|week|month|year)"
                    + "|(?:earlier|later) in the (?:day|month|year))\\b)") + ")");

    /** A bare month is a date after these words ("in May", "last October"), not the modal verb "May". */
    private static final Pattern MONTH_AFTER = Pattern.compile("(?i)\\b(?:in|since|until|till|by|for|from|during|of|through|to|and|or|"
            + "between|around|early|late|before|after|the|an?|last|next|this|that|each|every|until)\\s+$");
    /** ... or before the name of what happened in it ("the August election"). */
    private static final Pattern MONTH_BEFORE = Pattern.compile("^\\s+(?:elections?|vote|polls?|attacks?|offensive|uprising|"
            + "revolution|coup|ceasefire|cease-fire|war|talks|summit|meeting|massacre|storming|bombings?|raids?|strikes?|deal|agreement)\\b");
    /** Counted things a four-digit number stands before when it is no year ("2000 troops"). */
    private static final Pattern QUANTITY_AFTER = Pattern.compile("^\\s+(?:people|persons|troops|soldiers|men|women|children|civilians|"
            + "fighters|militants|rebels|refugees|migrants|deaths|dead|casualties|prisoners|detainees|hostages|families|homes|houses|"
            + "buildings|km|kilometers|kilometres|miles|meters|metres|feet|tons|tonnes|dollars|euros|pounds|rounds|rockets|"
            + "missiles|shells|bombs|hours|GMT|UTC|names|pages|words|votes|members|residents|students|workers|officers|police|"
            + "vehicles|tanks|aircraft|sorties)\\b");
    private static final Pattern QUANTITY_BEFORE = Pattern.compile("(?i)\\b(?:about|some|nearly|almost|over|than|least|around|"
            + "approximately|roughly|only|just|number|No\\.?|page|room|flight|route|highway|resolution)\\s+$");
    /**
     * A document's number before a bracketed year ("UNSCR 2118 (2013)", "Resolution 2254 (2015)"): the year is the one
     * the document was issued in, part of its name, not a time the text speaks of.
     */
    private static final Pattern NUMBERED_DOCUMENT_BEFORE = Pattern.compile("\\d\\s*\\(\\s*$");
    private static final Pattern CLOSING_BRACKET_AFTER = Pattern.compile("^\\s*\\)");
    /** A copyright line's year ("© Copyright 2007 Reuters") is the page's, not a date the article speaks of. */
    private static final Pattern COPYRIGHT_BEFORE = Pattern.compile("(?i)(?:©|\\(c\\)|copyright)\\s*(?:" + YEAR + "\\s*[-–]\\s*)?$");
    /**
     * "since" before a day in a past clause: a day that has passed ("fighting has raged since June 2"), never a deadline
     * still to come ("the offer was extended to Nov. 20").
     */
    private static final Pattern ON_THE_DAY_BEFORE = Pattern.compile("(?i)\\bsince\\s+$");
    /** Days the news names by a short form: "9/11", "the Sept. 11 attacks", "the Oct. 7 massacre". */
    private static final Pattern EVENT_AFTER = Pattern.compile("^\\s*(?:attacks?|terror(?:ist)? attacks?|hijackings?|massacre|assault|"
            + "commission|era|plot|mastermind|hijackers?|plotters?|attackers|victims)\\b");
    /**
     * ... or after a word that recalls it ("a common refrain after Sept. 11", "since September 11"), in a clause that does
     * not look ahead ("until after Sept. 11" in a sentence of what will be is that year's day).
     */
    private static final Pattern EVENT_BEFORE = Pattern.compile("(?i)\\b(?:since|after|before|post-|pre-)\\s*$");
    private static final List<LocalDate> NAMED_EVENTS = List.of(LocalDate.of(2001, 9, 11), LocalDate.of(2023, 10, 7));
    /** "a better tomorrow", "the world of today": tomorrow and today as nouns. */
    private static final Pattern NOUN_BEFORE = Pattern.compile("(?i)\\b(?:a|the|better|brighter|our|their|your|of)\\s+$");
    private static final Set<String> NOUN_DAYS = Set.of("today", "tomorrow");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]s\\s+\\p{L}");

    private static final Pattern SAYING_BEFORE = Pattern.compile("\\b(?:said|says|told|reported|announced|quoted|added|stated|declared)"
            + "(?:\\s+(?:on|late|early|in a statement on))?\\s+$");
    private static final Pattern SAYING_AFTER = Pattern.compile("^,?\\s+(?:said|says|told|reported|announced)\\b");
    private static final DateExpressionFinder CAPTIONS = new DateExpressionFinder(Tense.PAST);

    /** The tense every date is read in, or {@code null} to judge it by the sentence around each date. */
    private final Tense tense;

    /** A finder for the article's text, reading each sentence's tense. */
    public DateExpressionFinder() {
        this(null);
    }

    private DateExpressionFinder(Tense tense) {
        this.tense = tense;
    }

    /** Returns the date expressions of {@code text} in text order, empty if none; {@code published} may be null. */
    public List<DateExpression> find(String text, LocalDate published) {
        return find(text, published, true);
    }

    /**
     * As {@link #find(String, LocalDate)}, for an article whose publication day is unknown but whose month is known
     * ({@code month}, may be null): dates are read as of the month's last day, since news tells mostly of what has
     * passed, and those counted from the day of writing ("yesterday", "on Tuesday", "last week") get {@code null}.
     */
    public List<DateExpression> find(String text, LocalDate published, YearMonth month) {
        return published != null || month == null ? find(text, published) : find(text, month.atEndOfMonth(), false);
    }

    private List<DateExpression> find(String text, LocalDate published, boolean dayKnown) {
        List<DateExpression> found = new ArrayList<>();
        Narrative story = new Narrative(published);
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            if (isDate(m, text) && !isQuarterOfATown(m, story)) {
                String value = dayKnown || !countsFromTheDay(m) ? value(m, text, story) : null;
                // "up from $100 million a year earlier" compares the story's quarter with the one a year back: the
                // story stays in its quarter, from which the next "a year earlier" counts again.
                if (movesTheStory(m) && !(m.group("later") != null && value != null && (RelativeDates.isQuarter(value)
                        || isComparedFigure(text, m.start())))) {
                    story.named(value, m.group("mdy") != null || m.group("dmy") != null || m.group("iso") != null
                        || m.group("num") != null);
                }
                if (isQuarterOfWriting(m) && m.group("qago") == null) {
                    // "fell 59% in the latest quarter, compared with $6.1 million a year ago": the story has come
                    // to the quarter counted from the day of writing, from which "a year ago" counts.
                    story.named(value, false);
                }
                if (m.group("wd") != null && m.group("wa") == null || m.group("rel") != null) {
                    story.countedFromWriting(value);
                }
                found.add(new DateExpression(new Span(m.start(), m.end()), m.group(), value));
            }
        }
        return found;
    }

    /** The quarters "this", "the current", "last", "the latest", "the most recent" and "the past" name: counted from the day of writing. */
    private static final Set<String> QUARTERS_OF_WRITING = Set.of("this", "the current", "last", "the last", "the latest",
            "the most recent", "the past");

    /** Whether the words name a quarter counted from the day of writing, not from the story's last quarter. */
    private static boolean isQuarterOfWriting(Matcher m) {
        return m.group("qrel") != null && QUARTERS_OF_WRITING.contains(m.group("qd").toLowerCase(Locale.ROOT));
    }

    /**
     * A figure compared with the one of a time before: "profit soared to $155 million from $99 million", "up 5% compared
     * with".
     */
    private static final Pattern COMPARED_FIGURE = Pattern.compile("(?i)\\d[\\d.,]*%?(?:\\s+(?:million|billion|percent|a share|cents?))*"
            + "(?:\\s+(?:from|than|compared with|versus|against)\\s+\\S*\\d[\\d.,]*%?(?:\\s+(?:million|billion|percent|a share|cents?))*"
            + "|\\s+(?:from|than|compared with|versus|against))[,\\s]*$");
    /** Characters before "a year earlier" searched for {@link #COMPARED_FIGURE}. */
    private static final int COMPARED_FIGURE_CHARS = 60;

    /**
     * Whether "a year earlier" at {@code begin} follows a figure set against the one of that time ("up from $100 million
     * a year earlier"): it dates the figure compared with, as "the year-ago period" does, while the story stays in its
     * own time ("a delay earlier in the year" is still the story's year).
     */
    private static boolean isComparedFigure(String text, int begin) {
        return COMPARED_FIGURE.matcher(text.substring(Math.max(0, begin - COMPARED_FIGURE_CHARS), begin)).find();
    }

    /**
     * Whether the words are "the quarter" or "the same quarter" in a story that has named no quarter of a year: there
     * they are a town's ("residents of the quarter"), not a time's.
     */
    private static boolean isQuarterOfATown(Matcher m, Narrative story) {
        if (m.group("qrel") == null) {
            return false;
        }
        String d = m.group("qd").toLowerCase(Locale.ROOT);
        return (d.equals("the") || d.equals("the same")) && story.quarter(0) == null;
    }

    /**
     * Whether the expression counts from the day of writing at a precision finer than its month: "today", a weekday
     * without its date, "last week", "three days ago".
     */
    private static boolean countsFromTheDay(Matcher m) {
        return m.group("rel") != null || m.group("wd") != null && m.group("wa") == null || m.group("wkend") != null
                || m.group("per") != null && m.group("pu").equalsIgnoreCase("week")
                || m.group("ago") != null && m.group("au").toLowerCase(Locale.ROOT).matches("hour|day|week");
    }

    /**
     * Returns the date expressions of the captions, caption by caption in text order, each with its caption's number
     * and offsets into that caption; empty if none. {@code published} may be null.
     */
    public List<DateExpression> findInCaptions(List<String> captions, LocalDate published) {
        List<DateExpression> found = new ArrayList<>();
        for (int i = 0; i < captions.size(); i++) {
            for (DateExpression d : CAPTIONS.find(captions.get(i), published)) {
                found.add(new DateExpression(d.span(), d.text(), d.value(), i));
            }
        }
        return found;
    }

    /**
     * Whether the date sets the story's time for "the next day": the dates of its events do; those counted from the
     * day of writing ("today", "a year ago"), a well-known day recalled ("9/11", "Christmas Day 2009"), a decade, and
     * "the day after" an event (whose words name the event, not the story's day) do not.
     */
    private static boolean movesTheStory(Matcher m) {
        return m.group("rel") == null && m.group("qrel") == null && m.group("yago") == null && (m.group("fiscal") == null || m.group("fd") == null) && m.group("per") == null && m.group("wkend") == null && m.group("end") == null && m.group("ago") == null
                && m.group("apart") == null
                && m.group("named") == null
                && m.group("holiday") == null && m.group("feast") == null && m.group("decade") == null && m.group("decade2") == null
                && (m.group("anchored") == null || !m.group().toLowerCase(Locale.ROOT).startsWith("the day "));
    }

    /** Whether a match that may be no date (a bare month, year, "today") is one here. */
    private static boolean isDate(Matcher m, String text) {
        String before = text.substring(Math.max(0, m.start() - 30), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
        if (m.group("my") != null) {
            return m.group("md") != null || m.group("y4") != null || m.group("y4s") != null || m.group("yr") != null || MONTH_AFTER.matcher(before).find()
                    || MONTH_BEFORE.matcher(after).find();
        }
        if (m.group("year") != null || m.group("spoken") != null) {
            return !QUANTITY_AFTER.matcher(after).find() && !QUANTITY_BEFORE.matcher(before).find()
                    && !COPYRIGHT_BEFORE.matcher(before).find()
                    && !(NUMBERED_DOCUMENT_BEFORE.matcher(before).find() && CLOSING_BRACKET_AFTER.matcher(after).find());
        }
        if (m.group("span") != null) {
            return yearSpan(m.group("sy"), m.group("se")) != null && !COPYRIGHT_BEFORE.matcher(before).find();
        }
        if (m.group("rel") != null && NOUN_DAYS.contains(m.group("rel").toLowerCase(Locale.ROOT))) {
            // "of today's terrible attack": the possessive dates what follows, whatever comes before.
            return !NOUN_BEFORE.matcher(before).find() || POSSESSIVE_AFTER.matcher(after).find();
        }
        return true;
    }

    private String value(Matcher m, String text, Narrative story) {
        LocalDate published = story.published();
        if (m.group("named") != null) {
            return NAMED_EVENTS.get(0).toString();
        }
        if (m.group("holiday") != null) {
            return holiday(m, text, published);
        }
        if (m.group("feast") != null) {
            return feast(m, text, published);
        }
        if (m.group("quarter") != null) {
            return quarter(m, text, story);
        }
        if (m.group("qrel") != null) {
            String quarter = published == null ? null : relativeQuarter(m.group("qd").toLowerCase(Locale.ROOT), published, story);
            // "the quarter a year ago": results compared with the same quarter a year back.
            return m.group("qago") == null ? quarter : RelativeDates.quarterFrom(quarter, -RelativeDates.QUARTERS_A_YEAR);
        }
        if (m.group("fiscal") != null) {
            return fiscalYear(m, published);
        }
        if (m.group("yago") != null) {
            return yearAgo(published, story, published == null ? null : Integer.toString(published.getYear() - 1));
        }
        if (m.group("iso") != null) {
            return m.group("iso");
        }
        if (m.group("num") != null) {
            return numeric(m);
        }
        if (m.group("mdy") != null || m.group("dmy") != null) {
            return dayOfMonth(m, text, published, story);
        }
        if (m.group("part") != null) {
            return m.group("py") != null ? m.group("py") : yearMonth(CalendarWords.month(m.group("m3")), m.group("y3"), null, m, text, published);
        }
        if (m.group("my") != null && m.group("yr") != null) {
            return published == null ? null : YearMonth.of(Integer.parseInt(RelativeDates.period(m.group("yr").toLowerCase(Locale.ROOT), "year", published)),
                    CalendarWords.month(m.group("m4"))).toString();
        }
        if (m.group("my") != null) {
            String written = m.group("y4s") != null ? SpokenYears.value(m.group("y4s")).toString() : m.group("y4");
            String year = written == null && m.group("md") == null ? earlierYear(story) : written;
            return yearMonth(CalendarWords.month(m.group("m4")), year, m.group("md"), m, text, published);
        }
        if (m.group("wd") != null) {
            return weekday(DayOfWeek.valueOf(m.group("w").toUpperCase(Locale.ROOT)), m.group("wq"), m, text, story);
        }
        if (m.group("wkend") != null) {
            return published == null ? null : weekend(m.group("wkq"), m, text, published);
        }
        if (m.group("rel") != null) {
            LocalDate said = SayingDay.of(text, m.start(), published);
            return RelativeDates.day(m.group("rel").toLowerCase(Locale.ROOT), said != null ? said : published);
        }
        if (m.group("end") != null) {
            return RelativeDates.period("this", m.group("eu") == null ? "year" : m.group("eu").toLowerCase(Locale.ROOT), published);
        }
        if (m.group("per") != null) {
            return RelativeDates.period(m.group("pw").toLowerCase(Locale.ROOT), m.group("pu").toLowerCase(Locale.ROOT), published);
        }
        if (m.group("ago") != null) {
            Integer count = RelativeDates.count(m.group("an"));
            boolean ahead = !m.group("ad").equalsIgnoreCase("ago");
            String unit = m.group("au").toLowerCase(Locale.ROOT);
            String ago = RelativeDates.ago(count == null || !ahead ? count : -count, unit, published);
            return !ahead && unit.equals("year") && Integer.valueOf(1).equals(count) ? yearAgo(published, story, ago) : ago;
        }
        if (m.group("ord") != null) {
            return Quotation.encloses(text, m.start()) ? null : story.dayOfMonth(Integer.parseInt(m.group("od")));
        }
        if (m.group("apart") != null) {
            return Quotation.encloses(text, m.start()) ? null : apart(m, story);
        }
        if (m.group("later") != null) {
            return Quotation.encloses(text, m.start()) ? null
                    : story.later(signed(RelativeDates.count(m.group("ln")), m.group("ld")), m.group("lu").toLowerCase(Locale.ROOT));
        }
        if (m.group("season") != null) {
            return Seasons.value(m, published);
        }
        if (m.group("decade") != null) {
            return m.group("dc") + "X";
        }
        if (m.group("decade2") != null) {
            return decadeOfCentury(m.group("dd") != null ? m.group("dd").charAt(0) - '0' : SPOKEN_DECADES.indexOf(m.group("dw").toLowerCase(Locale.ROOT)) + 2, published);
        }
        if (m.group("span") != null) {
            return yearSpan(m.group("sy"), m.group("se"));
        }
        if (m.group("year") != null) {
            return m.group();
        }
        if (m.group("spoken") != null) {
            return SpokenYears.value(m.group()).toString();
        }
        if (Quotation.encloses(text, m.start()) || m.group().regionMatches(true, 0, "the day ", 0, "the day ".length())
                && EVENT_BY_NAME_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60))).find()) {
            return null;
        }
        return story.anchored(m.group().toLowerCase(Locale.ROOT));
    }

    /**
     * An event named by its name alone after "the day after" ("as Churchill commented the day after Pearl Harbor,"):
     * capitalised words up to a stop, with no verb that would tell of the story's own moment ("the day after Obama
     * won"). Its day is the event's, which the words do not give, not the day after the story's last date.
     */
    private static final Pattern EVENT_BY_NAME_AFTER = Pattern.compile("^\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]*"
            + "(?=\\s*(?:[,;:!?)\"”]|\\.(?:\\s|$)|$))");

    /**
     * The ISO week of the weekend the words name, as the field guide values "a tense weekend standoff": "last weekend"
     * the one before the publication day, "next weekend" the one after it, "this weekend", "the weekend" and a bare
     * "weekend" the one the clause's tense points to (ahead only in a future clause; a Sunday's own weekend either way).
     */
    private String weekend(String determiner, Matcher m, String text, LocalDate published) {
        String d = determiner == null ? "" : determiner.toLowerCase(Locale.ROOT);
        boolean ahead = d.equals("next") || !d.equals("last") && !d.equals("past") && tense(m, text) == Tense.FUTURE;
        LocalDate saturday = ahead
                ? published.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                : published.minusDays(1).with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        if (ahead && published.getDayOfWeek() == DayOfWeek.SUNDAY && !d.equals("next")) {
            saturday = published.minusDays(1);
        }
        boolean before = d.equals("last") || d.equals("past");
        if (!ahead && published.getDayOfWeek() == DayOfWeek.SUNDAY && before) {
            saturday = published.minusDays(8);
        }
        if (!ahead && published.getDayOfWeek() == DayOfWeek.SATURDAY && !before) {
            saturday = published;
        }
        return RelativeDates.week(saturday);
    }

    /**
     * "a day after government forces said ...", "two weeks before the vote": the date of the event the words lead to,
     * that many units before (after "after") or after (after "before") the last date the story named, or the
     * publication day when it named none; {@code null} when neither is known.
     */
    private static String apart(Matcher m, Narrative story) {
        Integer count = RelativeDates.count(m.group("xn"));
        String unit = m.group("xu").toLowerCase(Locale.ROOT);
        Integer back = count == null ? null : m.group("xd").equalsIgnoreCase("after") ? count : -count;
        String value = story.later(back == null ? null : -back, unit);
        return value != null || story.namedAny() ? value : RelativeDates.ago(back, unit, story.published());
    }

    /**
     * "a year ago", "the year-ago period" in a story that has named a quarter: the quarter a year before it, as results
     * are compared ("third-quarter profit grew 19% from a year ago" is the third quarter of the year before); else
     * {@code otherwise}, and {@code null} without a publication day.
     */
    private static String yearAgo(LocalDate published, Narrative story, String otherwise) {
        String quarter = story.quarter(-RelativeDates.QUARTERS_A_YEAR);
        return published == null ? null : quarter != null ? quarter : otherwise;
    }

    private static final List<String> QUARTERS = List.of("first", "second", "third", "fourth");

    /**
     * "the third quarter" (as "2014-Q3"), "the final quarter" the fourth: of the year written ("of 2015", "next year's"),
     * else the one the clause's tense points to ({@link YearlessDates#quarter}); "the last quarter" without a year is
     * the one before the publication day's. {@code null} when no year is known.
     */
    private String quarter(Matcher m, String text, Narrative story) {
        String name = m.group("qn").toLowerCase(Locale.ROOT);
        String written = m.group("qy") != null ? m.group("qy") : m.group("qy2");
        String relative = m.group("qr") != null ? m.group("qr") : m.group("qr2");
        LocalDate published = story.published();
        if (written == null && relative != null && published != null) {
            written = relative.equalsIgnoreCase("the") ? Integer.toString(published.getYear())
                    : RelativeDates.period(relative.toLowerCase(Locale.ROOT), "year", published);
        }
        if (name.equals("last") && written == null) {
            return published == null ? null : relativeQuarter("last", published, story);
        }
        int q = name.equals("final") || name.equals("last") ? QUARTERS.size() : QUARTERS.indexOf(name) + 1;
        if (written != null) {
            return written + "-Q" + q;
        }
        if (published == null) {
            return "XXXX-Q" + q;
        }
        String quarter = YearlessDates.quarter(q, tense(m, text), published);
        // "the year-ago third quarter": the one a year before the quarter the words would name alone.
        return m.group("qa") == null ? quarter : RelativeDates.quarterFrom(quarter, -RelativeDates.QUARTERS_A_YEAR);
    }

    /**
     * "this quarter" and "the current quarter" the publication day's, "last quarter" and "the latest quarter" the one
     * before it, "next quarter" the one after; "the quarter", "the previous quarter" and "the year-ago quarter" count from
     * the last quarter the story named ("the third quarter ... the year-ago quarter" is the third of the year before),
     * else from the publication day's last; {@code null} when they count from a quarter the story has not named.
     */
    private static String relativeQuarter(String determiner, LocalDate published, Narrative story) {
        String current = RelativeDates.quarterOf(published);
        String latest = RelativeDates.quarterFrom(current, -1);
        return switch (determiner) {
            case "this", "the current" -> current;
            case "last", "the last", "the latest", "the most recent", "the past" -> latest;
            case "next", "the next", "the coming" -> RelativeDates.quarterFrom(current, 1);
            case "the previous", "the prior" -> story.quarter(0) != null ? story.quarter(-1) : latest;
            case "the following" -> story.quarter(1);
            case "the year-ago", "the year-earlier", "the comparable" ->
                    RelativeDates.quarterFrom(story.quarter(0) != null ? story.quarter(0) : latest, -RelativeDates.QUARTERS_A_YEAR);
            default -> story.quarter(0);
        };
    }

    /**
     * "fiscal 2014" and "fiscal year 2014" the year written; "the fiscal year" and "the current fiscal year" the
     * publication day's, "next fiscal year" the one after, "last fiscal year" the one before. {@code null} without a
     * year written or a publication day.
     */
    private static String fiscalYear(Matcher m, LocalDate published) {
        String written = m.group("fy1") != null ? m.group("fy1") : m.group("fy2");
        if (written != null || published == null) {
            return written;
        }
        String d = m.group("fd").toLowerCase(Locale.ROOT);
        String which = d.endsWith("next") || d.endsWith("coming") ? "next"
                : d.endsWith("last") || d.endsWith("previous") || d.endsWith("past") ? "last" : "this";
        return RelativeDates.period(which, "year", published);
    }

    /** A span of years names at most this many: "1982-83", "2003-2005"; "2014-10" is no span. */
    private static final int MAX_SPAN_YEARS = 10;

    /**
     * "1982-83" and "2003-2005" as an ISO interval of years ("1982/1983"), as seasons and fiscal years are written;
     * {@code null} when the second year is not after the first, or too far after it for a span.
     */
    private static String yearSpan(String first, String second) {
        int from = Integer.parseInt(first);
        int to = second.length() == 2 ? from - from % 100 + Integer.parseInt(second) : Integer.parseInt(second);
        return to > from && to - from <= MAX_SPAN_YEARS ? from + "/" + to : null;
    }

    /** The count of "nine days later", negative for "two years earlier"; {@code null} when the words give no number. */
    private static Integer signed(Integer count, String direction) {
        return count == null || !direction.equalsIgnoreCase("earlier") ? count : -count;
    }

    /**
     * "26.12.2014", "07-08-2013": with dots or dashes the day comes first (the order of most of the world; the US
     * writes its month first with slashes, which are left alone as ambiguous); null when no such day exists.
     */
    private static String numeric(Matcher m) {
        int day = Integer.parseInt(m.group("nd"));
        int month = Integer.parseInt(m.group("nm"));
        int year = Integer.parseInt(m.group("ny"));
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day).toString();
    }

    private static int day(String text) {
        return Integer.parseInt(text.replaceAll("\\D", ""));
    }

    /**
     * In a caption, the year of the last date it named when that is before the publication's: a caption tells of one
     * moment, so "election was held on October 9, 2004, and Karzai was sworn in as president in December" is 2004's
     * December; {@code null} in the article's text, and when the caption named no earlier year.
     */
    private String earlierYear(Narrative story) {
        // Not in the article's text: there a year named in passing ("dating to 1994. In January, ...") sets no moment.
        Integer year = tense == null || story.published() == null ? null : story.year();
        return year == null || year >= story.published().getYear() ? null : Integer.toString(year);
    }

    private String dayOfMonth(Matcher m, String text, LocalDate published, Narrative story) {
        boolean mdy = m.group("mdy") != null;
        Month month = CalendarWords.month(m.group(mdy ? "m1" : "m2"));
        int day = day(m.group(mdy ? "d1" : "d2"));
        String year = mdy && m.group("y5") != null ? m.group("y5") : m.group(mdy ? "y1" : "y2");
        if (year == null && published != null) {
            year = earlierYear(story);
        }
        if (year == null && published != null) {
            LocalDate event = namedEvent(month, day, text, m, published);
            if (event != null) {
                return event.toString();
            }
            String weekday = m.group(mdy ? "w1" : "w2");
            LocalDate agreeing = weekday == null || day > month.maxLength() ? null
                    : YearlessDates.dayOnWeekday(MonthDay.of(month, day), DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT)), published);
            if (agreeing != null) {
                return agreeing.toString();
            }
        }
        return monthDay(month, day, year, m, text, published);
    }

    /**
     * The day of a well-known event the words name by its month and day ("the Sept. 11 attacks", "since Sept. 11"), or
     * null. A past clause recalls the event too when this year's day is still to come ("the reaction to Sept. 11 has
     * been ..." written two days before it): there the calendar would take the coming day for a deadline; a past
     * clause after this year's day speaks of this year's ("on Oct. 7 thousands marched", an anniversary).
     */
    private LocalDate namedEvent(Month month, int day, String text, Matcher m, LocalDate published) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
        String before = text.substring(Math.max(0, m.start() - 12), m.start());
        Tense tense = tense(m, text);
        boolean recalled = tense == Tense.PAST && MonthDay.of(month, day).isValidYear(published.getYear())
                && MonthDay.of(month, day).atYear(published.getYear()).isAfter(published);
        if (!EVENT_AFTER.matcher(after).find() && !(EVENT_BEFORE.matcher(before).find() && tense != Tense.FUTURE) && !recalled) {
            return null;
        }
        for (LocalDate event : NAMED_EVENTS) {
            if (event.getMonth() == month && event.getDayOfMonth() == day && event.isBefore(published)) {
                return event;
            }
        }
        return null;
    }

    private String holiday(Matcher m, String text, LocalDate published) {
        String name = m.group("hn").toLowerCase(Locale.ROOT);
        if (name.startsWith("easter") || name.startsWith("good") || name.startsWith("palm")) {
            return easter(name, m, text, published);
        }
        if (name.startsWith("thanksgiving")) {
            return movingDay(Thanksgiving::day, m, text, published);
        }
        Month month = name.startsWith("new year") && name.endsWith("day") ? Month.JANUARY : Month.DECEMBER;
        int day = name.startsWith("christmas") ? (name.endsWith("day") ? 25 : 24) : (name.endsWith("day") ? 1 : 31);
        return monthDay(month, day, m.group("hy"), m, text, published);
    }

    private static final List<String> SPOKEN_DECADES = List.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
            "eighties", "nineties");

    /**
     * The decade a writer means by its tens alone ("the '90s" is 199X): the latest one not after the publication year, in
     * this century or the last; the last century's without a publication day.
     */
    private static String decadeOfCentury(int tens, LocalDate published) {
        int thisCentury = 2000 + tens * 10;
        return (published != null && thisCentury <= published.getYear() ? "20" : "19") + tens + "X";
    }

    /**
     * A feast named alone: the one of the year written; "last Christmas" the latest before the publication day, "next
     * Christmas" the first after it, "this Christmas" the one of its year; else the one the clause's tense points to.
     * {@code null} without a year or a publication day.
     */
    private String feast(Matcher m, String text, LocalDate published) {
        String name = m.group("fn").toLowerCase(Locale.ROOT);
        IntFunction<LocalDate> dayIn = name.equals("easter") ? Easter::sunday
                : name.equals("christmas") ? y -> LocalDate.of(y, Month.DECEMBER, 25)
                : name.equals("halloween") ? y -> LocalDate.of(y, Month.OCTOBER, 31)
                : name.startsWith("boxing") ? y -> LocalDate.of(y, Month.DECEMBER, 26)
                : y -> LocalDate.of(y, Month.FEBRUARY, 14);
        if (m.group("fy") != null) {
            return dayIn.apply(Integer.parseInt(m.group("fy"))).toString();
        }
        if (published == null) {
            return null;
        }
        String q = m.group("fq") == null ? "" : m.group("fq").toLowerCase(Locale.ROOT);
        int year = published.getYear();
        return switch (q) {
            case "last" -> (dayIn.apply(year).isBefore(published) ? dayIn.apply(year) : dayIn.apply(year - 1)).toString();
            case "next" -> (dayIn.apply(year).isAfter(published) ? dayIn.apply(year) : dayIn.apply(year + 1)).toString();
            case "this" -> dayIn.apply(year).toString();
            default -> YearlessDates.movingDay(dayIn, tense(m, text), published).toString();
        };
    }

    /**
     * Palm Sunday, Good Friday, Easter Sunday or Easter Monday of the year written, else the one the clause's tense points to; a
     * partial value "XXXX" is no use for a day that moves, so {@code null} without a year or a publication day.
     */
    private String easter(String name, Matcher m, String text, LocalDate published) {
        int shift = name.startsWith("palm") ? -DAYS_A_WEEK : name.startsWith("good") ? -2 : name.endsWith("monday") ? 1 : 0;
        return movingDay(y -> Easter.sunday(y).plusDays(shift), m, text, published);
    }

    /**
     * A feast whose calendar day moves, given as its day in each year: that of the year written, else the one the
     * clause's tense points to; {@code null} without a year or a publication day.
     */
    private String movingDay(IntFunction<LocalDate> dayIn, Matcher m, String text, LocalDate published) {
        if (m.group("hy") != null) {
            return dayIn.apply(Integer.parseInt(m.group("hy"))).toString();
        }
        return published == null ? null : YearlessDates.movingDay(dayIn, tense(m, text), published).toString();
    }

    private static final int DAYS_A_WEEK = 7;

    private String monthDay(Month month, int day, String year, Matcher m, String text, LocalDate published) {
        if (day > month.maxLength()) {
            return null;
        }
        if (year != null) {
            int y = Integer.parseInt(year);
            return MonthDay.of(month, day).isValidYear(y) ? LocalDate.of(y, month, day).toString() : null;
        }
        if (published == null) {
            return String.format(Locale.ROOT, "XXXX-%02d-%02d", month.getValue(), day);
        }
        Tense tense = tense(m, text);
        if (tense == Tense.PAST && (ON_THE_DAY_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()
                || Tense.happenedOn(text, m.start()))) {
            return YearlessDates.pastDay(MonthDay.of(month, day), published).toString();
        }
        return YearlessDates.day(MonthDay.of(month, day), tense, published).toString();
    }

    private String yearMonth(Month month, String year, String determiner, Matcher m, String text, LocalDate published) {
        if (year != null) {
            return YearMonth.of(Integer.parseInt(year), month).toString();
        }
        if (published == null) {
            return String.format(Locale.ROOT, "XXXX-%02d", month.getValue());
        }
        String d = determiner == null ? "" : determiner.toLowerCase(Locale.ROOT);
        return switch (d) {
            case "last" -> YearlessDates.lastMonth(month, published).toString();
            case "next" -> YearlessDates.nextMonth(month, published).toString();
            case "this" -> YearMonth.of(published.getYear(), month).toString();
            default -> YearlessDates.month(month, tense(m, text), published).toString();
        };
    }

    private String weekday(DayOfWeek day, String determiner, Matcher m, String text, Narrative story) {
        if (m.group("wa") != null) {
            return Quotation.encloses(text, m.start()) ? null : story.weekdayAround(day, m.group("wa").toLowerCase(Locale.ROOT).endsWith("previous"));
        }
        if (story.published() == null) {
            return null;
        }
        if (determiner != null) {
            return YearlessDates.weekday(day, determiner.equalsIgnoreCase("next"), story.published()).toString();
        }
        LocalDate same = isDayOfSaying(m, text) ? null : story.explicitDayNamed(day, Tense.isPastPerfect(text, m.start(), m.end()));
        if (same != null) {
            return same.toString();
        }
        Tense tense = this.tense == null && (Tense.happenedOnDay(text, m.start()) || namesAnUnplannedEvent(text, m.end())
                || m.group("ws") != null) ? Tense.PAST
                : tense(m, text);
        return YearlessDates.weekday(day, tense, story.published()).toString();
    }
    /**
     * What no one schedules ("Sunday's incident", "the Friday bombing", "Tuesday's devastating strike"): a weekday that
     * names such an event is one that has passed, whatever the tense around it ("Sunday's incident is particularly
     * curious"); the possessive, which binds the day to its noun, may take two words between them.
     */
    private static final Pattern UNPLANNED_EVENT_AFTER = Pattern.compile("^(?:['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}|\\s+(?:\\p{L}+\\s+)?)(?:incidents?|attacks?|(?:air)?strikes?|"
            + "bombings?|blasts?|explosions?|shootings?|killings?|massacre|raids?|crash|clash(?:es)?|ambush|shelling|riots?|"
            + "standoff|encounter|accident|assassination)\\b");

    /**
     * A decision or a saying the day's possessive owns ("Wednesday's ruling", "Friday's announcement"): news names it
     * so once it was made; one still to come carries a word of its own ("ahead of Wednesday's expected ruling"), which
     * this pattern, with no word between the day and its noun, leaves to the tense around it.
     */
    private static final Pattern ACT_MADE_AFTER = Pattern.compile("^['’]s\\s+(?:ruling|decision|verdict|announcement|statement|remarks|comments)\\b");

    private static boolean namesAnUnplannedEvent(String text, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 40));
        return UNPLANNED_EVENT_AFTER.matcher(after).find() || ACT_MADE_AFTER.matcher(after).find();
    }

    /**
     * Whether a weekday dates a saying ("reported Friday", "said on Friday"): news reports what was said in the
     * days before it went out, so such a weekday counts from the publication day, not from the story's last date.
     */
    private static boolean isDayOfSaying(Matcher m, String text) {
        return SAYING_BEFORE.matcher(text.substring(Math.max(0, m.start() - 25), m.start())).find()
                || SAYING_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 25))).find();
    }

    private Tense tense(Matcher m, String text) {
        return tense != null ? tense : Tense.around(text, m.start(), m.end());
    }
}
