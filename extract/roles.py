"""Role holders as minutes name them: "the Parish Clerk", "Chairman", "the Chief Executive",
"the Head of IT". One key for the spellings of one post, so that a role named in the text finds
the person the same paper lists with that post ("In attendance: Peter King, Parish Clerk")."""

from __future__ import annotations

import re
from functools import lru_cache

# Spellings of the posts every body has; anything else keys as written ("head of it").
_SYNONYMS = [
    # one standing in for the post holds it meanwhile: 'Locum Clerk: Helen Richardson' (West Dereham) is the clerk that
    # paper's 'the Clerk to contact ...' means, as 'Mrs J Martin (Acting Clerk)' (Souldern) is; 'Nick Oakhill (NO)
    # [Acting Chair]' (Souldern) the chair. Not a deputy or an assistant, who is someone beside the holder.
    (re.compile(r"^(?:(?:acting|interim|locum|temporary)\s+)?(?:chair(?:man|woman|person)?|chair of the (?:meeting|council|board|committee|panel|trustees)|"
                r"presiding officer)$"), "chair"),
    (re.compile(r"^(?:vice|deputy)[- ]?chair(?:man|woman|person)?$"), "vice-chair"),
    (re.compile(r"^(?:(?:acting|interim|locum|temporary)\s+)?(?:(?:parish|town|city|council|county|district|borough)\s+)?clerk"
                r"(?:\s+to\s+the\s+(?:(?:parish\s+|town\s+)?council|board|trustees|committee))?$"), "clerk"),
    (re.compile(r"^(?:hon(?:orary|\.)?\s+)?secretary$"), "secretary"),
    (re.compile(r"^(?:hon(?:orary|\.)?\s+)?treasurer$"), "treasurer"),
    # the post a parish's finance is kept by, written out or by its letters ('Mrs J Martin (RFO)', 'The Responsible
    # Financial Officer reported ...', Souldern; 'Treasurer and Responsible Financial Officer', Boughton)
    (re.compile(r"^(?:rfo|responsible\s+financial\s+officer)$"), "rfo"),
    (re.compile(r"^(?:chief\s+executive(?:\s+officer)?|ceo)$"), "chief executive"),
]
# The head word that makes a phrase a post ("Footpath Warden", "Governance Manager").
POST_HEAD_RE = re.compile(
    r"(?i)\b(?:clerk|chair(?:man|woman|person)?|vice[- ]chair|secretary|treasurer|officer|manager|director|executive|"
    r"head\s+of|lead|leader|warden|mayor|adviser|advisor|co-?ordinator|commissioner|inspector|engineer|accountant|"
    r"auditor|planner|solicitor|counsel|attorney|superintendent|president|rfo|minute\s+taker|note\s+taker|"
    r"responsible\s+(?:financial\s+)?(?:officer|person)|financial\s+responsible\s+person)\b")
# "The Clerk", "the Head of IT", "the Libraries Innovation and Development Manager": a role as
# the subject of a sentence; capitalised words ending at (or containing) a post head.
_POST_HEADS = (r"(?:Clerk|Chair(?:man|woman|person)?|Vice[- ]Chair(?:man)?|Secretary|Treasurer|Officer|Manager|Director|"
               r"Executive|Lead|Leader|Warden|Mayor|Adviser|Advisor|Co-?ordinator|Commissioner|Engineer|Accountant|"
               r"Solicitor|President|RFO|Head\s+of\s+[A-Z][\w&]*(?:\s+(?:and|&)\s+[A-Z]\w*)?)"
               # 'The Clerk to the Board will send this information to the Auditors' (Suffolk Libraries)
               r"(?:\s+to\s+the\s+(?:Board|Trustees|Committee|(?:Parish\s+|Town\s+)?Council))?(?![\w'’])")
ROLE_PHRASE = rf"(?:[Tt]he|[Oo]ur)\s+(?:(?:[A-Z][\w'’\-]*|of|and|for|&)\s+){{0,6}}?{_POST_HEADS}"
ROLE_PHRASE_RE = re.compile(ROLE_PHRASE)
# the same post written as a label, with no article: 'Minute Secretary to circulate ...', 'Community Lead will
# contact ...', 'City Treasurer to issue refunds' (minutes in note form drop the article before a post as before a name)
# A capitalised verb ('Authorizing Finance Director to draw warrants', Des Moines) or an article inside ('Update on
# Website The Clerk advised ...') is no part of a post's name.
_POST_WORD = r"(?!(?:The|Our|A|An)\b)(?![A-Z][a-z]+(?:ing|ed)\b)[A-Z][\w'’\-]*"
BARE_POST_RE = re.compile(rf"(?:{_POST_WORD}\s+(?:(?:{_POST_WORD}|of|and|for|&)\s+){{0,3}}?)?{_POST_HEADS}")
PERSONAL_TITLE_RE = re.compile(r"(?i)^(?:cllrs?|councillors?|council\s*members?|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|"
                               r"lord|lady|rev|revd|reverend)\.?\s")


@lru_cache(maxsize=4096)  # a paper's posts are keyed again for every person and mention
def role_key(text: str) -> str:
    """'The Parish Clerk' -> 'clerk'; 'Chairman' -> 'chair'; 'the Head of IT' -> 'head of it'."""
    key = re.sub(r"\s+", " ", (text or "").replace("’", "'").lower()).strip(" .,;:-–()")
    key = re.sub(r"^(?:the|our|a|an)\s+", "", key)
    key = re.sub(r"'s$", "", key)
    for pattern, canonical in _SYNONYMS:
        if pattern.match(key):
            return canonical
    return key


def post_keys(post: str) -> list[str]:
    """Every key one person's post answers to: 'Parish Clerk and Financial Responsible Person'
    answers to 'clerk' and 'financial responsible person'; 'Chair (Finance Committee)' to 'chair'."""
    post = re.sub(r"\([^)]*\)", "", post or "")
    keys = [role_key(post)]
    for part in re.split(r"\s*(?:,|;|/|\band\b|&)\s*", post):
        if part and POST_HEAD_RE.search(part):
            keys.append(role_key(part))
    last = re.search(r"(?i)(?<!vice )(?<!deputy )\b(chair(?:man|woman|person)?|clerk|secretary|treasurer)\s*$", post.strip())
    if last:
        keys.append(role_key(last.group(1)))  # "NoT LPC Chair" holds the chair
    return [k for k in dict.fromkeys(keys) if k]


def is_post(text: str) -> bool:
    """A phrase that names a post rather than a person: 'Parish Clerk', 'Footpath Warden'."""
    text = re.sub(r"\([^)]*\)", "", text).strip()
    if not text or len(text) > 80 or PERSONAL_TITLE_RE.match(text):
        return False  # "Councillor Ghani (CHAIR)" is a person with a role
    return role_key(text) in {c for _, c in _SYNONYMS} or bool(POST_HEAD_RE.search(text))
