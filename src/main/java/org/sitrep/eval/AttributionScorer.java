package org.sitrep.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.Span;
import org.sitrep.core.SpeakerBasis;

/**
 * Scores predicted statements against gold attributions. A gold attribution's content is found when a predicted
 * statement (of either kind) overlaps it by at least half of the shorter of the two; its speaker is right when the
 * predicted speaker span overlaps the gold Source span or the predicted speaker's name shares a word with it.
 * Direct quotes are gold contents with quote marks; the rest is reported speech.
 */
final class AttributionScorer {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "him", "her", "them", "you", "his");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "and", "mr", "mrs", "ms", "dr", "said", "says", "for",
            "to", "in", "on", "at", "by", "with", "from", "s");

    private int goldDirect;
    private int goldDirectNamed;
    private int directFound;
    private int directFoundRightSpeaker;
    private int directNamedRightByName;
    private int predictedDirect;
    private int predictedDirectMatched;
    private int goldReported;
    private int reportedFound;
    private int reportedFoundRightSpeaker;
    private int predictedReported;
    private int predictedReportedMatched;
    private int predictedReportedMatchedRightSpeaker;
    /** Per speaker basis: statements matched to gold, and of those with the right speaker. */
    private final Map<SpeakerBasis, int[]> byBasis = new EnumMap<>(SpeakerBasis.class);
    /** Direct quotes found with a wrong or missing speaker, one line each, for studying a split's errors. */
    private final List<String> directSpeakerErrors = new ArrayList<>();
    /** Direct quotes whose speaker span is right but whose name shares no word with the gold source's words. */
    private final List<String> directNameOnlyErrors = new ArrayList<>();
    /** Reported statements predicted that match no gold attribution, one line each, for studying a split's errors. */
    private final List<String> falseReported = new ArrayList<>();
    /** Reported statements predicted that match a gold attribution with a source but give another speaker, one line each. */
    private final List<String> reportedSpeakerErrors = new ArrayList<>();
    /** Gold reported statements that no prediction matches, one line each, for studying a split's misses. */
    private final List<String> missedReported = new ArrayList<>();

    void add(List<GoldAttribution> gold, List<Predicted> predicted) {
        add(gold, predicted, null);
    }

    /** As {@link #add(List, List)}; {@code text}, the gold text, gives each listed speaker error its context. */
    void add(List<GoldAttribution> gold, List<Predicted> predicted, String text) {
        for (GoldAttribution g : gold) {
            Predicted match = best(g, predicted);
            boolean right = match != null && speakerRight(match, g);
            if (g.direct()) {
                goldDirect++;
                directFound += match != null ? 1 : 0;
                directFoundRightSpeaker += right ? 1 : 0;
                if (match != null && !right && g.source() != null) {
                    directSpeakerErrors.add(errorLine(match, g, text));
                }
                if (g.source() != null && !isPronoun(g.sourceText())) {
                    goldDirectNamed++;
                    boolean byName = match != null && sharesWord(match.speakerName(), g.sourceText());
                    directNamedRightByName += byName ? 1 : 0;
                    if (match != null && right && !byName) {
                        directNameOnlyErrors.add(errorLine(match, g, text));
                    }
                }
            } else {
                goldReported++;
                reportedFound += match != null ? 1 : 0;
                reportedFoundRightSpeaker += right ? 1 : 0;
                if (match == null) {
                    missedReported.add(missedLine(g, text));
                }
            }
        }
        for (Predicted p : predicted) {
            GoldAttribution g = bestGold(p, gold);
            if (g != null && g.source() != null && p.basis() != null) {
                int[] counts = byBasis.computeIfAbsent(p.basis(), b -> new int[2]);
                counts[0]++;
                counts[1] += speakerRight(p, g) ? 1 : 0;
            }
            if (p.direct()) {
                predictedDirect++;
                predictedDirectMatched += g != null ? 1 : 0;
            } else {
                predictedReported++;
                predictedReportedMatched += g != null ? 1 : 0;
                if (g == null) {
                    falseReported.add(falseLine(p, text));
                } else if (g.source() != null && !speakerRight(p, g)) {
                    reportedSpeakerErrors.add(errorLine(p, g, text));
                }
                predictedReportedMatchedRightSpeaker += g != null && speakerRight(p, g) ? 1 : 0;
            }
        }
    }

    private static String errorLine(Predicted p, GoldAttribution g, String text) {
        String quote = text == null ? g.contentText()
                : text.substring(Math.max(0, g.content().begin() - 200), Math.min(text.length(), g.content().end() + 120));
        return (p.basis() == null ? "none" : p.basis().label()) + "\tsaid by: " + g.sourceText() + "\tgiven: " + p.speakerName()
                + "\t" + quote.replaceAll("\\s+", " ");
    }

    /**
     * A reported statement that matches no gold attribution: its basis, the speaker given, its words, and the words
     * around it (none when {@code text} is {@code null}).
     */
    private static String falseLine(Predicted p, String text) {
        String words = text == null ? "" : p.content().of(text);
        return (p.basis() == null ? "none" : p.basis().label()) + "\tgiven: " + p.speakerName() + "\t" + words.replaceAll("\\s+", " ")
                + "\tin: " + around(text, p.content());
    }

    /** The words around {@code words} on one line: 150 characters before, 60 after; empty when {@code text} is {@code null}. */
    private static String around(String text, Span words) {
        return text == null ? ""
                : text.substring(Math.max(0, words.begin() - 150), Math.min(text.length(), words.end() + 60)).replaceAll("\\s+", " ");
    }

    /**
     * A gold reported statement no prediction matches: its source, its words, and the words around them (none when
     * {@code text} is {@code null}).
     */
    private static String missedLine(GoldAttribution g, String text) {
        return "said by: " + g.sourceText() + "\t" + g.contentText().replaceAll("\\s+", " ") + "\tin: " + around(text, g.content());
    }

    /** Gold reported statements that no prediction matches, in the order scored; empty if none. */
    List<String> missedReported() {
        return List.copyOf(missedReported);
    }

    /** Reported statements predicted that match no gold attribution, in the order scored; empty if none. */
    List<String> falseReported() {
        return List.copyOf(falseReported);
    }

    /** Reported statements matched to a gold statement with a source but given another speaker or none, as {@link #directSpeakerErrors}. */
    List<String> reportedSpeakerErrors() {
        return List.copyOf(reportedSpeakerErrors);
    }

    /** Direct quotes found whose speaker is wrong or missing: basis, gold source, speaker given, the quote's opening. */
    List<String> directSpeakerErrors() {
        return List.copyOf(directSpeakerErrors);
    }

    /**
     * Direct quotes whose speaker stands where the gold source does but whose name shares no word with it (a
     * description such as "the senator" shown as the name it stands for): right by span, wrong by the README protocol.
     */
    List<String> directNameOnlyErrors() {
        return List.copyOf(directNameOnlyErrors);
    }

    static boolean matches(Span a, Span b) {
        int overlap = Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin());
        return overlap > 0 && overlap >= 0.5 * Math.min(a.length(), b.length());
    }

    private static Predicted best(GoldAttribution g, List<Predicted> predicted) {
        Predicted best = null;
        for (Predicted p : predicted) {
            if (matches(p.content(), g.content()) && (best == null || speakerRight(p, g) && !speakerRight(best, g))) {
                best = p;
            }
        }
        return best;
    }

    private static GoldAttribution bestGold(Predicted p, List<GoldAttribution> gold) {
        GoldAttribution best = null;
        for (GoldAttribution g : gold) {
            if (matches(p.content(), g.content()) && (best == null || speakerRight(p, g) && !speakerRight(p, best))) {
                best = g;
            }
        }
        return best;
    }

    static boolean speakerRight(Predicted p, GoldAttribution g) {
        if (g.source() == null || p.speakerName() == null && p.speakerSpan() == null) {
            return false;
        }
        return p.speakerSpan() != null && p.speakerSpan().overlaps(g.source()) || sharesWord(p.speakerName(), g.sourceText());
    }

    static boolean isPronoun(String s) {
        return s != null && PRONOUNS.contains(s.strip().toLowerCase(Locale.ROOT));
    }

    static boolean sharesWord(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        Set<String> wordsOfB = Set.copyOf(words(b));
        return words(a).stream().anyMatch(wordsOfB::contains);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() > 1 && !STOP.contains(w) && !PRONOUNS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The figures, each name prefixed. */
    List<Figure> figures(String prefix) {
        List<Figure> out = new ArrayList<>();
        out.add(new Figure(prefix + " gold direct quotes", goldDirect));
        out.add(new Figure(prefix + " direct recall (content found)", ratio(directFound, goldDirect)));
        out.add(new Figure(prefix + " direct precision", ratio(predictedDirectMatched, predictedDirect)));
        out.add(new Figure(prefix + " direct found with right speaker (span or name)", ratio(directFoundRightSpeaker, goldDirect)));
        out.add(new Figure(prefix + " direct speaker accuracy given content found", ratio(directFoundRightSpeaker, directFound)));
        out.add(new Figure(prefix + " direct speaker accuracy, README protocol (named sources, name shares a word; "
                + directNamedRightByName + " of " + goldDirectNamed + ")", ratio(directNamedRightByName, goldDirectNamed)));
        out.add(new Figure(prefix + " gold reported statements", goldReported));
        out.add(new Figure(prefix + " predicted reported statements", predictedReported));
        double p = ratio(predictedReportedMatched, predictedReported);
        double r = ratio(reportedFound, goldReported);
        out.add(new Figure(prefix + " reported precision", p));
        out.add(new Figure(prefix + " reported recall", r));
        out.add(new Figure(prefix + " reported F1", f1(p, r)));
        double ps = ratio(predictedReportedMatchedRightSpeaker, predictedReported);
        double rs = ratio(reportedFoundRightSpeaker, goldReported);
        out.add(new Figure(prefix + " reported precision with right speaker", ps));
        out.add(new Figure(prefix + " reported recall with right speaker", rs));
        out.add(new Figure(prefix + " reported F1 with right speaker", f1(ps, rs)));
        byBasis.forEach((basis, k) -> out.add(new Figure(prefix + " speaker right by basis " + basis.label()
                + " (" + k[1] + " of " + k[0] + ")", ratio(k[1], k[0]))));
        return out;
    }

    /** Direct-quote figures only, for systems that find no reported speech. */
    List<Figure> directFigures(String prefix) {
        return figures(prefix).subList(0, 6);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
