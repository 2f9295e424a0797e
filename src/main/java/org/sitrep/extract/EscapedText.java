package org.sitrep.extract;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Text that still holds HTML character references after parsing: meta tags a CMS escaped twice
 * ({@code content="Australia&amp;#039;s"}) and JSON-LD strings, which sit in a script that the parser leaves as is
 * ({@code "headline": "Amazon&#x2019;s"}). No reader means the reference itself.
 */
final class EscapedText {
    private static final Pattern REFERENCE = Pattern.compile("&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");

    private EscapedText() {
    }

    /** The text with its character references decoded once; the same text when it holds none; {@code null} for null. */
    static String decoded(String text) {
        return text == null || text.indexOf('&') < 0 || !REFERENCE.matcher(text).find() ? text : Parser.unescapeEntities(text, false);
    }
}
