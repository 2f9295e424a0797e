package org.sitrep.resolve;

import java.util.List;
import org.sitrep.core.EntityType;

/**
 * A name used once that the knowledge base does not know, as a {@link OnceNamedJudge} weighs it.
 *
 * @param text     the mention's words
 * @param type     the tagger's type
 * @param features the named binary features of {@link OnceNamedFeatures}, the cue words among them
 * @param marked   whether a cue word of the rules marks the type
 */
public record OnceNamedCandidate(String text, EntityType type, List<String> features, boolean marked) {
    public OnceNamedCandidate {
        features = List.copyOf(features);
    }
}
