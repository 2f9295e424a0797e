package org.sitrep.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class SystematicSampleTest {
    @Test
    void matchesOneWindowInEachRunOfStepWindowsAloneAndJoinedToAQuery() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                for (int i = 0; i < 20_480; i++) {
                    Document d = new Document();
                    d.add(new StringField("even", i % 2 == 0 ? "yes" : "no", Field.Store.NO));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                // Twenty runs of four windows of 256 documents, one window drawn in each.
                assertThat(searcher.count(new SystematicSample(4))).isEqualTo(20 * SystematicSample.WINDOW);
                assertThat(searcher.count(new SystematicSample(1))).isEqualTo(20_480);
                BooleanQuery evenAndSampled = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("even", "yes")), BooleanClause.Occur.FILTER)
                        .add(new SystematicSample(4), BooleanClause.Occur.FILTER).build();
                assertThat(searcher.count(evenAndSampled)).isEqualTo(10 * SystematicSample.WINDOW);
            }
        }
    }

    @Test
    void refusesAStepBelowOne() {
        assertThatThrownBy(() -> new SystematicSample(0)).isInstanceOf(IllegalArgumentException.class).hasMessage("step must be >= 1; got: 0");
    }
}
