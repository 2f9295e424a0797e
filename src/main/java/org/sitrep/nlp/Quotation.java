package org.sitrep.nlp;

/** Whether a place in a text lies within quotation marks opened earlier in its paragraph. */
final class Quotation {
    private Quotation() {
    }

    static boolean encloses(String text, int at) {
        int from = text.lastIndexOf('\n', at - 1) + 1;
        boolean inside = false;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                inside = true;
            } else if (c == '”') {
                inside = false;
            } else if (c == '"') {
                inside = !inside;
            }
        }
        return inside;
    }
}
