package org.sitrep.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a sentence reporting harm that no one inflicted: an accident, a disaster, illness or a natural death ("Hotel
 * fire kills at least seventeen", "a helicopter ... crashed in Calabasas", "the virus had killed at least 813", "died
 * in his sleep"). ACLED codes political violence and demonstrations only and leaves these out, while a model trained
 * on conflict reports reads their deaths and damage as attacks.
 */
final class Accidents {
    /**
     * What causes harm without an assailant. A fire only as what kills or destroys ("Hotel fire kills", "a fire
     * yesterday morning destroyed"), not one opened ("opened fire and killed"), since war reports fire weapons; an animal only in lower case (not the "Lions of
     * Islam Brigade"). Deaths alone ("died", "collapsed") are left out: war reports tell them as often; a death told with its age or
     * a stay in hospital ("dies aged 79", "after being hospitalized") is a natural one, unless violence is told too
     * ("died in hospital of his wounds").
     */
    private static final Pattern CAUSE = Pattern.compile("(?i)\\b(?:crash(?:es|ed)?|overturn(?:s|ed)?"
            + "|derail(?:s|ed|ment)?|capsiz(?:e|es|ed)|shipwreck|earthquakes?|quakes?|hurricanes?|typhoons?|cyclones?"
            + "|tornado(?:es)?|storms?|floods?|flooding|landslides?|mudslides?|avalanches?|wildfires?|bushfires?|blaze"
            + "|eruption|drown(?:s|ed|ing)?|electrocut\\w*|virus|coronavirus|covid(?:-19)?|diseases?|epidemic|pandemic"
            + "|infections?|cancer|heart attack|illness|overdose|natural causes|in (?:his|her|their) sleep|found dead"
            + "|die[sd]?\\s+(?:aged|at the age of)|hospitali[sz](?:ed|ation)"
            + "|(?-i:lions?|tigers?|sharks?|crocodiles?)|caught fire"
            + "|(?<!\\b(?:set|open|opens|opened|opening|exchanged|returned|under|heavy|live|on)\\s)fires?\\s+(?:\\w+\\s+){0,3}?"
            + "(?:kills?|killed|destroy(?:s|ed)|broke out|gutted|razed|swept|engulfed))\\b");

    /** What tells violence, or a protest or arrest, which ACLED codes: its weapons, its acts, armed non-state sides. */
    private static final Pattern VIOLENCE = Pattern.compile("(?i)\\b(?:shot|shoot\\w*|gun\\w*|bullets?|snipers?"
            + "|open(?:s|ed|ing)? fire"
            + "|bomb\\w*|explosi\\w*|explod\\w*|IEDs?|landmines?|grenades?|rockets?|missiles?|mortars?|shell(?:s|ed|ing)"
            + "|artillery|air ?strikes?|airstrikes?|air raids?|raid\\w*|drones?|attack\\w*|assault\\w*|ambush\\w*"
            + "|clash\\w*|fight\\w*|battles?|stabb\\w*|knife|knives|machetes?|beat(?:en|ing)|tortur\\w*|lynch\\w*"
            + "|kidnap\\w*|abduct\\w*|hostages?|arrest\\w*|detain\\w*|custody|protest\\w*|demonstrat\\w*|riot\\w*"
            + "|arson\\w*|militants?|militias?|rebels?|insurgents?|terror\\w*|jihadi\\w*|gunmen|armed|wounds?"
            + "|murder\\w*|assassinat\\w*|execut(?:e|es|ed|ing|ions?|ioners?)|massacre\\w*|strikes?|warplanes?|chemical|chlorine"
            + "|sarin|gas|poison\\w*|toxic|suffocat\\w*)\\b");

    private Accidents() {
    }

    /** Whether {@code sentence} tells harm from an accident, disaster, illness or natural death, and no violence. */
    static boolean only(String sentence) {
        return CAUSE.matcher(sentence).find() && !violent(sentence);
    }

    /**
     * Whether {@code sentence} tells violence, a protest or an arrest: a weapon, a violent act, an armed side. A cue
     * said not to have happened ("no arrests") does not count.
     */
    static boolean violent(String sentence) {
        Matcher m = VIOLENCE.matcher(sentence);
        while (m.find()) {
            if (!NEGATED.matcher(sentence).region(0, m.start()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code sentence} tells violence or a protest, leaving out arrests: in a report of an accident, the
     * driver or owner held for questioning is ordinary law enforcement, which ACLED does not code.
     */
    static boolean violentBeyondArrest(String sentence) {
        return violent(ARREST.matcher(sentence).replaceAll("_"));
    }

    private static final Pattern ARREST = Pattern.compile("(?i)\\b(?:arrest\\w*|detain\\w*|custody)\\b");

    /** A word right before a cue that says it did not happen: "no arrests nor charges were reported". */
    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:no|nor|without)\\s+$");
}
