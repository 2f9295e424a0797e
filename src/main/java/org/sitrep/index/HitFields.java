package org.sitrep.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;

/**
 * What a result list shows of a hit (id, headline, outlet, day), kept in doc values beside the stored fields. Reading
 * a stored field decompresses the block of documents around it, text and all (most of a search's time, and of the
 * search timeline's, which reads the ids of up to 10,000 hits); doc values read only the value.
 */
final class HitFields {
    static final String ID = "id_dv";
    static final String TITLE = "title_dv";
    static final String OUTLET = "outlet_dv";
    /** Undated articles hold this in {@link IndexFields#DAY_SORT}, so they sort last among the newest first. */
    static final long UNDATED = Long.MIN_VALUE;

    /** A hit as a result list shows it. */
    record Shown(String id, String title, String outlet, LocalDate published) {
    }

    private HitFields() {
    }

    static void add(Document doc, IndexedArticle a) {
        doc.add(new BinaryDocValuesField(ID, new BytesRef(a.id())));
        doc.add(new BinaryDocValuesField(TITLE, new BytesRef(a.title())));
        if (a.outlet() != null) {
            doc.add(new BinaryDocValuesField(OUTLET, new BytesRef(a.outlet())));
        }
    }

    /** The hits' ids, in the order given. */
    static String[] ids(IndexReader reader, int[] docs) throws IOException {
        String[] out = new String[docs.length];
        Integer[] order = byDoc(docs);
        List<LeafReaderContext> leaves = reader.leaves();
        int leaf = -1;
        BinaryDocValues ids = null;
        for (Integer i : order) {
            int l = ReaderUtil.subIndex(docs[i], leaves);
            if (l != leaf) {
                leaf = l;
                ids = DocValues.getBinary(leaves.get(l).reader(), ID);
            }
            int doc = docs[i] - leaves.get(l).docBase;
            out[i] = ids.advanceExact(doc) ? ids.binaryValue().utf8ToString() : null;
        }
        return out;
    }

    /** The publication days of these documents, in their order; null for an undated one. */
    static LocalDate[] days(IndexReader reader, int[] docs) throws IOException {
        LocalDate[] out = new LocalDate[docs.length];
        Integer[] order = byDoc(docs);
        List<LeafReaderContext> leaves = reader.leaves();
        int leaf = -1;
        NumericDocValues days = null;
        for (Integer i : order) {
            int l = ReaderUtil.subIndex(docs[i], leaves);
            if (l != leaf) {
                leaf = l;
                days = DocValues.getNumeric(leaves.get(l).reader(), IndexFields.DAY_SORT);
            }
            int doc = docs[i] - leaves.get(l).docBase;
            long day = days.advanceExact(doc) ? days.longValue() : UNDATED;
            out[i] = day == UNDATED ? null : LocalDate.ofEpochDay(day);
        }
        return out;
    }

    /** One hit's fields; for the few hits of a page, each read afresh. */
    static Shown shown(IndexReader reader, int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        int d = doc - leaf.docBase;
        NumericDocValues days = DocValues.getNumeric(leaf.reader(), IndexFields.DAY_SORT);
        long day = days.advanceExact(d) ? days.longValue() : UNDATED;
        return new Shown(text(leaf, ID, d), text(leaf, TITLE, d), text(leaf, OUTLET, d),
                day == UNDATED ? null : LocalDate.ofEpochDay(day));
    }

    private static String text(LeafReaderContext leaf, String field, int doc) throws IOException {
        BinaryDocValues values = DocValues.getBinary(leaf.reader(), field);
        return values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
    }

    /** Positions of {@code docs} in increasing order of doc id, as doc values are read forwards. */
    private static Integer[] byDoc(int[] docs) {
        Integer[] order = new Integer[docs.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> Integer.compare(docs[x], docs[y]));
        return order;
    }
}
