package org.sitrep.events;

import org.sitrep.core.SubEventType;

/**
 * A sentence labelled for training: the sub-event type of the incident it reports, or none.
 *
 * @param subType {@code null} when the sentence reports no incident ACLED would code
 * @param source  where the sentence comes from ("fa-kes:1914947533", "written")
 */
record LabelledSentence(SubEventType subType, String actor1, String actor2, String text, String source) {

    /** The classifier's label: the sub-event type's ACLED name, or {@value IncidentClassifier#NONE}. */
    String label() {
        return subType == null ? IncidentClassifier.NONE : subType.label();
    }
}
