package org.sitrep.eval;

import java.util.List;
import java.util.Objects;

/**
 * One article of the field corpus as annotated by hand ({@code bench/field/GUIDE.md} gives the schema).
 *
 * @param page where the raw page is: {@code shared:PATH} under the shared evaluation folder, {@code repo:PATH} or
 *             {@code external:PATH} relative to the project
 */
public record FieldGold(String id, String page, String url, String outlet, String published, String format, String split,
                        List<Statement> statements, List<String> notStatements, List<GoldEntity> entities,
                        List<GoldDate> dates) {
    public FieldGold {
        statements = List.copyOf(Objects.requireNonNullElse(statements, List.of()));
        notStatements = List.copyOf(Objects.requireNonNullElse(notStatements, List.of()));
        entities = List.copyOf(Objects.requireNonNullElse(entities, List.of()));
        dates = List.copyOf(Objects.requireNonNullElse(dates, List.of()));
    }

    /** A statement: kind (direct, partial, reported), its words, and who said it ({@code null} when the page does not say). */
    public record Statement(String kind, String text, String speaker, String speakerType, String cue, String where) {
    }

    public record GoldEntity(String name, String type, List<String> forms) {
        public GoldEntity {
            forms = List.copyOf(Objects.requireNonNullElse(forms, List.of()));
        }
    }

    public record GoldDate(String text, String value) {
    }
}
