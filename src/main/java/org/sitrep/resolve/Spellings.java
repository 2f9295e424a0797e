package org.sitrep.resolve;

/**
 * Spellings of one name that news writes both ways within an article: transliterations that double a consonant or
 * not ("Assad" and "Asad", "Gaddafi" and "Gadafi") and typing slips ("Rios Montt" and "Rios Mont").
 */
final class Spellings {
    private Spellings() {
    }

    /** The key of {@link EntityKeys#key} with every run of one letter written once: "assad" and "asad" give "asad". */
    static String loose(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (i == 0 || c != key.charAt(i - 1) || !Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
