#!/usr/bin/env python3
"""Turns one English Wikinews article of vanatteveldt/wikinews into a minimal HTML page for the field corpus.

The repository (@ 347254178bf343f3801aac1d03c41cc09c35decb) holds the articles as CSV rows (url, date, title, text,
paragraphs split by blank lines), not as pages; `sitrep eval field` reads pages, so this writes one page per article:
<title>, the publication date as article:published_time, the canonical URL, <h1>, one <p> per paragraph (the text
unchanged, dateline included), then a line crediting Wikinews with the article's URL and the CC BY 2.5 licence, which
the licence asks for. The page is gzipped to bench/field/pages/<id>.html.gz.

Usage: wikinews-pages.py CSV URL ID
  CSV  wikinews_2019.csv or wikinews_2020.csv of the repository
  URL  the article's url as in the CSV (a doubled slash after the host may be left out)
  ID   field corpus id, e.g. wn-maidan-wardak-bomb
Exits 1 when the CSV cannot be read or no row or more than one row has that URL (writing nothing), 2 on bad usage.
"""
import csv
import html
import re
import sys

from field_page import CC_BY_25, html_page, write_page


def canonical(url):
    """The URL with the scraper's doubled slash after the host made single (https://en.wikinews.org//wiki/...)."""
    return re.sub(r"^(https?://[^/]+)//", r"\1/", url.strip())


def find_row(csv_path, url):
    csv.field_size_limit(sys.maxsize)
    with open(csv_path, encoding="utf-8", newline="") as f:
        rows = [row for row in csv.DictReader(f) if canonical(row["url"]) == canonical(url)]
    if len(rows) != 1:
        sys.exit(f"wikinews-pages: {len(rows)} rows of {csv_path} have url {url}; expected 1")
    return rows[0]


def paragraphs(text):
    # Paragraphs are separated by blank lines; a no-break space ends the dateline and is kept as is.
    return [p.strip(" \n") for p in re.split(r"\n\s*\n", text) if p.strip(" \n\u00a0")]


def page(row):
    url = canonical(row["url"])
    e = lambda s: html.escape(s, quote=False)
    body = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs(row["text"]))
    return html_page(row["title"], row["date"], url, body, f"""Licensed under the
Creative Commons Attribution 2.5 licence (<a href="{CC_BY_25}">CC BY 2.5</a>); text unchanged, set in this
page by the Sitrep field corpus.""")


def main(argv):
    if len(argv) != 4 or not re.fullmatch(r"[a-z0-9-]+", argv[3]):
        print(__doc__, file=sys.stderr)
        return 2
    csv_path, url, page_id = argv[1:]
    try:
        row = find_row(csv_path, url)
    except (OSError, csv.Error, KeyError) as e:
        sys.exit(f"wikinews-pages: cannot read {csv_path} as a wikinews CSV (url, date, title, text): {e}")
    # The page is made before the file is opened, so a bad row leaves no empty page behind.
    write_page(page_id, page(row))
    print(f"{page_id} <- {canonical(url)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
