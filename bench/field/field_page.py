"""The minimal HTML page of a field corpus article kept by its source as text, not as a page.

`sitrep eval field` reads pages; wikinews-pages.py, wikinewssum-pages.py and gum-pages.py each read one source's text
and give its paragraphs to `html_page`, which sets them in the same page: <title>, the publication date as
article:published_time, the canonical URL, <h1>, the body, then the credit line the source's licence asks for.
"""
import gzip
import html
import os

CC_BY_25 = "https://creativecommons.org/licenses/by/2.5/"


def html_page(title, date, url, body_html, credit_html):
    """The page: `title`, `date` (ISO 8601) and `url` as plain text, `body_html` and `credit_html` as HTML, the credit
    following the sentence that names Wikinews and the article's URL."""
    e = lambda s: html.escape(s, quote=False)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} - Wikinews, the free news source</title>
<meta property="article:published_time" content="{html.escape(date)}">
<meta property="og:site_name" content="Wikinews">
<link rel="canonical" href="{html.escape(url)}">
</head>
<body>
<article>
<h1>{e(title)}</h1>
{body_html}
</article>
<footer>
<p class="credit">From Wikinews, the free news source: <a href="{html.escape(url)}">{e(url)}</a>. {credit_html}</p>
</footer>
</body>
</html>
"""


def write_page(page_id, text):
    """Writes `text` gzipped, with no time stamp so that a page made again is the same bytes, to pages/<id>.html.gz."""
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pages", page_id + ".html.gz")
    with gzip.GzipFile(out, "wb", mtime=0) as f:
        f.write(text.encode("utf-8"))
