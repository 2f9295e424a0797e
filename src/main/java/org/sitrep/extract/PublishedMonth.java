package org.sitrep.extract;

import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The month of publication a page gives without its day ("&lt;span id="Article_publishDate"&gt;2007/12&lt;/span&gt;"),
 * or in its address ("/2005_05/"), for pages that give no day: it still dates what the text says without a year ("Sept. 8",
 * "this year").
 */
final class PublishedMonth {
    private PublishedMonth() {
    }

    /** An element that says it holds the publication date, not any date or time: "publishDate", "pubdate", "posted". */
    private static final String PUBLICATION_ELEMENTS = "[class~=(?i)(publish|pubdate|posted)], [id~=(?i)(publish|pubdate|posted)], "
            + "[itemprop=datePublished]";
    private static final Pattern NUMERIC = Pattern.compile("^((?:19|20)\\d\\d)\\s*[/.-]\\s*(0?[1-9]|1[0-2])$");
    private static final Pattern WORDED = Pattern.compile("(?i)^(January|February|March|April|May|June|July|August|September|October"
            + "|November|December),?\\s+((?:19|20)\\d\\d)$");

    /**
     * The month written alone ("2007/12", "December 2007") in an element that holds the publication date; {@code null}
     * when none is, or the month is still to come.
     */
    static YearMonth of(Document doc) {
        if (doc.body() == null) {
            return null;
        }
        for (Element e : doc.body().select(PUBLICATION_ELEMENTS)) {
            YearMonth month = read(e.text().strip());
            if (month != null && !month.isAfter(YearMonth.now(ZoneOffset.UTC))) {
                return month;
            }
        }
        return null;
    }

    /**
     * A year and month that make a folder of the address ("/act/2005_05/NK_Talks.asp", "/2019/03/slug/"), as sites
     * that file their stories by month name them.
     */
    private static final Pattern ADDRESS_MONTH = Pattern.compile("/((?:19|20)\\d\\d)[/_-](0[1-9]|1[0-2])/");

    /**
     * The month of the first address that files its page by month; {@code null} when none does (or an address is
     * {@code null}), or the month is still to come.
     */
    static YearMonth inAddresses(String... addresses) {
        for (String address : addresses) {
            Matcher m = address == null ? null : ADDRESS_MONTH.matcher(address);
            if (m != null && m.find()) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                if (!month.isAfter(YearMonth.now(ZoneOffset.UTC))) {
                    return month;
                }
            }
        }
        return null;
    }

    static YearMonth read(String text) {
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.matches()) {
            return YearMonth.of(Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2)));
        }
        Matcher worded = WORDED.matcher(text);
        return worded.matches() ? YearMonth.of(Integer.parseInt(worded.group(2)), Month.valueOf(worded.group(1).toUpperCase(Locale.ROOT))) : null;
    }
}
