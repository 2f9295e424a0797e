package org.sitrep.quotes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.nlp.NonNames;

/**
 * The credit that closes a photograph caption: the photographer or agency in brackets ("(AP Photo/Hassan Ammar)",
 * "[EPA]", "(Image: GETTY )") or after a credit label ("Credit...Ed Murray/NJ Advance Media"). It names who took the
 * picture, not who said the caption's words, so a statement ends before it.
 */
final class CaptionCredit {
    /**
     * A bracketed group that opens on a capital (a name; "(including three children)" is the caption's own words), or
     * a credit label ({@link NonNames#CREDIT_LABELS}, "CreditCredit" as some pages double it) and what follows, at the
     * caption's end; short, as credits are.
     */
    private static final Pattern CREDIT = Pattern.compile(
            "(?:\\s*(?:\\(\\s*\\p{Lu}[^()]{0,80}\\)|\\[\\s*\\p{Lu}[^\\[\\]]{0,80}\\])|\\s*(?i:(?:credit)+|"
                    + String.join("|", NonNames.CREDIT_LABELS) + ")s?\\s*(?::|\\.{3}|…)[^\\n]{0,120})\\s*$");

    private CaptionCredit() {
    }

    /** Where the caption's own words end: before its closing credit, the caption's length when it has none. */
    static int wordsEnd(String caption) {
        Matcher m = CREDIT.matcher(caption);
        return m.find() ? m.start() : caption.length();
    }
}
