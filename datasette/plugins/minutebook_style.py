"""A few lines of style for Datasette's own pages (tables, rows, queries), which the site's
templates do not draw."""

from urllib.parse import quote

from datasette import hookimpl

# Datasette breaks a facet's values at any letter (ul.tight-bullets li: word-break: break-all):
# in a facet column a quarter of the page wide, 'Halesworth' showed as 'Hale' / 'sworth',
# 'Parish Council' as 'Parish Cou' / 'ncil' and a count of 19 as '1' / '9'. Words now wrap
# whole; only a word longer than the column is broken.
CSS = "ul.tight-bullets li { word-break: normal; overflow-wrap: anywhere; }"


@hookimpl
def extra_css_urls():
    # a data: address: no static route and no file to serve for two lines
    return ["data:text/css," + quote(CSS)]
