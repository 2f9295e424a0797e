package org.sitrep.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The {@code actor} column of the FA-KES CSV, row by row, in file order. */
final class ActorColumn {
    private ActorColumn() {
    }

    static List<String> read(Path csv) {
        return CsvTable.records(csv).stream().map(r -> r.getOrDefault("actor", "")).toList();
    }
}
