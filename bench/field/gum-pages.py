#!/usr/bin/env python3
"""Turns one Wikinews news article of the GUM corpus (amir-zeldes/gum) into a minimal HTML page for the field corpus.

GUM holds its Wikinews articles (CC BY 2.5) as annotated text, not as pages; its dep/GUM_news_*.conllu files keep each
sentence's text (`# text = ...`) and mark paragraphs (`# newpar_block = p ...`, `head ...`), with the article's
title, creation date and URL in `# meta::` lines. `sitrep eval field` reads pages, so this writes one page per
article the way wikinews-pages.py does: <title>, the creation date as article:published_time, the canonical URL,
<h1>, one <p> per paragraph (its sentences joined by one space, dateline included), a later heading as <h2>, then a
line crediting Wikinews and GUM with the article's URL and the CC BY 2.5 licence. Figures and captions, if any, are
left out.

Usage: gum-pages.py CONLLU ID
  CONLLU  dep/GUM_news_<name>.conllu of the repository (git show <commit>:dep/GUM_news_<name>.conllu > file)
  ID      field corpus id, e.g. wn-korea-quasi-state-of-war
Exits 1 when the file cannot be read or is no Wikinews document (writing nothing), 2 on bad usage.
"""
import html
import re
import sys

from field_page import CC_BY_25, html_page, write_page


def read_blocks(path):
    """The document's metadata and its blocks, in order, as (kind, text)."""
    meta, blocks = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if m := re.match(r"# meta::(\w+) = (.*)", line):
                meta[m.group(1)] = m.group(2)
            elif m := re.match(r"# newpar_block = (\w+)", line):
                blocks.append([m.group(1), []])
            elif line.startswith("# text = ") and blocks:
                blocks[-1][1].append(line[len("# text = "):])
    return meta, [(kind, " ".join(sentences)) for kind, sentences in blocks]


def page(meta, blocks):
    if meta.get("author") != "Wikinews" or "wikinews.org" not in meta.get("sourceURL", ""):
        raise ValueError("not a Wikinews document")
    title, url, date = meta["title"], meta["sourceURL"], meta["dateCreated"]
    e = lambda s: html.escape(s, quote=False)
    body = []
    for i, (kind, text) in enumerate(blocks):
        if i == 0 and kind == "head":
            continue                      # the headline, set as <h1>
        if kind == "head":
            body.append(f"<h2>{e(text)}</h2>")
        elif kind == "p":
            body.append(f"<p>{e(text)}</p>")
    body_html = "\n".join(body)
    return html_page(title, date, url, body_html, f"""Licensed under the
Creative Commons Attribution 2.5 licence (<a href="{CC_BY_25}">CC BY 2.5</a>); text as kept in the GUM corpus
(amir-zeldes/gum), set in this page by the Sitrep field corpus.""")


def main(argv):
    if len(argv) != 3 or not re.fullmatch(r"[a-z0-9-]+", argv[2]):
        print(__doc__, file=sys.stderr)
        return 2
    path, page_id = argv[1:]
    try:
        meta, blocks = read_blocks(path)
        text = page(meta, blocks)
    except (OSError, KeyError, UnicodeDecodeError, ValueError) as err:
        sys.exit(f"gum-pages: cannot read {path} as a GUM conllu document: {err}")
    write_page(page_id, text)
    print(f"{page_id} <- {meta['sourceURL']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
