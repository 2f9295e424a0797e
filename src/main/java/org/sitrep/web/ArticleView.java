package org.sitrep.web;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.Article;
import org.sitrep.core.ArticleSummary;
import org.sitrep.core.LeadImage;
import org.sitrep.core.Span;
import org.sitrep.core.SourceField;
import org.sitrep.core.StoredArticle;
import org.sitrep.store.ArticleCopy;

/**
 * An article page: headline, metadata, lead image, captions, and paragraphs with their mentions linked. The lead
 * image is a link, not embedded: opening the page must not tell the outlet who reads it. The article's language marks
 * its text, so that browsers set Arabic or Hebrew right to left and choose fonts and hyphenation for it. Below it: the
 * other outlets that published it word for word, and the other versions of its story.
 *
 * @param alsoPublished the addresses where other outlets published the article word for word; its own is not among them
 * @param versions the other versions of its story (near-duplicates), first stored first
 * @param blockQuotes the paragraphs the page set apart as block quotations
 */
public record ArticleView(String id, String url, List<TextRun> title, List<String> byline, String published,
                          java.time.OffsetDateTime publishedAt, String outlet, LeadImage image, List<List<Segment>> captions, List<List<Segment>> paragraphs,
                          int statements, String origin, String language, List<ArticleEvent> events,
                          List<List<Integer>> paragraphEvents, List<List<Integer>> captionEvents, List<Integer> titleEvents,
                          List<ArticleCopy> alsoPublished, List<ArticleSummary> versions, List<SourceField> sourceFields,
                          List<org.sitrep.core.BlockQuote> blockQuotes) {

    /** Whether paragraph {@code k} opens a block quotation. */
    public boolean opensQuote(int k) {
        return blockQuotes.stream().anyMatch(q -> q.first() == k);
    }

    /** Whether paragraph {@code k} closes a block quotation. */
    public boolean closesQuote(int k) {
        return blockQuotes.stream().anyMatch(q -> q.last() == k);
    }

    /** An event the article reports, listed under it; {@code ordinal} numbers it from 0 as its anchor does. */
    public record ArticleEvent(int ordinal, String typeClass, String type, String subType, String actors, String place,
                               String date, String evidence) {
        public String anchor() {
            return "event-" + ordinal;
        }
    }

    /**
     * Where the article was read from, without the server's folders: "fa-kes-dev.csv line 490" for
     * "/srv/data/demo-corpus/fa-kes-dev.csv line 490", the address for a page fetched from one; {@code null} for none.
     */
    public String originName() {
        if (origin == null || origin.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            return origin;
        }
        int line = origin.lastIndexOf(" line ");
        boolean numbered = line > 0 && origin.substring(line + 6).matches("\\d+");
        String file = numbered ? origin.substring(0, line) : origin;
        return file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1) + (numbered ? origin.substring(line) : "");
    }

    /**
     * Builds the view.
     *
     * @param copies every address the article was found at, its own included (see {@code ArticleStore.copies})
     * @param versions the other versions of its story
     * @param sourceFields the source file's other columns kept for it (FA-KES's credibility label, ...)
     */
    static ArticleView of(StoredArticle stored, List<ArticleCopy> copies, List<ArticleSummary> versions,
                          List<SourceField> sourceFields) {
        Article a = stored.article();
        String text = a.text();
        List<TextLinks.Link> links = TextLinks.of(text, stored.entities(),
                stored.places().stream().filter(p -> p.caption() == null).toList());
        List<org.sitrep.core.AttributedQuote> ofText = stored.quotes().stream().filter(q -> !q.quote().inCaption()).toList();
        List<List<Segment>> paragraphs = new ArrayList<>();
        for (Span span : a.paragraphSpans()) {
            paragraphs.add(Segment.of(text, span, links, ofText));
        }
        return new ArticleView(stored.id(), a.url(), ParagraphRuns.of(text, a.titleSpan(), links), a.byline(),
                a.published() == null ? null : a.published().toString(), a.publishedAt(), a.outlet(), a.image(),
                captions(a, stored.places(), stored.quotes()), paragraphs,
                stored.quotes().size(), stored.origin(), a.language(), events(a, stored.events()),
                anchors(a.paragraphSpans(), stored.events(), false), anchors(captionSpans(a), stored.events(), true),
                anchors(List.of(a.titleSpan()), stored.events(), false).get(0),
                copies.stream().filter(c -> !c.url().equals(a.url())).toList(), List.copyOf(versions), List.copyOf(sourceFields),
                a.blockQuotes());
    }

    private static List<ArticleEvent> events(Article a, List<org.sitrep.core.Event> events) {
        List<ArticleEvent> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            var e = events.get(i);
            String evidence = e.evidenceIn(a);
            out.add(new ArticleEvent(i, EventTypeStyle.cssClass(e.type()), e.type().label(), e.subType().label(),
                    e.actor1().name() + (e.actor2() == null ? "" : " against " + e.actor2().name()),
                    e.place() == null ? null : e.place().place().name(), e.date(), evidence));
        }
        return out;
    }

    /** For each span (paragraph or caption), the ordinals of the events whose evidence starts in it. */
    private static List<List<Integer>> anchors(List<Span> spans, List<org.sitrep.core.Event> events, boolean captions) {
        List<List<Integer>> out = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            List<Integer> here = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                var e = events.get(i);
                boolean inCaption = e.caption() != null;
                if (inCaption == captions && (captions ? e.caption() == k
                        : e.evidence().begin() >= spans.get(k).begin() && e.evidence().begin() < spans.get(k).end())) {
                    here.add(i);
                }
            }
            out.add(here);
        }
        return out;
    }

    private static List<Span> captionSpans(Article a) {
        return a.captions().stream().map(c -> new Span(0, c.length())).toList();
    }

    /** Each caption as segments, its place names linked and its statements marked. */
    private static List<List<Segment>> captions(Article a, List<org.sitrep.core.PlaceMention> places,
                                                List<org.sitrep.core.AttributedQuote> quotes) {
        List<List<Segment>> out = new ArrayList<>();
        for (int i = 0; i < a.captions().size(); i++) {
            String caption = a.captions().get(i);
            int at = i;
            var links = TextLinks.of(caption, List.of(), places.stream().filter(p -> p.caption() != null && p.caption() == at).toList());
            out.add(Segment.of(caption, new Span(0, caption.length()), links,
                    quotes.stream().filter(q -> q.quote().inCaption() && q.quote().caption() == at).toList()));
        }
        return out;
    }

    /** The time of publication as people read it ("09:30 UTC+02:00"), or {@code null} when the page gave none. */
    public String publishedTime() {
        return publishedAt == null ? null
                : publishedAt.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")) + " UTC" + (publishedAt.getOffset().getTotalSeconds() == 0 ? "" : publishedAt.getOffset().getId());
    }

    /** The article's language by its English name ("Arabic", "English (United Kingdom)"), or {@code null} when unknown. */
    public String languageName() {
        return language == null ? null : LanguageName.of(language);
    }

    public String titleText() {
        StringBuilder b = new StringBuilder();
        title.forEach(r -> b.append(r.text()));
        return b.toString();
    }

    /** Whether the address is one to show as a link (http or https); a stored "javascript:" URL must not become clickable. */
    public static boolean isSafe(String address) {
        return address != null && (address.startsWith("https://") || address.startsWith("http://"));
    }

    /** Only http(s) links are shown as links: a stored "javascript:" URL must not become clickable. */
    public boolean hasSafeUrl() {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }
}
