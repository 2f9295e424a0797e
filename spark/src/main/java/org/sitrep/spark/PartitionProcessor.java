package org.sitrep.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.sitrep.core.InputException;
import org.sitrep.core.Json;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Processed;
import org.sitrep.core.StoredArticle;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.ArticleIds;
import org.sitrep.store.ArticleKeys;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.Database;
import org.sitrep.store.ExportedArticle;
import org.sitrep.store.IncidentGrouping;
import org.sitrep.store.SaveResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the per-article pipeline over one partition of pages. Each article goes through a store of the partition's own
 * (a SQLite file on the executor's disk, removed after) and is read back, so that it comes out exactly as
 * {@code sitrep export} writes a stored article: the same order of facts, the same facts dropped as duplicates; a
 * page the store takes for a copy of an earlier one of the partition (the same text under another address) gives
 * nothing. Pages come in input order, so "earlier" means what it means to ingest. A page
 * that fails is logged in one line naming it and counted; the partition goes on.
 */
final class PartitionProcessor implements FlatMapFunction<Iterator<PageRecord>, ArticleRecord> {
    private static final Logger LOG = LoggerFactory.getLogger(PartitionProcessor.class);

    private final JobCounters counters;

    PartitionProcessor(JobCounters counters) {
        this.counters = counters;
    }

    @Override
    public Iterator<ArticleRecord> call(Iterator<PageRecord> pages) throws IOException {
        Pipeline pipeline = ExecutorPipeline.get();
        Path dir = Files.createTempDirectory("sitrep-partition-");
        List<ArticleRecord> out = new ArrayList<>();
        try (Database db = Database.open(dir)) {
            ArticleStore store = new ArticleStore(db);
            while (pages.hasNext()) {
                PageRecord page = pages.next();
                try {
                    article(pipeline, store, page).ifPresent(out::add);
                } catch (InputException e) {
                    fail(e.getMessage());
                } catch (RuntimeException | StackOverflowError e) {
                    fail(page.origin() + ": processing failed: " + e);
                }
            }
        } finally {
            delete(dir);
        }
        return out.iterator();
    }

    private void fail(String line) {
        LOG.warn("sitrep-spark: {}", line);
        counters.failed().add(1);
    }

    /** The page's article as the store gives it back; empty when the store keeps it as a copy of an earlier one. */
    private Optional<ArticleRecord> article(Pipeline pipeline, ArticleStore store, PageRecord page) {
        Processed processed = pipeline.process(page.page());
        counters.articles().add(1);
        counters.tokens().add(processed.annotated().tokens().size());
        SaveResult saved = store.save(processed);
        if (saved.outcome() == SaveResult.Outcome.COPY) {
            return Optional.empty();
        }
        StoredArticle stored = store.find(saved.id()).orElseThrow();
        String text = stored.article().text();
        var published = stored.article().published();
        return Optional.of(new ArticleRecord(page.order(), page.order(), ArticleIds.newId(stored.article().url(), text),
                ArticleKeys.address(stored.article().url()).orElse(null), ArticleIds.hash(text),
                ArticleKeys.body(stored.article().paragraphs()).orElse(null),
                published == null ? "unknown" : published.toString().substring(0, 7),
                processed.annotated().tokens().size(), Json.write(ExportedArticle.of(stored)), names(stored.entities()),
                stored.events().stream().map(e -> IncidentGrouping.Report.of(e, published)).toList()));
    }

    private static List<EntityName> names(List<LinkedMention> mentions) {
        Map<String, EntityName> names = new LinkedHashMap<>();
        for (LinkedMention m : mentions) {
            names.putIfAbsent(m.entity().id(), new EntityName(m.entity().id(), m.entity().name(), m.entity().kind()));
        }
        return List.copyOf(names.values());
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the partition's store " + dir + ": " + e.getMessage(), e);
        }
    }
}
