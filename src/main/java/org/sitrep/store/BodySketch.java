package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an article's body (its paragraphs, without title) looks like to duplicate detection: a hash of its words
 * (Unicode-normalised, lower case, whitespace collapsed), equal for copies sent word for word, and a MinHash sketch of
 * its three-word shingles, whose agreement with another's estimates the share of shingles the two bodies have in
 * common (Jaccard similarity): about 0.8 when one paragraph in ten was rewritten, under 0.1 for two outlets' own
 * reports of one event.
 *
 * @param hash SHA-256 of the normalised body, hex
 * @param minHashes the sketch: for each of {@link #HASHES} hash functions, the least value over the shingles
 * @param words how many words the body has
 */
record BodySketch(String hash, long[] minHashes, int words) {
    static final int HASHES = 64;
    /** Locality-sensitive hashing: bodies that agree on all the rows of one band are compared. */
    static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final int SHINGLE = 3;
    /**
     * Bodies shorter than this are too short to tell a copy from a stub ("Subscribe to read.") or a template, so they
     * are neither copies nor versions of anything.
     */
    static final int MIN_WORDS = 30;
    /**
     * Two bodies that share at least this estimated share of their shingles are versions of one story. With
     * {@link #BANDS} bands of {@link #ROWS} rows, bodies that share 80% become candidates 99.9% of the time, bodies
     * that share 20% 2.5% of the time (and are then told apart by the estimate).
     */
    static final double MIN_VERSION_SIMILARITY = 0.5;
    private static final long[] SEEDS = seeds();

    static BodySketch of(List<String> paragraphs) {
        String normal = Normalizer.normalize(String.join(" ", paragraphs), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = words(normal);
        return new BodySketch(ArticleIds.hash(String.join(" ", words)), minHashes(shingles(words)), words.size());
    }

    /** The runs of letters and numbers (Unicode categories L and N), as the pattern {@code [^\p{L}\p{N}]+} splits. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isWordCharacter(cp)) {
                start = start < 0 ? i : start;
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static boolean isWordCharacter(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Whether the body is long enough to be compared with others (see {@link #MIN_WORDS}). */
    boolean distinctive() {
        return words >= MIN_WORDS;
    }

    /** The estimated share of shingles this body and the other have in common, 0 to 1. */
    double similarity(BodySketch other) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            same += minHashes[i] == other.minHashes[i] ? 1 : 0;
        }
        return same / (double) HASHES;
    }

    /** The band keys ("07:..."): bodies that share one are candidates to compare. */
    List<String> bands() {
        List<String> out = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            StringBuilder key = new StringBuilder(80).append(b < 10 ? "0" : "").append(b).append(':');
            for (int r = 0; r < ROWS; r++) {
                key.append(Long.toHexString(minHashes[b * ROWS + r])).append('.');
            }
            out.add(key.toString());
        }
        return out;
    }

    /** The sketch as stored: its values in hex, joined by spaces. */
    String sketchText() {
        StringBuilder out = new StringBuilder(HASHES * 17);
        for (long h : minHashes) {
            out.append(out.length() == 0 ? "" : " ").append(Long.toHexString(h));
        }
        return out.toString();
    }

    /** A stored sketch read back; its hash and word count are not stored with it and come back empty and zero. */
    static BodySketch ofStored(String sketchText) {
        String[] parts = sketchText.split(" ");
        long[] values = new long[HASHES];
        for (int i = 0; i < HASHES && i < parts.length; i++) {
            values[i] = Long.parseUnsignedLong(parts[i], 16);
        }
        return new BodySketch("", values, 0);
    }

    /**
     * The FNV-1a hash of each three-word shingle's UTF-8 bytes, words joined by one space (of all the words when there
     * are fewer), repeats included: the minimum over them is the same. Hashed a word at a time rather than built as
     * strings, which was a quarter of storing an article (JFR of 'bench pages').
     */
    private static long[] shingles(List<String> words) {
        byte[][] bytes = new byte[words.size()][];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = words.get(i).getBytes(StandardCharsets.UTF_8);
        }
        int span = Math.min(SHINGLE, bytes.length);
        long[] out = new long[Math.max(1, bytes.length - span + 1)];
        for (int i = 0; i < out.length; i++) {
            long h = FNV_OFFSET;
            for (int w = i; w < i + span; w++) {
                if (w > i) {
                    h = fnv(h, (byte) ' ');
                }
                for (byte b : bytes[w]) {
                    h = fnv(h, b);
                }
            }
            out[i] = h;
        }
        return out;
    }

    private static long[] minHashes(long[] shingles) {
        long[] out = new long[HASHES];
        java.util.Arrays.fill(out, -1L);
        for (long s : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(s ^ SEEDS[i]);
                if (Long.compareUnsigned(h, out[i]) < 0) {
                    out[i] = h;
                }
            }
        }
        return out;
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;

    /** One byte into an FNV-1a hash (64 bits: stable across runs and versions, unlike String.hashCode's 32 bits). */
    private static long fnv(long h, byte b) {
        return (h ^ (b & 0xff)) * 0x100000001b3L;
    }

    /** SplitMix64's finaliser: one well-mixed hash function per seed. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] out = new long[HASHES];
        long x = 0x5172e9L;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9e3779b97f4a7c15L;
            out[i] = mix(x);
        }
        return out;
    }
}
