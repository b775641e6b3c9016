"""Someone at the meeting named by the post they were there for, not in the list of members:
'Recorder: Nick Cann (NC), present to record the meeting' (West Dereham), 'Clerk: Sarah Thorpe'.

These labels open a line or a sentence of the meeting's first blocks; the person is in attendance.
Someone the lists already give keeps their place (Govan's 'Minute taker: John Foster' is one of
those present)."""

from __future__ import annotations

import re

from .names import name_key
from .people import Person, known_given_name

OPENING_BLOCKS = 40
# the label opens a line or follows a sentence's full stop; the name is a given name and a surname
ROLE_LABEL_RE = re.compile(
    # (one standing in for the post: 'Locum Clerk: Helen Richardson', West Dereham; roles.role_key makes it the post)
    r"(?:^|(?<=[.\n])\s*)(?P<post>(?:(?:acting|interim|locum|temporary)\s+)?(?:recorder|minute[- ]?taker|note[- ]?taker|"
    r"clerk|officer|observer))\s*:\s*"
    r"(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+)?(?P<given>[A-Z][a-z'’-]+)\s+(?P<surname>[A-Z][A-Za-z'’-]+)(?![A-Za-z'’-])",
    re.I | re.M)


def attending_by_role_label(doc, structure, registry, facts) -> None:
    listed = {(a["meeting"], name_key(registry.resolve(a["name"]))) for a in facts["attendance"]}
    passage_of: dict[int, int] = {}
    for n, p in enumerate(structure.passages):
        if p.block is not None:
            passage_of.setdefault(id(p.block), n)
    opening: dict[int, list] = {}
    for i, m in enumerate(structure.block_meeting[:len(doc.blocks)]):
        if m is None:
            continue
        meeting = structure.real_meeting(m)
        if structure.stored_meetings[meeting].role == "records" and len(opening.setdefault(meeting, [])) < OPENING_BLOCKS:
            opening[meeting].append(doc.blocks[i])
    for meeting, blocks in opening.items():
        for block in blocks:
            for m in ROLE_LABEL_RE.finditer(block.text or ""):
                if not m.group("given")[0].isupper() or not m.group("surname")[0].isupper() \
                        or not known_given_name(m.group("given")):
                    continue  # the case-blind label lets the name's capitals go unchecked: check them here
                name = registry.resolve(f"{m.group('given')} {m.group('surname')}")
                # the label is the post they hold, so that 'the Clerk' of the paper's tasks is them
                registry.add(Person(name=name, post=m.group("post").title()))
                key = (meeting, name_key(name))
                if key in listed:
                    continue
                listed.add(key)
                facts["attendance"].append({"meeting": meeting, "name": name, "status": "in_attendance", "role": None,
                                            "page": block.page, "passage": passage_of.get(id(block), 0),
                                            "title": None})
