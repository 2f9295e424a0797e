/**
 * Codes the incidents an article reports (a strike, a clash, a protest, an arrest) to ACLED's schema: type and
 * sub-event type from a learned classifier over each sentence, actors, place, date, fatalities and the sentence as
 * evidence, from the earlier stages' entities, places and dates.
 */
package org.sitrep.events;
