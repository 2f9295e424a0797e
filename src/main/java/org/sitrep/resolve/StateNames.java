package org.sitrep.resolve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The formal name of a state and the short name news uses after it: "Democratic Republic of the Congo" then "Congo",
 * "State of Israel" then "Israel", "Kingdom of Saudi Arabia" then "Saudi Arabia".
 */
final class StateNames {
    /** Qualifiers, then the word for a kind of state, then "of" and the short name. */
    private static final Pattern FORMAL = Pattern.compile("(?:(?:Democratic|Islamic|People's|People’s|Federal|Arab|Socialist|"
            + "Federated|Hashemite|Plurinational|Bolivarian|Syrian|Lebanese|Sudanese|Czech|Slovak|Kyrgyz|Central African|Dominican)\\s+)*"
            + "(?:Republic|Kingdom|State|Emirate|Sultanate|Principality|Grand Duchy)\\s+of\\s+(?:the\\s+)?(\\p{Lu}.*)");

    private StateNames() {
    }

    /** The short name inside a formal state name, or {@code null} when the name is not of that form. */
    static String shortName(String name) {
        Matcher m = FORMAL.matcher(name.strip());
        return m.matches() ? m.group(1) : null;
    }
}
