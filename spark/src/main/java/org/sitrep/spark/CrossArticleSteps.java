package org.sitrep.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.sitrep.store.IncidentGrouping;
import scala.Tuple2;

/**
 * What the store does across articles as it saves them one by one, done over the whole run at once: an article with
 * the address or the text of an earlier one replaces it under its id; an entity keeps the name and kind of the first
 * article that named it; an event joins the incident of earlier reports it agrees with ({@link IncidentGrouping},
 * over the events of one type at a time, in input order), and incidents are numbered in the order they start.
 */
final class CrossArticleSteps {
    /** An article's name for an entity, with the article's place in the input. */
    record NameAt(long order, EntityName name) implements Serializable {
    }

    /** An event's report, with where it stands. */
    record ReportAt(EventKey key, IncidentGrouping.Report report) implements Serializable {
    }

    private CrossArticleSteps() {
    }

    /**
     * The articles the store would keep, each under the id it would give it: of articles at one address the last,
     * under the first one's id; then, of articles with one body or text, in input order, an article at an address
     * other than the stored one's is a copy and is dropped, and an article with the text of a stored one replaces it
     * under its id.
     */
    static JavaRDD<ArticleRecord> kept(JavaRDD<ArticleRecord> articles) {
        JavaRDD<ArticleRecord> byAddress = articles
                .mapToPair(a -> new Tuple2<>(a.address() == null ? "order " + a.order() : "address " + a.address(), a))
                .reduceByKey(ArticleRecord::kept).values();
        return byAddress.mapToPair(a -> new Tuple2<>(a.copyKey(), a)).groupByKey().flatMap(group -> {
            List<ArticleRecord> inOrder = new ArrayList<>();
            group._2().forEach(inOrder::add);
            inOrder.sort((x, y) -> Long.compare(x.since(), y.since()));
            List<ArticleRecord> stored = new ArrayList<>();
            for (ArticleRecord a : inOrder) {
                keep(stored, a);
            }
            return stored.iterator();
        });
    }

    /** What saving {@code a} does to {@code stored}, the articles of its body or text stored so far (see ArticleStore.save). */
    private static void keep(List<ArticleRecord> stored, ArticleRecord a) {
        ArticleRecord sameText = stored.stream().filter(s -> s.textHash().equals(a.textHash())).findFirst()
                .orElse(a.body() == null ? null : stored.stream().findFirst().orElse(null));
        if (a.address() != null && sameText != null && sameText.address() != null && !sameText.address().equals(a.address())) {
            return;
        }
        List<ArticleRecord> replaced = stored.stream().filter(s -> s.textHash().equals(a.textHash())).toList();
        stored.removeAll(replaced);
        stored.add(replaced.isEmpty() ? a : a.withId(replaced.get(0).id()));
    }

    /**
     * For each kept article that names an entity otherwise than the first article that named it: the first one's
     * name, by entity id. Articles whose names all stand are left out. The first article is looked for among all the
     * articles processed, kept or not, since the store keeps an entity's name when the article that gave it is replaced.
     */
    static JavaPairRDD<Long, Map<String, EntityName>> canonicalNames(JavaRDD<ArticleRecord> processed,
                                                                       JavaRDD<ArticleRecord> kept) {
        JavaPairRDD<String, NameAt> first = named(processed).reduceByKey((x, y) -> x.order() <= y.order() ? x : y);
        return named(kept).join(first)
                .filter(t -> !sameName(t._2()._1().name(), t._2()._2().name()))
                .mapToPair(t -> new Tuple2<>(t._2()._1().order(), t._2()._2().name()))
                .groupByKey()
                .mapValues(names -> {
                    Map<String, EntityName> byId = new HashMap<>();
                    names.forEach(n -> byId.put(n.id(), n));
                    return byId;
                });
    }

    private static JavaPairRDD<String, NameAt> named(JavaRDD<ArticleRecord> articles) {
        return articles.flatMapToPair(a -> a.entities().stream()
                .map(e -> new Tuple2<>(e.id(), new NameAt(a.order(), e))).iterator());
    }

    private static boolean sameName(EntityName a, EntityName b) {
        return a.name().equals(b.name()) && Objects.equals(a.kind(), b.kind());
    }

    /** The incident id of each event, by article (its place in the input), then by the event's position. */
    static JavaPairRDD<Long, Map<Integer, Long>> incidents(JavaRDD<ArticleRecord> articles) {
        JavaPairRDD<String, ReportAt> byType = articles.flatMapToPair(a -> {
            List<Tuple2<String, ReportAt>> out = new ArrayList<>();
            for (int i = 0; i < a.reports().size(); i++) {
                IncidentGrouping.Report r = a.reports().get(i);
                out.add(new Tuple2<>(r.type(), new ReportAt(new EventKey(a.order(), i), r)));
            }
            return out.iterator();
        });
        JavaPairRDD<EventKey, EventKey> startedBy = byType.groupByKey().flatMapToPair(group -> {
            List<ReportAt> reports = new ArrayList<>();
            group._2().forEach(reports::add);
            reports.sort((x, y) -> x.key().compareTo(y.key()));
            IncidentGrouping grouping = new IncidentGrouping();
            List<EventKey> starters = new ArrayList<>();
            List<Tuple2<EventKey, EventKey>> out = new ArrayList<>();
            for (ReportAt r : reports) {
                int incident = grouping.add(r.report());
                if (incident == starters.size()) {
                    starters.add(r.key());
                }
                out.add(new Tuple2<>(starters.get(incident), r.key()));
            }
            return out.iterator();
        });
        JavaPairRDD<EventKey, Long> numbers = startedBy.keys().distinct().mapToPair(k -> new Tuple2<>(k, 0))
                .sortByKey().keys().zipWithIndex().mapValues(i -> i + 1);
        return startedBy.join(numbers)
                .mapToPair(t -> new Tuple2<>(t._2()._1().order(), new Tuple2<>(t._2()._1().ordinal(), t._2()._2())))
                .groupByKey()
                .mapValues(events -> {
                    Map<Integer, Long> byOrdinal = new HashMap<>();
                    events.forEach(e -> byOrdinal.put(e._1(), e._2()));
                    return byOrdinal;
                });
    }

    /**
     * The export line of each article kept, with its month and id: {@code (month, id, line)}.
     *
     * @param processed every article the pipeline gave, {@code kept} among them
     */
    static JavaRDD<Tuple2<String, Tuple2<String, String>>> lines(JavaRDD<ArticleRecord> processed, JavaRDD<ArticleRecord> kept) {
        JavaPairRDD<Long, ArticleRecord> byOrder = kept.mapToPair(a -> new Tuple2<>(a.order(), a));
        return byOrder.leftOuterJoin(canonicalNames(processed, kept)).leftOuterJoin(incidents(kept)).values().map(t -> {
            ArticleRecord a = t._1()._1();
            Map<String, EntityName> names = orEmpty(t._1()._2());
            Map<Integer, Long> incidents = orEmpty(t._2());
            return new Tuple2<>(a.month(), new Tuple2<>(a.id(), ExportLine.of(a.json(), a.id(), names, incidents)));
        });
    }

    private static <K, V> Map<K, V> orEmpty(Optional<Map<K, V>> value) {
        return value.isPresent() ? value.get() : Map.of();
    }
}
