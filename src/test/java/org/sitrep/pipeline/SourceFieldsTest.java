package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Hints;
import org.sitrep.core.SourceField;
import org.sitrep.core.StoredArticle;

/** Issue 15: a CSV's columns that are not the article (FA-KES's credibility label) are kept beside it. */
class SourceFieldsTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheColumnsACsvRowHasBesideTheArticleInTheFilesOrder() throws IOException {
        Path csv = dir.resolve("fa-kes.csv");
        Files.writeString(csv, "unit_id,article_title,article_content,source,date,location,cause_of_death,label\n"
                + "17,Shelling in Douma,Shelling hit a market in Douma on Sunday and killed seven people.,sana,2016-03-05,Douma,Shelling,0\n"
                + "18,Talks in Geneva,Delegates met in Geneva on Monday to discuss a truce.,sana,2016-03-07,,,1\n");
        try (Workspace w = Workspace.open(dir.resolve("data"))) {
            new Ingestion(BreakingAnnotator.pipeline("never in these rows", a -> { }), w, 1)
                    .run(List.of(csv), Hints.NONE, new IngestListener() { });
            List<List<SourceField>> kept = new ArrayList<>();
            w.store().forEach((StoredArticle a) -> kept.add(w.store().sourceFields(a.id())));
            assertThat(kept).containsExactlyInAnyOrder(
                    List.of(new SourceField("unit_id", "17"), new SourceField("location", "Douma"),
                            new SourceField("cause_of_death", "Shelling"), new SourceField("label", "0")),
                    List.of(new SourceField("unit_id", "18"), new SourceField("label", "1")));
        }
    }
}
