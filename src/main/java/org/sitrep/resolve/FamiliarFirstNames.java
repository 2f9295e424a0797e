package org.sitrep.resolve;

import java.util.Locale;
import java.util.Map;

/**
 * The familiar forms of English first names that news uses for the same person it names formally elsewhere ("Tom
 * Franklin" of photographer Thomas E. Franklin): a familiar form and the formal one, with the same
 * surname, are one person of the article. Only forms that stand for one formal name: "Al" (Albert, Alan, Alexander)
 * and "Chris" (Christopher, Christine) are left out.
 */
final class FamiliarFirstNames {
    private static final Map<String, String> FORMAL = Map.ofEntries(
            Map.entry("tom", "Thomas"), Map.entry("bill", "William"), Map.entry("will", "William"), Map.entry("bob", "Robert"),
            Map.entry("rob", "Robert"), Map.entry("jim", "James"), Map.entry("jimmy", "James"), Map.entry("mike", "Michael"),
            Map.entry("dick", "Richard"), Map.entry("rick", "Richard"), Map.entry("joe", "Joseph"), Map.entry("dave", "David"),
            Map.entry("dan", "Daniel"), Map.entry("danny", "Daniel"), Map.entry("ted", "Edward"), Map.entry("ed", "Edward"),
            Map.entry("tony", "Anthony"), Map.entry("ben", "Benjamin"), Map.entry("sam", "Samuel"), Map.entry("matt", "Matthew"),
            Map.entry("nick", "Nicholas"), Map.entry("pat", "Patrick"), Map.entry("jack", "John"), Map.entry("chuck", "Charles"),
            Map.entry("charlie", "Charles"), Map.entry("andy", "Andrew"), Map.entry("jeff", "Jeffrey"), Map.entry("greg", "Gregory"),
            Map.entry("ron", "Ronald"), Map.entry("don", "Donald"), Map.entry("larry", "Lawrence"), Map.entry("pete", "Peter"),
            Map.entry("fred", "Frederick"), Map.entry("ken", "Kenneth"), Map.entry("tim", "Timothy"), Map.entry("phil", "Philip"),
            Map.entry("jon", "Jonathan"), Map.entry("steve", "Stephen"), Map.entry("liz", "Elizabeth"), Map.entry("beth", "Elizabeth"),
            Map.entry("kate", "Katherine"), Map.entry("cathy", "Catherine"), Map.entry("sue", "Susan"), Map.entry("jenny", "Jennifer"),
            Map.entry("vlad", "Vladimir"), Map.entry("sasha", "Alexander"));

    private FamiliarFirstNames() {
    }

    /** The formal first name {@code first} is a familiar form of ("Thomas" for "Tom"), or {@code null} when it is none. */
    static String formal(String first) {
        return FORMAL.get(first.toLowerCase(Locale.ROOT));
    }
}
