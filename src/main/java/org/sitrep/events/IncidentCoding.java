package org.sitrep.events;

import org.sitrep.core.SubEventType;

/**
 * What the classifier makes of a sentence that reports an incident.
 *
 * @param subTypeProbability the model's probability of that sub-event type, from 0 to 1
 * @param typeProbability    the probability of its event type (its sub-types together), from 0 to 1
 * @param noneProbability    the probability that the sentence reports no incident, from 0 to 1
 */
public record IncidentCoding(SubEventType subType, double subTypeProbability, double typeProbability,
                             double noneProbability) {
    /** The same coding recoded to {@code kind} by a rule, keeping the classifier's probabilities. */
    public IncidentCoding withSubType(SubEventType kind) {
        return new IncidentCoding(kind, subTypeProbability, typeProbability, noneProbability);
    }
}
