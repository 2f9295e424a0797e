package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.PostgresServer;

/** The statement word index on a real PostgreSQL server: a GIN index of the statements' 'simple' text vectors. */
class StatementWordSearchOnPostgresTest extends StatementWordSearchContract {
    private Database db;
    private ArticleStore store;

    @BeforeEach
    void open() {
        db = Database.open(PostgresServer.newDatabase());
        store = new ArticleStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Override
    ArticleStore store() {
        return store;
    }

    @Test
    void theSearchCanUseTheGinIndex() {
        store.save(SayingArticles.saying("https://a.example/1", DAY, "The war is over"));
        String plan = db.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("SET enable_seqscan = off");
                StringBuilder out = new StringBuilder();
                try (ResultSet rs = s.executeQuery("EXPLAIN SELECT 1 FROM quotes q "
                        + "WHERE to_tsvector('simple', q.text) @@ to_tsquery('simple', '''war''')")) {
                    while (rs.next()) {
                        out.append(rs.getString(1)).append('\n');
                    }
                }
                s.execute("RESET enable_seqscan");
                return out.toString();
            }
        });
        assertThat(plan).contains("quotes_words");
    }
}
