package org.sitrep.eval;

import java.util.List;

/** A gold document: its original text, split into title and paragraphs as stored, and its attributions. */
record EvalDocument(String name, String text, List<GoldAttribution> attributions) {
    EvalDocument {
        attributions = List.copyOf(attributions);
    }
}
