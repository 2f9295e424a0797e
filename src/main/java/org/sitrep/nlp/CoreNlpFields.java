package org.sitrep.nlp;

import java.lang.reflect.Field;

/**
 * Reads (and at times replaces) fields CoreNLP keeps to itself, where Sitrep runs or speeds up its models from
 * outside (the parser's weights, the pipeline's CRFs and their feature index). Every failure names the field and the
 * CoreNLP version the code was written for, since a new CoreNLP may rename what it does not publish.
 */
final class CoreNlpFields {
    private CoreNlpFields() {
    }

    /**
     * The value of field {@code name} declared by {@code declaring} in {@code owner}.
     *
     * @throws IllegalStateException if there is no such field or its value is not a {@code type}
     */
    static <T> T read(Object owner, Class<?> declaring, String name, Class<T> type) {
        try {
            return type.cast(accessible(declaring, name).get(owner));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw unexpected(declaring, name, e);
        }
    }

    /**
     * Sets field {@code name} declared by {@code declaring} in {@code owner} to {@code value}.
     *
     * @throws IllegalStateException if there is no such field or it cannot hold {@code value}
     */
    static void write(Object owner, Class<?> declaring, String name, Object value) {
        try {
            accessible(declaring, name).set(owner, value);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw unexpected(declaring, name, e);
        }
    }

    private static Field accessible(Class<?> declaring, String name) throws NoSuchFieldException {
        Field f = declaring.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static IllegalStateException unexpected(Class<?> declaring, String name, Exception e) {
        return new IllegalStateException("CoreNLP's " + declaring.getSimpleName() + "." + name
                + " is not as Sitrep expects (CoreNLP 4.5.10): " + e, e);
    }
}
