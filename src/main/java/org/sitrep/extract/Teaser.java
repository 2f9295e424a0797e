package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.core.PublicationDates;

/**
 * A teaser of another page: the linked headline, date and perhaps a line of summary that lists of related, latest or
 * most read stories give for each story they list. A date in one is the listed story's, not the page's.
 */
final class Teaser {
    private Teaser() {
    }

    /** A teaser is a short block: a headline, a date and a line or two of summary. */
    private static final int MAX_TEASER_CHARS = 300;
    /** Levels climbed from the date to the block that holds the teaser's link ("li > h5 > a" beside "li > div.meta"). */
    private static final int MAX_LEVELS = 4;
    /**
     * A headline has at least this many words; the links a story's own date sits beside have fewer: the writer's name,
     * the section's ("By Jo Smith", "World").
     */
    private static final int MIN_HEADLINE_WORDS = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    /**
     * Whether the element sits in a short block that also holds a link, worded as a headline and without a date, to a
     * page other than this one (neither its address nor its canonical one) and other than its writers'; false for a
     * story's own header, whose headline links, if at all, to the story itself.
     */
    static boolean encloses(Element e) {
        Document doc = e.ownerDocument();
        List<String> own = doc == null ? List.of() : PageAddress.of(doc);
        Element block = e;
        for (int level = 0; level <= MAX_LEVELS && block != null && !block.normalName().equals("body"); level++) {
            if (block.text().length() > MAX_TEASER_CHARS) {
                return false;
            }
            for (Element link : block.select("a[href]")) {
                if (isHeadline(link.text()) && !isWriters(link) && isElsewhere(link, own)) {
                    return true;
                }
            }
            block = block.parent();
        }
        return false;
    }

    /**
     * Whether the link leads to the page of the story's writers, as a byline's does ("Moses Kim and Kate Shokurova" to
     * "/blog/author/..."): sites mark it with rel="author" or name the folder so.
     */
    private static boolean isWriters(Element link) {
        return link.attr("rel").toLowerCase(Locale.ROOT).contains("author") || AUTHOR_PATH.matcher(link.attr("href")).find();
    }

    private static final Pattern AUTHOR_PATH = Pattern.compile("(?i)/(?:authors?|writers?|contributors?)/");

    private static boolean isHeadline(String text) {
        return WORD.matcher(text).results().count() >= MIN_HEADLINE_WORDS && PublicationDates.findIn(text) == null;
    }

    /**
     * Whether the link leads to a page other than this one: one that does not end any of the page's addresses, nor is
     * ended by one, as an archived copy's links and address carry the archive's prefix ("web.archive.org/web/2018.../
     * https://site/story"). A link that cannot be resolved leads elsewhere when it leads anywhere at all.
     */
    private static boolean isElsewhere(Element link, List<String> own) {
        if (PageAddress.leadsNowhere(link)) {
            return false;
        }
        String target = PageAddress.target(link, own);
        return target == null || own.stream().noneMatch(a -> target.endsWith(a) || a.endsWith(target));
    }
}
