package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.QuoteKind;
import org.sitrep.nlp.BaselineQuotes;

/**
 * The seed's gold statements (quotes identified by their first words, speakers by name, the non-quotes, the
 * reported statements) against what the pipeline found. A speaker is right when its canonical name is the gold
 * name or ends in the gold surname.
 */
final class SeedQuoteScore {
    private final List<Map<?, ?>> quotes;
    private final List<Map<?, ?>> notQuotes;
    private final List<Map<?, ?>> reported;

    @SuppressWarnings("unchecked")
    SeedQuoteScore(Map<?, ?> gold) {
        this.quotes = (List<Map<?, ?>>) gold.get("quotes");
        this.notQuotes = (List<Map<?, ?>>) gold.get("not_quotes");
        this.reported = (List<Map<?, ?>>) gold.get("reported_speech");
    }

    List<Figure> score(List<AttributedQuote> found) {
        List<AttributedQuote> quoted = found.stream().filter(q -> q.quote().kind() != QuoteKind.REPORTED).toList();
        List<AttributedQuote> said = found.stream().filter(q -> q.quote().kind() == QuoteKind.REPORTED).toList();
        int foundQuotes = 0;
        int speakers = 0;
        int kinds = 0;
        int roles = 0;
        int rolesAsked = 0;
        int media = 0;
        int mediaAsked = 0;
        int days = 0;
        int daysAsked = 0;
        for (Map<?, ?> g : quotes) {
            AttributedQuote q = starting(quoted, (String) g.get("starts"));
            if (q == null) {
                continue;
            }
            foundQuotes++;
            speakers += sameSpeaker(q.speakerName(), (String) g.get("speaker")) ? 1 : 0;
            kinds += q.quote().kind().label().equals(g.get("kind").equals("full") ? "direct" : g.get("kind")) ? 1 : 0;
            if (g.get("speaker_role") != null) {
                rolesAsked++;
                roles += q.quote().speaker() != null && Objects.equals(q.quote().speaker().role(), g.get("speaker_role")) ? 1 : 0;
            }
            if (g.get("medium") != null) {
                mediaAsked++;
                media += Objects.equals(q.quote().medium(), g.get("medium")) ? 1 : 0;
            }
            if (g.get("said_on") != null) {
                daysAsked++;
                days += Objects.equals(q.quote().saidOn(), g.get("said_on")) ? 1 : 0;
            }
        }
        int falseQuotes = 0;
        for (Map<?, ?> n : notQuotes) {
            String text = QuoteEvaluation.normalise((String) n.get("text"));
            falseQuotes += quoted.stream().anyMatch(q -> QuoteEvaluation.normalise(q.quote().text()).replaceAll("[.,]$", "").equals(text)) ? 1 : 0;
        }
        int required = 0;
        int reportedRight = 0;
        int matchedReported = 0;
        for (Map<?, ?> r : reported) {
            boolean optional = Boolean.TRUE.equals(r.get("optional"));
            AttributedQuote q = starting(said, (String) r.get("content_starts"));
            matchedReported += q != null ? 1 : 0;
            if (!optional) {
                required++;
                reportedRight += q != null && sameSpeaker(q.speakerName(), (String) r.get("speaker")) ? 1 : 0;
            }
        }
        List<Figure> out = new ArrayList<>();
        out.add(new Figure("seed quotes found (of " + quotes.size() + ")", foundQuotes));
        out.add(new Figure("seed quote speakers right (of " + quotes.size() + ")", speakers));
        out.add(new Figure("seed quote kinds right (of " + quotes.size() + ")", kinds));
        out.add(new Figure("seed quote roles right (of " + rolesAsked + ")", roles));
        out.add(new Figure("seed quote media right (of " + mediaAsked + ")", media));
        out.add(new Figure("seed quote days right (of " + daysAsked + ")", days));
        out.add(new Figure("seed non-quotes taken for quotes (of " + notQuotes.size() + ")", falseQuotes));
        out.add(new Figure("seed quotes predicted", quoted.size()));
        out.add(new Figure("seed required reported statements found with speaker (of " + required + ")", reportedRight));
        out.add(new Figure("seed reported statements predicted", said.size()));
        out.add(new Figure("seed reported precision", said.isEmpty() ? 0 : (double) matchedReported / said.size()));
        return out;
    }

    int baselineSpeakersRight(String text, List<BaselineQuotes.Found> found) {
        int right = 0;
        for (Map<?, ?> g : quotes) {
            String start = QuoteEvaluation.normalise((String) g.get("starts"));
            for (BaselineQuotes.Found f : found) {
                if (QuoteEvaluation.normalise(f.span().of(text)).startsWith(start)) {
                    right += sameSpeaker(f.speaker(), (String) g.get("speaker")) ? 1 : 0;
                    break;
                }
            }
        }
        return right;
    }

    private static AttributedQuote starting(List<AttributedQuote> found, String start) {
        String s = QuoteEvaluation.normalise(start);
        return found.stream().filter(q -> QuoteEvaluation.normalise(q.quote().text()).startsWith(s)).findFirst().orElse(null);
    }

    static boolean sameSpeaker(String ours, String gold) {
        if (ours == null || gold == null) {
            return false;
        }
        if (ours.equalsIgnoreCase(gold)) {
            return true;
        }
        String[] g = gold.split("\\s+");
        String[] o = ours.split("\\s+");
        return o[o.length - 1].equalsIgnoreCase(g[g.length - 1]);
    }
}
