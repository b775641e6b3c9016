"""Acronyms defined in the text, and the organisations named in membership tables."""

from __future__ import annotations

import re

# Linear time on any input: an expansion starts only at the start of a word (the lookbehind),
# and words and spaces are taken possessively (`*+`, `++`), so a 40,000-letter token or a long
# run of spaces is scanned once instead of once per starting position.
_WORD = r"(?:[A-Z][\w'’&\-]*+|and|of|for|the|in|on|&)"
_NEXT_WORD = r"(?:[A-Z][\w'’&\-]*+|and|of|for|the|in|on|to|&)"
DEF_RE = re.compile(
    rf"(?<![\w'’&\-])(?P<expansion>{_WORD}(?:\s++{_NEXT_WORD}){{1,9}})\s*+\((?P<acronym>[A-Z][A-Za-z&]{{1,9}}s?)\)"
)
GLOSSARY_RE = re.compile(
    r"(?:^|\s)(?P<acronym>[A-Z][A-Z&]{1,9})\s++[–—-]\s++(?P<expansion>[A-Z][\w'’]*+(?:\s++[A-Za-z][\w'’&\-]*+){1,8}?)"
    r"(?=\s++[A-Z]{2,}\s+[–—-]|\s*+$|[.;,])"
)
ORG_WORDS = re.compile(
    r"(?i)\b(?:council|service|services|trust|police|office|partnership|board|brigade|bureau|authority|agency|"
    r"department|commission|foundation|charity|association|society|centre|center|network|group|unit|team|"
    r"probation|nhs|university|college|school|company|ltd|limited|plc|inc|cic|fund)\b"
)
SMALL = {"and", "of", "for", "the", "in", "on", "to", "&"}


def initials_match(expansion: str, acronym: str) -> str | None:
    """The shortest tail of `expansion` whose initials spell `acronym` (small words optional)."""
    words = expansion.split()
    target = acronym.rstrip("s").upper().replace("&", "")
    for start in range(len(words) - 1, -1, -1):
        tail = words[start:]
        if tail[0].lower() in SMALL:
            continue
        letters = "".join(w[0] for w in tail if w.lower() not in SMALL).upper()
        letters_all = "".join(w[0] for w in tail).upper()
        hyphen = "".join(p[0] for w in tail if w.lower() not in SMALL for p in w.split("-") if p).upper()
        if target in (letters, letters_all, hyphen):
            return " ".join(tail)
        if len(letters) > len(target) + 1:
            break
    return None


def find_acronyms(text: str) -> list[tuple[str, str]]:
    # each pattern is tried at every word of the text; a definition holds a bracket and a glossary
    # line a dash, which most passages lack: without one the pattern could not match
    found = []
    for m in DEF_RE.finditer(text) if "(" in text else ():
        expansion = initials_match(m.group("expansion"), m.group("acronym"))
        if expansion:
            found.append((m.group("acronym"), expansion))
    for m in GLOSSARY_RE.finditer(text) if "-" in text or "–" in text or "—" in text else ():
        expansion = m.group("expansion").strip()
        if initials_match(expansion, m.group("acronym")):
            found.append((m.group("acronym"), initials_match(expansion, m.group("acronym"))))
    return found


def is_organisation(name: str) -> bool:
    return bool(ORG_WORDS.search(name)) and len(name) < 120
