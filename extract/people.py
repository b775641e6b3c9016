"""People in a document: attendance lists and initials defined beside names (tables: attendance_tables). The
per-document registry that turns "Cllr Ghani", "DT", "Z. Maiorca" or "the Clerk" into the full name the same
document gives elsewhere is extract/registry.py."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..ingest.document import Block
from ..ingest.lines import CODED_UNIT_RE, coded_row
from .attendance_medium import without_manner
from .literal_gate import Gated
from .char_gate import CharGated
from .given_names import first_names, given_name_sex, known_given_name  # noqa: F401  (read from here too)
from .name_pairs import share_across_pair
from .name_table_heads import flattened_head_end
from .names import HONORIFIC_RE, HONOURS_RE, split_title
from .post_first import post_first_people
from .registry import ROLE_WORDS, Person, Registry, initials_of  # noqa: F401  (Registry, initials_of: importable from here)
from .roles import is_post, role_key
from .roll_sentences import roll_sentences
from .vote_records import VOTE_RECORD_RE, follows_vote  # noqa: F401  (VOTE_RECORD_RE: importable from here)

# Attendance labels, most specific first; the status each one gives.
ATTENDANCE_LABELS = [
    (r"(?:members|councillors|commissioners|trustees|directors|governors|committee members|board members)\s+present", "present"),
    (r"(?:others|also|officers|staff)\s+present", "in_attendance"),
    (r"also,?\s+in\s+attendance", "in_attendance"),
    (r"in\s+attendance\s+virtually", "in_attendance"),
    (r"(?:officers\s+)?in\s+attendance", "in_attendance"),
    (r"additional\s+attendees", "in_attendance"),
    (r"(?:attendees|attending|attendance)", "present"),
    (r"invited(?:\s+guests)?", "in_attendance"),
    (r"present", "present"),
    (r"(?:accepted\s+)?apologies(?:\s+for\s+absence)?(?:\s+(?:were\s+)?received\s+from)?", "apologies"),
    (r"(?:members|councillors|commissioners|trustees)\s+absent", "absent"),
    (r"absent", "absent"),
    (r"roll\s+call", "present"),
]
# every label ends in a colon or semicolon: a block without one is not searched for the labels (CharGated)
LABEL_RE = CharGated(re.compile(
    r"(?<![A-Za-z])(?P<label>" + "|".join(f"(?:{p})" for p, _ in ATTENDANCE_LABELS) + r")\s*(?:\([^)]*\))?"
    r"\s*(?:[-–]\s*[^:;\n]{0,60})?[:;](?:-(?=\s))?\s*",
    re.I,
))
_STATUS = [(re.compile(rf"^(?:{p})$", re.I), s) for p, s in ATTENDANCE_LABELS]
NOT_A_NAME = re.compile(
    r"(?i)\b(?:members? of the public|public|none|nil|no apologies|all|officers?|staff|residents?|others?|n/a|"
    r"it|he|she|they|we|this|there|these|those|its|their|absent|present|apologies|"
    r"representatives?|members|councillors|see below|agenda|item|minutes|page|meeting|the board)\b"
)
GROUP_WORDS = re.compile(
    r"(?i)^(?:the\s+)?(?:members|all members|councillors|trustees|partners|all partners|all|officers|staff|"
    r"committee|board|council|cabinet|the collective|collective|everyone|clerk|chair|vice-chair|secretary|treasurer|"
    r"team|group|panel|csp|[A-Z]{2,6})$"
)


def status_of(label: str) -> str:
    label = re.sub(r"\s*\([^)]*\)", "", re.sub(r"\s+", " ", label.strip().lower()))
    label = re.sub(r"\s+(?:were\s+)?received\s+from$", "", label)
    for pattern, status in _STATUS:
        if pattern.match(label):
            return status
    return "present"


# --- parsing name lists ---------------------------------------------------------------------

# bounded: an unclosed bracket made each later one scan to the end of the item (40,000 '(' took 15 s)
PAREN_RE = re.compile(r"\(([^)]{0,300})\)")
SQUARE_BRACKETS_RE = re.compile(r"\[([^\[\]()]{1,40})\]")
DASH_SUFFIX_RE = re.compile(r"\s+[–—-]\s+(.+)$")


def parse_person(item: str) -> Person | None:
    """'Councillor Ghani (CHAIR)', 'David Thomas (DT)', 'Dr A Ghosh (Director of Public Health)',
    'Vicky Bright – Clerk', 'Cllr. R. Crisp – Chair (RC)', 'Ryan Warsing (LSRCC)'."""
    text = re.sub(r"\s+", " ", item).strip(" .,;:*•")
    if not text:
        return None
    text = SQUARE_BRACKETS_RE.sub(r"(\1)", text)  # 'Nick Oakhill (NO) [Acting Chair]': a post in square brackets
    role = post = organisation = initials = None
    plain = split_title(PAREN_RE.sub("", text).strip(" ,"))[1]
    for inner in PAREN_RE.findall(text):
        value = inner.strip()
        # a post and the name's initials in one bracket: 'K Draper (Chair KD)', 'J Martin (RFO JM)',
        # 'B McGarry (Clerk- BM)' (Souldern's lists)
        both = re.fullmatch(r"(?P<post>[A-Za-z][A-Za-z ]*?)[\s\-–]+(?P<code>[A-Z]{2,3})", value)
        if both and code_fits(both.group("code"), plain) and (both.group("post").lower() in ROLE_WORDS or is_post(both.group("post"))):
            value, initials = both.group("post"), both.group("code")
        low = value.lower()
        if low in ROLE_WORDS:
            role = ROLE_WORDS[low]
        elif value.isupper() and is_post(value) and not code_fits(value, plain):
            post = value  # 'Mrs J Martin (RFO)': the post's letters, which are not her initials
        elif re.fullmatch(r"[A-Z][A-Za-z]{1,4}", value) and (value.isupper() or re.fullmatch(r"[A-Z]{1,3}[a-z]{1,3}", value)):
            initials = value
        elif re.search(r"(?i)\b(?:director|manager|officer|head|chief|lead|member|commander|executive|counsel|"
                       r"accountant|clerk|advisor|adviser|coordinator|co-ordinator|representative|rep|consultant|secretary|treasurer|"
                       r"warden)\b", value):
            post = value
        elif value:
            organisation = value
    text = PAREN_RE.sub("", text).strip(" ,")
    m = DASH_SUFFIX_RE.search(text)
    if m:
        suffix = m.group(1).strip()
        text = text[: m.start()].strip()
        low = suffix.lower()
        if low in ROLE_WORDS:
            role = ROLE_WORDS[low]
        elif len(suffix) <= 8:
            organisation = suffix
        else:
            post = suffix
    text = HONOURS_RE.sub("", text).strip(" ,.")
    title, name = split_title(text)
    name = name.strip(" ,.")
    # 'Cllr Trudi Mann TM', 'Cllr Jim McNeill JN': the code the minutes use for the name, printed after it
    words = name.split()
    if len(words) >= 3 and code_fits(words[-1], " ".join(words[:-1])):
        name, initials = " ".join(words[:-1]), initials or words[-1]
    # 'David Cooper Councillor', 'Cathy Fleet CLERK': a list that prints the post after the name, unpunctuated
    words = name.split()
    if len(words) >= 3 and words[-1].lower() in TRAILING_POSTS:
        name, post = " ".join(words[:-1]), post or words[-1].capitalize()
    if not looks_like_name(name):
        return None
    return Person(name=name, title=title, role=role, post=post, organisation=organisation, initials=initials)


TRAILING_POSTS = {"councillor", "clerk", "chair", "chairman", "chairperson", "secretary", "treasurer", "mayor", "trustee",
                  "commissioner", "councilmember"}


ORGANISATION_WORD = re.compile(
    r"(?i)\b(?:group|committee|council|board|service|services|partnership|team|department|trust|police|office|"
    r"authority|agency|commission|network|association|society|centre|center|school|college|university|"
    r"company|ltd|limited|plc|station|avenue|library|programme|project|strategy|plan|report|fund|foundation|"
    r"unit|panel|forum|hospital|pharmacy|borough|county|city|town|village|parish|sub-committee|meeting|update|"
    r"item|annual|session|agenda|minutes|chamber|calendar|consent|vacancy|funding|grants|support|order|lights|road|"
    r"lane|agreement|quotes|scheme|survey|application|riding|turf|libraries|constabulary|estates?|centre|programme|firm|"
    r"directorate|standards|party|risks|wage|settlements?|modifications|changes|program|salary|parking|bond)\b")


# surnames that are also words the name filters stop at ('Mrs Claire Page', 'Mr T Bond', West Dereham and
# Kent): a person when a given name or initials come before them
NOUN_SURNAMES = {"page", "bond", "lane"}


def noun_surname_kept(name: str) -> str:
    words = name.split()
    if len(words) in (2, 3) and words[-1].lower() in NOUN_SURNAMES and words[-1][0].isupper() and words[-1][1:].islower() and (
            re.fullmatch(r"[A-Z]\.?", words[0]) or words[0].lower() in first_names()):
        return " ".join(words[:-1])
    return name


@lru_cache(maxsize=65536)  # the readers ask it of a paper's names again and again (7,906 asks of 2,252)
def looks_like_name(name: str) -> bool:
    if not name or len(name) > 45 or re.search(r"\d|@|http", name):
        return False
    checked = noun_surname_kept(name)
    if NOT_A_NAME.search(checked) or ORGANISATION_WORD.search(checked):
        return False
    words = name.replace(".", ". ").split()
    if not 1 <= len(words) <= 5:
        return False
    return all(w[0].isupper() or w.lower() in {"de", "van", "von", "der", "da", "di", "le", "la", "del", "bin", "al"}
               for w in words if w[0].isalpha())


def split_names(text: str) -> list[str]:
    """A list of people as minutes write it: commas, semicolons, 'and', '&', new lines.
    Commas inside parentheses do not split; an honour after a comma ('OBE') is no name."""
    return [piece for piece, _ in split_names_joined(text)]


def split_names_joined(text: str) -> list[tuple[str, bool]]:
    """split_names, each piece with whether 'and' or '&' led to it: a post after 'and' is a new
    person's ('Cllr David Rogers and the Clerk, Cathy Fleet'), not the name before it."""
    parts, depth, current = [], 0, []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if depth == 0 and ch in ",;\n":
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    out = []
    for part in parts:
        halves = re.split(r"\s+(and|&)\s+(?![^()]*\))", part)
        pieces, joiners = halves[::2], halves[1::2]
        shared = share_across_pair(pieces, joiners[0] if len(joiners) == 1 else "and")
        for n, piece in enumerate(shared):
            piece = piece.strip(" .")
            if piece and not re.fullmatch(r"(?i)(?:OBE|MBE|CBE|JP|MP|DL|QC|KC|BEM)", piece):
                out.append((piece, n > 0))
    return out


# --- attendance -------------------------------------------------------------------------------

@dataclass
class AttendanceEntry:
    name: str
    status: str
    role: str | None
    page: int
    block: int
    person: Person


def attendance_from_block(block: Block, index: int, follow: Block | None = None) -> list[AttendanceEntry]:
    """Every labelled list in a block: 'Present: A, B (Chair). Apologies: C.'"""
    # how they attended is not who: 'Attending by Zoom (Five Councillors) :-' is the label 'Attending'
    text = without_manner(block.text)
    # a roll said in sentences, each read as the labelled list it says ('Commissioner Ayala and Rios were absent'
    # as 'absent: Commissioner Ayala and Rios'), opening the block or after the sentence saying where it met
    found = [e for label, names in roll_sentences(text)
             for e in attendance_from_block(Block(block.kind, f"{label}: {names}", block.page), index)]
    if found:
        return found
    matches = list(LABEL_RE.finditer(text))
    if not matches:
        m = APOLOGIES_SENTENCE_RE.search(text)
        if m:
            return _entries(_first_sentence(m.group(1)), "apologies", block, index)
        return _unpunctuated_lists(text, block, index)
    entries: list[AttendanceEntry] = []
    # only lists that start the block or follow another list count (not "...was present: ...")
    # ('Public: 14 Also, in attendance:': a count of the public before the label is no sentence)
    before = text[: matches[0].start()].strip()
    opener = LINE_OPENER_RE.search(text[: matches[0].start()])
    label_alone = len(matches) == 1 and follow is not None and not text[matches[0].end():].strip()
    if matches[0].start() > 3 and not before.endswith((".", ")")) and not PUBLIC_COUNT_RE.fullmatch(before) \
            and not (opener and (opener.group("lead") or label_alone and opener.group(0).startswith("\n"))):
        return []
    previous_statuses: list[str] = []
    for n, m in enumerate(matches):
        if follows_vote(text[matches[n - 1].end() if n else 0:m.start()]):
            break  # 'Motion Carried 6-1. Absent: Daniels.': who missed that vote, and every list after it
        end = matches[n + 1].start() if n + 1 < len(matches) else len(text)
        body = text[m.end():end].strip()
        status = status_of(m.group("label"))
        if not body and follow is not None and n == len(matches) - 1:
            body = follow.text  # "Accepted apologies for absence:" with the names on the next line
        body = _first_sentence(body)
        entries += _entries(body, status, block, index)
        previous_statuses.append(status)
    return entries


# a label alone on the last line, after the date line the passage joined to it, heads the list that follows:
# 'At 7.30pm on Wednesday 10 October 2012\nThose Attending:'; a label that opens its line after 'Those' is
# a label whatever follows it ('Those Attending: Cllr Mrs T Mann (Chairman), ...')
LINE_OPENER_RE = re.compile(r"(?:^|\n)[ \t]*(?P<lead>(?:those|the\s+following)[ \t]+)?$", re.I)
# a count of the public or press, not a list of names: 'Public: 14' before a label, '5 Members of the Public' or
# 'Members of the Public: 9' on a line of the list (one shape for the label reader here and attendance_facts)
PUBLIC_COUNT_RE = re.compile(
    r"(?i)(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+members?\s+of\s+(?:the\s+)?public\.?"
    r"|(?:(?:members\s+of\s+(?:the\s+)?)?public(?:\s+members)?|press)\s*[:\-–]?\s*(?:\d+|none|nil)(?:\s+number)?"
    r"(?:\s*\([^)]*\))?\.?")


# a label with no colon: 'PRESENT Cllr R Crisp, ... ALSO Cllr M Storey (NCC)', 'Present– Cllr David
# Llewellyn - Chairman, Cllr Mick Peake': in capitals, or followed by a dash; one that opens the block starts a list
# of those present, and the same labels further on in its run ('ALSO', 'APOLOGIES', 'ABSENT') start the next lists
LOOSE_LABEL_RE = re.compile(
    r"(?:^\W{0,3}|(?<![A-Za-z]))(?:(?P<caps>ALSO(?:\s+PRESENT|\s+IN\s+ATTENDANCE)?|PRESENT|ATTENDEES|ATTENDANCE|IN\s+ATTENDANCE|"
    r"MEMBERS\s+PRESENT|COUNCILLORS\s+PRESENT|APOLOGIES(?:\s+FOR\s+ABSENCE)?|ABSENT)\b\s*[-–—:]*\s*"
    r"|(?P<dash>(?i:present|attendees|in\s+attendance|(?:members|councillors)\s+present))\s*[-–—]+\s*)(?=[A-Z])")


def _code_in_brackets(m: re.Match) -> str:
    initials = "".join(w[0] for w in m.group("name").split())
    code = m.group("code")
    if code[0] != initials[0] or initials[-1] not in code[1:].upper():  # 'Margaret Carey MCa' 
        return m.group(0)
    return f"{m.group('name')}{m.group('post') or ''} ({code}), "


LOOSE_STATUS = {"also": "in_attendance", "in attendance": "in_attendance", "apologies": "apologies", "absent": "absent"}


FOLLOWING_ONLY = ("also", "apologies", "absent")  # labels that follow the list of those present, never open it


def _loose_label(m: re.Match) -> str:
    return re.sub(r"\s+", " ", (m.group("caps") or m.group("dash")).lower())


def _loose_status(m: re.Match) -> str:
    return next((v for key, v in LOOSE_STATUS.items() if _loose_label(m).startswith(key)), "present")


def _unpunctuated_lists(text: str, block: Block, index: int) -> list[AttendanceEntry]:
    """Lists under a label written without a colon. The label alone is weak evidence (prose says
    'present' too), so the lists count only when what they hold reads as people: two at least,
    and most with a title (Cllr, Mrs) or a known given name."""
    m = LOOSE_LABEL_RE.match(text)
    if not m or _loose_label(m).startswith(FOLLOWING_ONLY):
        return []
    rest = re.sub(r"(?i)\b(?:\d+|two|three|four|five|six|several|no)?\s*members?\s+of\s+(?:the\s+)?(?:public|press)\b", ",", text[m.end():])
    rest = CODED_UNIT_RE.sub(_code_in_brackets, rest)
    parts = [("present", rest)]
    nxt = [n for n in LOOSE_LABEL_RE.finditer(rest) if n.group("caps") and _loose_status(n) != "present"]
    if nxt:
        parts = [("present", rest[:nxt[0].start()])]
        for k, n in enumerate(nxt):
            end = nxt[k + 1].start() if k + 1 < len(nxt) else len(rest)
            parts.append((_loose_status(n), rest[n.end():end]))
    entries = [e for status, body in parts for e in _entries(_first_sentence(body), status, block, index)]
    people = [e for e in entries if e.person.title or known_given_name(e.person.name)]
    return entries if len(entries) >= 2 and len(people) >= 0.6 * len(entries) else []


# a vote's own record: its tally ('Motion Carried 6-1', 'CARRIED 5-0-1') or its roll ('Nays: Hensley.',
# 'NOES: None'); an absence listed after it is from that vote (Des Moines' council minutes record who
# was absent from each motion; Norwalk's housing authority and East Palo Alto's commission print a roll
# call vote per item), not from the meeting, whose roll call opens the minutes
APOLOGIES_SENTENCE_RE = Gated(re.compile(
    r"(?i)\bapologies\s+(?:for\s+absence\s+)?(?:were\s+|had\s+been\s+)?(?:received|submitted|given|tendered)"
    r"(?:\s+and\s+accepted)?\s+(?:for\s+absence\s+)?(?:from|by)\s+(.+)", re.S), "apologies")
# "Parish Councillors Claire Williams", "Norfolk County Councillors, Brian Long": who they are, not a name
BODY_PREFIX_RE = re.compile(r"^(?:[A-Z][a-z]+\s+){1,3}Councill?ors?\b[\s,]*(?=[A-Z])")
# a prefix naming another tier's council keeps that as the title ('County Councillor M Storey')
TIER_PREFIX_RE = re.compile(r"(?i)(county|borough|district)\s+councill?ors?\b")


# a post is a name for a job, never a clause: 'Director of Glazewing was in attendance. (JM)' (West Dereham, the
# guest's own sentence after the list) is no post of the list's last name
CLAUSE_VERB_RE = re.compile(r"\b(?:was|were|is|are|has|had|have|welcomed|attended)\b")


def _first_sentence(body: str) -> str:
    # a sentence opening with an article or a pronoun is never the list's next name: 'accepted for Pamela Walker.
    # The Parish Council welcomed Helen Richardson as the new Parish Clerk' (Wereham) gave her that post
    return re.split(r"(?<=[a-z)])\.\s+(?=[A-Z][a-z]+\s+[a-z]|(?:The|This|These|It|He|She|They|There|We)\s)", body)[0]


def flat_table_entries(body: str, status: str, block: Block, index: int) -> list[AttendanceEntry]:
    """'Name Organisation Affiliation Ann Gunning NoT LPC Head of Services Chris Dodd Gill &
    Schofield Independent ...': each row starts with a given name; the two words from it are
    the name, the rest of the row is the organisation or post."""
    words = body[flattened_head_end(body) or 0:].split()
    starts = [i for i in range(len(words) - 1) if words[i].lower() in first_names() and words[i + 1][:1].isupper()
              and (i == 0 or words[i - 1].lower() not in first_names())]
    if words[:2] and len(words) >= 2 and 0 not in starts and re.fullmatch(r"[A-Z][a-z]+", words[0]) \
            and re.fullmatch(r"[A-Z][a-z'’\-]+", words[1]) and not starts[:1] == [1]:
        starts.insert(0, 0)  # the first row opens the text, whatever its given name ('Christabel Wong ...')
    out = []
    for k, i in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(words)
        person = parse_person(" ".join(words[i:i + 2]))
        if person is None:
            continue
        rest = " ".join(words[i + 2:end]).strip()
        if rest.startswith("(") and ")" in rest:
            rest = rest[rest.index(")") + 1:].strip()  # "(Bobby)": the name the paper uses
        if is_post(rest):
            person.post = rest
        elif rest:
            person.organisation = rest
        out.append(AttendanceEntry(person.name, status, None, block.page, index, person))
    return out


def _entries(body: str, status: str, block: Block, index: int) -> list[AttendanceEntry]:
    if flattened_head_end(body) is not None:
        return flat_table_entries(body, status, block, index)
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if len(lines) >= 2 and coded_row(lines[0]) and all(coded_row(line, least=1) for line in lines):
        body = CODED_UNIT_RE.sub(_code_in_brackets, body)  # a grid of names with their initials, a row a line
    out: list[AttendanceEntry] = []
    posts_lead = False  # the list prints posts before names: a post alone at its end is no one's
    post_ahead = None  # 'and the Clerk, Cathy Fleet': a post that 'and' opens is the next name's
    for piece, after_and in split_names_joined(body):
        piece = _list_part(piece)
        posts_first = post_first_people(piece)
        if posts_first:  # 'Chairman Cllr S Lintern Vice Chairman Mrs J Taylor ...': each post is the next name's
            posts_lead = True
            for post, titled in posts_first:
                person = parse_person(titled)
                if person:
                    entry = AttendanceEntry(person.name, status, person.role, block.page, index, person)
                    if post:
                        _give_post(entry, post)
                    out.append(entry)
            continue
        prefix = BODY_PREFIX_RE.match(piece.strip())
        tier = TIER_PREFIX_RE.match(prefix.group(0)) if prefix else None
        for item in _run_on_pieces(BODY_PREFIX_RE.sub("", piece.strip())):
            person = _name_then_post(item)
            if person is None and out and is_post(item) and not known_given_name(item) and not CLAUSE_VERB_RE.search(item):
                if after_and and not out[-1].person.post:  # ('Clerk and RFO': a second post of the name before)
                    post_ahead = item
                elif not out[-1].person.post and not posts_lead:
                    _give_post(out[-1], item)  # "Peter King, Parish Clerk"
                continue
            person = person or parse_person(item)
            if person:
                if tier and not person.title:  # the council the name sits on is said by its title
                    person.title = f"{tier.group(1).capitalize()} Councillor"
                out.append(AttendanceEntry(person.name, status, person.role, block.page, index, person))
                if post_ahead and not person.post:
                    _give_post(out[-1], post_ahead)
            post_ahead = None
            after_and = False
    # 'Councillors Alun Davies, Arwel Davies, ... and County Councillor Joseph Davies': a plural title before
    # the first name is every name's
    plural = PLURAL_TITLE_RE.fullmatch(out[0].person.title or "") if out else None
    if plural:
        for e in out:
            if not e.person.title or e.person.title == plural.group(0):
                e.person.title = PLURAL_TITLES[plural.group(0).lower().rstrip(".")]
    return out


PLURAL_TITLES = {"councillors": "Councillor", "cllrs": "Cllr", "messrs": "Mr", "commissioners": "Commissioner",
                 "councilmembers": "Councilmember", "trustees": "Trustee"}
PLURAL_TITLE_RE = re.compile(r"(?i)(?:" + "|".join(PLURAL_TITLES) + r")\.?")


# the list ends inside its last piece: 'Mr F Eglington. 6 members of the public' (a sentence after the
# name), 'County Councillor Martin Storey 1. Apologies' (the next item's number)
LIST_END_RE = re.compile(r"(?<=[a-z]{3})\.\s+(?=\d|[a-z]|[A-Z][a-z]+\s+[a-z]).*$|(?<=\))\.\s+(?=[A-Z]).*$|\s+\d{1,2}(?:\.\d{1,2})?\.?$", re.S)


def _list_part(piece: str) -> str:
    # 'Mrs Pam Walker (PW) and, following Item 2, Mrs Lorraine Hunt': the 'and' before a comma
    return re.sub(r"\s+(?:and|&)$", "", LIST_END_RE.sub("", piece.strip(" .")))


# a new name starts after a closing bracket or at a repeated title: lists printed without commas
# ("Pam Bullas (PB) Claire Cann (CC) - Chair", "Cllr Sue Lintern Cllr Jim McNeill")
# (and what follows a bracket is no part of that name: a heading in capitals 'UNRESTRICTED ITEMS', a sentence
# 'There were 0 members of the public', each read on its own and kept only if it is a name)
# the council a title names goes with it ('Borough Councillor Colin Sampson County Councillor Martin Storey', Wretton)
RUN_ON_SPLIT_RE = re.compile(r"(?<=\))\s+(?=[A-Z][a-z]+\s+[A-Z]|[A-Z]{3,}\b|[A-Z][a-z]+\s+[a-z])|"
                             r"(?<!County)(?<!Borough)(?<!District)\s+(?=(?:(?:County|Borough|District)\s+)?"
                             r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z])")


# a post ends one name and the next name starts, with the initials the minutes use for it: 'Peter Starling
# (PS) - Chairman Pam Bullas (PB)', 'Jack Walker (JW) - Vice Chairman Claire Williams (CW)' (the initials
# must fit the name: 'Mary Ann Darton (MAD)' is one name)
POST_THEN_CODED_RE = re.compile(r"(?<=[a-z])\s+(?=(?P<i>[A-Z])[a-z'’\-]+\s+[A-Z][a-z'’\-]+\s+\((?P=i)[A-Za-z]{1,3}\))")



def _run_on_pieces(piece: str) -> list[str]:
    parts: list[str] = []
    last_is_titles = False
    # (not after a title: 'Cllr Nikki Loake (NL)' is one name)
    cuts = [0] + [m.end() for m in POST_THEN_CODED_RE.finditer(piece)
                  if not HONORIFIC_RE.fullmatch(piece[:m.start()].split()[-1])] + [len(piece)]
    chunks = [piece[a:b] for a, b in zip(cuts, cuts[1:])]
    for part in (p for chunk in chunks for p in RUN_ON_SPLIT_RE.split(chunk)):
        part = part.strip()
        if not part:
            continue
        # asked of each piece, not of the joined run: 'Mr Mr Mr ...' joined and asked again at every
        # piece took time growing with the square of the run (a hostile paper of 20,000 titles: minutes)
        is_titles = split_title(part + " X")[1] == "X"
        if parts and last_is_titles:
            parts[-1] += " " + part  # "Councillor Dr Ghosh": titles alone do not make a name
        else:
            parts.append(part)
        last_is_titles = is_titles
    out = []
    for part in parts:
        title, bare = split_title(part)
        words = bare.split()
        # "Gail Reeve Helen Richardson Parish Clerk": a known given name further on starts a new name
        cut = next((i for i in range(2, len(words) - 1) if words[i].lower() in first_names() and words[i + 1][:1].isupper()
                    and not is_post(" ".join(words[i:i + 2]))), None)
        if cut is not None and not is_post(" ".join(words[:cut])):
            out += [f"{title or ''} {' '.join(words[:cut])}".strip(), " ".join(words[cut:])]
        else:
            out.append(part)
    return out


def _name_then_post(item: str) -> Person | None:
    """'Helen Richardson Parish Clerk', 'Cllr Martin Storey Norfolk County Council': a name of
    two words, then the post or the organisation the list gives for it."""
    title, bare = split_title(re.sub(r"\s+", " ", item).strip(" .,;:*•"))
    words = bare.split()
    if len(words) < 3 or not (known_given_name(bare) or title):
        return None
    name, rest = " ".join(words[:2]).rstrip(".,"), " ".join(words[2:])  # 'Cllr John Wyett. Borough Councillor ...'
    if not looks_like_name(name) or not rest[:1].isupper():
        return None
    code = rest.split()[0]
    initials = None
    if code_fits(code, name) and len(rest.split()) > 1:
        initials, rest = code, rest[len(code):].strip()  # 'Helen Richardson HR Parish Clerk': HR is her code
    if is_post(rest):
        person = Person(name=name, title=title, post=rest, initials=initials)
        role = role_key(rest)
        person.role = role if role in ("chair", "vice-chair", "clerk", "secretary", "treasurer") else None
        return person
    if ORGANISATION_WORD.search(rest):
        return Person(name=name, title=title, organisation=rest)
    return None


def code_fits(code: str, name: str) -> bool:
    """'TM' for Trudi Mann, 'JN' for Jim McNeill (the paper's own choice of capitals): two or three
    capitals, the name's first, then others of its capitals in order."""
    if not re.fullmatch(r"[A-Z]{2,3}", code):
        return False
    capitals = [c for c in name if c.isupper()]
    if not capitals or code[0] != capitals[0] or len(capitals) < len(code):
        return False
    rest = iter(capitals[1:])
    return all(c in rest for c in code[1:])


def _give_post(entry: AttendanceEntry, post: str) -> None:
    entry.person.post = re.sub(r"(?i)^the\s+", "", post.strip())
    role = role_key(post)
    if role in ("chair", "vice-chair", "clerk", "secretary", "treasurer") and not entry.person.role:
        entry.person.role = entry.role = role


# 'David Thomas, Chair (DT)': a post between the name and its initials
# asked only of a text with brackets (CharGated): it starts with a name, tried at every capital of every passage
INITIALS_DEF_RE = CharGated(re.compile(r"\b([A-Z][a-z]+(?:[\s\-][A-Z][a-z'’]+){1,3})(?:,\s*(?:Vice[\s-])?(?:Chair(?:man|person)?|Secretary|"
                                       r"Treasurer|Clerk))?\s*\(([A-Z]{1,3}[a-z]{0,3}[A-Z]?)\)"))


def initials_defined(text: str) -> list[Person]:
    """'David Thomas (DT)', 'Alan Holzer (AHol)' anywhere in running text."""
    people = []
    for m in INITIALS_DEF_RE.finditer(text):
        name, initials = m.group(1), m.group(2)
        if initials[0] == name[0] and looks_like_name(name):
            people.append(Person(name=name, initials=initials))
    return people
