"""Words a column or a line's owner marks that set no work: the minute says there is nothing new. A side column or
an owner printed at the end of an item marks the paragraph beside it, and some of those paragraphs only report that
nothing happened: 'Looking forward to 2013/14 – there was no update given.' (Suffolk Libraries' board), 'No update
received from C.C.C.'s Planning Enforcement Department regarding the current use of a residential caravan' (Manordeilo
and Salem). An update that is missing is no task; a sentence that goes on to set one ('no progress so far; Clerk to
pursue', Northwold) is read as before."""

from __future__ import annotations

import re

# the run-in title before the news: 'Looking forward to 2013/14 – ', 'b) Google Applications – '
RUN_IN_RE = re.compile(r"^[^.;:–—]{0,80}?(?:\s[–—-]\s|:\s)")
NO_NEWS_RE = re.compile(
    r"(?i)^\W*(?:there\s+(?:was|were|is|has\s+been|had\s+been)\s+)?no\s+(?:further\s+|new\s+)?(?:update|progress|news)s?\b"
    r"(?!\s+(?:on|of)\s+\w+\s+to\b)(?:[^.;:?!]|\.(?=\S))*[.!]?\s*$")  # (an abbreviation's full stops: 'C.C.C.’s')


def says_no_news(description: str) -> bool:
    """Whether the words, one sentence with no task of their own, say only that there is no update."""
    text = " ".join(description.split())
    return bool(NO_NEWS_RE.match(text) or NO_NEWS_RE.match(RUN_IN_RE.sub("", text, count=1)))
