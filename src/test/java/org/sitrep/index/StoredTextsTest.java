package org.sitrep.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class StoredTextsTest {
    private static final String[] FIELDS = {"text", "title"};

    private static Document doc(String id, String text, String title) {
        Document d = new Document();
        d.add(new StringField("id", id, Field.Store.YES));
        d.add(new StoredField("text", text));
        if (title != null) {
            d.add(new StoredField("title", title));
        }
        return d;
    }

    @Test
    void givesEachDocumentsStoredTextsCutToTheLengthAskedAndNullForAFieldNotStored() throws IOException {
        try (Directory dir = new ByteBuffersDirectory(); IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            w.addDocument(doc("a", "Shelling in Aleppo.", "Aleppo"));
            w.addDocument(doc("b", "Talks in Geneva.", null));
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                StoredTexts texts = new StoredTexts(1_000);
                assertThat(texts.values(r, 0, FIELDS, 8)).containsExactly("Shelling", "Aleppo");
                assertThat(texts.values(r, 1, FIELDS, 100)).containsExactly("Talks in Geneva.", null);
                assertThat(texts.values(r, 0, FIELDS, 100)).containsExactly("Shelling in Aleppo.", "Aleppo");
            }
        }
    }

    @Test
    void readsAnArticleRewrittenSinceItWasCachedAsItIsNow() throws IOException {
        try (Directory dir = new ByteBuffersDirectory(); IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            w.addDocument(doc("a", "First version.", "One"));
            w.commit();
            StoredTexts texts = new StoredTexts(1_000);
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                assertThat(texts.values(r, 0, FIELDS, 100)).containsExactly("First version.", "One");
            }
            w.updateDocument(new Term("id", "a"), doc("a", "Second version.", "Two"));
            w.forceMerge(1);
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                assertThat(texts.values(r, 0, FIELDS, 100)).containsExactly("Second version.", "Two");
            }
        }
    }

    @Test
    void dropsTheLeastRecentlyUsedTextsBeyondItsSize() throws IOException {
        try (Directory dir = new ByteBuffersDirectory(); IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 10; i++) {
                w.addDocument(doc("d" + i, "0123456789", null));
            }
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                StoredTexts texts = new StoredTexts(35);
                for (int i = 0; i < 10; i++) {
                    texts.values(r, i, new String[] {"text"}, 100);
                }
                assertThat(texts.size()).isEqualTo(30);
            }
        }
    }
}
