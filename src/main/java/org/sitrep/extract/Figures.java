package org.sitrep.extract;

import static org.sitrep.extract.PageMeta.firstNonBlank;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.core.LeadImage;

/** A page's figures: the captions it shows and the image it leads with. */
final class Figures {
    /** Where pages write captions. */
    static final String CAPTIONS = "figcaption, .caption, .wp-caption-text, [class~=(?i)(?:^|[\\s_-]|[a-z])caption(?:$|[\\s_-])]";

    private Figures() {
    }

    /** Class or id of a video player and what it holds: the video's title and blurb are no photo's caption. */
    /** A player holds a title, a blurb and controls; an element with more text than this holds more than a player. */
    private static final int MAX_PLAYER_CHARS = 1000;
    /** A gallery control or a bare label in caption markup: "Hide Caption", "Photos:". */
    private static final Pattern CONTROL = Pattern.compile("(?iu)(?:hide|show|expand|collapse|close|open)\\s+caption|\\p{L}+(?:\\s+\\p{L}+)?\\s*:");
    private static final Pattern VIDEO = Pattern.compile("(?i)(?:^|[-_\\s])(?:video|video-?player|jwplayer)(?:$|[-_\\s])");

    /**
     * The page's captions in page order, each once; empty if it has none. Captions that are links (the titles under the
     * thumbnails of other stories) and the titles of video players are none.
     */
    static List<String> captions(Document doc) {
        Set<String> captions = new LinkedHashSet<>();
        for (Element e : doc.select(CAPTIONS)) {
            String text = CleanText.line(e.text());
            if (!text.isEmpty() && !isLink(e, text) && !inVideoPlayer(e) && !isControl(text) && !nestedCopy(e, text)) {
                captions.add(text);
            }
        }
        return List.copyOf(captions);
    }

    /**
     * A gallery's control or label set in caption markup: the button that folds the caption away ("Hide Caption",
     * "Show caption") and a label before the captions ("Photos:").
     */
    private static boolean isControl(String text) {
        return CONTROL.matcher(text).matches();
    }

    /**
     * Whether the caption says again what a caption nested in it or around it says, and is the worse of the two: a
     * gallery's slide heads its caption with the gallery's title ("10 years of war in Afghanistan – President Bush
     * ..."), which the whole caption gives; a photo's caption set inside an element that adds its credit ("... on
     * March 21 Credit: AFP") is the caption, and the credit is no part of it.
     */
    private static boolean nestedCopy(Element caption, String text) {
        Element outer = caption.parent() == null ? null : caption.parent().closest(CAPTIONS);
        if (outer != null) {
            return !isCredit(CleanText.line(outer.text()).replace(text, ""));
        }
        for (Element inner : caption.select(CAPTIONS)) {
            String own = CleanText.line(inner.text());
            if (inner != caption && !own.isEmpty() && isCredit(text.replace(own, ""))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCredit(String text) {
        return MainContent.CREDIT.matcher(text.strip()).lookingAt();
    }

    private static boolean isLink(Element caption, String text) {
        int linked = 0;
        for (Element a : caption.select("a")) {
            linked += CleanText.line(a.text()).length();
        }
        return caption.closest("a") != null || linked >= 0.5 * text.length();
    }

    /**
     * Whether a small element named for video holds the caption; the article's own element ({@code <article
     * class="has-video">}) and its large wrappers do not make their photos' captions a player's.
     */
    private static boolean inVideoPlayer(Element caption) {
        for (Element e = caption; e != null && !e.normalName().matches("article|main|body"); e = e.parent()) {
            if (VIDEO.matcher(e.className() + " " + e.id()).find() && e.text().length() <= MAX_PLAYER_CHARS) {
                return true;
            }
        }
        return false;
    }

    /**
     * The image the page names for sharing (social meta tags, then JSON-LD), else the first figure of its article, with
     * the caption of the figure that shows it, else its alternative text. {@code null} when the page names no image or
     * its URL cannot be made absolute (against the page's location or canonical link).
     */
    static LeadImage lead(Document doc, PageMeta meta, JsonLd ld) {
        String named = firstNonBlank(meta.content("og:image"), meta.content("og:image:url"), meta.content("twitter:image"),
                meta.content("twitter:image:src"), ld.imageUrl());
        Element shown = named == null ? firstFigureImage(doc) : shownImage(doc, named);
        String url = absolute(doc, meta, named != null ? named : shown == null ? null : source(shown));
        if (url == null) {
            return null;
        }
        return new LeadImage(url, shown == null ? null : caption(shown));
    }

    private static Element firstFigureImage(Document doc) {
        Element img = doc.selectFirst("article figure img, main figure img, [itemprop=articleBody] figure img");
        return img != null ? img : doc.selectFirst("figure img");
    }

    /** The {@code <img>} that shows the named image: the same file, whatever the size suffix or query. */
    private static Element shownImage(Document doc, String named) {
        String file = fileName(named);
        if (file.isEmpty()) {
            return null;
        }
        for (Element img : doc.select("img")) {
            if (fileName(source(img)).equals(file)) {
                return img;
            }
        }
        return null;
    }

    private static String source(Element img) {
        return firstNonBlank(img.attr("src"), img.attr("data-src"), img.attr("data-lazy-src"));
    }

    private static String fileName(String url) {
        if (url == null) {
            return "";
        }
        String path = url.replaceFirst("[?#].*$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String caption(Element img) {
        Element figure = img.closest("figure, .wp-caption, [class~=(?i)(image|photo|media|figure)]");
        Element caption = figure == null ? null : figure.selectFirst(CAPTIONS);
        String text = caption == null ? "" : CleanText.line(caption.text());
        return firstNonBlank(text, CleanText.line(img.attr("alt")));
    }

    private static String absolute(Document doc, PageMeta meta, String url) {
        if (url == null || url.isBlank() || url.startsWith("data:")) {
            return null;
        }
        // A page read from a file has no location; its canonical link gives the base.
        String base = firstNonBlank(doc.location(), meta.canonical(), meta.content("og:url"));
        try {
            URI uri = base == null ? new URI(url.strip()) : new URI(base).resolve(url.strip());
            return uri.isAbsolute() && uri.getScheme().startsWith("http") ? uri.toString() : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
