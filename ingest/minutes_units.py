"""What a meeting's minutes say, sentence by sentence, with the item each sits under: the units
the action linking (store_action_links.py) reads for news of earlier actions.

A sentence in the list of what a later meeting will take up ('Forward Agenda: ... 6. TUPE/CSD
issue', 'ITEMS FOR AGENDA OF NEXT MEETING: ... Planting of trees', 'For next Agenda: Division
of Responsibilities') is still to come: it says an action's subject is pending, never that it
was done."""

from __future__ import annotations

import re

from ..extract.action_match import TITLE_WORDS
from ..extract.heading_names import heading
from ..extract.sub_items import MATTERS_ARISING_RE, cited_item

MAX_TITLE_WORDS = TITLE_WORDS
# (a lettered sub-item after a sentence's end, 'update. b) The Clerk confirmed ...', starts another)
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"']|[a-z]\)\s)|\n+")
BULLET_RE = re.compile("[\uf0b7\uf0a7\u2022\u25aa\u25cf\u25e6\u2023\u2219]")  # a bullet starts a sentence
ROLL_RE = re.compile(r"(?i)^\W*(?:present|invited|apologies|in\s+attendance|attendees|attending|absent|also\s+present)\b")
NUMBER_RE = re.compile(r"^\s*\d+(?:\.\d+)*\s*")
# the heading of a list of what later meetings will take up, at the start of its line (after its
# number, or after the date of the next meeting it shares an item with): 'To be covered in financial
# forward agenda' in a sentence's run is no heading, nor 'Any Further reports/items for the next
# agenda:', an item that takes news as well
_TO_COME = (r"(?:forward|future)\s+agenda(?:\s+(?:items?|list))?|"
            r"(?:agenda\s+)?items\s+for\s+(?:the\s+)?(?:agenda\s+(?:of|for)\s+(?:the\s+)?next\s+meeting|next\s+(?:meeting|agenda))|"
            r"for\s+(?:the\s+)?next\s+agenda")
TO_COME_RE = re.compile(
    rf"(?i)^\W*(?:\d+(?:[./]\d+)*\W*)?(?:date\s+(?:and\s+venue\s+)?of\s+(?:the\s+)?next\s+meetings?\s*(?:&|and)\s*)?(?:{_TO_COME})\b")


def a_title(title: str | None) -> bool:
    """An item title names its subject in a few words; a 'title' of a paragraph (a table's
    whole cell read as the heading) would make every sentence under it about everything."""
    return bool(title) and len(title.split()) <= MAX_TITLE_WORDS


def item_heading(title: str | None) -> str | None:
    """The title of an item, or, when a table's cell runs its title into its text ('SL Reserves –
    designation At the launch of Suffolk Libraries ...', 'School Library Service It was previously
    reported ...'), the heading that text opens with: what the item is about, in a few words. A
    run-on title with no heading to tell ('Minutes of previous meeting (29th May 2014) These were
    agreed ...') is left as it is, which a_title refuses."""
    if not title or a_title(title):
        return title
    short = heading(title)
    return short if short and a_title(short) else title


def still_to_come(text: str) -> bool:
    """The text opens the list of what later meetings will take up."""
    return bool(TO_COME_RE.match(text or ""))


def minutes_units(db, meeting_id: int) -> list[dict]:
    """What a meeting's minutes say, sentence by sentence, with the item each sits under; item
    titles count too ('Rota for SL forums - deferred until next meeting'). A unit's `to_come`:
    it sits in a list of what later meetings will take up."""
    units = []
    rows = db.execute("""
        select p.id, p.text, p.page, p.document_id, p.restricted, i.title, p.kind from passages p
        join meeting_documents md on md.document_id = p.document_id and md.meeting_id = p.meeting_id and md.role = 'records'
        left join agenda_items i on i.id = p.agenda_item_id
        join documents d on d.id = p.document_id
        where p.meeting_id = ? order by d.path, p.id""", [meeting_id]).fetchall()
    # papers by path, not by id: ids follow the order papers were written in (--workers, --cluster)
    for title, page, doc_id, restricted in db.execute("""
            select i.title, i.page, i.document_id, i.restricted from agenda_items i
            join meeting_documents md on md.document_id = i.document_id and md.meeting_id = i.meeting_id and md.role = 'records'
            join documents d on d.id = i.document_id
            where i.meeting_id = ? order by d.path, i.id""", [meeting_id]).fetchall():
        title = item_heading(title)
        if title and len(title) >= 12 and a_title(title):
            units.append(dict(passage_id=None, text=title, page=page, document_id=doc_id, restricted=restricted,
                              item_title=title))
    for pid, text, page, doc_id, restricted, title, kind in rows:
        title = item_heading(title)
        if ROLL_RE.match(text or ""):
            continue  # who was there says nothing of any action
        arising = bool(MATTERS_ARISING_RE.search(title or ""))
        to_come = a_title(title) and still_to_come(title)
        pending = None
        for sentence in SENTENCE_RE.split(BULLET_RE.sub("\n", text or "")):
            arising = arising or bool(MATTERS_ARISING_RE.search(sentence))
            # (the list runs to the end of its item: what follows its heading is still to come)
            to_come = to_come or still_to_come(sentence)
            # under matters arising, 'Item 3 –', or '11.' on a line of its own before the item's title,
            # names the item of the last minutes the sentence reports on
            cites = (cited_item(sentence) or pending) if arising else None
            pending = cites if re.fullmatch(r"(?i)\W*(?:matters\s+arising\W*)?\d{1,3}\.?", sentence.strip()) else None
            sentence = NUMBER_RE.sub("", sentence).strip()
            if len(sentence) >= 12:
                units.append(dict(passage_id=pid, text=sentence, page=page, document_id=doc_id, restricted=restricted,
                                  item_title=title, cites=cites, arising=arising, to_come=to_come, passage_text=text))
    return units
