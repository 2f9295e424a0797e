package org.sitrep.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An extracted article. Its clean {@link #text()} is the title, then the paragraphs, joined by blank lines;
 * every offset Sitrep records is a UTF-16 offset into that string.
 *
 * @param url canonical URL, or {@code null}
 * @param published publication day, or {@code null} when unknown
 * @param outlet the publishing outlet, or {@code null}
 * @param image the lead image, or {@code null} when the page names none
 * @param publishedAt the moment of publication with its offset (ISO-8601), or {@code null} when the page gives no
 *                    time with an offset; its day in that offset may differ from {@code published}, which is the
 *                    outlet's own day
 * @param publishedMonth the month of publication: {@code published}'s month when that is known, else the month a
 *                       page gives without its day ("2007/12"), else {@code null}
 * @param blockQuotes the paragraphs the page sets as block quotations (HTML {@code <blockquote>}), in text order
 *                    and apart: words quoted from a source, such as a report's paragraphs or an embedded post; empty
 *                    when there are none or the source cannot tell (plain text, CSV)
 */
public record Article(String url, String title, List<String> byline, LocalDate published, String outlet,
                      String section, List<String> captions, List<String> paragraphs, String language, LeadImage image,
                      OffsetDateTime publishedAt, YearMonth publishedMonth, List<BlockQuote> blockQuotes) {
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public Article {
        title = title == null ? "" : title;
        byline = List.copyOf(Objects.requireNonNullElse(byline, List.of()));
        captions = List.copyOf(Objects.requireNonNullElse(captions, List.of()));
        paragraphs = List.copyOf(Objects.requireNonNullElse(paragraphs, List.of()));
        publishedMonth = published != null ? YearMonth.from(published) : publishedMonth;
        blockQuotes = List.copyOf(Objects.requireNonNullElse(blockQuotes, List.of()));
        for (BlockQuote q : blockQuotes) {
            if (q.last() >= paragraphs.size()) {
                throw new IllegalArgumentException("blockQuotes must lie within the " + paragraphs.size() + " paragraphs; got: " + q);
            }
        }
    }

    /** An article without block quotations marked. */
    public Article(String url, String title, List<String> byline, LocalDate published, String outlet, String section,
                   List<String> captions, List<String> paragraphs, String language, LeadImage image, OffsetDateTime publishedAt,
                   YearMonth publishedMonth) {
        this(url, title, byline, published, outlet, section, captions, paragraphs, language, image, publishedAt, publishedMonth, List.of());
    }

    /** An article whose month of publication is known only through its day, if at all. */
    public Article(String url, String title, List<String> byline, LocalDate published, String outlet, String section,
                   List<String> captions, List<String> paragraphs, String language, LeadImage image, OffsetDateTime publishedAt) {
        this(url, title, byline, published, outlet, section, captions, paragraphs, language, image, publishedAt, null);
    }

    /** An article without a lead image or a time of publication (plain text, CSV rows). */
    public Article(String url, String title, List<String> byline, LocalDate published, String outlet, String section,
                   List<String> captions, List<String> paragraphs, String language) {
        this(url, title, byline, published, outlet, section, captions, paragraphs, language, null, null);
    }

    /** The clean text: title, then paragraphs, joined by blank lines. */
    public String text() {
        return String.join(PARAGRAPH_SEPARATOR, parts());
    }

    /** The length of {@link #text()} in UTF-16 code units, without joining it. */
    public int textLength() {
        int parts = (title.isEmpty() ? 0 : 1) + paragraphs.size();
        int length = title.length() + Math.max(0, parts - 1) * PARAGRAPH_SEPARATOR.length();
        for (String p : paragraphs) {
            length += p.length();
        }
        return length;
    }

    /** Where each paragraph begins and ends in {@link #text()}, in paragraph order. */
    public List<Span> paragraphSpans() {
        List<Span> spans = new ArrayList<>(paragraphs.size());
        int offset = title.isEmpty() ? 0 : title.length() + PARAGRAPH_SEPARATOR.length();
        for (String p : paragraphs) {
            spans.add(new Span(offset, offset + p.length()));
            offset += p.length() + PARAGRAPH_SEPARATOR.length();
        }
        return spans;
    }

    /** Where the title stands in {@link #text()}. */
    public Span titleSpan() {
        return new Span(0, title.length());
    }

    private List<String> parts() {
        List<String> parts = new ArrayList<>(paragraphs.size() + 1);
        if (!title.isEmpty()) {
            parts.add(title);
        }
        parts.addAll(paragraphs);
        return parts;
    }

    /**
     * The article up to {@code characters} of its text, cut at the last paragraph end, else word end,
     * at or before that point, so that its {@link #text()} is a prefix of this one's and every offset into it holds in both.
     * Returns this article when its text is no longer than that.
     */
    public Article upTo(int characters) {
        if (textLength() <= characters) {
            return this;
        }
        List<String> kept = new ArrayList<>();
        int offset = title.isEmpty() ? 0 : title.length() + PARAGRAPH_SEPARATOR.length();
        for (String p : paragraphs) {
            if (offset + p.length() > characters) {
                String head = TextCut.before(p, characters - offset);
                if (!head.isEmpty()) {
                    kept.add(head);
                }
                break;
            }
            kept.add(p);
            offset += p.length() + PARAGRAPH_SEPARATOR.length();
        }
        String shortTitle = title.length() > characters ? TextCut.before(title, characters) : title;
        int keptCount = kept.size();
        List<BlockQuote> keptQuotes = blockQuotes.stream().filter(q -> q.first() < keptCount)
                .map(q -> new BlockQuote(q.first(), Math.min(q.last(), keptCount - 1))).toList();
        return new Article(url, shortTitle, byline, published, outlet, section, captions, kept, language, image, publishedAt,
                publishedMonth, keptQuotes);
    }

    public Article withPublished(LocalDate value) {
        // A day given by the user that is not the page's own makes the page's time wrong.
        OffsetDateTime at = value != null && value.equals(published) ? publishedAt : null;
        return new Article(url, title, byline, value, outlet, section, captions, paragraphs, language, image, at,
                value == null ? publishedMonth : null, blockQuotes);
    }

    public Article withOutlet(String value) {
        return new Article(url, title, byline, published, value, section, captions, paragraphs, language, image, publishedAt, publishedMonth, blockQuotes);
    }

    public Article withUrl(String value) {
        return new Article(value, title, byline, published, outlet, section, captions, paragraphs, language, image, publishedAt, publishedMonth, blockQuotes);
    }

    public Article withLanguage(String value) {
        return new Article(url, title, byline, published, outlet, section, captions, paragraphs, value, image, publishedAt, publishedMonth, blockQuotes);
    }

    /** This article with {@code quotes} as its block quotations (see {@link #blockQuotes()}). */
    public Article withBlockQuotes(List<BlockQuote> quotes) {
        return new Article(url, title, byline, published, outlet, section, captions, paragraphs, language, image, publishedAt, publishedMonth, quotes);
    }

    public Article withTitle(String value) {
        return new Article(url, value, byline, published, outlet, section, captions, paragraphs, language, image, publishedAt, publishedMonth, blockQuotes);
    }

    /**
     * {@code words} (one of this article's captions, or the first part of one) as an article of its own: no title,
     * the words its one paragraph, so that its {@link #text()} is {@code words} and every offset into it is one into
     * them; the day, month, outlet and language stay this article's, which the words' dates and names are read by.
     */
    public Article captionAlone(String words) {
        return new Article(url, "", List.of(), published, outlet, section, List.of(), List.of(words), language,
                null, publishedAt, publishedMonth, List.of());
    }
}
