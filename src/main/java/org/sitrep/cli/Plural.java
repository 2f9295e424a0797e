package org.sitrep.cli;

/** A count with its noun in the right number, for the lines the commands print ("1 article", "2 articles"). */
final class Plural {
    private Plural() {
    }

    /** "1 article", "0 articles", "2 articles". */
    static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The count of articles: "1 article", "573 articles". */
    static String articles(long n) {
        return of(n, "article", "articles");
    }
}
