package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.Article;

/**
 * Reads an article body that is already separated from its page (a CSV row): paragraphs are split at line
 * breaks, and a copy of the title at the start of the body (as many feeds and datasets repeat it) is dropped.
 */
final class BodyTextExtractor {
    Article extract(String text, String title) {
        List<String> paragraphs = new ArrayList<>();
        for (String raw : text.split("\\r?\\n|\\r")) {
            String line = CleanText.line(raw);
            if (!line.isEmpty()) {
                paragraphs.add(line);
            }
        }
        String cleanTitle = CleanText.line(title);
        if (!paragraphs.isEmpty() && !cleanTitle.isEmpty()) {
            String first = paragraphs.get(0);
            if (first.startsWith(cleanTitle)) {
                String rest = first.substring(cleanTitle.length()).replaceFirst("^[.:\\s]+", "");
                if (rest.isEmpty()) {
                    paragraphs.remove(0);
                } else {
                    paragraphs.set(0, rest);
                }
            }
        }
        return new Article(null, cleanTitle, List.of(), null, null, null, List.of(), paragraphs, null);
    }
}
