package org.sitrep.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.CalendarWords;
import org.sitrep.core.Span;

/**
 * The day a quotation was said, when its sentence dates the saying ("'Today, all of Sweden is in mourning,' he told
 * reporters on Saturday"): the speaker's "today" and "yesterday" count from that day, not from the day the story ran.
 */
final class SayingDay {
    private SayingDay() {
    }

    private static final String SAYING = "(?:said|says|told|added|stated|declared|wrote|tweeted)";
    private static final String DAY = "(?<day>" + String.join("|", CalendarWords.DAYS) + "|yesterday)";
    /** Words of one clause: no sentence end and no other quotation between the saying and its day. */
    private static final String CLAUSE = "[^.!?\\n“”\"]";
    /** "," he told reporters on Saturday": the saying and its day after the closing mark. */
    private static final Pattern AFTER = Pattern.compile("^" + CLAUSE + "{0,50}?\\b" + SAYING + "\\b" + CLAUSE + "{0,30}?\\b(?:on\\s+)?"
            + DAY + "\\b");
    /** "He said on Saturday: "": the saying and its day before the opening mark. */
    private static final Pattern BEFORE = Pattern.compile("\\b" + SAYING + "\\b" + CLAUSE + "{0,30}?\\b(?:on\\s+)?" + DAY + "\\b"
            + "[^.!?\\n“”\"\\p{L}]{0,5}$");

    /**
     * The day the quotation holding {@code at} was said, on or before the publication day; {@code null} when
     * {@code at} is outside quotation marks, or its sentence gives no day for the saying.
     */
    static LocalDate of(String text, int at, LocalDate published) {
        Span quote = Quotation.around(text, at);
        if (quote == null || published == null) {
            return null;
        }
        Matcher after = AFTER.matcher(text.substring(quote.end(), Math.min(text.length(), quote.end() + 120)));
        if (after.find()) {
            return day(after.group("day"), published);
        }
        Matcher before = BEFORE.matcher(text.substring(Math.max(0, quote.begin() - 60), quote.begin()));
        return before.find() ? day(before.group("day"), published) : null;
    }

    private static LocalDate day(String words, LocalDate published) {
        if (words.equals("yesterday")) {
            return published.minusDays(1);
        }
        return YearlessDates.weekday(DayOfWeek.valueOf(words.toUpperCase(Locale.ROOT)), Tense.PAST, published);
    }
}
