package org.sitrep.core;

/**
 * One incident as one sentence (or caption) of one article reports it, coded to ACLED's schema.
 *
 * @param actor2        the other side, {@code null} when there is none (a protest) or the text does not say
 * @param place         where it happened, {@code null} when the article does not say
 * @param geoPrecision  ACLED's geo precision: 1 the place itself, 2 near it or part of a region named, 3 only the
 *                      region or country is known; 0 when there is no place
 * @param date          ISO-8601, possibly partial (see {@link DatePrecision#of}), {@code null} when unknown
 * @param fatalities    deaths the text states for this incident, {@code null} when it states none
 * @param evidence      the sentence that reports it: offsets into the article's text, or into caption number
 *                      {@code caption} when that is not {@code null}
 * @param hedged        whether the text reports it as suspected, alleged or claimed rather than as fact
 * @param claimedBy     who the text says reports it ("activists", "the Syrian Observatory for Human Rights"),
 *                      {@code null} when the article states it in its own voice
 * @param confidence    how sure the coding is, from 0 to 1
 */
public record Event(SubEventType subType, EventActor actor1, EventActor actor2, PlaceMention place, int geoPrecision,
                    String date, Integer fatalities, Span evidence, Integer caption, boolean hedged, String claimedBy,
                    double confidence) {
    public Event {
        if (subType == null || actor1 == null || evidence == null) {
            throw new IllegalArgumentException("an event needs a sub-event type, an actor and its evidence; got: "
                    + subType + ", " + actor1 + ", " + evidence);
        }
        if (fatalities != null && fatalities < 0) {
            throw new IllegalArgumentException("fatalities must be >= 0; got: " + fatalities);
        }
        if (date != null) {
            DatePrecision.of(date);
        }
    }

    /** The same report coded to another sub-event type. */
    public Event withSubType(SubEventType value) {
        return new Event(value, actor1, actor2, place, geoPrecision, date, fatalities, evidence, caption, hedged, claimedBy,
                confidence);
    }

    /** The same report with this death toll. */
    public Event withFatalities(Integer value) {
        return new Event(subType, actor1, actor2, place, geoPrecision, date, value, evidence, caption, hedged, claimedBy,
                confidence);
    }

    /**
     * The words of the evidence in {@code article}: in its text, or in its caption {@link #caption()}. Offsets past
     * the end of their text are cut to it (and a caption the article lacks reads as empty), so a bad span loses
     * nothing else.
     */
    public String evidenceIn(Article article) {
        String text = caption == null ? article.text()
                : caption < article.captions().size() ? article.captions().get(caption) : "";
        int end = Math.min(evidence.end(), text.length());
        return text.substring(Math.min(evidence.begin(), end), end);
    }

    public EventType type() {
        return subType.type();
    }

    /** How precisely the date is known; {@code null} when there is no date. */
    public DatePrecision datePrecision() {
        return date == null ? null : DatePrecision.of(date);
    }
}
