package org.sitrep.extract;

import static org.sitrep.extract.PageMeta.firstNonBlank;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The language a page says it is in: its {@code <html lang>}, else its {@code og:locale}. */
public final class DeclaredLanguage {
    private DeclaredLanguage() {
    }

    /** The declared language of a page's HTML, lower case with "-" ("en-gb"), or {@code null} when it declares none. */
    public static String of(String html) {
        Document doc = Jsoup.parse(html);
        return of(doc, PageMeta.of(doc));
    }

    static String of(Document doc, PageMeta meta) {
        String language = firstNonBlank(doc.select("html").attr("lang"), meta.content("og:locale"));
        return language == null ? null : language.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
