package org.sitrep.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.sitrep.core.CalendarWords;

/**
 * News pages made up for benchmarks, the same for the same number: a headline, a byline, a date and about 450 words
 * of wire-style prose (names, places, numbers, a statement in quotation marks) in an HTML page with a menu and a footer
 * around the article, as outlets publish them. No two pages share more than their stock phrases.
 */
final class GeneratedNews {
    private static final List<String> PEOPLE = List.of("Rania Haddad", "Omar Khalil", "Lina Saleh", "Yusuf Darwish",
            "Maya Nasser", "Karim Aziz", "Huda Mansour", "Tariq Bakr", "Salma Qasim", "Fadi Rahman", "Nour Hamdan",
            "Ziad Awad", "Dana Issa", "Bilal Yassin", "Rima Jaber", "Samir Obeid");
    private static final List<String> PLACES = List.of("Aleppo", "Homs", "Idlib", "Hama", "Raqqa", "Deir ez-Zor",
            "Daraa", "Latakia", "Manbij", "Kobani", "Palmyra", "Qamishli", "Douma", "Jarablus", "Azaz", "Tartus");
    private static final List<String> GROUPS = List.of("government forces", "rebel fighters", "Islamic State militants",
            "Kurdish units", "the Free Syrian Army", "pro-government militias", "the Syrian Democratic Forces", "Turkish troops");
    private static final List<String> ROLES = List.of("a teacher", "a doctor at a field hospital", "a local council member",
            "an aid worker", "a shopkeeper", "a rescue volunteer", "a farmer", "a student");
    private static final List<String> DAYS = CalendarWords.DAYS;
    private static final List<String> EVENTS = List.of("shelled", "attacked", "advanced on", "besieged", "bombed", "withdrew from",
            "captured villages near", "fired rockets at");
    private static final List<String> GOODS = List.of("bread", "fuel", "medicine", "drinking water", "flour", "blankets");
    private static final List<String> MONTHS = CalendarWords.MONTHS;

    private GeneratedNews() {
    }

    /** Page {@code n}'s HTML, UTF-8. */
    static byte[] page(int n) {
        Random r = new Random(0x5172e9L * 31 + n);
        String place = pick(r, PLACES);
        String group = pick(r, GROUPS);
        String title = capitalised(group) + " " + pick(r, EVENTS) + " " + place + " as " + (3 + r.nextInt(40)) + " are reported killed";
        StringBuilder html = new StringBuilder(6000)
                .append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title).append(" | Levant Wire</title>")
                .append("<meta property=\"og:site_name\" content=\"Levant Wire\">")
                .append("<meta property=\"article:published_time\" content=\"2016-").append(String.format("%02d", 1 + n % 12))
                .append("-").append(String.format("%02d", 1 + n % 28)).append("T08:00:00Z\"></head><body>")
                .append("<nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/syria\">Syria</a></nav>")
                .append("<article><h1>").append(title).append("</h1><p class=\"byline\">By ").append(pick(r, PEOPLE)).append("</p>");
        for (int p = 0; p < 9; p++) {
            html.append("<p>").append(paragraph(r, n, p, place)).append("</p>");
        }
        return html.append("</article><footer class=\"footer\">© Levant Wire. All rights reserved.</footer></body></html>")
                .toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String paragraph(Random r, int n, int p, String place) {
        String other = pick(r, PLACES);
        return switch ((n + p) % 5) {
            case 0 -> capitalised(pick(r, GROUPS)) + " " + pick(r, EVENTS) + " the outskirts of " + place + " on " + pick(r, DAYS)
                    + ", killing at least " + (2 + r.nextInt(30)) + " people and wounding " + (5 + r.nextInt(90))
                    + ", according to a monitoring group that counted " + (100 + r.nextInt(900)) + " strikes in " + pick(r, MONTHS) + ".";
            case 1 -> "\"We have had no " + pick(r, GOODS) + " for " + (2 + r.nextInt(20)) + " days and the children are sick,\" said "
                    + pick(r, PEOPLE) + ", " + pick(r, ROLES) + " in " + place + ". Convoy number " + (n * 10 + p)
                    + " waited at the crossing near " + other + " while officials argued over permits.";
            case 2 -> "The United Nations envoy said talks planned for " + pick(r, MONTHS) + " " + (1 + r.nextInt(28))
                    + " would go ahead, although " + pick(r, GROUPS) + " had rejected the proposal for a corridor between "
                    + place + " and " + other + ". A spokesman for " + pick(r, GROUPS) + " called it " + pick(r, List.of("a trap",
                    "a step forward", "too little, too late", "a matter for the courts")) + ".";
            case 3 -> pick(r, PEOPLE) + ", " + pick(r, ROLES) + ", said " + (10 + r.nextInt(500)) + " families had left "
                    + place + " since " + pick(r, DAYS) + ", most of them heading towards " + other + " on foot, carrying "
                    + pick(r, GOODS) + " and what belongings they could.";
            default -> "Satellite images reviewed by analysts showed " + (3 + r.nextInt(60)) + " damaged buildings in "
                    + place + "'s district number " + (n % 97 + p) + ", including a school and a bakery, and craters near the road to "
                    + other + ". The figures could not be independently verified.";
        };
    }

    private static String pick(Random r, List<String> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
