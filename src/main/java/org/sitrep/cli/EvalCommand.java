package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.sitrep.eval.QuoteEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true, subcommands = {EvalCommand.Quotes.class, EvalCommand.Extraction.class, EvalCommand.Dates.class, EvalCommand.Actors.class,
                EvalCommand.Ner.class, EvalCommand.Language.class, EvalCommand.Geo.class, EvalCommand.Field.class, EvalCommand.Events.class,
                EvalCommand.Timex.class, EvalCommand.Incidents.class},
        description = "Measures Sitrep against gold data and prints one figure per line.")
final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a task is required: quotes, extraction, dates, actors, ner, language, geo, field, events, timex, incidents");
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Named entities on CoNLL-2003 English dev and WikiGold: entity-level F1 per type for Sitrep, for Sitrep "
                    + "without its knowledge base, and for CoreNLP's stock 4-class model, in one run; WikiGold also for its "
                    + "first half of documents (studied) and its second half (only reported) apart.")
    static final class Ner implements Callable<Integer> {
        @Option(names = "--conll", paramLabel = "FILE", defaultValue = "../shared/eval/ner/conll2003-eng.testa",
                description = "CoNLL-2003 file. Default: ${DEFAULT-VALUE}")
        Path conll;

        @Option(names = "--wikigold", paramLabel = "FILE", defaultValue = "../shared/eval/ner/wikigold/test.conllu",
                description = "WikiGold file. Default: ${DEFAULT-VALUE}")
        Path wikigold;

        @Option(names = "--dev-errors", description = "Also print each error of Sitrep on WikiGold's first half of documents"
                + " (never the second half) to standard error, one line each, to study.")
        boolean devErrors;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var systems = org.sitrep.eval.NerEvaluation.systems(org.sitrep.nlp.CoreNlpAnnotator.shared(),
                    new org.sitrep.nlp.CoreNlpAnnotator(org.sitrep.nlp.NlpSettings.FAST.withKnowledgeBase(false)),
                    new org.sitrep.nlp.CoreNlpAnnotator(org.sitrep.nlp.NlpSettings.STOCK_CONLL));
            var eval = new org.sitrep.eval.NerEvaluation(printer(spec));
            boolean ran = false;
            if (Files.isRegularFile(conll)) {
                eval.score("conll-dev", conll, 0, 3, systems);
                ran = true;
            }
            if (Files.isRegularFile(wikigold)) {
                var err = spec.commandLine().getErr();
                eval.scoreByHalves("wikigold", wikigold, 1, 2, systems, devErrors ? m -> err.println("dev error: " + m) : m -> { });
                ran = true;
            }
            return ran ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
        }
    }

    @Command(name = "actors", mixinStandardHelpOptions = true,
            description = "Actor linking on FA-KES: for articles whose text names their crowd-coded actor class, the share "
                    + "linked to a knowledge-base entity of that class.")
    static final class Actors implements Callable<Integer> {
        @Option(names = "--fa-kes", paramLabel = "CSV", defaultValue = "../shared/eval/events/fa-kes/fa-kes-dev.csv",
                description = "The FA-KES CSV. Default: ${DEFAULT-VALUE}")
        Path csv;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(csv)) {
                spec.commandLine().getErr().println("sitrep: eval: no FA-KES file at " + csv);
                return CommandLine.ExitCode.SOFTWARE;
            }
            new org.sitrep.eval.ActorEvaluation(Runtime.pipeline(), printer(spec)).faKes(csv);
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "geo", mixinStandardHelpOptions = true,
            description = "Place resolution on LGL and GeoWebNews given the gold place names: accuracy within 161 km, exact "
                    + "GeoNames id, median and mean error. Each corpus is also scored in two halves by article id "
                    + "(\"dev\", \"test\"), so that figures on the half nobody tuned on can be reported apart.")
    static final class Geo implements Callable<Integer> {
        @Option(names = "--corpus", paramLabel = "FILE", split = ",",
                defaultValue = "../shared/eval/geo/lgl.xml,../shared/eval/geo/GWN.xml",
                description = "Corpora in the Pragmatic Guide's XML. Default: ${DEFAULT-VALUE}")
        java.util.List<Path> corpora;

        @Option(names = "--end-to-end", description = "Also find the place names with Sitrep's own pipeline (tagger and "
                + "gazetteer) and print toponym precision, recall, F1 and accuracy@161km of those found, for the corpus and "
                + "each half (minutes); with --dev-errors, also each dev gold name missed and each dev name found that is no gold one.")
        boolean endToEnd;

        @Option(names = "--dev-errors", description = "Also print each name of the studied (dev) half placed more than "
                + "161 km from its gold place, and a count of the errors by kind (no candidate, gold not a candidate, "
                + "wrong country, wrong first-level region, right region but far) and by cause (gold place absent from "
                + "the gazetteer, absent and without a GeoNames id, held under another name or point, wrongly chosen).")
        boolean devErrors;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws java.io.IOException {
            var gazetteer = org.sitrep.geo.GeoNamesGazetteer.shared();
            var eval = new org.sitrep.eval.GeoEvaluation(new org.sitrep.geo.PlaceResolver(gazetteer), gazetteer, printer(spec));
            boolean ran = false;
            for (Path file : corpora) {
                if (!Files.isRegularFile(file)) {
                    spec.commandLine().getErr().println("sitrep: eval geo: no corpus at " + file + "; skipped");
                    continue;
                }
                String name = file.getFileName().toString().replaceFirst("\\.xml$", "").toLowerCase(java.util.Locale.ROOT);
                var docs = org.sitrep.eval.GeoCorpus.read(file);
                eval.resolution(name, docs);
                eval.resolution(name + " dev", org.sitrep.eval.HalfSplit.dev(docs, org.sitrep.eval.GeoCorpus.GeoDocument::id));
                eval.resolution(name + " test", org.sitrep.eval.HalfSplit.test(docs, org.sitrep.eval.GeoCorpus.GeoDocument::id));
                if (devErrors) {
                    eval.errors(name + " dev", org.sitrep.eval.HalfSplit.dev(docs, org.sitrep.eval.GeoCorpus.GeoDocument::id),
                            spec.commandLine().getOut()::println);
                }
                if (endToEnd) {
                    var pipeline = Runtime.pipeline();
                    eval.endToEnd(name, docs, text -> {
                        var article = new org.sitrep.core.Article(null, "", java.util.List.of(), null, null, null,
                                java.util.List.of(), java.util.List.of(text), "en");
                        return pipeline.findAndResolve(name, pipeline.annotate(article)).places();
                    }, devErrors ? spec.commandLine().getOut()::println : null);
                }
                ran = true;
            }
            return ran ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
        }
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = "Event coding on ACLED's coded events (from each note alone, the event date as publication "
                    + "date) and on FA-KES's articles (the main event's governorate, actor class, cause, date), beside "
                    + "majority-class baselines, for all rows and for each half by id (\"dev\" studied, \"test\" only reported).")
    static final class Events implements Callable<Integer> {
        @Option(names = "--acled", paramLabel = "FILE", defaultValue = "../shared/eval/events/acled/acled-2023-dev.csv",
                description = "ACLED events with notes (ACLED's export columns). Default: ${DEFAULT-VALUE}")
        Path acled;

        @Option(names = "--fakes", paramLabel = "FILE", defaultValue = "../shared/eval/events/fa-kes/fa-kes-dev.csv",
                description = "FA-KES articles with their coded columns. Default: ${DEFAULT-VALUE}")
        Path fakes;

        @Option(names = "--dev-errors", description = "Also print each wrong row of the studied (dev) half.")
        boolean devErrors;

        @Option(names = "--seed", paramLabel = "FILE", defaultValue = "../shared/seed/000_271499b0e9dd2fca.txt",
                description = "The seed text; its gold.json is read from the same folder. Default: ${DEFAULT-VALUE}")
        Path seed;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var pipeline = Runtime.pipeline();
            var eval = new org.sitrep.eval.EventEvaluation(
                    article -> pipeline.findAndResolve("eval", pipeline.annotate(article)), printer(spec),
                    devErrors ? spec.commandLine().getOut()::println : line -> { },
                    name -> {
                        var gazetteer = org.sitrep.geo.GeoNamesGazetteer.shared();
                        var places = new java.util.ArrayList<>(gazetteer.named(name));
                        places.addAll(gazetteer.namedLoosely(name));
                        return places;
                    });
            boolean ran = false;
            Path gold = seed.resolveSibling("gold.json");
            if (Files.isRegularFile(seed) && Files.isRegularFile(gold)) {
                var page = new org.sitrep.core.RawPage(seed.toString(), readBytes(seed),
                        org.sitrep.core.ContentType.PAGE_TEXT, null, java.time.Instant.now(),
                        org.sitrep.pipeline.DemoCorpus.SEED_HINTS);
                eval.seed((java.util.Map<?, ?>) org.sitrep.core.Json.parse(new String(readBytes(gold),
                        java.nio.charset.StandardCharsets.UTF_8)).orElseThrow(), pipeline.process(page));
                ran = true;
            } else {
                spec.commandLine().getErr().println("sitrep: eval events: no seed gold at " + gold + "; skipped");
            }
            for (Path file : java.util.List.of(acled, fakes)) {
                if (!Files.isRegularFile(file)) {
                    spec.commandLine().getErr().println("sitrep: eval events: no corpus at " + file + "; skipped");
                    continue;
                }
                if (file.equals(acled)) {
                    eval.acled(file);
                } else {
                    eval.faKes(file);
                }
                ran = true;
            }
            return ran ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new org.sitrep.core.InputException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    @Command(name = "field", mixinStandardHelpOptions = true,
            description = "Statements, speakers, entities and dates on the field corpus (bench/field: real conflict news "
                    + "annotated by hand), for its development and test halves apart. Pages whose licence keeps them out "
                    + "of the repository are skipped, saying so, unless bench/field/external holds them.")
    static final class Field implements Callable<Integer> {
        @Option(names = "--dir", paramLabel = "DIR", defaultValue = "bench/field",
                description = "The field corpus folder (gold/, pages/). Default: ${DEFAULT-VALUE}")
        Path dir;

        @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared/eval",
                description = "The shared evaluation folder the corpus's shared: pages are in. Default: ${DEFAULT-VALUE}")
        Path shared;

        @Option(names = "--dev-errors", description = "Also print each error on the development half (never the test half) to"
                + " standard error, one line each, to study.")
        boolean devErrors;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws java.io.IOException {
            if (!Files.isDirectory(dir.resolve("gold"))) {
                spec.commandLine().getErr().println("sitrep: eval field: no gold folder at " + dir.resolve("gold"));
                return CommandLine.ExitCode.SOFTWARE;
            }
            var err = spec.commandLine().getErr();
            new org.sitrep.eval.FieldEvaluation(Runtime.pipeline(), printer(spec), m -> err.println("sitrep: eval field: " + m),
                    devErrors ? m -> err.println("dev error: " + m) : m -> { }).score(dir, shared);
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "timex", mixinStandardHelpOptions = true,
            description = "Date expressions in text against TempEval-3's TimeML gold (TimeBank and AQUAINT, TBAQ-cleaned): "
                    + "for gold dates of type DATE, the share Sitrep finds and the share it values exactly, against each "
                    + "document's creation day, by granularity, for the two halves by document id apart.")
    static final class Timex implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "bench/timex/TBAQ-cleaned",
                description = "A folder of TimeML files (*.tml, read recursively). Default: ${DEFAULT-VALUE}")
        Path dir;

        @Option(names = "--dev-errors", description = "Also print each gold date of the development half (never the test half)"
                + " that is missed or valued wrongly to standard error, one line each, to study.")
        boolean devErrors;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var err = spec.commandLine().getErr();
            if (!Files.isDirectory(dir)) {
                err.println("sitrep: eval timex: no TimeML folder at " + dir + " (README, Quality, \"Dates in text\", says how to get TempEval-3's)");
                return CommandLine.ExitCode.SOFTWARE;
            }
            new org.sitrep.eval.TimexEvaluation(printer(spec), devErrors ? m -> err.println("dev error: " + m) : m -> { }).score(dir);
            return CommandLine.ExitCode.OK;
        }
    }

    /** Prints each figure on its own line as soon as it is measured. */
    static java.util.function.Consumer<org.sitrep.eval.Figure> printer(CommandLine.Model.CommandSpec spec) {
        var out = spec.commandLine().getOut();
        return f -> {
            out.println(f);
            out.flush();
        };
    }

    @Command(name = "dates", mixinStandardHelpOptions = true,
            description = "Publication days on htmldate's evaluation sets: the share of pages whose day is exactly right, and for "
                    + "each half that share by where on the page the day was read (meta, url, none, ...).")
    static final class Dates implements Callable<Integer> {
        @Option(names = "--htmldate", paramLabel = "DIR", defaultValue = "../shared/eval/dates/htmldate",
                description = "The htmldate evaluation folder. Default: ${DEFAULT-VALUE}")
        Path dir;

        @Option(names = "--set", paramLabel = "NAME", split = ",", defaultValue = "eval_mediacloud_2020_dev,eval_default",
                description = "Sets to score. Default: ${DEFAULT-VALUE}")
        java.util.List<String> sets;

        @Option(names = "--dev-errors", description = "Also print each page of the development half (never the test half)"
                + " whose day is wrong or missing to standard error, one line each, to study.")
        boolean devErrors;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!Files.isDirectory(dir)) {
                spec.commandLine().getErr().println("sitrep: eval: no htmldate data at " + dir);
                return CommandLine.ExitCode.SOFTWARE;
            }
            var err = spec.commandLine().getErr();
            var eval = new org.sitrep.eval.DateEvaluation(printer(spec), devErrors ? m -> err.println("dev miss: " + m) : m -> { });
            sets.forEach(s -> eval.htmldate(dir, s));
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "language", mixinStandardHelpOptions = true,
            description = "The language read from each article's text beside the one its page declares, over folders of "
                    + "HTML pages: agreement where both are known, declarations overruled, undeclared pages given one.")
    static final class Language implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "0..*", description = "Folders of pages. Default: the htmldate, WCXB and ScrapingHub pages in ../shared/eval")
        java.util.List<Path> folders = java.util.List.of(Path.of("../shared/eval/dates/htmldate/html"),
                Path.of("../shared/eval/extraction/wcxb-dev/dev/html"), Path.of("../shared/eval/extraction/zyte/html"));

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            java.util.List<Path> present = folders.stream().filter(Files::isDirectory).toList();
            folders.stream().filter(f -> !Files.isDirectory(f))
                    .forEach(f -> spec.commandLine().getErr().println("sitrep: eval: no folder at " + f + "; skipped"));
            if (present.isEmpty()) {
                return CommandLine.ExitCode.SOFTWARE;
            }
            new org.sitrep.eval.LanguageEvaluation(printer(spec)).pages(present);
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "Article extraction on the ScrapingHub benchmark (shingle F1 for Sitrep and for every other tool's "
                    + "stored output in the same run) and on WCXB articles (main-content F1; title, author, date exact).")
    static final class Extraction implements Callable<Integer> {
        @Option(names = "--zyte", paramLabel = "DIR", defaultValue = "../shared/eval/extraction/zyte",
                description = "The ScrapingHub benchmark folder. Default: ${DEFAULT-VALUE}")
        Path zyte;

        @Option(names = "--wcxb", paramLabel = "DIR", defaultValue = "../shared/eval/extraction/wcxb-dev/dev",
                description = "A WCXB split (html/, ground-truth/). Default: ${DEFAULT-VALUE}")
        Path wcxb;

        @Option(names = "--dev-errors", description = "Also print each WCXB page of the development half (never the test half)"
                + " whose publication day is wrong or missing to standard error, one line each, to study.")
        boolean devErrors;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var err = spec.commandLine().getErr();
            var eval = new org.sitrep.eval.ExtractionEvaluation(printer(spec), devErrors ? m -> err.println("dev miss: " + m) : m -> { });
            boolean ran = false;
            if (Files.isDirectory(zyte)) {
                eval.zyte(zyte);
                eval.zyteSpeed(zyte);
                ran = true;
            } else {
                spec.commandLine().getErr().println("sitrep: eval: no ScrapingHub benchmark at " + zyte + "; skipped");
            }
            if (Files.isDirectory(wcxb)) {
                eval.wcxb(wcxb);
                ran = true;
            } else {
                spec.commandLine().getErr().println("sitrep: eval: no WCXB split at " + wcxb + "; skipped");
            }
            return ran ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
        }
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = "Quotes and reported speech: the seed against its gold.json, and PolNeAR (a split folder with "
                    + "text/ and attributions/), with Stanford CoreNLP's quote attribution on the same data unless --no-baseline.")
    static final class Quotes implements Callable<Integer> {
        @Option(names = "--seed", paramLabel = "FILE", defaultValue = "../shared/seed/000_271499b0e9dd2fca.txt",
                description = "The seed text; its gold.json is read from the same folder. Default: ${DEFAULT-VALUE}")
        Path seed;

        @Option(names = "--polnear", paramLabel = "DIR", defaultValue = "../shared/eval/quotes/polnear/dev",
                description = "A PolNeAR split. Default: ${DEFAULT-VALUE}")
        Path polnear;

        @Option(names = "--baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Also run CoreNLP's quote attribution (slow: seconds per article); --no-baseline skips it. Default: on")
        boolean baseline;

        @Option(names = "--baseline-articles", paramLabel = "N", defaultValue = "84",
                description = "How many PolNeAR articles CoreNLP annotates. Default: ${DEFAULT-VALUE}")
        int baselineArticles;

        @Option(names = "--speaker-errors", description = "Also print each direct quote and each reported statement "
                + "of the PolNeAR split found with a wrong or no speaker: how the speaker was chosen, the gold source, the "
                + "speaker given, the words.")
        boolean speakerErrors;

        @Option(names = "--reported-errors", description = "Also print each reported statement predicted on the PolNeAR "
                + "split that matches no gold attribution: how its speaker was chosen, the speaker given, its words and "
                + "the words around them. Study the development split only.")
        boolean reportedErrors;

        @Option(names = "--reported-misses", description = "Also print each gold reported statement of the PolNeAR split "
                + "that no statement predicted matches: its gold source, its words and the words around them. Refused on "
                + "a split named test: study the development split only.")
        boolean reportedMisses;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var err = spec.commandLine().getErr();
            // The misses print the split's gold words, which a held-out split must not show.
            if (reportedMisses && polnear.getFileName() != null && polnear.getFileName().toString().equals("test")) {
                err.println("sitrep: eval: --reported-misses prints gold of the split; give a development split, got: " + polnear);
                return CommandLine.ExitCode.USAGE;
            }
            QuoteEvaluation eval = new QuoteEvaluation(Runtime.pipeline(), printer(spec));
            boolean ran = false;
            Path gold = seed.resolveSibling("gold.json");
            if (Files.isRegularFile(seed) && Files.isRegularFile(gold)) {
                eval.seed(seed, gold, baseline);
                ran = true;
            } else {
                err.println("sitrep: eval: no seed gold at " + gold + "; skipped");
            }
            if (Files.isDirectory(polnear)) {
                var out = spec.commandLine().getOut();
                Consumer<String> none = e -> { };
                eval.polnear(polnear, baseline, baselineArticles, new QuoteEvaluation.StudyLines(
                        speakerErrors ? out::println : none, reportedErrors ? out::println : none,
                        reportedMisses ? out::println : none));
                ran = true;
            } else {
                err.println("sitrep: eval: no PolNeAR split at " + polnear + "; skipped");
            }
            return ran ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
        }
    }

    @Command(name = "incidents", mixinStandardHelpOptions = true,
            description = "Events on general news by article: the share of articles reporting no incident ACLED would code "
                    + "in which an event is coded anyway, and of articles about an incident in which one is; articles the "
                    + "event classifier was trained on are left out.")
    static final class Incidents implements Callable<Integer> {
        @Option(names = "--labels", paramLabel = "TSV", defaultValue = "bench/events/wikinews-articles.tsv",
                description = "Article labels (url, label, title). Default: ${DEFAULT-VALUE}")
        Path labels;

        @Option(names = "--corpus", paramLabel = "PATH", defaultValue = "../shared/demo/wikinews",
                description = "The labelled articles (any input ingest reads). Default: ${DEFAULT-VALUE}")
        Path corpus;

        @Option(names = "--trained", paramLabel = "DIR", defaultValue = "bench/events/train",
                description = "The event classifier's labelled sentences, whose articles are left out. Default: ${DEFAULT-VALUE}")
        Path trained;

        @Option(names = "--dev-errors", description = "Also print to standard error each article of the development half "
                + "(never the test half) labelled with no incident that got an event, with the event's sentence, and each "
                + "labelled with one that got none.")
        boolean devErrors;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(labels) || !Files.exists(corpus)) {
                spec.commandLine().getErr().println("sitrep: eval incidents: no labels at " + labels + " or no corpus at "
                        + corpus + "; skipped");
                return CommandLine.ExitCode.SOFTWARE;
            }
            var pages = new org.sitrep.ingest.FileSource(org.sitrep.ingest.Limits.DEFAULT).pages(java.util.List.of(corpus),
                    org.sitrep.core.Hints.NONE, problem -> spec.commandLine().getErr().println("sitrep: " + problem.getMessage()));
            var pipeline = Runtime.pipeline();
            var err = spec.commandLine().getErr();
            new org.sitrep.eval.IncidentArticleEvaluation(pipeline::process, printer(spec),
                    devErrors ? m -> err.println("dev error: " + m) : m -> { })
                    .run(labels, pages, org.sitrep.eval.IncidentArticleEvaluation.trainedAddresses(trained));
            return CommandLine.ExitCode.OK;
        }
    }
}
