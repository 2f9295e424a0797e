package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.EventArticles.ALEPPO;
import static org.sitrep.EventArticles.CIVILIANS;
import static org.sitrep.EventArticles.HOMS;
import static org.sitrep.EventArticles.ISLAMIC_STATE;
import static org.sitrep.EventArticles.SYRIAN_FORCES;
import static org.sitrep.EventArticles.article;
import static org.sitrep.EventArticles.event;
import static org.sitrep.EventArticles.processed;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.JsonObjects;
import org.sitrep.core.Event;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;
import org.sitrep.core.SubEventType;
import org.sitrep.pipeline.Workspace;

class ExportCommandTest {
    /** ACLED's header, as in ACLED's 2023 files (shared/eval/events/acled/acled-2023-dev.csv). */
    private static final List<String> ACLED_HEADER = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
            "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
            "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
            "timestamp");
    private static final String PARAGRAPH = "Air strikes hit Aleppo, killing \"at least\" 12 civilians,\nactivists said.";

    @TempDir
    Path dir;
    private String articleId;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = dir.toString();
        int code = Main.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void storeAnArticleWithTwoEvents() {
        var a = article("Alpha", LocalDate.of(2014, 11, 13), PARAGRAPH, "Shelling of Homs by Islamic State, November 12.");
        Event strike = new Event(SubEventType.AIR_DRONE_STRIKE, SYRIAN_FORCES, CIVILIANS,
                new PlaceMention(new Span(a.text().lastIndexOf("Aleppo"), a.text().lastIndexOf("Aleppo") + 6), "Aleppo", ALEPPO,
                        PlaceRole.SETTING, 0.9), 1, "2014-11-12", 12, new Span(a.text().lastIndexOf(PARAGRAPH), a.text().length()),
                null, true, "activists", 0.75);
        Event shelling = event(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, ISLAMIC_STATE, null, HOMS, "2014-11", null);
        Event inCaption = new Event(shelling.subType(), shelling.actor1(), null,
                new PlaceMention(new Span(12, 16), "Homs", HOMS, PlaceRole.SETTING, 0.8, 0), 1, "2014-11", null,
                new Span(0, 47), 0, false, null, 0.6);
        try (Workspace w = Workspace.open(dir)) {
            articleId = w.save(processed(a, List.of(strike, inCaption)).withPlaces(List.of(strike.place()))).id();
            w.commit();
        }
    }

    @Test
    void jsonlFillsEveryEventFieldOfTheContractAndTheAddedOnes() {
        Run r = run("export");
        assertThat(r.code()).isZero();
        List<Object> events = JsonObjects.list(JsonObjects.object(r.out().lines().findFirst().orElseThrow()).get("events"));
        Map<String, Object> strike = JsonObjects.object(events.get(0));
        assertThat(strike.keySet()).startsWith("type", "sub_type", "actor1", "actor2", "place", "lat", "lon", "date",
                "fatalities", "evidence").contains("date_precision", "geo_precision", "hedged", "source", "confidence",
                "incident", "geonameid", "country");
        assertThat(strike).containsEntry("type", "Explosions/Remote violence").containsEntry("sub_type", "Air/drone strike")
                .containsEntry("actor1", "Military Forces of Syria (2000-2024)").containsEntry("actor2", "Civilians (Syria)")
                .containsEntry("place", "Aleppo").containsEntry("lat", 36.20124).containsEntry("date", "2014-11-12")
                .containsEntry("fatalities", 12).containsEntry("date_precision", "day").containsEntry("geo_precision", 1)
                .containsEntry("hedged", true).containsEntry("source", "activists").containsEntry("geonameid", 170063)
                .containsEntry("country", "SY");
        assertThat(strike.get("incident")).isInstanceOf(Number.class);
        assertThat(JsonObjects.object(strike.get("evidence")).keySet()).containsExactly("begin", "end");
        assertThat(JsonObjects.object(events.get(1)).get("evidence"))
                .isEqualTo(Map.of("begin", 0, "end", 47, "in", "caption", "caption", 0));
    }

    @Test
    void acledCsvHasAcledsColumnsAndOneQuotedRowPerEvent() {
        Run r = run("export", "--format", "acled-csv");
        assertThat(r.code()).isZero();
        List<CsvRecord> rows = CsvReader.builder().ofCsvRecord(r.out()).stream().toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getFields().subList(0, ACLED_HEADER.size())).isEqualTo(ACLED_HEADER);
        assertThat(rows).allSatisfy(row -> assertThat(row.getFieldCount()).isEqualTo(rows.get(0).getFieldCount()));
        Map<String, String> strike = cells(rows.get(0), rows.get(1));
        assertThat(strike).containsEntry("event_id_cnty", "SYR-" + articleId + "-0").containsEntry("event_date", "2014-11-12")
                .containsEntry("year", "2014").containsEntry("time_precision", "1").containsEntry("disorder_type", "Political violence")
                .containsEntry("event_type", "Explosions/Remote violence").containsEntry("sub_event_type", "Air/drone strike")
                .containsEntry("inter1", "1").containsEntry("inter2", "7").containsEntry("interaction", "17")
                .containsEntry("civilian_targeting", "Civilian targeting").containsEntry("country", "Syria")
                .containsEntry("location", "Aleppo").containsEntry("latitude", "36.20124").containsEntry("geo_precision", "1")
                .containsEntry("source", "activists; Alpha").containsEntry("notes", PARAGRAPH).containsEntry("fatalities", "12")
                .containsEntry("admin1", "").containsEntry("timestamp", "").containsEntry("hedged", "true");
        Map<String, String> shelling = cells(rows.get(0), rows.get(2));
        assertThat(shelling).containsEntry("event_date", "2014-11-01").containsEntry("time_precision", "3")
                .containsEntry("date", "2014-11").containsEntry("fatalities", "0").containsEntry("interaction", "");
    }

    @Test
    void geojsonHoldsEventsAndPlacesAsPointFeatures() {
        Run r = run("export", "--format", "geojson");
        assertThat(r.code()).isZero();
        Map<String, Object> collection = JsonObjects.object(r.out());
        assertThat(collection).containsEntry("type", "FeatureCollection");
        List<Object> features = JsonObjects.list(collection.get("features"));
        Map<String, Object> first = JsonObjects.object(features.get(0));
        assertThat(JsonObjects.object(first.get("geometry"))).isEqualTo(Map.of("type", "Point", "coordinates", List.of(37.16117, 36.20124)));
        assertThat(JsonObjects.object(first.get("properties"))).containsEntry("kind", "event")
                .containsEntry("sub_type", "Air/drone strike").containsEntry("article_id", articleId)
                .containsEntry("evidence_text", PARAGRAPH);
        assertThat(features).extracting(f -> JsonObjects.object(JsonObjects.object(f).get("properties")).get("kind"))
                .containsExactly("event", "event", "place");
        Map<String, Object> place = JsonObjects.object(JsonObjects.object(features.get(2)).get("properties"));
        assertThat(place).containsEntry("name", "Aleppo").containsEntry("geonameid", 170063).containsEntry("mentions", 1);
    }

    @Test
    void anUnknownFormatIsBadUsageNamingTheFormats() {
        Run r = run("export", "--format", "shapefile");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown --format 'shapefile'; the formats are: jsonl, acled-csv, geojson");
    }

    private static Map<String, String> cells(CsvRecord header, CsvRecord row) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.getFieldCount(); i++) {
            out.put(header.getField(i), row.getField(i));
        }
        return out;
    }
}
