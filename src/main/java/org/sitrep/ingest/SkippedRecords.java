package org.sitrep.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The records of one web archive that ingest left out, counted by reason ("not HTML", "status 404", "not a
 * response"), and how many it kept.
 *
 * @param file the archive, as named in messages
 * @param kept the records passed on as pages
 * @param byReason how many records each reason left out, most first
 */
public record SkippedRecords(String file, int kept, Map<String, Integer> byReason) {
    public SkippedRecords {
        byReason = byReason.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** How many records were left out, for every reason. */
    public int total() {
        return byReason.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "skipped 12 records: 8 not HTML, 3 status 404, 1 not a response"; "skipped no records" when none were. */
    public String describe() {
        if (byReason.isEmpty()) {
            return "skipped no records";
        }
        return "skipped " + total() + (total() == 1 ? " record: " : " records: ") + byReason.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }
}
