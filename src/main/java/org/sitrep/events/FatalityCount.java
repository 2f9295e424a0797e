package org.sitrep.events;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deaths a sentence states for the incident it reports: "killed at least 56", "12 militants and seven soldiers
 * were killed" (19), "the death toll rose to 112", "dozens were killed". Vague words count as ACLED codes them: "a
 * few" and "several" 3, "a dozen" and "dozens" 12, "scores" 20, "hundreds" 100. The wounded never count.
 */
final class FatalityCount {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("a dozen", 12), Map.entry("dozens", 12),
            Map.entry("several", 3), Map.entry("a few", 3), Map.entry("scores", 20), Map.entry("hundreds", 100));
    private static final String UNIT = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
            + "|ninety)";
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+|" + UNIT + "(?:[- ]" + UNIT + ")?"
            + "|a dozen|dozens|several|a few|scores|hundreds|an?|a hundred)";
    private static final String BOUND = "(?:at least |more than |over |some |about |around |nearly |almost |up to "
            + "|as many as |an estimated )?";
    /** Who died: "people", "Syrian soldiers", "members of the family"; or nobody named ("12 were killed"). */
    private static final String NOUN = "(?:(?:[\\w'-]+ ){0,2}?(?:people|persons|civilians?|soldiers?|troops|fighters?"
            + "|militants?|rebels?|members?|policem[ae]n|police officers?|officers?|children|child|women|woman|men|man"
            + "|boys?|girls?|residents?|protesters?|demonstrators?|students?|workers?|farmers?|journalists?"
            + "|insurgents?|jihadists?|gunmen|gunman|attackers?|assailants?|personnel|others|villagers?|family"
            + "|relatives|brothers|sisters|worshippers|pilgrims|passengers|guards?|servicemen|victims|bodies"
            + "|terrorists?|combatants?|recruits|commanders?|pedestrians|shepherds?|displaced)"
            + "(?: of [\\w'-]+(?: [\\w'-]+)?)? )?";
    private static final String DIED = "(?:were|was|have been|has been|had been|are|is)?\\s*(?:reportedly |also )?"
            + "(?:killed|dead|died|slain|executed|shot dead|beheaded|massacred|lost their lives|lost his life"
            + "|lost her life|perished)";
    private static final Pattern DEATHS_AFTER = Pattern.compile(
            "\\b" + BOUND + NUMBER + " " + NOUN + DIED + "\\b");
    private static final Pattern KILLING = Pattern.compile(
            "\\b(?:killing|killed|kills|kill|left|leaving|claimed|claiming)\\s+" + BOUND + NUMBER
                    + "\\b(?! (?:injured|wounded|hurt)\\b)(?! (?:of|percent|per cent|km|kilometres|miles)\\b)");
    private static final Pattern TOLL = Pattern.compile(
            "\\b(?:death toll|toll|deaths?|fatalities|dead)\\b(?:[\\w ]{0,30}?)\\b(?:to|at|of|reached|hit|stood at"
                    + "|rose to|climbed to)\\s+" + BOUND + NUMBER + "\\b");
    private static final Pattern AND_MORE = Pattern.compile(
            NUMBER + " " + NOUN + "and $");

    private FatalityCount() {
    }

    /** The deaths {@code sentence} states; empty when it states none. */
    static Optional<Integer> in(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        Matcher m = DEATHS_AFTER.matcher(s);
        if (m.find()) {
            int n = value(m.group(1));
            Matcher before = AND_MORE.matcher(s.substring(Math.max(0, m.start() - 60), m.start()));
            if (before.find()) {
                n += value(before.group(1));
            }
            return Optional.of(n);
        }
        for (Pattern p : new Pattern[] {TOLL, KILLING}) {
            m = p.matcher(s);
            if (m.find()) {
                return Optional.of(value(m.group(1)));
            }
        }
        return Optional.empty();
    }

    /** The value of a number in digits or words. */
    static int value(String number) {
        String n = number.strip();
        if (n.matches("[\\d,]+")) {
            return Integer.parseInt(n.replace(",", ""));
        }
        Integer whole = WORDS.get(n);
        if (whole != null) {
            return whole;
        }
        int sum = 0;
        for (String part : n.split("[- ]")) {
            sum += WORDS.getOrDefault(part, 0);
        }
        return sum;
    }
}
