package org.sitrep.web;

/** A run of article text as shown: plain, or a mention linking to its entity page. */
public record TextRun(String text, String entityId, String entityName, String entityType) {
    public boolean isMention() {
        return entityId != null;
    }

    public String href() {
        return Links.entity(entityId);
    }
}
