#!/usr/bin/env python3
"""Turns one English Wikinews article of airKlizz/WikinewsSum into a minimal HTML page for the field corpus.

The repository (@ 1d985031625909c908766812e8a18d0c88116ec8, file endataset.json, one JSON object a line) holds
English Wikinews articles of November 2004 - January 2005 as wikitext paragraphs (title, text: a list of paragraphs,
categories, sources). `sitrep eval field` reads pages, so this writes one page per article the way
wikinews-pages.py does: <title>, the publication date (from the article's {{date|...}} line or bold date line) as
article:published_time, the canonical URL, <h1>, the date line as the dateline paragraph, one <p> per paragraph
with the wiki markup rendered as text (links by their shown words, bold and italics by their words, templates and
images dropped), then a credit line. Wikinews articles published before 25 September 2005 are in the public domain
(many carry {{PD-Article}}); the page says so and links the article's URL.

Only articles whose first paragraph is a date line are taken: in this file the {{byline|date=...}} template of
some articles was cut out together with the start of their text, so those articles are not whole.

Usage: wikinewssum-pages.py JSONL TITLE ID
  JSONL  endataset.json of the repository (git show 1d98503:endataset.json)
  TITLE  the article's title as in the file
  ID     field corpus id, e.g. wn-almeria-eta-device
Exits 1 when the file cannot be read, no line or more than one has that title, or the article has no date line
(writing nothing), 2 on bad usage.
"""
import datetime
import html
import json
import re
import sys
import urllib.parse

from field_page import html_page, write_page

PD_CUTOFF = datetime.date(2005, 9, 25)


def find_article(path, title):
    with open(path, encoding="utf-8") as f:
        rows = [d for d in (json.loads(line) for line in f if line.strip()) if d["title"] == title]
    if len(rows) != 1:
        sys.exit(f"wikinewssum-pages: {len(rows)} lines of {path} have title {title!r}; expected 1")
    return rows[0]


DATE_LINE = re.compile(r"^\s*(?:\{\{date\|([^}]+)\}\}|'''([A-Z][a-z]+ \d{1,2}, \d{4})''')\s*$")


def publication_date(title, first_paragraph):
    m = DATE_LINE.match(first_paragraph.strip().split("\n")[0])
    if not m:
        sys.exit(f"wikinewssum-pages: {title!r}: the article's first paragraph is no date line; its start may be cut")
    shown = (m.group(1) or m.group(2)).strip()
    return shown, datetime.datetime.strptime(shown, "%B %d, %Y").date()


def render(wikitext):
    """The paragraph's text as a reader of the article sees it."""
    t = wikitext
    t = re.sub(r"\[\[(?:Image|File):(?:[^\[\]]|\[\[[^\]]*\]\])*\]\]", "", t)   # images with their captions
    t = re.sub(r"\{\{w\|([^|}]+)\|([^}]+)\}\}", r"\2", t)
    t = re.sub(r"\{\{w\|([^|}]+)\}\}", r"\1", t)
    t = re.sub(r"\{\{[^{}]*\}\}", "", t)                                      # other templates
    t = re.sub(r"^\{[a-z]+\}\}\s*$", "", t, flags=re.M)                      # a broken '{publish}}' line
    t = re.sub(r"^-{3,}\s*$", "", t, flags=re.M)                             # a horizontal rule
    t = re.sub(r"\[\[(?:[^\]|]*)\|([^\]]*)\]\]", r"\1", t)
    t = re.sub(r"\[\[([^\]]*)\]\]", r"\1", t)
    t = re.sub(r"\[https?://\S+ ([^\]]*)\]", r"\1", t)
    t = re.sub(r"\[https?://\S+\]", "", t)
    t = re.sub(r"'''(.*?)'''", r"\1", t)
    t = re.sub(r"''(.*?)''", r"\1", t)
    t = html.unescape(t)
    t = re.sub(r"[ \t]*\n[ \t]*", " ", t)                                     # a line break inside a paragraph
    return re.sub(r" {2,}", " ", t).strip()


def page(article):
    paragraphs = article["text"]
    title = article["title"]
    shown_date, date = publication_date(title, paragraphs[0])
    if date >= PD_CUTOFF:
        sys.exit(f"wikinewssum-pages: {title!r}: an article of 25 September 2005 or later is CC BY 2.5; "
                 "use wikinews-pages.py's credit")
    url = "https://en.wikinews.org/wiki/" + urllib.parse.quote(title.replace(" ", "_"), safe=",()")
    # The date line may share its paragraph with the first sentences ({{date|...}} then text on the next line).
    rest_of_first = paragraphs[0].strip().split("\n", 1)[1:]
    body = [shown_date] + [p for p in (render(p) for p in rest_of_first + paragraphs[1:]) if p]
    e = lambda s: html.escape(s, quote=False)
    body_html = "\n".join(f"<p>{e(p)}</p>" for p in body)
    return url, date, html_page(title, date.isoformat(), url, body_html, """Published before
25 September 2005, when Wikinews articles were released into the public domain; text unchanged but for its wiki
markup, set in this page by the Sitrep field corpus.""")


def main(argv):
    if len(argv) != 4 or not re.fullmatch(r"[a-z0-9-]+", argv[3]):
        print(__doc__, file=sys.stderr)
        return 2
    path, title, page_id = argv[1:]
    try:
        article = find_article(path, title)
    except (OSError, ValueError, KeyError) as err:
        sys.exit(f"wikinewssum-pages: cannot read {path} as WikinewsSum JSON lines (title, text, ...): {err}")
    url, date, text = page(article)
    write_page(page_id, text)
    print(f"{page_id} <- {url} ({date})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
