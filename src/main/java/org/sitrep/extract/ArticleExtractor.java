package org.sitrep.extract;

import org.sitrep.core.Article;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.RawPage;

/**
 * Turns a raw page into an article, choosing the extractor by content type, then applying the page's hints
 * (what the user or the source says wins over what the page says) and settling its language from what the page
 * declares and what its text shows. Thread-safe.
 */
public final class ArticleExtractor {
    private final HtmlArticleExtractor html = new HtmlArticleExtractor();
    private final PageTextExtractor pageText = new PageTextExtractor();
    private final BodyTextExtractor bodyText = new BodyTextExtractor();

    /**
     * @throws InputException when the page cannot be decoded or holds no article text
     */
    public Article extract(RawPage page) {
        String text = Mojibake.repair(TextDecoder.decode(page.origin(), page.bytes(), page.charset(), page.contentType() == org.sitrep.core.ContentType.HTML));
        Article extracted = switch (page.contentType()) {
            case HTML -> html.extract(text, page.hints().url() != null ? page.hints().url() : page.location());
            case PAGE_TEXT -> pageText.extract(text);
            case BODY_TEXT -> bodyText.extract(text, page.hints().title());
        };
        if (extracted.url() == null && page.location() != null) {
            extracted = extracted.withUrl(page.location());
        }
        Article article = withHints(extracted, page.hints()).withLanguage(LanguageGuess.resolve(extracted.language(), extracted.text()));
        if (article.paragraphs().isEmpty()) {
            throw new InputException(page.origin(), "no article text found");
        }
        return article;
    }

    /**
     * Where on an HTML page its publication day was read and as what it was written ("time_element '2020-08-25'"),
     * for studying wrong days; "none ''" when the page gives none or is not HTML. Hints are not applied.
     */
    public String publishedDayFrom(RawPage page) {
        if (page.contentType() != org.sitrep.core.ContentType.HTML) {
            return PublishedDate.Found.NONE.from().toString();
        }
        String text = Mojibake.repair(TextDecoder.decode(page.origin(), page.bytes(), page.charset(), true));
        return html.publishedFrom(text, page.hints().url() != null ? page.hints().url() : page.location()).from().toString();
    }

    private static Article withHints(Article article, Hints hints) {
        Article a = article;
        if (hints.title() != null) {
            a = a.withTitle(CleanText.line(hints.title()));
        }
        if (hints.published() != null) {
            a = a.withPublished(hints.published());
        }
        if (hints.outlet() != null) {
            a = a.withOutlet(hints.outlet());
        }
        if (hints.url() != null) {
            a = a.withUrl(hints.url());
        }
        return named(a);
    }

    /**
     * The article with its title free of lost punctuation and of the outlet's name (a CSV export keeps "Headline |
     * Jordan Times"), and its outlet's readable name for a slug ("jordantimes").
     */
    private static Article named(Article article) {
        String title = LostPunctuation.repair(article.title());
        String outlet = article.outlet();
        if (title != null && outlet != null) {
            title = OutletInTitle.without(title, outlet);
        }
        Article a = title == null || title.equals(article.title()) ? article : article.withTitle(title);
        String readable = OutletNames.readable(outlet, article.title());
        return readable == null || readable.equals(outlet) ? a : a.withOutlet(readable);
    }
}
