package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.SayingArticles.saying;

import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The statement word index on SQLite: an FTS5 table kept in step with the statements by triggers (issue 19). */
class StatementWordSearchTest extends StatementWordSearchContract {
    @RegisterExtension
    final StoreOnDisk disk = new StoreOnDisk();

    @Override
    ArticleStore store() {
        return disk.store();
    }

    @Test
    void foldsDiacritics() {
        store().save(saying("https://a.example/1", DAY, "Rain fell on Belém", "Jose said so"));
        assertThat(found("belem")).containsExactly("Rain fell on Belém");
        assertThat(found("José")).containsExactly("Jose said so");
    }

    @Test
    void theMigrationIndexesTheStatementsOfAnExistingDatabase() throws Exception {
        store().save(saying("https://a.example/1", DAY, "The war is over", "Bread is short"));
        disk.db().write(c -> {
            try (Statement s = c.createStatement()) {
                for (String drop : new String[] {"DROP TRIGGER quote_words_insert", "DROP TRIGGER quote_words_delete",
                        "DROP TRIGGER quote_words_update", "DROP TABLE quote_words", "DROP TABLE quote_keys",
                        "DROP TABLE block_quotes", "ALTER TABLE quotes DROP COLUMN statement_probability", "ALTER TABLE quotes DROP COLUMN caption",
                        "DELETE FROM schema_migrations WHERE version >= 18"}) {
                    s.execute(drop);
                }
            }
            return null;
        });
        disk.db().close();
        Database again = Database.open(disk.dir());
        try {
            ArticleStore store = new ArticleStore(again);
            assertThat(store.statements(new QuoteQuery(null, "war", null, null, null, null, new org.sitrep.core.PageRequest(1, 5)))
                    .items()).extracting(h -> h.quote().quote().text()).containsExactly("The war is over");
        } finally {
            again.close();
        }
    }

    @Test
    void everyStatementHasOneKeyAndOneIndexRowAfterUpdatesAndDeletes() {
        store().save(saying("https://a.example/1", DAY, "One", "Two", "Three"));
        store().save(saying("https://a.example/1", DAY, "Four"));
        store().save(saying("https://a.example/2", DAY, "Five", "Six"));
        long[] counts = disk.db().read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM quotes), "
                    + "(SELECT COUNT(*) FROM quote_keys), (SELECT COUNT(*) FROM quote_keys k JOIN quotes q "
                    + "ON q.article_id = k.article_id AND q.position = k.position)")) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        });
        assertThat(counts).containsExactly(3, 3, 3);
        assertThat(found("one")).isEmpty();
        assertThat(found("four")).containsExactly("Four");
    }
}
