package org.sitrep.core;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How often a source is polled, as people write it: "15m", "1h", "30s", "2d", or ISO-8601 ("PT15M"); at least a minute. */
public final class PollInterval {
    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*([smhd])");

    private PollInterval() {
    }

    /**
     * Reads an interval.
     *
     * @param input names the input in the error ("--every", "every")
     * @throws InputException when the text is neither form, or under a minute
     */
    public static Duration parse(String input, String text) {
        Matcher m = SHORT.matcher(text.strip());
        Duration d;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        } else {
            try {
                d = Duration.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new InputException(input, "must be like 15m, 1h, 30s, 2d or PT15M; got: " + text);
            }
        }
        if (d.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new InputException(input, "must be at least one minute; got: " + text);
        }
        return d;
    }

    /** The interval as the short form reads it back: "15m", "2h", "1d", or seconds. */
    public static String text(Duration d) {
        long s = d.toSeconds();
        if (s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s % 3_600 == 0) {
            return s / 3_600 + "h";
        }
        return s % 60 == 0 ? s / 60 + "m" : s + "s";
    }
}
