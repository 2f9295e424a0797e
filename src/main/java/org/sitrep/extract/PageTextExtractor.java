package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.Article;

/**
 * Extracts an article from text scraped off a news page, blocks separated by blank lines: page chrome lines
 * ("Accessibility links", "Breaking News", "Latest Posts", an "About This Blog" heading with its blurb), the
 * headline, photo captions (a caption written twice, as alt text and as caption, counts once), the body, and
 * a byline ("-- Name", "By Name") that closes the body when it follows it.
 */
final class PageTextExtractor {
    private static final Set<String> CHROME_LINES = Set.of(
            "accessibility links", "skip to main content", "skip to content", "skip to navigation", "breaking news",
            "latest posts", "latest news", "related", "related stories", "related articles", "most popular", "most read",
            "share", "share this", "share this article", "print", "email", "comments", "advertisement", "menu", "search",
            "subscribe", "newsletter", "follow us", "read more", "back to top", "top stories", "see also", "tags");
    /** Headings whose next block is a blurb about the site, not the article. */
    private static final Set<String> CHROME_HEADINGS = Set.of(
            "about this blog", "about the author", "about us", "about this site", "about this page");
    private static final Pattern BYLINE = Pattern.compile("^(?:--|—|–|By|BY|by)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,5})$");
    private static final Pattern PHOTO_MARK = Pattern.compile("\\((?:file )?photo\\)|\\bphoto(?:graph)?:|\\(AP Photo|\\((?:AFP|Reuters|Getty Images)\\)\\s*$", Pattern.CASE_INSENSITIVE);
    /** The wire-photo caption form: one present-tense sentence closing on the day the photo was taken. */
    private static final Pattern PHOTO_DAY = Pattern.compile("\\bon (?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}(?:, \\d{4})?\\.$");
    private static final Pattern REPORTING_VERB = Pattern.compile("\\b(?:said|says|told|wrote|according to|announced|reported)\\b");
    private static final int MAX_TITLE_WORDS = 30;

    Article extract(String text) {
        List<List<String>> blocks = blocks(text);
        String title = "";
        List<String> captions = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        List<String> byline = new ArrayList<>();
        boolean afterTitle = false;
        for (int i = 0; i < blocks.size(); i++) {
            List<String> block = blocks.get(i);
            String joined = String.join(" ", block);
            String lower = joined.toLowerCase(Locale.ROOT);
            if (CHROME_HEADINGS.contains(lower)) {
                i++;
                continue;
            }
            if (CHROME_LINES.contains(lower)) {
                continue;
            }
            var by = BYLINE.matcher(joined);
            if (block.size() == 1 && by.matches()) {
                byline.add(by.group(1));
                if (!paragraphs.isEmpty()) {
                    break;
                }
                continue;
            }
            if (title.isEmpty() && block.size() == 1 && words(joined) <= MAX_TITLE_WORDS) {
                title = joined;
                afterTitle = true;
                continue;
            }
            if (isCaption(block, joined, afterTitle && paragraphs.isEmpty() && captions.isEmpty())) {
                captions.add(block.get(0));
                continue;
            }
            paragraphs.add(joined);
        }
        return new Article(null, title, byline, null, null, null, captions, paragraphs, null);
    }

    private static boolean isCaption(List<String> block, String joined, boolean leadPosition) {
        if (block.size() == 2 && block.get(0).equals(block.get(1))) {
            return true;
        }
        if (PHOTO_MARK.matcher(joined).find() && words(joined) <= 80) {
            return true;
        }
        return leadPosition && block.size() == 1 && sentences(joined) == 1
                && PHOTO_DAY.matcher(joined).find() && !REPORTING_VERB.matcher(joined).find();
    }

    private static List<List<String>> blocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String raw : text.split("\\r?\\n|\\r")) {
            String line = CleanText.line(raw);
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    private static int words(String s) {
        return s.split("\\s+").length;
    }

    /** Counts sentence ends: a full stop, question or exclamation mark followed by a space and a capital. */
    private static int sentences(String s) {
        return 1 + (int) Pattern.compile("[.?!][”\"’']?\\s+\\p{Lu}").matcher(s).results().count();
    }
}
