"""The posts a paper's front lines give the people it comes from: a report's 'From: Peter Oakford, Deputy
Leader and Cabinet Member for Finance, / Corporate and Traded Services', a record of decision's 'DECISION TO BE
TAKEN BY: / Mrs Sue Chandler, Cabinet Member for Integrated Children's / Services', a US staff report's 'FROM:
Greg Tsujiuchi, Community Development Director' and 'PREPARED BY: Amanda Acuna, Senior Planner', a partnership
report's 'Author: Chris Lyons, Community Safety Partnership Manager, Barking and Dagenham'. Each person is a
roles row with that post (the person page's Roles), as a membership table's 'Name | Post title' row is.

Read from the printed lines of the pages, where a post broken over two lines can be joined again: a post line
that ends on 'and', 'for', a comma or a possessive goes on in the next line."""

from __future__ import annotations

import re

from ..ingest.memo_head import sender
from .people import known_given_name, parse_person
from .roles import is_post

# the next field of the front lines ends the people the label lists
NEXT_FIELD_RE = re.compile(r"(?i)^\s*[A-Za-z][A-Za-z ]{0,30}:")
NAME_POST_RE = re.compile(
    r"^(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][A-Za-z'’\-]+){1,2})"
    r"\s*(?:,|\s[–-])\s*(?P<post>[A-Z].*)$")
# the next field run on after a post, on its line: '... Barking and Dagenham Contact: Chris.Lyons@...', 'Clerk to the
# Council Date: 26 November 2025', 'Chair Date' (a signature's date line)
FIELD_TAIL_RE = re.compile(r"(?i)\s+(?:date\b|[a-z]+(?:-[a-z]+)?\s*:).*$")
GOES_ON_RE = re.compile(r"(?i)(?:,|&|\b(?:and|for|of|the)|['’]s?)\s*$")
MAX_LINES = 5  # after the label: a front sheet lists two or three people at most


def front_posts(pages) -> list[tuple[str, str, int]]:
    """(person's name, post, page) for each person a front line names with a post, once each."""
    found: dict[tuple[str, str], tuple[str, str, int]] = {}
    for page in pages:
        lines = [line.rstrip() for line in (page.text or "").splitlines()]
        for n, line in enumerate(lines):
            rest = sender(line)
            if rest is None:
                continue
            for name, post in _people_after(rest, lines[n + 1:n + 1 + MAX_LINES]):
                found.setdefault((name, post), (name, post, page.number))
    return list(found.values())


def _people_after(rest: str, below: list[str]):
    """The people of a label: its own line's rest and the lines under it, up to the next field."""
    current = None  # [name, post] being read
    for line in ([rest] if rest.strip() else []) + below:
        text = line.strip()
        if not text or (NEXT_FIELD_RE.match(text) and not NAME_POST_RE.match(text)):
            break
        m = NAME_POST_RE.match(text)
        if m:
            if current:
                yield from _kept(*current)
            person = parse_person(m.group("name"))
            current = [person.name, m.group("post")] if person and len(person.name.split()) >= 2 else None
        elif current and GOES_ON_RE.search(current[1]) and len(text) < 80:
            current[1] = f"{current[1].rstrip()} {text}"
        elif current is None and not rest.strip():
            # 'DECISION TO BE TAKEN BY:' over a name line with no post ('Cabinet'): nobody
            break
        else:
            break
    if current:
        yield from _kept(*current)


def _kept(name: str, post: str):
    post = clean_post(post, labelled=True)
    if post:
        yield name, post


SMALL_WORDS = {"of", "for", "and", "&", "the", "to", "in", "on"}
MAX_POST_WORDS = 14


def clean_post(post: str, labelled: bool = False) -> str | None:
    """The post as printed beside a name, cut before the next field; None when what follows the name is not a
    post alone: another person named in it ('Commissioner Nicole Neeman Brady', 'Councillors, and Mr Richard
    Nolan, Clerk'), a sentence going on ('Assistant City Manager, made a presentation and'), or no post: a post's
    head word (Clerk, Manager, Director...), or, under a label that says who a paper is from, the shape of a title
    (capitalised words: 'Cabinet Member for Integrated Children's Services', a portfolio no head word names)."""
    post = re.sub(r"\s+", " ", FIELD_TAIL_RE.sub("", post or "")).strip(" ;.")
    words = post.split()
    if not post or GOES_ON_RE.search(post) or len(words) > MAX_POST_WORDS:
        return None
    if any(known_given_name(f"{a} {b}") and a[:1].isupper() and b[:1].isupper() for a, b in zip(words, words[1:])):
        return None
    titled = all(w[:1].isupper() or w.lower() in SMALL_WORDS for w in (w.strip(",") for w in words))
    if not (is_post(post) or labelled and titled):
        return None
    return post[:120]


def add_role(facts, structure, name: str, post: str, page: int) -> None:
    """A roles row of the paper's own meeting for a post printed beside a name, once per paper."""
    if any(r["name"] == name and r["title"] == post for r in facts["roles"]):
        return
    meetings = structure.stored_meetings if structure is not None else []
    meeting, body = (0, meetings[0].body) if meetings else (None, None)
    facts["roles"].append({"name": name, "title": post, "organisation": None, "body": body, "meeting": meeting,
                           "page": page})


def roles_from_front_lines(doc, structure, registry, facts) -> None:
    """Each front-line post as a roles row of the paper's own meeting: the person page lists it. The person is
    named as the paper's other lines name them (a full name the registry knows), but not added to the registry:
    a staff report's 'John P. Ramirez, Director of Community Development' would make Norwalk's 'Chair Ramirez'
    (the commission's Rick Ramirez) two people's surname."""
    for name, post, page in front_posts(doc.pages):
        add_role(facts, structure, registry.resolve(name), post, page)
