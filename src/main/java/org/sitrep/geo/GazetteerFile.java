package org.sitrep.geo;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sitrep.core.Place;

/**
 * The gazetteer as Sitrep ships it ({@code gazetteer.bin.gz}): the places in columns and the keys of their names
 * worked out in advance and sorted, so that loading reads a few arrays instead of normalising a million names.
 * Compiled by {@link #main} from the documented text format, whose file {@code bench/geo/gazetteer.tsv.gz} stays
 * the source. Gzip; inside, big-endian: the {@link #MAGIC} line, then the place columns, then the strict and the
 * loose {@link NameIndex}. An array is its length as an int, then its elements.
 */
final class GazetteerFile {
    /** The first bytes of the file, which tell it from the text format (whose first line starts with '#'). */
    static final byte[] MAGIC = "SITREP-GAZETTEER 1\n".getBytes(StandardCharsets.US_ASCII);

    private GazetteerFile() {
    }

    /**
     * Compiles the text gazetteer {@code args[0]} (gzipped when named {@code .gz}) into {@code args[1]}. Run by
     * {@code bench/geo/build-gazetteer.py}; writes the same bytes on every run.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GazetteerFile GAZETTEER_TSV[.gz] OUT.bin.gz");
            System.exit(2);
        }
        GazetteerContents contents;
        try (InputStream in = Files.newInputStream(Path.of(args[0]));
             InputStream text = args[0].endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in) {
            contents = GazetteerTsv.read(text, args[0]);
        }
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            write(contents, out);
        }
        System.out.printf("%s: %d places, %d strict keys, %d loose keys%n", args[1], contents.places().size(),
                contents.strict().size(), contents.loose().size());
    }

    /** Writes {@code contents} gzipped to {@code out}, without closing it. */
    static void write(GazetteerContents contents, OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        data.write(MAGIC);
        List<Place> places = contents.places();
        writeLongs(data, places.stream().mapToLong(Place::id).toArray());
        writeStrings(data, places.stream().map(Place::name).toList());
        writeDoubles(data, places.stream().mapToDouble(Place::lat).toArray());
        writeDoubles(data, places.stream().mapToDouble(Place::lon).toArray());
        writeDictionary(data, places.stream().map(p -> String.valueOf(p.featureClass())).toList());
        writeDictionary(data, places.stream().map(Place::featureCode).toList());
        writeDictionary(data, places.stream().map(Place::country).toList());
        writeDictionary(data, places.stream().map(Place::admin1).toList());
        writeDictionary(data, places.stream().map(Place::admin2).toList());
        writeLongs(data, places.stream().mapToLong(Place::population).toArray());
        writeIndex(data, contents.strict());
        writeIndex(data, contents.loose());
        data.flush();
        gzip.finish();
    }

    /**
     * Reads what follows {@link #MAGIC} in uncompressed {@code in}, without closing it.
     *
     * @throws IOException when it cannot be read or is cut short or damaged (the message names {@code name})
     */
    static GazetteerContents read(InputStream in, String name) throws IOException {
        Columns c = new Columns(in, name);
        long[] ids = c.longs();
        String[] names = c.strings();
        double[] lats = c.doubles();
        double[] lons = c.doubles();
        String[] classes = c.dictionary();
        String[] codes = c.dictionary();
        String[] countries = c.dictionary();
        String[] admin1s = c.dictionary();
        String[] admin2s = c.dictionary();
        long[] populations = c.longs();
        int n = ids.length;
        for (int rows : new int[] {names.length, lats.length, lons.length, classes.length, codes.length,
                countries.length, admin1s.length, admin2s.length, populations.length}) {
            c.expect(rows, n);
        }
        List<Place> places = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            char featureClass = classes[i].isEmpty() ? ' ' : classes[i].charAt(0);
            places.add(new Place(ids[i], names[i], lats[i], lons[i], featureClass, codes[i], countries[i], admin1s[i],
                    admin2s[i], populations[i]));
        }
        return new GazetteerContents(places, c.index(n), c.index(n));
    }

    private static void writeIndex(DataOutputStream out, NameIndex index) throws IOException {
        writeStarts(out, index.keyStarts);
        writeBytes(out, index.keys.length, index.keys);
        writeStarts(out, index.placeStarts);
        writeInts(out, index.places);
    }

    /** A column with few distinct values (feature codes, countries): the values once, then each row's number. */
    private static void writeDictionary(DataOutputStream out, List<String> column) throws IOException {
        Map<String, Integer> numbers = new HashMap<>();
        List<String> values = new ArrayList<>();
        int[] rows = new int[column.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = numbers.computeIfAbsent(column.get(i), v -> {
                values.add(v);
                return values.size() - 1;
            });
        }
        writeStrings(out, values);
        writeInts(out, rows);
    }

    /** Strings as the offsets of each in the UTF-8 bytes of all, then those bytes. */
    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        List<byte[]> encoded = strings.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
        int[] starts = new int[encoded.size() + 1];
        for (int i = 0; i < encoded.size(); i++) {
            starts[i + 1] = starts[i] + encoded.get(i).length;
        }
        writeStarts(out, starts);
        out.writeInt(starts[encoded.size()]);
        for (byte[] b : encoded) {
            out.write(b);
        }
    }

    /**
     * Offsets that start at 0 and only grow, written as the differences between neighbours: small numbers, which
     * gzip packs several times tighter.
     */
    private static void writeStarts(DataOutputStream out, int[] starts) throws IOException {
        int[] lengths = new int[starts.length - 1];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = starts[i + 1] - starts[i];
        }
        writeInts(out, lengths);
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(values.length * Integer.BYTES);
        b.asIntBuffer().put(values);
        writeBytes(out, values.length, b.array());
    }

    private static void writeLongs(DataOutputStream out, long[] values) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(values.length * Long.BYTES);
        b.asLongBuffer().put(values);
        writeBytes(out, values.length, b.array());
    }

    private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(values.length * Double.BYTES);
        b.asDoubleBuffer().put(values);
        writeBytes(out, values.length, b.array());
    }

    private static void writeBytes(DataOutputStream out, int length, byte[] bytes) throws IOException {
        out.writeInt(length);
        out.write(bytes);
    }

    /** Reads arrays in bulk: each is read whole into bytes and converted at once, which is what makes loading fast. */
    private static final class Columns {
        private final InputStream in;
        private final String name;

        Columns(InputStream in, String name) {
            this.in = in;
            this.name = name;
        }

        NameIndex index(int places) throws IOException {
            int[] keyStarts = starts();
            byte[] keys = bytes(1);
            int[] placeStarts = starts();
            int[] indexes = ints();
            for (int p : indexes) {
                if (p < 0 || p >= places) {
                    throw new IOException(name + ": a name index points to place " + p + " of " + places);
                }
            }
            try {
                return new NameIndex(keyStarts, keys, placeStarts, indexes);
            } catch (IllegalArgumentException e) {
                throw new IOException(name + ": " + e.getMessage(), e);
            }
        }

        String[] strings() throws IOException {
            int[] starts = starts();
            byte[] bytes = bytes(1);
            if (starts.length == 0 || starts[starts.length - 1] != bytes.length) {
                throw new IOException(name + ": a string column's offsets must end at its " + bytes.length + " bytes");
            }
            String[] out = new String[starts.length - 1];
            for (int i = 0; i < out.length; i++) {
                out[i] = new String(bytes, starts[i], starts[i + 1] - starts[i], StandardCharsets.UTF_8);
            }
            return out;
        }

        /** The rows of a dictionary column share one String per value. */
        String[] dictionary() throws IOException {
            String[] values = strings();
            int[] rows = ints();
            String[] out = new String[rows.length];
            for (int i = 0; i < rows.length; i++) {
                if (rows[i] < 0 || rows[i] >= values.length) {
                    throw new IOException(name + ": a column names value " + rows[i] + " of " + values.length);
                }
                out[i] = values[rows[i]];
            }
            return out;
        }

        /** Offsets written by {@link #writeStarts}: a 0, then the running sum of the lengths. */
        int[] starts() throws IOException {
            int[] lengths = ints();
            int[] starts = new int[lengths.length + 1];
            for (int i = 0; i < lengths.length; i++) {
                long end = (long) starts[i] + lengths[i];
                if (lengths[i] < 0 || end > Integer.MAX_VALUE) {
                    throw new IOException(name + ": a length must be 0 or more and fit the array; got " + lengths[i]);
                }
                starts[i + 1] = (int) end;
            }
            return starts;
        }

        int[] ints() throws IOException {
            ByteBuffer b = ByteBuffer.wrap(bytes(Integer.BYTES));
            int[] out = new int[b.capacity() / Integer.BYTES];
            b.asIntBuffer().get(out);
            return out;
        }

        long[] longs() throws IOException {
            ByteBuffer b = ByteBuffer.wrap(bytes(Long.BYTES));
            long[] out = new long[b.capacity() / Long.BYTES];
            b.asLongBuffer().get(out);
            return out;
        }

        double[] doubles() throws IOException {
            ByteBuffer b = ByteBuffer.wrap(bytes(Double.BYTES));
            double[] out = new double[b.capacity() / Double.BYTES];
            b.asDoubleBuffer().get(out);
            return out;
        }

        void expect(int length, int places) throws IOException {
            if (length != places) {
                throw new IOException(name + ": a place column has " + length + " rows; expected " + places);
            }
        }

        /** An array's length, then its {@code length * width} bytes. */
        private byte[] bytes(int width) throws IOException {
            byte[] head = in.readNBytes(Integer.BYTES);
            if (head.length < Integer.BYTES) {
                throw new EOFException(name + ": the file ends too early");
            }
            int length = ByteBuffer.wrap(head).getInt();
            if (length < 0 || length > Integer.MAX_VALUE / width) {
                throw new IOException(name + ": an array length must be between 0 and " + Integer.MAX_VALUE / width + "; got " + length);
            }
            byte[] bytes = in.readNBytes(length * width);
            if (bytes.length < length * width) {
                throw new EOFException(name + ": the file ends too early");
            }
            return bytes;
        }
    }
}
