"""The posts a paper's payments list gives the people it pays: 'ii) Mrs J. Davies, Clerk's Salary June 2015
and expenses, Chq No 1140' and 'Mrs Jane Davies, Clerk's October Salary' (Manordeilo & Salem CC), 'Cathy Fleet
Clerk Salary (Nov) 82.00' and 'Cathy Fleet | Clerk Salary (Sep)' (Souldern PC). A small council's minutes give
a task to 'the Clerk' and rarely name her anywhere else; the payment of her salary does, month after month. Each
such payee is a roles row of the paper's meeting, for the body's actions given to the post to find its holder."""

from __future__ import annotations

import re

from .front_posts import add_role
from .people import known_given_name, parse_person
from .roles import is_post

_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*")
# a list's own numbering ('ii)', '3.', '(a)') before the payee
_NUMBERING = r"(?:\(?(?:[ivx]{1,5}|\d{1,3}|[a-z])[.)]\s+)?"
_NAME = (r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][a-z]+|[A-Z]\.(?:\s*[A-Z]\.)*)"
         r"(?:\s+[A-Z][A-Za-z'’\-]+){1,2})")
# the post paid, one to four capitalised words, possessive or not, a month before the pay word or not
_POST = r"(?P<post>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,3}?)(?:['’]s)?"
PAYEE_POST_RE = re.compile(
    rf"^\s*{_NUMBERING}{_NAME}\s*(?:,|\||\s[–-])?\s*{_POST}\s+(?:{_MONTH}\s+)?(?:Salary|Wages|Honorarium)\b")


def payee_posts(pages) -> list[tuple[str, str, int]]:
    """(payee as printed, post, page) for each payment line paying a named person a post's salary, once each."""
    found: dict[tuple[str, str], tuple[str, str, int]] = {}
    for page in pages:
        for line in (page.text or "").splitlines():
            m = PAYEE_POST_RE.match(line)
            if not m or not is_post(m.group("post")):
                continue
            person = parse_person(m.group("name"))
            if person is None or len(person.name.split()) < 2:
                continue
            if not (known_given_name(person.name) or re.match(r"^[A-Z]\.", person.name)):
                continue  # 'Staff Costs Clerk Salary' is a heading, not a payee
            # the name as printed, title kept: 'Mrs J. Davies' is none of the paper's Jim or Joseph Davies
            surface = m.group("name").strip()
            found.setdefault((surface, m.group("post")), (surface, m.group("post"), page.number))
    return list(found.values())


def roles_from_payments(doc, structure, registry, facts) -> None:
    """Each payee's post as a roles row of the paper's meeting, the person named as the paper's other lines
    name them (not added to the registry: a payment line says nothing of who attended or spoke)."""
    for surface, post, page in payee_posts(doc.pages):
        name = registry.resolve(surface)
        if re.match(r"^(?:[A-Z]\.?\s*)+\s[A-Z]", name):
            # 'Mrs J. Davies', whom the paper names no further: the title is kept, for the archive not to take
            # her for the paper's 'Cllr J. Davies' (Joseph) when it finds who the name is
            name = surface
        add_role(facts, structure, name, post, page)
