"""A body named bare ('Parish Council', 'County Council', 'Cabinet') takes the name of the authority
its paper speaks for: Burton-cum-Walden's public notice calls its council 'Parish Council' beside
minutes of 'Burton-cum-Walden Parish Council' of the same date, and Kent's papers say 'County
Council' and 'Cabinet'. The home page's recent meetings listed such names without their place,
and one meeting as two. A bare name in a paper whose authority is not known joins the meeting of
the same date whose full name ends with it."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from .meeting_finder import GENERIC_BODY_WORDS, body_key, name_shape, without_kind

BARE_WORDS = GENERIC_BODY_WORDS | {"cabinet", "panel", "executive", "full"}
# how the authority was found: from the paper's own words or its sender, not from the body's name itself or from the
# people it shares with another authority's papers
NAMED_BY_THE_PAPER = {"document title", "named on the first pages", "running head", "mail domain", "named in the text"}


def is_bare(body: str | None) -> bool:
    """Only words any body could have: 'Parish Council', 'City Council', 'Cabinet', 'Planning Commission'."""
    words = body_key(body or "").split()
    return bool(words) and len(words) <= 4 and set(words) <= BARE_WORDS


def qualified(body: str, authority: str | None, found_by: str | None) -> str:
    """The body's full name: the authority's own where it ends with the bare name ('County Council' of Kent County
    Council), a place's council ('City Council' of the City of Westlake Village: 'Westlake Village City Council'), a
    council's cabinet or committee ('Kent County Council Cabinet'). Anything else stays as the paper prints it."""
    if not authority or found_by not in NAMED_BY_THE_PAPER or not is_bare(body):
        return body
    own, bare = body_key(authority).split(), body_key(body).split()
    if not own or set(own) <= BARE_WORDS:
        return body  # the authority is as bare as the body
    if own[-len(bare):] == bare:
        return authority
    place = not set(own) & (BARE_WORDS - {"of", "the", "and", "city", "town", "village", "county", "borough"})
    if place:  # 'Kent' (a mail domain), 'City of Westlake Village': only a council is named by its place
        return f"{without_kind(authority)} {body}" if bare[-1] == "council" else body
    if bare[-1] == "council":
        return body  # 'City Council' in a county council's papers is another council
    return f"{authority} {body}"


def same_meeting(db, key: str, date: str, body: str | None = None) -> tuple[int, str] | None:
    """The one meeting of that date whose name is this one with or without its place: ('county council', the row of
    'Kent County Council'), or ('kent county council', the row of 'County Council'); None when no one row is."""
    rows = db.execute("select id, body, body_key from meetings where date = ? and body_key != ?", [date, key]).fetchall()
    bare = is_bare(key)
    fits = [(r[0], r[1]) for r in rows if (bare and r[2].endswith(" " + key) and _placed(r[1], key))
            or (is_bare(r[2]) and key.endswith(" " + r[2]) and _placed(body or key, r[2]))]
    return fits[0] if len(fits) == 1 else None


def _placed(body: str, bare_key: str) -> bool:
    """The words before a bare name make it a full one when they have a name's shape, as the meeting finder reads one:
    a place or an authority ('Kent', 'Burton-cum-Walden', 'North of Tyne'), not the line the name was read from
    ('By: Anna Taylor, Scrutiny Research Officer To: Cabinet', 'Document for Cabinet')."""
    words = body.split()
    prefix = " ".join(words[:len(words) - len(bare_key.split())])
    return name_shape(prefix) and not re.search(r"(?i)\b(?:to|for|by|from|document|report)\b", prefix)


# how a paper named its authority in its own words: the mail domain gives only a key ('kent' of '@kent.gov.uk')
NAMED_IN_WORDS = NAMED_BY_THE_PAPER - {"mail domain"}


def name_bare_bodies(db) -> set[str]:
    """A bare body ('Cabinet') whose papers know their authority only by a key ('kent', the mail domain of Kent's
    Cabinet agenda, which prints no other name) takes the name the archive's other public papers of that authority
    print ('Kent County Council'), as its own paper's name would have qualified it ('Kent County Council Cabinet'):
    the site listed Kent's Cabinet under two names. Only where all its papers have that one authority, and no other
    meeting of that day has the full name (the row is left as it is). Returns the body keys renamed from and to (their
    actions are to be linked again)."""
    names: dict[str, Counter] = defaultdict(Counter)
    for key, name in db.execute(
            "select authority_key, authority from documents where status = 'ok' and not coalesce(restricted, 0) "
            f"and authority_found_by in ({', '.join('?' * len(NAMED_IN_WORDS))})", sorted(NAMED_IN_WORDS)):
        if key and name:
            names[key][name] += 1
    renamed: set[str] = set()
    rows = db.execute("select m.id, m.body, m.body_key, m.date, group_concat(distinct coalesce(d.authority_key, '')), "
                      "group_concat(distinct coalesce(d.authority_found_by, '')) from meetings m "
                      "join meeting_documents md on md.meeting_id = m.id join documents d on d.id = md.document_id "
                      "group by m.id").fetchall()
    for meeting_id, body, key, date, keys, found_by in rows:
        if not is_bare(body) or "," in keys or not names.get(keys) or set(found_by.split(",")) & NAMED_IN_WORDS:
            continue
        full = qualified(body, names[keys].most_common(1)[0][0], "document title")
        new_key = body_key(full)
        if full == body or db.execute("select 1 from meetings where body_key = ? and date = ?", [new_key, date]).fetchone():
            continue
        db.execute("update meetings set body = ?, body_key = ? where id = ?", [full, new_key, meeting_id])
        renamed |= {key, new_key}
    return renamed


def one_name_per_series(db) -> int:
    """The meetings of one series (one body key) are shown under one name: the spelling most of
    them print, the latest meeting's on a tie. Burton-cum-Walden's papers print its name once as
    'Burton-cum-walden Parish Council', and the site listed that meeting under a body of its own.
    Returns the number of meetings renamed."""
    spellings: dict[str, Counter] = defaultdict(Counter)
    latest: dict[tuple[str, str], str] = {}
    for key, body, n, last in db.execute("select body_key, body, count(*), max(date) from meetings "
                                         "where body_key is not null and body is not null group by body_key, body"):
        spellings[key][body] = n
        latest[key, body] = last or ""
    renamed = 0
    for key, counts in spellings.items():
        if len(counts) < 2:
            continue
        name = max(counts, key=lambda body: (counts[body], latest[key, body]))
        renamed += db.execute("update meetings set body = ? where body_key = ? and body != ?", [name, key, name]).rowcount
    return renamed
