package org.sitrep.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.function.Function;

/**
 * Splits a corpus into the half one studies ("dev") and the half one only reports ("test"), by the SHA-1 of each
 * item's id: the last hex digit even is test. The rule is the field corpus guide's, so every corpus splits alike.
 */
public final class HalfSplit {
    private HalfSplit() {
    }

    /** Whether the item with this id belongs to the half one only reports. */
    public static boolean isTest(String id) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(id.getBytes(StandardCharsets.UTF_8));
            return (d[d.length - 1] & 1) == 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this Java runtime", e);
        }
    }

    public static <T> List<T> dev(List<T> items, Function<T, String> id) {
        return items.stream().filter(t -> !isTest(id.apply(t))).toList();
    }

    public static <T> List<T> test(List<T> items, Function<T, String> id) {
        return items.stream().filter(t -> isTest(id.apply(t))).toList();
    }
}
