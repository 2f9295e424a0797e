package org.sitrep.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.Event;
import org.sitrep.learn.Labelled;
import org.sitrep.learn.LinearClassifier;

/**
 * Learns one of FA-KES's article columns (actor class or cause of death) from the studied half: a logistic
 * regression over what the events stage coded for the main event (its sub-type, the actor class and cause its
 * actor and sub-type stand for), the words of the title and lead, and the sides of the war it names
 * ({@link SideWords}). FA-KES's coders read the whole article (and
 * the rights group's record), and its classes group actors and weapons unlike ACLED's ("shelling" holds air strikes
 * and barrel bombs), which rules over ACLED's coding follow only in part.
 */
final class FaKesLearner {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");
    /** How much of the article's start counts as its lead, in characters. */
    private static final int LEAD = 600;
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "and", "or",
            "for", "with", "by", "from", "as", "is", "was", "were", "be", "been", "are", "that", "this", "it", "its",
            "their", "his", "her", "said", "has", "have", "had");
    private static final LinearClassifier.Settings SETTINGS = new LinearClassifier.Settings(0.5, 2);

    private FaKesLearner() {
    }

    /**
     * The features of one article: {@code rule} is what the rules alone read from the main event ("none" without
     * one), {@code main} that event, {@code others} every event the article reports.
     */
    static List<String> features(String title, String content, Optional<Event> main, String rule, List<Event> others) {
        Set<String> f = new LinkedHashSet<>();
        f.add("bias");
        f.add("rule=" + rule);
        f.add("sub=" + main.map(e -> e.subType().name()).orElse("none"));
        f.add("actor=" + main.map(FaKesClasses::actor).orElse("none"));
        main.map(e -> e.actor2() == null ? null : FaKesClasses.actorClass(e.actor2().name()))
                .ifPresent(a -> f.add("actor2=" + a));
        for (Event e : others) {
            f.add("any-sub=" + e.subType().name());
            f.add("any-actor=" + FaKesClasses.actor(e));
        }
        words(title, "t=", f);
        String lead = content.substring(0, Math.min(content.length(), LEAD));
        words(lead, "w=", f);
        sides(lead, content, f);
        return new ArrayList<>(f);
    }

    /**
     * The features of one article for its actor class: those of {@link #features}, and the part each side plays in
     * the killing the title and the lead tell ({@link SideWords#roles}), since FA-KES's actor is the side that
     * killed, which is as often the object of the sentence ("killed in clashes with IS") as its subject.
     */
    static List<String> actorFeatures(String title, String content, Optional<Event> main, String rule, List<Event> others) {
        List<String> f = new ArrayList<>(features(title, content, main, rule, others));
        String lead = content.substring(0, Math.min(content.length(), LEAD));
        SideWords.roles(title).forEach((side, role) -> f.add("t-" + role + "=" + side));
        SideWords.roles(lead).forEach((side, role) -> f.add("lead-" + role + "=" + side));
        return f;
    }

    /**
     * The sides the lead names, and how often the whole article names each (0-1, 2-3, 4 or more times): who killed
     * is mostly named near the top, and the side a report keeps naming is mostly the one it is about.
     */
    private static void sides(String lead, String content, Set<String> into) {
        SideWords.counts(lead).keySet().forEach(side -> into.add("lead-side=" + side));
        SideWords.counts(content).forEach((side, n) -> into.add("side=" + side + Math.min(n, 5) / 2));
    }

    private static void words(String text, String prefix, Set<String> into) {
        Matcher m = WORD.matcher(text);
        String previous = "<s>";
        while (m.find()) {
            String w = stem(m.group().toLowerCase(Locale.ROOT));
            if (!STOP.contains(w) && !Character.isDigit(w.charAt(0))) {
                into.add(prefix + w);
                into.add(prefix + previous + "_" + w);
                previous = w;
            }
        }
    }

    /** A light stem, so that "strikes", "struck" stay apart but "airstrike" and "airstrikes" meet. */
    private static String stem(String w) {
        for (String suffix : new String[] {"ings", "ing", "es", "ed", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    /** A model trained on all of {@code examples}. */
    static LinearClassifier train(List<Labelled> examples) {
        return LinearClassifier.train(examples, SETTINGS);
    }

    /** The most probable label for {@code features}. */
    static String predict(LinearClassifier model, List<String> features) {
        return model.scores(features).entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElseThrow();
    }

    /**
     * Each example's label as predicted by a model trained on the other {@code folds - 1} folds (examples assigned
     * to folds by their group), in the order of {@code examples}.
     */
    static List<String> crossValidated(List<Labelled> examples, int folds) {
        return crossValidatedWith(examples, folds, SETTINGS);
    }

    static List<String> crossValidatedWith(List<Labelled> examples, int folds, LinearClassifier.Settings settings) {
        String[] out = new String[examples.size()];
        for (FoldModel f : foldModels(examples, folds, 0, settings)) {
            for (int i : f.heldOut()) {
                out[i] = predict(f.model(), examples.get(i).features());
            }
        }
        return List.of(out);
    }

    /**
     * A model trained on all examples but those of one fold, and the indices (into the examples) of that fold's.
     */
    record FoldModel(LinearClassifier model, List<Integer> heldOut) {
    }

    /**
     * The {@code folds} models of one cross-validation of {@code examples}, whose groups are dealt to folds by
     * {@code split}: split 0 is the split {@link #crossValidated} reports, and every other number deals them
     * otherwise, always the same way for the same number.
     */
    static List<FoldModel> foldModels(List<Labelled> examples, int folds, int split) {
        return foldModels(examples, folds, split, SETTINGS);
    }

    private static List<FoldModel> foldModels(List<Labelled> examples, int folds, int split,
                                              LinearClassifier.Settings settings) {
        List<FoldModel> out = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<Labelled> train = new ArrayList<>();
            List<Integer> heldOut = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (foldOf(examples.get(i), folds, split) == fold) {
                    heldOut.add(i);
                } else {
                    train.add(examples.get(i));
                }
            }
            if (!heldOut.isEmpty()) {
                out.add(new FoldModel(LinearClassifier.train(train, settings), List.copyOf(heldOut)));
            }
        }
        return out;
    }

    static int foldOf(Labelled e, int folds, int split) {
        int h = e.group().hashCode();
        if (split == 0) {
            return Math.floorMod(h * 31 + 7, folds);
        }
        // a 64-bit mix (SplitMix64's finaliser) of the group and the split, so that each split deals groups anew
        long z = h + split * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (int) Math.floorMod(z ^ (z >>> 31), (long) folds);
    }
}
