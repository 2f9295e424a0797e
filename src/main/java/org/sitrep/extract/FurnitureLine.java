package org.sitrep.extract;

import java.util.regex.Pattern;
import org.sitrep.core.SocialPlatforms;

/**
 * Lines of page furniture known by their wording, whatever their markup: the page's own notes about advertising,
 * sponsors, the reporter's social accounts, the paywall and appeals for donations. They are written by the site, not said by anyone,
 * and a quote finder reads them as statements ("THIS CONTENT IS RESERVED FOR SUBSCRIBERS" gave Islamic State a
 * statement through its "IS").
 */
final class FurnitureLine {
    /** Longer lines are prose that happens to use these words. */
    private static final int MAX_CHARS = 200;
    /** "Advertisement - story continues below", "Story continues below", "Article continues after advertisement". */
    private static final Pattern ADVERT = Pattern.compile("(?iu)(?:advertisement|advert|ad)?\\s*[-–—:|]?\\s*"
            + "(?:the\\s+)?(?:story|article|text|content)\\s+continues\\s+(?:below|after\\s+(?:this\\s+|the\\s+)?(?:advertisement|advert|ad))"
            + "(?:\\s*[-–—:|]?\\s*(?:the\\s+)?advertisement)?\\s*[.…]*|(?:advertisement|sponsored content|paid content|supported by)\\s*:?");
    /**
     * "Follow Scott Shane on Twitter at @ScottShaneNYT.", "Danica Kirka can be reached at http://twitter.com/DanicaKirka",
     * "You can follow him on X @name", "Dennis Roddy can be reached at droddy@post-gazette.com or 412-263-1965.",
     * "Follow @BGRDeals on Twitter", "Follow The New York Times Opinion section on Facebook", "Have a tip? Amy Kuperinsky
     * may be reached at ...", "Email Tariq Malik at tmalik@space.com",
     * "Follow AP's full coverage of Brexit at https://www.apnews.com/Brexit": the reporter or the site as the reader's contact,
     * whose names and platforms are no entities of the story. A short question may lead in ("Have a tip?").
     */
    private static final Pattern CONTACT = Pattern.compile("(?u)(?:[^.?!\\n]{1,30}\\?\\s+)?"
            + "(?:(?:You can |Please )?[Ff]ollow (?:(?:\\p{Lu}[\\p{L}.'’-]*|@\\w+|the|section|desk|team)\\s+){0,6}(?:him|her|them|us)?\\s*"
            + "on (?:" + SocialPlatforms.alternation() + ")\\b"
            + "|(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}(?:can|may) be (?:reached|contacted|emailed) (?:at|by|on|via)\\b"
            + "|(?:E-?mail|Contact|Write to|Reach) (?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}(?:at|on|via) \\S+@"
            + "|(?:You can |Please )?[Ff]ollow\\b.{0,120}\\b(?:at|on|via) (?:https?://|www\\.)\\S+).*");
    /**
     * A paywall's notice: "THIS CONTENT IS RESERVED FOR SUBSCRIBERS", "Subscribe to continue reading", "Already a
     * subscriber? Log in", "This article is for subscribers only", "Unlock this article".
     */
    private static final Pattern PAYWALL = Pattern.compile("(?iu).*(?:\\bthis (?:content|article|story) is (?:reserved|available|only available|exclusive)"
            + "\\b.*\\bsubscri|\\b(?:subscribe|sign in|log in|register)\\b.{0,40}\\b(?:to (?:continue|keep) reading|to read (?:the|this) (?:full|whole|rest)"
            + "|for (?:full|unlimited) access)|\\balready (?:a )?(?:subscriber|member|registered)\\b.{0,30}\\b(?:log ?in|sign ?in)"
            + "|\\bfor (?:paid )?subscribers only\\b|\\bunlock (?:this|the full) (?:article|story)\\b"
            + "|\\byou have (?:reached|read) (?:your|the) (?:limit|maximum)\\b.{0,40}\\b(?:free )?(?:articles?|stories)).*");

    /**
     * An appeal for money or membership that opens its line: "Support the kind of journalism done by the
     * NewsHour...Become a member of your local PBS station.", "Donate now", "Become a supporter". Only at the start of
     * a line: "He urged them to become a member of the party" is a sentence.
     */
    private static final Pattern APPEAL = Pattern.compile("(?iu)^\\s*(?:support (?:the kind of |our |independent |quality |public )?"
            + "(?:journalism|reporting)\\b|become a (?:member|supporter|subscriber|patron)\\b|(?:please )?donate (?:now|today)\\b"
            + "|make a (?:tax-deductible )?(?:donation|gift|contribution)\\b).*");

    private FurnitureLine() {
    }

    /** Whether this line of the page is furniture by its wording; false for prose and for any line over 200 characters. */
    static boolean is(String text) {
        if (text.length() > MAX_CHARS) {
            return false;
        }
        return ADVERT.matcher(text).matches() || CONTACT.matcher(text).matches()
                || PAYWALL.matcher(text).matches() || APPEAL.matcher(text).matches();
    }
}
