package org.sitrep.eval;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.sitrep.core.DateExpression;
import org.sitrep.core.Span;
import org.sitrep.nlp.DateExpressionFinder;

/**
 * Date expressions against TimeML gold (TempEval-3's TimeBank and AQUAINT): for every gold TIMEX3 of type DATE, with
 * the document's creation day as the publication day, whether Sitrep marks a span that overlaps it ("found"), and
 * whether that span's value is the gold value ("value exact", among the found and over all). Values are compared on
 * their day part (Sitrep gives no time of day: gold "1998-04-18TNI" is "1998-04-18"), and a decade as Sitrep writes it
 * ("199X" for TimeML's "199"). The two halves are apart by {@link HalfSplit} on the document id: "dev" is studied,
 * "test" only reported.
 */
public final class TimexEvaluation {
    private static final int CONTEXT_CHARS = 70;

    private final DateExpressionFinder finder = new DateExpressionFinder();
    private final Consumer<Figure> out;
    private final Consumer<String> devErrors;

    /**
     * @param devErrors receives one line per gold date of the development half that is missed or valued wrongly, with
     *                  its document, creation day and words around it, to study; never one of the test half
     */
    public TimexEvaluation(Consumer<Figure> out, Consumer<String> devErrors) {
        this.out = out;
        this.devErrors = devErrors;
    }

    /** How precisely a gold value gives its date; the figures are also printed for each. */
    enum Granularity {
        DAY, MONTH, YEAR, SEASON_OR_WEEK, OTHER;

        static Granularity of(String value) {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return DAY;
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return MONTH;
            }
            if (value.matches("\\d{4}")) {
                return YEAR;
            }
            return value.matches("\\d{4}-(SP|SU|FA|WI|W\\d{2})") ? SEASON_OR_WEEK : OTHER;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '/').replace("/or/", " or ");
        }
    }

    /** Scores every TimeML document under {@code dir}, as "timex dev ..." and "timex test ..." figures. */
    public void score(Path dir) {
        List<TimexCorpus.Document> documents = TimexCorpus.read(dir);
        score("timex dev", HalfSplit.dev(documents, TimexCorpus.Document::id), devErrors);
        score("timex test", HalfSplit.test(documents, TimexCorpus.Document::id), m -> { });
    }

    private void score(String prefix, List<TimexCorpus.Document> documents, Consumer<String> errors) {
        Tally all = new Tally();
        Map<Granularity, Tally> byGranularity = new EnumMap<>(Granularity.class);
        for (TimexCorpus.Document d : documents) {
            List<DateExpression> found = finder.find(d.text(), d.created());
            for (TimexCorpus.Timex gold : d.timexes()) {
                if (!gold.type().equals("DATE")) {
                    continue;
                }
                String truth = comparable(gold.value());
                DateExpression answer = bestOverlap(gold.span(), found);
                String value = answer == null ? null : answer.value();
                boolean right = truth.equals(value);
                all.add(answer != null, right, truth.equals(d.created().toString()));
                byGranularity.computeIfAbsent(Granularity.of(truth), g -> new Tally()).add(answer != null, right, false);
                if (!right) {
                    errors.accept(d.id() + " (" + d.created() + ") \"" + gold.text() + "\": gold " + truth + ", got "
                            + (answer == null ? "nothing" : "\"" + answer.text() + "\" " + value) + " | " + SpanContext.around(d.text(), gold.span(), CONTEXT_CHARS));
                }
            }
        }
        out.accept(new Figure(prefix + " documents", documents.size()));
        out.accept(new Figure(prefix + " dates", all.dates));
        out.accept(new Figure(prefix + " found", share(all.found, all.dates)));
        out.accept(new Figure(prefix + " value exact among found", share(all.right, all.found)));
        out.accept(new Figure(prefix + " value exact", share(all.right, all.dates)));
        out.accept(new Figure(prefix + " value exact, baseline (every date the creation day)", share(all.creationDay, all.dates)));
        for (Granularity g : Granularity.values()) {
            Tally t = byGranularity.getOrDefault(g, new Tally());
            out.accept(new Figure(prefix + " " + g.label() + " dates", t.dates));
            out.accept(new Figure(prefix + " " + g.label() + " found", share(t.found, t.dates)));
            out.accept(new Figure(prefix + " " + g.label() + " value exact", share(t.right, t.dates)));
        }
    }

    /**
     * The gold value as Sitrep would write it: its day part, a decade with its X ("199" is "199X"), and a week with the
     * two digits ISO-8601 gives it ("2000-W6" is "2000-W06": some TimeML annotators wrote one).
     */
    static String comparable(String value) {
        String v = value.contains("T") && value.matches("\\d{4}-.*") ? value.substring(0, value.indexOf('T')) : value;
        if (v.matches("\\d{4}-W\\d")) {
            return v.substring(0, 6) + "0" + v.substring(6);
        }
        return v.matches("\\d{3}") ? v + "X" : v;
    }

    /** The found expression overlapping {@code gold} by the most characters, the first of equals; null when none overlaps. */
    static DateExpression bestOverlap(Span gold, List<DateExpression> found) {
        DateExpression best = null;
        int most = 0;
        for (DateExpression e : found) {
            int overlap = Math.min(gold.end(), e.span().end()) - Math.max(gold.begin(), e.span().begin());
            if (overlap > most) {
                best = e;
                most = overlap;
            }
        }
        return best;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** Gold dates, those found, those valued right, and those that are the creation day (the naive baseline's right ones). */
    private static final class Tally {
        int dates;
        int found;
        int right;
        int creationDay;

        void add(boolean isFound, boolean isRight, boolean isCreationDay) {
            dates++;
            found += isFound ? 1 : 0;
            right += isRight ? 1 : 0;
            creationDay += isCreationDay ? 1 : 0;
        }
    }
}
