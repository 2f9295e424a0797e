package org.sitrep.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sitrep.core.Article;
import org.sitrep.core.Event;
import org.sitrep.core.GreatCircle;
import org.sitrep.core.Place;
import org.sitrep.core.Processed;
import org.sitrep.learn.Labelled;
import org.sitrep.learn.LinearClassifier;

/**
 * Scores the events stage on ACLED's coded events (from each event's note alone, with the event date as the
 * publication date) and on FA-KES's articles (the main event's governorate, actor class, cause and date), each
 * beside a majority-class baseline and split into the half one studies and the half one only reports.
 */
public final class EventEvaluation {
    private static final DateTimeFormatter ACLED_DATE = DateTimeFormatter.ofPattern("d-MMM-yy", Locale.ENGLISH);
    private static final DateTimeFormatter FAKES_DATE = DateTimeFormatter.ofPattern("M/d/yy", Locale.ENGLISH);

    private final Function<Article, Processed> pipeline;
    private final Consumer<Figure> out;
    private final Consumer<String> devErrors;
    private final Function<String, List<Place>> gazetteer;

    /**
     * @param pipeline  processes an article through every stage, events included
     * @param devErrors receives a line for each row of the studied half that is wrong in some way (only that half,
     *                  so that the other stays unseen)
     */
    public EventEvaluation(Function<Article, Processed> pipeline, Consumer<Figure> out, Consumer<String> devErrors) {
        this(pipeline, out, devErrors, name -> List.of());
    }

    /**
     * @param gazetteer the places the gazetteer knows by a name, asked only to tell, for a studied row placed more
     *                  than 25 km off, whether the gazetteer holds the row's location at all ({@link LocationMiss})
     */
    public EventEvaluation(Function<Article, Processed> pipeline, Consumer<Figure> out, Consumer<String> devErrors,
                           Function<String, List<Place>> gazetteer) {
        this.pipeline = pipeline;
        this.out = out;
        this.devErrors = devErrors;
        this.gazetteer = gazetteer;
    }

    /** Why a studied ACLED row's main event was placed more than 25 km from the row's location. */
    enum LocationMiss {
        /** No place of the location's name lies within 25 km of it in the gazetteer: data. */
        ABSENT,
        /** The gazetteer holds it under that name, and the event was placed at another place of the same name: choice. */
        CHOICE,
        /**
         * The gazetteer holds it, but the event was placed at another name of the note (its region, a place named
         * beside it) or nowhere: recognition, or which place of the note is the event's.
         */
        OTHER_NAME
    }

    private final Map<LocationMiss, Integer> locationMisses = new java.util.EnumMap<>(LocationMiss.class);

    /**
     * ACLED names a part of a city as "Aleppo - Sheikh Maqsoud" and a site as "Omar - Oil Fields": either part may be
     * the gazetteer's name.
     */
    private LocationMiss locationMiss(Map<String, String> row, Optional<Event> main) {
        double lat = Double.parseDouble(row.get("latitude"));
        double lon = Double.parseDouble(row.get("longitude"));
        List<String> names = new ArrayList<>(List.of(row.get("location").strip()));
        names.addAll(List.of(row.get("location").split("\\s+-\\s+")));
        boolean held = names.stream().map(String::strip).filter(n -> !n.isEmpty()).flatMap(n -> gazetteer.apply(n).stream())
                .anyMatch(p -> GreatCircle.kilometres(lat, lon, p.lat(), p.lon()) <= 25);
        if (!held) {
            return LocationMiss.ABSENT;
        }
        boolean sameName = main.filter(e -> e.place() != null)
                .map(e -> names.stream().anyMatch(n -> n.strip().equalsIgnoreCase(e.place().text().strip())
                        || gazetteer.apply(n.strip()).contains(e.place().place())))
                .orElse(false);
        return sameName ? LocationMiss.CHOICE : LocationMiss.OTHER_NAME;
    }

    /** The seed's events E1-E4 against its gold.json; {@code processed} is the seed as the pipeline read it. */
    public void seed(Map<?, ?> gold, Processed processed) {
        SeedEventScore.score(gold, processed).forEach(out);
    }

    /** ACLED figures for {@code csv} (ACLED's export columns), for all rows and for each half. */
    public void acled(Path csv) {
        List<Map<String, String>> rows = CsvTable.records(csv);
        List<AcledScore> scores = new ArrayList<>();
        for (Map<String, String> row : rows) {
            scores.add(acledRow(row));
        }
        report("acled", rows, scores);
        report("acled dev", HalfSplit.dev(indices(rows), i -> rows.get(i).get("event_id_cnty")), rows, scores);
        report("acled test", HalfSplit.test(indices(rows), i -> rows.get(i).get("event_id_cnty")), rows, scores);
        for (LocationMiss m : LocationMiss.values()) {
            out.accept(new Figure("acled dev location misses " + m.name().toLowerCase(Locale.ROOT), locationMisses.getOrDefault(m, 0)));
        }
    }

    private AcledScore acledRow(Map<String, String> row) {
        LocalDate date = parse(row.get("event_date"), ACLED_DATE);
        Article article = new Article(null, "", List.of(), date, null, null, List.of(),
                List.of(row.get("notes")), "en");
        Processed processed = pipeline.apply(article);
        Optional<Event> main = mainEvent(processed);
        String type = main.map(e -> e.type().label()).orElse("none");
        String sub = main.map(e -> e.subType().label()).orElse("none");
        boolean actor = main.map(e -> ActorNames.same(e.actor1().name(), row.get("actor1"))).orElse(false);
        double km = main.filter(e -> e.place() != null).map(e -> GreatCircle.kilometres(e.place().place().lat(),
                e.place().place().lon(), Double.parseDouble(row.get("latitude")),
                Double.parseDouble(row.get("longitude")))).orElse(Double.POSITIVE_INFINITY);
        boolean near = km <= 25;
        boolean sameDay = main.map(e -> date != null && date.toString().equals(e.date())).orElse(false);
        AcledScore score = new AcledScore(type, sub, actor, near, sameDay);
        LocationMiss miss = near || HalfSplit.isTest(row.get("event_id_cnty")) ? null : locationMiss(row, main);
        if (miss != null) {
            locationMisses.merge(miss, 1, Integer::sum);
        }
        if (!HalfSplit.isTest(row.get("event_id_cnty")) && !(score.subType().equals(row.get("sub_event_type"))
                && actor && near && sameDay)) {
            devErrors.accept(row.get("event_id_cnty") + " gold: " + row.get("sub_event_type") + " | "
                    + row.get("actor1") + " | " + row.get("location") + " | " + row.get("event_date") + "\n  got: "
                    + main.map(e -> e.subType().label() + " | " + e.actor1().name() + " | "
                    + (e.place() == null ? "-" : e.place().text() + " (" + e.place().place().name() + ", "
                    + e.place().place().country() + ")") + " | " + e.date()).orElse("none")
                    + (near ? "" : "\n  place (" + miss + "): " + (Double.isInfinite(km) ? "none" : Math.round(km) + " km") + " from "
                    + row.get("location") + " (" + row.get("admin2") + ", " + row.get("admin1") + ", " + row.get("country") + ")")
                    + "\n  note: " + row.get("notes"));
        }
        return score;
    }

    /** What one ACLED row's main event got: its type and sub-type as coded, and whether the rest was right. */
    private record AcledScore(String type, String subType, boolean actor1, boolean within25km, boolean date) {
    }

    private void report(String name, List<Map<String, String>> rows, List<AcledScore> scores) {
        report(name, indices(rows), rows, scores);
    }

    private void report(String name, List<Integer> which, List<Map<String, String>> rows, List<AcledScore> scores) {
        int n = which.size();
        List<String> goldTypes = which.stream().map(i -> rows.get(i).get("event_type")).toList();
        List<String> gotTypes = which.stream().map(i -> scores.get(i).type()).toList();
        List<String> goldSubs = which.stream().map(i -> rows.get(i).get("sub_event_type")).toList();
        List<String> gotSubs = which.stream().map(i -> scores.get(i).subType()).toList();
        out.accept(new Figure(name + " events", n));
        out.accept(new Figure(name + " event type accuracy", Agreement.accuracy(goldTypes, gotTypes)));
        out.accept(new Figure(name + " event type macro-F1", Agreement.macroF1(goldTypes, gotTypes)));
        out.accept(new Figure(name + " event type accuracy, majority baseline", Agreement.majorityAccuracy(goldTypes)));
        out.accept(new Figure(name + " sub-event type accuracy", Agreement.accuracy(goldSubs, gotSubs)));
        out.accept(new Figure(name + " sub-event type accuracy, majority baseline", Agreement.majorityAccuracy(goldSubs)));
        out.accept(new Figure(name + " actor1 right", share(which, i -> scores.get(i).actor1())));
        out.accept(new Figure(name + " actor1 right, majority baseline",
                Agreement.majorityAccuracy(which.stream().map(i -> ActorNames.key(rows.get(i).get("actor1"))).toList())));
        out.accept(new Figure(name + " location within 25 km", share(which, i -> scores.get(i).within25km())));
        out.accept(new Figure(name + " date exact", share(which, i -> scores.get(i).date())));
    }

    /**
     * FA-KES figures for {@code csv}, for all rows and for each half. Actor class and cause are learned from the
     * studied half ({@link FaKesLearner}): its figures are cross-validated over {@value #FOLDS} folds, and the other
     * half is read by a model trained on all of the studied one; the rules alone are reported beside them.
     */
    public void faKes(Path csv) {
        List<Map<String, String>> rows = CsvTable.records(csv);
        List<FaKesRead> reads = new ArrayList<>();
        for (Map<String, String> row : rows) {
            reads.add(faKesRead(row));
        }
        List<Integer> dev = HalfSplit.dev(indices(rows), i -> rows.get(i).get("unit_id"));
        List<String> actors = learned(rows, reads, dev, "actor", r -> r.actorFeatures());
        List<String> causes = learned(rows, reads, dev, "cause_of_death", r -> r.causeFeatures());
        List<FaKesScore> scores = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            scores.add(faKesScore(rows.get(i), reads.get(i), actors.get(i), causes.get(i)));
        }
        reportFaKes("fa-kes", indices(rows), rows, scores);
        reportFaKes("fa-kes dev", dev, rows, scores);
        List<Integer> test = HalfSplit.test(indices(rows), i -> rows.get(i).get("unit_id"));
        reportFaKes("fa-kes test", test, rows, scores);
        reportSplits("actor class", examples(rows, reads, dev, "actor", FaKesRead::actorFeatures),
                examples(rows, reads, test, "actor", FaKesRead::actorFeatures));
        reportSplits("cause", examples(rows, reads, dev, "cause_of_death", FaKesRead::causeFeatures),
                examples(rows, reads, test, "cause_of_death", FaKesRead::causeFeatures));
    }

    /** How many ways of dealing the studied half into folds the learned figures are averaged over. */
    private static final int SPLITS = 10;

    /**
     * The learned figures of one column over {@value #SPLITS} splits of the studied half into {@value #FOLDS} folds,
     * as mean and standard deviation: a change of features moves a single split's figure by a few articles either
     * way, and only a change of the mean beyond its spread tells. The other half is read by each fold's model in
     * turn, so its mean is over {@value #SPLITS} x {@value #FOLDS} models trained on four fifths of the studied half.
     */
    private void reportSplits(String what, List<Labelled> dev, List<Labelled> test) {
        List<Double> devFigures = new ArrayList<>();
        List<Double> testFigures = new ArrayList<>();
        for (int split = 0; split < SPLITS; split++) {
            int right = 0;
            for (FaKesLearner.FoldModel f : FaKesLearner.foldModels(dev, FOLDS, split)) {
                for (int i : f.heldOut()) {
                    right += FaKesLearner.predict(f.model(), dev.get(i).features()).equals(dev.get(i).label()) ? 1 : 0;
                }
                testFigures.add(test.stream().filter(e -> FaKesLearner.predict(f.model(), e.features()).equals(e.label()))
                        .count() / (double) test.size());
            }
            devFigures.add(right / (double) dev.size());
        }
        out.accept(new Figure("fa-kes dev " + what + " accuracy, mean of " + SPLITS + " splits", mean(devFigures)));
        out.accept(new Figure("fa-kes dev " + what + " accuracy, sd of " + SPLITS + " splits", sd(devFigures)));
        out.accept(new Figure("fa-kes test " + what + " accuracy, mean of " + testFigures.size() + " fold models",
                mean(testFigures)));
        out.accept(new Figure("fa-kes test " + what + " accuracy, sd of " + testFigures.size() + " fold models",
                sd(testFigures)));
    }

    private static double mean(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double sd(List<Double> xs) {
        double m = mean(xs);
        return Math.sqrt(xs.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / Math.max(1, xs.size() - 1));
    }

    private static final int FOLDS = 5;

    /**
     * The learned label of {@code column} for every row: out-of-fold for the rows of {@code dev}, from a model
     * trained on all of them for the others.
     */
    private static List<String> learned(List<Map<String, String>> rows, List<FaKesRead> reads, List<Integer> dev,
                                        String column, Function<FaKesRead, List<String>> features) {
        List<Labelled> examples = examples(rows, reads, dev, column, features);
        List<String> crossValidated = FaKesLearner.crossValidated(examples, FOLDS);
        LinearClassifier model = FaKesLearner.train(examples);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int at = dev.indexOf(i);
            out.add(at >= 0 ? crossValidated.get(at) : FaKesLearner.predict(model, features.apply(reads.get(i))));
        }
        return out;
    }

    /** The rows of {@code which} as examples of {@code column}, in that order. */
    private static List<Labelled> examples(List<Map<String, String>> rows, List<FaKesRead> reads, List<Integer> which,
                                           String column, Function<FaKesRead, List<String>> features) {
        return which.stream().map(i -> new Labelled(features.apply(reads.get(i)), rows.get(i).get(column).strip(),
                rows.get(i).get("unit_id"))).toList();
    }

    /** What the pipeline and the rules read from one FA-KES article. */
    private record FaKesRead(Optional<Event> main, String evidence, String governorate, String actor, String cause,
                             List<String> actorFeatures, List<String> causeFeatures) {
    }

    private FaKesRead faKesRead(Map<String, String> row) {
        // No publication date: the article alone must give the date (FA-KES's date column is the gold).
        Article article = new Article(null, row.get("article_title"), List.of(), null, null, null, List.of(),
                List.of(row.get("article_content")), "en");
        Processed processed = pipeline.apply(article);
        Optional<Event> main = mainEvent(processed);
        String evidence = main.map(e -> e.evidenceIn(processed.article())).orElse("-");
        String governorate = FaKesClasses.governorate(main, processed.places());
        String actor = main.map(FaKesClasses::actor).orElse("unknown");
        String cause = main.map(e -> FaKesClasses.cause(e, evidence)).orElse("unknown");
        String title = row.get("article_title");
        String content = row.get("article_content");
        return new FaKesRead(main, evidence, governorate, actor, cause,
                FaKesLearner.actorFeatures(title, content, main, actor, processed.events()),
                FaKesLearner.features(title, content, main, cause, processed.events()));
    }

    private FaKesScore faKesScore(Map<String, String> row, FaKesRead read, String actor, String cause) {
        LocalDate gold = parse(row.get("date"), FAKES_DATE);
        Optional<Event> main = read.main();
        boolean date = main.map(e -> gold != null && gold.toString().equals(e.date())).orElse(false);
        String governorate = read.governorate();
        FaKesScore score = new FaKesScore(governorate, actor, cause, read.actor(), read.cause(), date);
        if (!HalfSplit.isTest(row.get("unit_id")) && !(governorate.equals(row.get("location").strip())
                && actor.equals(row.get("actor").strip()) && cause.equals(row.get("cause_of_death").strip()) && date)) {
            devErrors.accept("fa-kes " + row.get("unit_id") + " gold: " + row.get("location") + " | " + row.get("actor")
                    + " | " + row.get("cause_of_death") + " | " + gold + "\n  got: " + governorate + " | " + actor + " | "
                    + cause + " | " + main.map(Event::date).orElse("-") + " | " + main.map(e -> e.subType().label()
                    + " / " + e.actor1().name() + " / " + (e.place() == null ? "-" : e.place().text())).orElse("none")
                    + "\n  rules: " + read.actor() + " | " + read.cause()
                    + "\n  evidence: " + read.evidence()
                    + "\n  title: " + row.get("article_title"));
        }
        return score;
    }

    private record FaKesScore(String governorate, String actor, String cause, String ruleActor, String ruleCause,
                              boolean date) {
    }

    private void reportFaKes(String name, List<Integer> which, List<Map<String, String>> rows, List<FaKesScore> scores) {
        List<String> goldPlaces = which.stream().map(i -> rows.get(i).get("location").strip()).toList();
        List<String> goldActors = which.stream().map(i -> rows.get(i).get("actor").strip()).toList();
        List<String> goldCauses = which.stream().map(i -> rows.get(i).get("cause_of_death").strip()).toList();
        out.accept(new Figure(name + " articles", which.size()));
        out.accept(new Figure(name + " governorate accuracy",
                Agreement.accuracy(goldPlaces, which.stream().map(i -> scores.get(i).governorate()).toList())));
        out.accept(new Figure(name + " governorate accuracy, majority baseline", Agreement.majorityAccuracy(goldPlaces)));
        out.accept(new Figure(name + " actor class accuracy",
                Agreement.accuracy(goldActors, which.stream().map(i -> scores.get(i).actor()).toList())));
        out.accept(new Figure(name + " actor class accuracy, rules alone",
                Agreement.accuracy(goldActors, which.stream().map(i -> scores.get(i).ruleActor()).toList())));
        out.accept(new Figure(name + " actor class accuracy, majority baseline", Agreement.majorityAccuracy(goldActors)));
        out.accept(new Figure(name + " cause accuracy",
                Agreement.accuracy(goldCauses, which.stream().map(i -> scores.get(i).cause()).toList())));
        out.accept(new Figure(name + " cause accuracy, rules alone",
                Agreement.accuracy(goldCauses, which.stream().map(i -> scores.get(i).ruleCause()).toList())));
        out.accept(new Figure(name + " cause accuracy, majority baseline", Agreement.majorityAccuracy(goldCauses)));
        out.accept(new Figure(name + " date exact", share(which, i -> scores.get(i).date())));
    }

    /** The event an article is about: the first it reports, since news puts the incident first. */
    static Optional<Event> mainEvent(Processed p) {
        return p.events().stream().findFirst();
    }


    private static LocalDate parse(String value, DateTimeFormatter format) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip(), format);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<Integer> indices(List<?> rows) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            all.add(i);
        }
        return all;
    }

    private static double share(List<Integer> which, java.util.function.IntPredicate right) {
        return which.isEmpty() ? 0 : (double) which.stream().filter(right::test).count() / which.size();
    }

}
