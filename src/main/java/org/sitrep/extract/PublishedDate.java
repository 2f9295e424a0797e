package org.sitrep.extract;

import static org.sitrep.extract.PageMeta.firstNonBlank;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.core.CalendarWords;
import org.sitrep.core.PublicationDates;

/** The day a page was first published, from the page's meta data, structured data, URL or visible text. */
final class PublishedDate {
    private PublishedDate() {
    }

    /**
     * The publication day: publication meta tags and JSON-LD first, then {@code <time>} elements, script data, a wire
     * item's NewsML left in the page, dates in elements whose class or id speaks of dates (the nearest the headline
     * first; a masthead's day far above the headline gives way to an earlier date line by it), a date in the URL ("/2020/09/21/") or in the
     * address an archive copy was captured from, the date line under the
     * headline, a date labelled as the publication's, the date with the byline, then creation and modification dates,
     * then an element that holds only a date, the first date with a time
     * of day in the page's text, a stamp without a year dated by the copyright line, and the day in the shared image's URL; a UTC time is read in the offset the page's own
     * times show, or on the URL's day when that is within an outlet's offset. {@link Found#NONE} when the page gives
     * no day.
     */
    static Found of(Document doc, PageMeta meta, JsonLd ld, Addresses addresses, String headline) {
        // The first of the page's addresses that holds a day: a canonical link may hold none, or be no address at all.
        Supplier<String> urlDate = () -> nullToEmpty(firstNonBlank(dateInUrl(meta.canonical()), dateInUrl(meta.content("og:url")),
                dateInUrl(addresses.read()), dateInUrl(addresses.archived())));
        // Read once: the shown-day check below and the first source both need them.
        List<String> metaDays = metaData(doc, meta, ld);
        Supplier<String> text = new BodyText(doc);
        HeadlineOrder order = new HeadlineOrder(doc, headline);
        // Sources from the most to the least trustworthy, each looked at only when those before it gave nothing.
        List<Candidates> sources = List.of(
                new Candidates(Source.META, () -> metaDays),
                new Candidates(Source.COMMENT, () -> List.of(nullToEmpty(afterPublishedComment(doc)))),
                new Candidates(Source.TIME_ELEMENT, () -> timeElements(doc)),
                new Candidates(Source.SCRIPT_DATA, () -> List.of(nullToEmpty(inScriptData(doc)))),
                new Candidates(Source.NEWSML, () -> List.of(nullToEmpty(NewsMlItem.created(doc)))),
                // A date the page shows in an element named for dates before the URL's: the address is made when the story
                // is drafted, sometimes the day before it runs ("/2012/11/05/" over "6 Nov 2012, 3:00 PM PDT").
                new Candidates(Source.DATED_ELEMENT, () -> datedElements(doc, headline, order)),
                new Candidates(Source.URL, () -> List.of(urlDate.get())),
                new Candidates(Source.UNDER_HEADLINE, () -> List.of(nullToEmpty(underHeadline(doc, headline, e -> false, t -> t)))),
                new Candidates(Source.PUBLISHED_LABEL, () -> List.of(nullToEmpty(DateLabels.published(text.get())))),
                new Candidates(Source.BYLINE, () -> List.of(nullToEmpty(besideByline(doc)))),
                new Candidates(Source.CREATED_OR_MODIFIED, () -> List.of(nullToEmpty(ld.text("dateCreated")),
                        nullToEmpty(meta.content("article:modified_time")), nullToEmpty(ld.text("dateModified")))),
                new Candidates(Source.DATE_ONLY_ELEMENT, () -> List.of(nullToEmpty(dateOnlyElement(doc, headline)))),
                new Candidates(Source.TEXT_STAMP, () -> {
                    String withoutUpdates = DateLabels.withoutUpdates(text.get());
                    return List.of(nullToEmpty(PublicationDates.findStampIn(withoutUpdates)),
                            nullToEmpty(PublicationDates.findShortYearStampIn(withoutUpdates)));
                }),
                new Candidates(Source.BYLINE_IN_TEXT, () -> List.of(nullToEmpty(PublicationDates.findIn(
                        DateLabels.withoutUpdates(text.get()), PublishedDate::besideBylineWords)))),
                new Candidates(Source.YEARLESS_WEEKDAY, () -> List.of(nullToEmpty(yearlessWeekdayDate(doc, text.get())))),
                // Last: the day the shared image was uploaded ("/files/2016/05/04/..."), most often the story's.
                new Candidates(Source.IMAGE_URL, () -> List.of(nullToEmpty(dateInUrl(firstNonBlank(meta.content("og:image"),
                        meta.content("twitter:image")))))));
        String shown = shownAmong(text, metaDays);
        if (shown != null) {
            return found(doc, text, new Candidate(Source.SHOWN_META, shown), PublicationDates.parse(shown).orElseThrow(), urlDate);
        }
        for (var source : sources) {
            for (String c : source.values().get()) {
                var date = PublicationDates.parse(c).filter(PublishedDate::isPast);
                if (date.isPresent()) {
                    Found found = found(doc, text, new Candidate(source.source(), c), date.get(), urlDate);
                    found = source.source().compareTo(Source.DATED_ELEMENT) < 0 ? ShownDay.instead(doc, text.get(), found, headline) : found;
                    found = source.source() == Source.DATED_ELEMENT || source.source() == Source.DATE_ONLY_ELEMENT
                            ? MastheadDay.instead(order, found) : found;
                    return source.source().compareTo(Source.URL) < 0 ? urlsDayInstead(found, urlDate.get()) : found;
                }
            }
        }
        return Found.NONE;
    }

    /**
     * The addresses a page is known by.
     *
     * @param read     the address it was read from, {@code null} when unknown
     * @param archived the address an archive copy was captured from, {@code null} when the page is none
     */
    record Addresses(String read, String archived) {
    }

    /**
     * The page's body text, read on first use and kept: several sources and checks search it, and each reading walks the
     * whole page. Empty for a page without a body.
     */
    private static final class BodyText implements Supplier<String> {
        private final Document doc;
        private String text;

        BodyText(Document doc) {
            this.doc = doc;
        }

        @Override
        public String get() {
            if (text == null) {
                text = doc.body() == null ? "" : doc.body().text();
            }
            return text;
        }
    }

    /** Days a URL's day may be from the day found elsewhere: a story filed the evening before it runs, a zone apart. */
    private static final int MAX_URL_DAYS_APART = 2;

    /**
     * The URL's day where the day found on the page is further from it than a story's filing and running: the address
     * is made once when the story is first stored and kept, while meta data and stamps move with every update ("/2017/7/12/"
     * for a page whose markup says 2019-06-17). The found day when the URL has none or one near it.
     */
    private static Found urlsDayInstead(Found found, String urlDate) {
        var day = PublicationDates.parse(urlDate);
        if (day.isEmpty() || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(day.get(), found.day())) <= MAX_URL_DAYS_APART) {
            return found;
        }
        return new Found(day.get(), null, new Candidate(Source.URL_OVER_PAGE, urlDate));
    }

    /**
     * Whether the day can be a publication day: not after tomorrow in UTC (the page's zone may be a day ahead). A later
     * date on a page is of an event announced or a template's placeholder, never of the page.
     */
    static boolean isPast(LocalDate day) {
        return !day.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1));
    }

    /**
     * Where the page's publication meta data give several days ("article:published_time" the day a story was moved,
     * JSON-LD's "datePublished" the day it first ran), the one candidate whose day the page's text writes, as readers
     * see it under the headline; {@code null} when the meta data agree, or none or several of their days are written.
     */
    private static String shownAmong(Supplier<String> bodyText, List<String> candidates) {
        Map<LocalDate, String> byDay = new LinkedHashMap<>();
        for (String c : candidates) {
            PublicationDates.parse(c).ifPresent(day -> byDay.putIfAbsent(day, c));
        }
        if (byDay.size() < 2) {
            return null;
        }
        String text = bodyText.get();
        List<String> shown = byDay.entrySet().stream().filter(e -> PublicationDates.writes(text, e.getKey())).map(Map.Entry::getValue).toList();
        return shown.size() == 1 ? shown.get(0) : null;
    }

    /**
     * A UTC stamp read in the zone of the page's language, unless the page writes the UTC day and not the zone's: a
     * site that keeps its clock in UTC shows "26. Dezember 2019" for "2019-12-26T23:07:45+00:00".
     */
    private static Found inZone(Supplier<String> bodyText, OffsetDateTime utc, ZoneId zone, Candidate candidate) {
        OffsetDateTime local = utc.atZoneSameInstant(zone).toOffsetDateTime();
        if (local.toLocalDate().equals(utc.toLocalDate())) {
            return new Found(local.toLocalDate(), local, candidate);
        }
        String text = bodyText.get();
        boolean writesUtcDay = PublicationDates.writes(text, utc.toLocalDate()) && !PublicationDates.writes(text, local.toLocalDate());
        return writesUtcDay ? new Found(utc.toLocalDate(), utc, candidate) : new Found(local.toLocalDate(), local, candidate);
    }

    /** Paragraphs at the top of the article that may open with a dateline. */
    private static final int DATELINE_PARAGRAPHS = 5;
    /** A dateline's date comes first or after a place: "Karlsruhe, (12.11.2021). Traditionell ...". */
    private static final int MAX_DATELINE_OFFSET = 25;
    /** What may come before a dateline's date: a place's capitalised words ("BAD HERRENALB, "), not a sentence. */
    private static final Pattern PLACE = Pattern.compile("(?:\\p{Lu}[\\p{L}.'-]*[\\s,/]*){0,3}[\\s(]*");

    /**
     * The day of a dateline that opens one of the article's first paragraphs ("01.02.2022 – Der Arbeitsmarkt ...",
     * "Karlsruhe, (12.11.2021). ..."), for pages that give their date nowhere else; {@link Found#NONE} when none does.
     */
    static Found inDateline(List<String> paragraphs) {
        for (String p : paragraphs.subList(0, Math.min(DATELINE_PARAGRAPHS, paragraphs.size()))) {
            String head = p.substring(0, Math.min(p.length(), MAX_DATELINE_OFFSET + MAX_DATE_LINE_CHARS / 2));
            String date = PublicationDates.findIn(head);
            int at = date == null ? -1 : head.indexOf(date);
            if (at >= 0 && at <= MAX_DATELINE_OFFSET && PLACE.matcher(head.substring(0, at)).matches()) {
                var day = PublicationDates.parse(date);
                if (day.isPresent()) {
                    return new Found(day.get(), null, new Candidate(Source.DATELINE, date));
                }
            }
        }
        return Found.NONE;
    }

    /**
     * The day of a change the page labels ("Last Updated: Saturday, 29 December 2007, 14:55 GMT"), for pages stamped
     * with nothing else and opening with no dateline: old sites (the BBC's among them) stamp their stories only so, and a
     * story's day of change is most often its day of publication. {@link Found#NONE} when the page labels none.
     */
    static Found updated(Document doc) {
        String date = doc.body() == null ? null : DateLabels.updated(doc.body().text());
        var day = PublicationDates.parse(date).filter(PublishedDate::isPast);
        return day.isEmpty() ? Found.NONE : new Found(day.get(), null, new Candidate(Source.UPDATED_LABEL, date));
    }

    /** A candidate read: a UTC stamp in the outlet's offset, or on the URL's day; a stamp with an offset as it is. */
    private static Found found(Document doc, Supplier<String> bodyText, Candidate candidate, LocalDate day, Supplier<String> urlDate) {
        Optional<OffsetDateTime> utc = stamp(candidate.value(), UTC_TIME);
        if (utc.isEmpty()) {
            return new Found(day, stamp(candidate.value(), ZONED_TIME).orElse(null), candidate);
        }
        Optional<ZoneOffset> offset = outletsOffset(doc);
        if (offset.isPresent()) {
            OffsetDateTime local = utc.get().withOffsetSameInstant(offset.get());
            return new Found(local.toLocalDate(), local, candidate);
        }
        Optional<LocalDate> urlsDay = onUrlsDay(utc.get(), urlDate.get());
        if (urlsDay.isPresent()) {
            return new Found(urlsDay.get(), utc.get(), candidate);
        }
        return LanguageZone.of(doc).map(zone -> inZone(bodyText, utc.get(), zone, candidate))
                .orElseGet(() -> writtenDayBefore(bodyText, utc.get(), candidate));
    }

    /**
     * A UTC stamp just past midnight of an outlet whose zone nothing on the page tells: the day before where the page
     * writes it and not the UTC day ("2020-08-25T00:23Z" under "24 août 2020 - 20:23" in Montréal), as the outlets west of
     * UTC show their own evening; the UTC day otherwise. A stamp late in the UTC day keeps it even where the page writes
     * the next: the day an outlet east of UTC shows is as often the day the page was served.
     */
    private static Found writtenDayBefore(Supplier<String> bodyText, OffsetDateTime utc, Candidate candidate) {
        LocalDate utcDay = utc.toLocalDate();
        LocalDate before = utc.minusHours(MAX_OUTLET_OFFSET_HOURS).toLocalDate();
        String text = before.equals(utcDay) ? null : bodyText.get();
        boolean writesDayBefore = text != null && PublicationDates.writes(text, before) && !PublicationDates.writes(text, utcDay);
        return new Found(writesDayBefore ? before : utcDay, utc, candidate);
    }

    /**
     * What the page says of its publication.
     *
     * @param day the publication day, {@code null} when the page gives none
     * @param time the moment with its offset, in the outlet's offset when the page shows it; {@code null} when the page
     *             gives no time with an offset
     */
    record Found(LocalDate day, OffsetDateTime time, Candidate from) {
        static final Found NONE = new Found(null, null, new Candidate(Source.NONE, ""));
    }

    /** Where on the page a day was read, from the most trusted place to the least. */
    enum Source {
        SHOWN_META, META, COMMENT, TIME_ELEMENT, SCRIPT_DATA, NEWSML, DATED_ELEMENT, URL, UNDER_HEADLINE, PUBLISHED_LABEL, BYLINE, CREATED_OR_MODIFIED,
        DATE_ONLY_ELEMENT, TEXT_STAMP, BYLINE_IN_TEXT, YEARLESS_WEEKDAY, IMAGE_URL, UPDATED_LABEL, YEARLESS_STAMP, HOSTED_EXPIRY, WEEKDAY_AGREED, WEEKDAY_STAMP, YEARLESS_DATELINE, ARCHIVE_CAPTURE, DATELINE, SHOWN_DATE, URL_OVER_PAGE, BY_HEADLINE, NONE
    }

    /** A date as the page writes it, and where. */
    record Candidate(Source source, String value) {
        @Override
        public String toString() {
            return source.name().toLowerCase(Locale.ROOT) + " '" + value.strip() + "'";
        }
    }

    /** The dates one kind of place on the page gives, read only when the places before it gave none. */
    private record Candidates(Source source, Supplier<List<String>> values) {
    }

    /** ISO date-times with offsets written "Z", "+02:00" or "+0200". */
    private static final java.time.format.DateTimeFormatter ISO_WITH_ANY_OFFSET = new java.time.format.DateTimeFormatterBuilder()
            .append(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendPattern("[XXX][XX]").toFormatter();

    /** Hours from UTC within which most news outlets write their times. */
    private static final int MAX_OUTLET_OFFSET_HOURS = 10;

    /**
     * The URL's day where it is the day of a UTC time within an outlet's offset: the outlet writes its URL on its own
     * day ("/2020/02/17/" for 02:18 UTC on the 18th in Florida). Empty when the URL has no day or another one.
     */
    private static Optional<LocalDate> onUrlsDay(OffsetDateTime utc, String urlDate) {
        var earliest = utc.minusHours(MAX_OUTLET_OFFSET_HOURS).toLocalDate();
        var latest = utc.plusHours(MAX_OUTLET_OFFSET_HOURS).toLocalDate();
        return PublicationDates.parse(urlDate).filter(day -> !day.isBefore(earliest) && !day.isAfter(latest));
    }

    /**
     * The candidate read as a date-time with its offset when the whole of it has the given form (a UTC stamp
     * "2020-07-02T20:00:00Z" or "+0000"; a stamp with another offset "2016-03-05T09:30:00+02:00"); empty otherwise.
     */
    private static Optional<OffsetDateTime> stamp(String candidate, Pattern form) {
        String c = candidate.strip();
        if (!form.matcher(c).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(c, ISO_WITH_ANY_OFFSET));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(?::\\d\\d(?:\\.\\d+)?)?";
    private static final Pattern UTC_TIME = Pattern.compile("^" + TIME + "(?:Z|[+-]00:?00)$");
    private static final Pattern ZONED_TIME = Pattern.compile(TIME + "([+-](?!00:?00)\\d\\d:?\\d\\d)");

    /**
     * The offset the page's own times show ("+09:00" elsewhere in its meta data): a UTC time is read there,
     * "2020-07-02T20:00:00Z" on a page of Tokyo being the 3rd. Empty when no offset shows.
     */
    private static Optional<ZoneOffset> outletsOffset(Document doc) {
        for (Element e : doc.select("meta[content], script[type=application/ld+json], time[datetime]")) {
            String value = e.normalName().equals("script") ? e.data() : e.attr(e.hasAttr("content") ? "content" : "datetime");
            Matcher zoned = ZONED_TIME.matcher(value);
            if (zoned.find()) {
                try {
                    // ZoneOffset reads "+09:00" and "+0900" alike.
                    return Optional.of(ZoneOffset.of(zoned.group(1)));
                } catch (DateTimeException ex) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> metaData(Document doc, PageMeta meta, JsonLd ld) {
        List<String> candidates = new ArrayList<>();
        candidates.add(meta.content("article:published_time"));
        candidates.add(ld.text("datePublished"));
        for (String name : META_NAMES) {
            candidates.add(meta.content(name));
        }
        for (Element e : doc.select("meta[name~=(?i)publish], meta[property~=(?i)publish], meta[itemprop~=(?i)publish]")) {
            candidates.add(e.attr("content"));
        }
        return candidates;
    }

    private static final Pattern PUBLISHED_COMMENT = Pattern.compile("(?i)\\s*(?:publish(?:ed)?|pub)[-_ ]?date\\s*");

    /**
     * The date a template marks with a comment ("&lt;!-- publish-date --&gt;Monday, April 14, 2003 - 12:45 p.m. EDT", or
     * "&lt;!-- PUBLISH DATE --&gt;&lt;div&gt;&lt;span&gt;Jan 18, 2008 04:30 AM&lt;/span&gt;&lt;/div&gt;"), as sites generated before
     * publication meta data did; {@code null} when no such comment is followed by a date.
     */
    private static String afterPublishedComment(Document doc) {
        for (Element e : doc.getAllElements()) {
            for (org.jsoup.nodes.Node n : e.childNodes()) {
                if (n instanceof org.jsoup.nodes.Comment c && PUBLISHED_COMMENT.matcher(c.getData()).matches()) {
                    String date = PublicationDates.findIn(markedText(n));
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return null;
    }

    /** The text right after a comment: its text node, or the first element after blank space when short; "" if none. */
    private static String markedText(org.jsoup.nodes.Node comment) {
        org.jsoup.nodes.Node next = comment.nextSibling();
        while (next instanceof org.jsoup.nodes.TextNode t && t.isBlank()) {
            next = next.nextSibling();
        }
        if (next instanceof org.jsoup.nodes.TextNode t) {
            return t.text();
        }
        return next instanceof Element el && el.text().length() <= MAX_DATE_LINE_CHARS ? el.text() : "";
    }

    private static final Pattern YEARLESS = Pattern.compile("(?i)\\b(" + String.join("|", CalendarWords.DAYS) + "),?\\s+"
            + "(" + String.join("|", CalendarWords.MONTHS) + ")\\s+([0-3]?\\d)\\b(?!,?\\s*\\d{4})");
    /** A weekday comes back on the same day of a month every five to eleven years. */
    private static final int MAX_WEEKDAY_YEARS = 11;

    /**
     * A time element's date that gives weekday, month and day but no year ("on Tuesday July 24, @10:46AM", as old
     * sites stamped the current year's stories), dated to the latest year up to the page's copyright year in which
     * that day fell on that weekday: the copyright line is the year the page was made. {@code null} when the page has
     * no such date, no copyright year, or no such year in the eleven before it.
     */
    private static String yearlessWeekdayDate(Document doc, String bodyText) {
        Matcher copyright = CopyrightYear.YEAR.matcher(bodyText);
        if (!copyright.find()) {
            return null;
        }
        int latest = Integer.parseInt(copyright.group(1));
        for (Element e : doc.select("time, [class~=(?i)(date|time|posted|byline)]")) {
            Matcher m = YEARLESS.matcher(e.text());
            if (!m.find()) {
                continue;
            }
            DayOfWeek weekday = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            Month month = Month.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            int day = Integer.parseInt(m.group(3));
            for (int year = latest; year > latest - MAX_WEEKDAY_YEARS; year--) {
                if (day <= month.length(Year.isLeap(year)) && LocalDate.of(year, month, day).getDayOfWeek() == weekday) {
                    return LocalDate.of(year, month, day).toString();
                }
            }
            return null;
        }
        return null;
    }

    private static List<String> timeElements(Document doc) {
        List<String> candidates = new ArrayList<>();
        for (Element e : doc.select("[itemprop=datePublished], time[pubdate], article time[datetime], time[datetime], time")) {
            // "Last updated: <time datetime="2026-01-12">" dates a change, as it does for other dated elements.
            if (isOtherThanThePage(e) || isLabelledAsChange(e)) {
                continue;
            }
            candidates.add(firstNonBlank(e.attr("datetime"), e.attr("content"), e.text()));
        }
        return candidates;
    }

    /**
     * A class or id naming a comment thread or one of its parts ("comments", "comment-metadata", "disqus_thread"), not
     * a body's "comments-open" nor a style's "comments-grey-italic" on a story's own date.
     */
    private static final Pattern COMMENTS = Pattern.compile("(?i)(?:^|\\s)(?:comments?|comments?[-_]?(?:list|body|meta|metadata"
            + "|content|author|item|thread|area|section|wrapper|container|respond)|disqus[-_\\w]*)(?:$|\\s)");

    /**
     * Whether the element dates something other than the page: a post embedded from a social network (Instagram and
     * Twitter embed theirs in a {@code <blockquote>} with its own {@code <time>}), a reader's comment, or another story
     * listed with its linked headline ({@link Teaser}).
     */
    static boolean isOtherThanThePage(Element e) {
        return isEmbeddedOrComment(e) || Teaser.encloses(e);
    }

    /** Whether the element is in a post embedded from a social network or in a reader's comment. */
    static boolean isEmbeddedOrComment(Element e) {
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            if (a.normalName().equals("blockquote") || COMMENTS.matcher(a.className() + " " + a.id()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Dates written in short elements whose class or id speaks of dates or bylines, outside the site's masthead and
     * without a label of change before them or in them.
     */
    private static List<String> datedElements(Document doc, String headline, HeadlineOrder order) {
        List<String> candidates = new ArrayList<>();
        for (Element e : nearestHeadlineFirst(order,
                doc.select("[class~=(?i)(date|time|publish|posted|dateline|byline|meta)], [id~=(?i)(date|time|publish)]"))) {
            if (TODAYS_DATE.matcher(e.className() + " " + e.id()).find() || TODAY_LABEL.matcher(e.text()).lookingAt()
                    || isOtherThanThePage(e) || inMasthead(e, headline) || isLabelledAsChange(e)) {
                continue;
            }
            if (e.text().length() <= 120) {
                candidates.add(PublicationDates.findIn(DateLabels.withoutUpdates(e.text())));
            }
            // "<div class="news-time-ago" title="2020-09-20T14:20:02Z">2 hours ago</div>": the date is in an attribute.
            candidates.add(firstNonBlank(e.attr("datetime"), e.attr("data-date"), e.attr("title"), e.attr("content")));
        }
        return candidates;
    }

    /**
     * The elements ordered by how far they stand from the headline in the page, nearest first, the page's order kept
     * among equals; as given when no element of the page's body writes the headline alone. A story's date stands by
     * its headline; an old table layout's masthead shows the day the page was served, with menus between it and the
     * story ("Columbus, Ohio | Jan 15, 2008" above a story of 8 January).
     */
    private static List<Element> nearestHeadlineFirst(HeadlineOrder order, List<Element> elements) {
        if (elements.size() < 2 || order.headlineAt() < 0) {
            return elements;
        }
        int headlineAt = order.headlineAt();
        List<Element> sorted = new ArrayList<>(elements);
        sorted.sort(Comparator.comparingInt(e -> Math.abs(order.placeOf(e) - headlineAt)));
        return sorted;
    }

    /**
     * Whether an element's text is the headline, or most of it: a headline read from the page's title may keep the
     * site's name ("toledoblade.com -- Steelers' Heinz turf is terrible, Taylor says").
     */
    static boolean writesHeadline(String text, String headline) {
        return text.equals(headline) || text.length() >= MIN_HEADLINE_SHARE * headline.length() && !text.isBlank()
                && (headline.startsWith(text) || headline.endsWith(text));
    }

    /** The share of a headline an element's text must write to stand for it. */
    private static final double MIN_HEADLINE_SHARE = 0.6;

    /**
     * Whether the element is in the site's masthead or navigation: a {@code <header>} or {@code <nav>} that does not hold
     * the headline (a story's own {@code <header>} holds its headline and its date), where sites show the day the page
     * is served ("&lt;header&gt;...&lt;span class="date"&gt;Tue, 14 Jan 2020" over a story of the 13th).
     */
    private static boolean inMasthead(Element e, String headline) {
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            if ((a.normalName().equals("header") || a.normalName().equals("nav")) && !holdsHeadline(a, headline)) {
                return true;
            }
        }
        return false;
    }

    /** Characters before an element searched for the label of a change its date follows. */
    private static final int MAX_LABEL_BEFORE_CHARS = 40;

    /**
     * Whether what comes right before the element in its parent labels its date as a day of change: text ("last edited:
     * &lt;span&gt;") or a label's element ("&lt;span class="meta-label"&gt;Updated on&lt;/span&gt;&lt;time&gt;").
     */
    private static boolean isLabelledAsChange(Element e) {
        org.jsoup.nodes.Node previous = e.previousSibling();
        while (previous instanceof org.jsoup.nodes.TextNode t && t.isBlank()) {
            previous = previous.previousSibling();
        }
        String before = previous instanceof org.jsoup.nodes.TextNode t ? t.text().stripTrailing()
                : previous instanceof Element label && label.text().length() <= MAX_LABEL_BEFORE_CHARS ? label.text().strip() : "";
        return DateLabels.endsWithChangeLabel(before.substring(Math.max(0, before.length() - MAX_LABEL_BEFORE_CHARS)));
    }

    private static boolean holdsHeadline(Element block, String headline) {
        return headline == null || headline.isBlank() ? block.selectFirst("h1") != null : block.text().contains(headline);
    }

    /**
     * The date a site's masthead shows is the day the page was served ("&lt;div id="header-date"&gt;Tuesday 15.01.2008"
     * above a story of 5 January), not the story's; the header of a post or article is the story's own, and so is its
     * date ("blog-post-header_date-wrapper", "c-article-header-date").
     */
    private static final Pattern TODAYS_DATE = Pattern.compile("(?i)(?:(?<!(?:post|article|entry|story)[-_]?)header|masthead|today|current)"
            + "[-_]?date|date[-_]?today");
    /**
     * A date the page labels as today's ("Today, March 22, 2017" by the weather) or as the current time (a forum's "It is
     * currently Wed Oct 14, 2020 12:18 pm", "Aktuelle Zeit: 14.10.2020, 12:18" under its threads) is the day it was served, too.
     */
    private static final Pattern TODAY_LABEL = Pattern.compile("(?iu)\\s*(?:today|heute|aujourd['’]hui|hoy|oggi|hoje|vandaag"
            + "|current (?:date|time)|aktuelle[sr]? (?:zeit|datum)|it is currently|nous sommes le|heure actuelle)(?![\\p{L}])");

    /**
     * A word that dates a beginning ("Since 1st March, 1999" by a link to a site's archive, "Established 1887"): the day
     * something began, never the page's.
     */
    private static final Pattern BEGINNING_LABEL = Pattern.compile("(?iu)\\s*(?:since|established|founded|est\\.|seit|depuis|desde)(?![\\p{L}])");

    private static final List<String> META_NAMES = List.of("datePublished", "pubdate", "publishdate", "publish-date",
            "publish_date", "date_published", "article.published", "article_date_original", "date", "dc.date",
            "DC.date.issued", "dc.date.issued", "DC.Date", "dcterms.date", "dcterms.created", "sailthru.date",
            "parsely-pub-date", "og:published_time", "og:article:published_time", "cXenseParse:recs:publishtime", "pubDate",
            "originalpublicationdate", "citation_publication_date", "release_date", "issue_date");

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * Old ASP sites write a story's path with backslashes, escaped or not, in a query's value:
     * "default.asp?page=2008%5C01%5C14%5Cstory_14-1-2008_pg7_40".
     */
    private static final Pattern BACKSLASH = Pattern.compile("(?i)%5C|\\\\");
    private static final Pattern URL_DATE = Pattern.compile("[/=]((?:19|20)\\d\\d)[/-]([01]?\\d)[/-]([0-3]?\\d)(?:/|-|\\.|$)");
    /** Old sites put a section between the year and the day: "/2011/WORLD/africa/04/06/libya.war/". */
    private static final Pattern URL_SECTIONED_DATE = Pattern.compile("/((?:19|20)\\d\\d)/(?:[A-Za-z][\\w-]*/){1,2}([01]\\d)/([0-3]\\d)/");
    /** Some sites write the month's name: "/blog/2023/october/03/how-many-wine-types/". */
    private static final Pattern URL_NAMED_MONTH_DATE = Pattern.compile("(?i)/((?:19|20)\\d\\d)/(january|february|march|april|may|june"
            + "|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)/([0-3]?\\d)/");
    private static final Pattern URL_COMPACT_DATE = Pattern.compile("[/_-]((?:19|20)\\d\\d)([01]\\d)([0-3]\\d)[/_.-]");
    /**
     * Some sites write the day first: "/newsroom/23-01-2022-dorothea-wierer.../"; read only when the first number is above
     * 12, as "02-11-2023" may be either order.
     */
    private static final Pattern URL_DAY_FIRST_DATE = Pattern.compile("[/_-](1[3-9]|2\\d|3[01])-([01]\\d)-((?:19|20)\\d\\d)(?:[/_.-]|$)");

    /**
     * Some sites write the day as eight figures, the year last: "/18012008/1/fulham-wrap.html"; read only when one of the
     * first two numbers is above 12, which tells the order ("01182008" is month first).
     */
    private static final Pattern URL_COMPACT_YEAR_LAST_DATE = Pattern.compile("/([0-3]\\d)([0-3]\\d)((?:19|20)\\d\\d)/");

    /** "https://site/2020/09/21/story" gives "2020-09-21"; {@code null} when the URL holds no day. */
    private static String dateInUrl(String address) {
        if (address == null) {
            return null;
        }
        String url = BACKSLASH.matcher(address).replaceAll("/");
        var m = URL_DATE.matcher(url);
        if (m.find()) {
            return m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        }
        m = URL_SECTIONED_DATE.matcher(url);
        if (m.find()) {
            return m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        }
        m = URL_NAMED_MONTH_DATE.matcher(url);
        if (m.find()) {
            return m.group(1) + "-" + org.sitrep.core.CalendarWords.month(m.group(2)).getValue() + "-" + m.group(3);
        }
        m = URL_COMPACT_DATE.matcher(url);
        if (m.find()) {
            return m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        }
        m = URL_DAY_FIRST_DATE.matcher(url);
        if (m.find()) {
            return m.group(3) + "-" + m.group(2) + "-" + m.group(1);
        }
        m = URL_COMPACT_YEAR_LAST_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        return first > 12 == second > 12 ? null
                : first > 12 ? m.group(3) + "-" + m.group(2) + "-" + m.group(1) : m.group(3) + "-" + m.group(1) + "-" + m.group(2);
    }


    private static final Pattern SCRIPT_DATE = Pattern.compile(
            "\"(?:datePublished|publishedDate|publishDate|publishedAt|published_at|publish_date|firstPublishedAt|publicationDate)"
                    + "\\\\?\"\\s*:\\s*\\\\?\"([^\"\\\\]{8,40})");
    /** Elements after the headline searched for a line that is only a date ("April 8, 2024"). */
    private static final int MAX_ELEMENTS_AFTER_HEADLINE = 60;
    private static final int MAX_DATE_LINE_CHARS = 80;

    /**
     * The publication date in a script's data (Next.js and Nuxt pages carry their article as JSON): the first value of
     * a key that names it; {@code null} when no script has one.
     */
    private static String inScriptData(Document doc) {
        for (Element script : doc.select("script")) {
            Matcher m = SCRIPT_DATE.matcher(script.data());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** "BY JAMES TARANTO", "By Ellen Barry and Andrew Roth": a byline's opening, the writer's name in capitals. */
    private static final Pattern BYLINE = Pattern.compile("^(?:BY|By)\\s+\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3}\\b");
    /** "January 8, 2008 By Dan Muse": a byline right after the date. */
    private static final Pattern BYLINE_AFTER = Pattern.compile("^\\s*[|·•–—-]?\\s*(?:BY|By)\\s+\\p{Lu}[\\p{L}.'’-]+\\s+\\p{Lu}");
    /** "by Tim Cashmere - January 16 2008": a byline right before the date. */
    private static final Pattern BYLINE_BEFORE = Pattern.compile("\\b(?:BY|By|by)\\s+\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,2}"
            + "\\s*[|·•–—,-]\\s*$");

    /**
     * Whether a date in the page's text sits beside a byline ("January 8, 2008 By Dan Muse", "by Tim Cashmere - January
     * 16 2008"), as the line under a headline runs into the text of pages without markup for either.
     */
    private static boolean besideBylineWords(String before, String after) {
        return BYLINE_AFTER.matcher(after).lookingAt() || BYLINE_BEFORE.matcher(before).find();
    }

    /** Short elements after a byline searched for its date line. */
    private static final int MAX_ELEMENTS_AFTER_BYLINE = 6;

    /**
     * The date written with the byline, in it ("By Jo Smith, March 3, 2002") or in one of the short elements right after
     * it ("BY JAMES TARANTO" then "Monday, September 9, 2002 1:57 p.m. EDT"): the story's own date, where a date alone
     * in a side box is often the day the page was served. {@code null} when no byline carries one.
     */
    private static String besideByline(Document doc) {
        int seen = 0;
        int after = -1;
        for (Element e : doc.body().getAllElements()) {
            if (++seen > MAX_ELEMENTS_FOR_DATE_LINE) {
                return null;
            }
            String own = e.ownText().strip();
            if (after < 0) {
                if (own.length() <= MAX_DATE_LINE_CHARS && BYLINE.matcher(own).lookingAt()) {
                    String date = PublicationDates.findIn(own);
                    if (date != null) {
                        return date;
                    }
                    after = 0;
                }
                continue;
            }
            if (!own.isEmpty() && ++after > MAX_ELEMENTS_AFTER_BYLINE) {
                return null;
            }
            String date = own.isEmpty() || own.length() > MAX_DATE_LINE_CHARS ? null : PublicationDates.findIn(own);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** Elements looked at, in page order, for one that holds only a date; pages list their own date early. */
    static final int MAX_ELEMENTS_FOR_DATE_LINE = 3000;
    private static final int MAX_DATE_ONLY_CHARS = 60;
    private static final Pattern DATE_LABEL = Pattern.compile("(?iu)^(?:datum|date|published|posted|veröffentlicht|erschienen|"
            + "stand|publié le|publié|fecha|data|pubblicato)\\s*:?\\s*");

    /**
     * The first short element of the page that is mostly a date, labelled or not ("<h5>23.01.2019</h5>",
     * "Datum: 26. Januar 2022", "24. April 2020 | Nachrichten"), as pages without markup for dates show them, outside
     * the masthead, what dates something other than the page (a comment, an embedded post, another story's teaser)
     * and a label of change; {@code null} when none.
     */
    private static String dateOnlyElement(Document doc, String headline) {
        int seen = 0;
        for (Element e : doc.body().getAllElements()) {
            if (++seen > MAX_ELEMENTS_FOR_DATE_LINE) {
                return null;
            }
            // Only small elements: a wrapper's text is the whole page, and reading it at every level of a deep page
            // would cost its length times its depth.
            boolean inParts = isDateInParts(e);
            if (!isSmall(e, 2) && !inParts) {
                continue;
            }
            // Parts set side by side without space between them ("<span>Dec</span><span>30</span>") are read apart.
            String whole = inParts ? String.join(" ", e.children().eachText()) : e.text();
            String text = DATE_LABEL.matcher(whole.strip()).replaceFirst("");
            if (text.isEmpty() || text.length() > MAX_DATE_ONLY_CHARS || TODAY_LABEL.matcher(text).lookingAt()
                    || BEGINNING_LABEL.matcher(text).lookingAt()) {
                continue;
            }
            String date = PublicationDates.findIn(text);
            if (date != null && (isMostly(date, text) || leadsLine(date, text)) && !isOtherThanThePage(e) && !isLabelledAsChange(e)
                    && !inMasthead(e, headline)) {
                return date;
            }
        }
        return null;
    }

    /** "24. April 2020 | Nachrichten und Pressemitteilungen": the date first, then a separator and a section's name. */
    private static boolean leadsLine(String date, String text) {
        return text.startsWith(date) && LINE_SEPARATOR.matcher(text.substring(date.length())).lookingAt();
    }

    private static final Pattern LINE_SEPARATOR = Pattern.compile("\\s*[|·•–—]\\s");

    /** Characters of a part of a date set in an element of its own: "Dec", "30", "2007", "September". */
    private static final int MAX_DATE_PART_CHARS = 9;

    /**
     * An element of three short elements without children, as calendar-leaf widgets set a date's month, day and year
     * ("&lt;span class="calmonth"&gt;Dec&lt;/span&gt;&lt;span class="calday"&gt;30&lt;/span&gt;&lt;span&gt;2007&lt;/span&gt;").
     */
    private static boolean isDateInParts(Element e) {
        return e.childrenSize() == 3 && e.children().stream().allMatch(c -> c.childrenSize() == 0 && c.text().length() <= MAX_DATE_PART_CHARS);
    }

    /** An element of at most two children on each of {@code levels} levels, so that its text is short to read. */
    private static boolean isSmall(Element e, int levels) {
        return e.childrenSize() <= 2 && (e.childrenSize() == 0 || levels > 0 && e.children().stream().allMatch(c -> isSmall(c, levels - 1)));
    }

    /** A date line is at least this share date: "24. April 2020 | Nachrichten", not a sentence that names a day. */
    private static final double MIN_DATE_SHARE = 0.5;

    /**
     * A short line after the headline's heading (the first {@code <h1>} when none holds the headline: the site's name is
     * an {@code <h1>} too) that holds a date, as blog templates write it, leaving out the elements {@code skipped} and
     * reading each element's text through {@code read}; {@code null} when none.
     */
    static String underHeadline(Document doc, String headline, java.util.function.Predicate<Element> skipped,
            java.util.function.UnaryOperator<String> read) {
        Element h1 = headlineHeading(doc, headline);
        if (h1 == null) {
            return null;
        }
        int seen = 0;
        boolean after = false;
        for (Element e : doc.body().getAllElements()) {
            if (e == h1) {
                after = true;
                continue;
            }
            if (after && (skipped.test(e) || e.parent() != null && skipped.test(e.parent()))) {
                continue;
            }
            String own = after ? ownDateLine(e, read) : null;
            if (own != null) {
                return own;
            }
            if (!after || e.childrenSize() > 3) {
                continue;
            }
            if (++seen > MAX_ELEMENTS_AFTER_HEADLINE) {
                return null;
            }
            String text = read.apply(e.text());
            if (!text.isEmpty() && text.length() <= MAX_DATE_LINE_CHARS) {
                String date = PublicationDates.findIn(text);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /**
     * The heading of the headline: the first {@code <h1>} that holds it, else the first {@code <h2>}, {@code <h3>} or
     * element of class "headline" that does (old templates set the headline in an {@code <h3>} or a styled span), else the first {@code <h1>} (the site's name is an
     * {@code <h1>} too); {@code null} when the page has none of these. Looser than {@code MainContent}'s headline, which
     * must be the headline's words alone: a date line stands under the story's first heading even when that heading
     * holds more than the headline or does not hold it at all.
     */
    private static Element headlineHeading(Document doc, String headline) {
        if (headline != null && !headline.isEmpty()) {
            for (Element e : doc.select("h1")) {
                if (e.text().contains(headline)) {
                    return e;
                }
            }
            for (Element e : doc.select("h2, h3, .headline")) {
                if (e.text().contains(headline)) {
                    return e;
                }
            }
        }
        return doc.selectFirst("h1");
    }

    /**
     * The date a block writes as a line of its own between its children ("<fieldset><legend>Title</legend> 20 December
     * 2025 <div>story</div>"), or as one of its own lines between line breaks ("Staff and agencies<br>01 January,
     * 2008<br>"), whatever else it holds; {@code null} when neither its own text nor one of its own lines is mostly a
     * date, as a paragraph's sentence that names a day ("next meeting on 5 February 2020 at ...") is not.
     */
    static String ownDateLine(Element e, java.util.function.UnaryOperator<String> read) {
        String date = ownDateLine(read.apply(e.ownText()));
        if (date != null || e.textNodes().size() < 2) {
            return date;
        }
        for (org.jsoup.nodes.TextNode t : e.textNodes()) {
            String line = ownDateLine(read.apply(t.text()));
            if (line != null) {
                return line;
            }
        }
        return null;
    }

    private static String ownDateLine(String ownText) {
        String own = ownText.strip();
        String date = own.isEmpty() || own.length() > MAX_DATE_LINE_CHARS ? null : PublicationDates.findIn(own);
        return date != null && isMostly(date, own) ? date : null;
    }

    /** Whether the date takes at least {@link #MIN_DATE_SHARE} of the line: a date line, not a sentence naming a day. */
    private static boolean isMostly(String date, String line) {
        return date.length() >= MIN_DATE_SHARE * line.length();
    }
}
