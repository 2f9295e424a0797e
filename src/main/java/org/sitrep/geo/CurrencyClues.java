package org.sitrep.geo;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money as a clue to the country an article is written in and about: local news gives prices, budgets and
 * bail in its own currency ("$10.3 million", "£35"). Counted like a nationality word, once per article: a currency
 * says little more when repeated, and an amount in dollars is also named by articles about elsewhere.
 */
final class CurrencyClues {
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\p{L}\\p{N}])(\\$|£)\\s?\\d");
    private static final Pattern OTHER_DOLLARS = Pattern.compile("(?:A|AU|C|CA|NZ|HK|S|US)\\$|\\$\\s?[\\d.,]+\\s?(?:[a-z]+\\s)?(?:Australian|Canadian|Hong Kong|Singapore|New Zealand)");

    private CurrencyClues() {
    }

    /** The ISO 3166-1 alpha-2 code of each country whose currency the text gives amounts in, each counted once. */
    static Map<String, Integer> countriesIn(String text) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            String country = m.group(1).equals("£") ? "GB" : "US";
            out.putIfAbsent(country, 1);
        }
        if (out.containsKey("US") && OTHER_DOLLARS.matcher(text).find()) {
            out.remove("US"); // dollars of another country
        }
        return out;
    }
}
