"""People in a document: attendance lists, initials defined beside names (tables: attendance_tables),
and a per-document registry that turns "Cllr Ghani", "DT", "Z. Maiorca" or "the Clerk" into the
full name the same document gives elsewhere."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..ingest.document import Block
from ..ingest.lines import CODED_UNIT_RE, coded_row
from .attendance_medium import without_manner
from .char_gate import CharGated
from .given_names import first_names, given_name_sex, known_given_name  # noqa: F401  (read from here too)
from .name_pairs import share_across_pair
from .name_table_heads import flattened_head_end
from .names import HONORIFIC_RE, HONOURS_RE, clean_name, name_key, split_title, surname, title_sex
from .post_first import post_first_people
from .roles import is_post, post_keys, role_key
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
ROLE_WORDS = {
    "chair": "chair", "chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "chair of the meeting": "chair",
    "vice-chair": "vice-chair", "vice chair": "vice-chair", "vice-chairman": "vice-chair", "deputy chair": "vice-chair",
    "interim chair": "chair", "acting chair": "chair", "acting chairman": "chair", "note taker": "minute taker", "notetaker": "minute taker", "minute taker": "minute taker",
    "minutes": "minute taker", "clerk": "clerk", "secretary": "secretary", "treasurer": "treasurer",
    "mayor": "mayor", "mayor pro tem": "vice-chair", "presiding": "chair",
}
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


@dataclass
class Person:
    name: str  # full name without title, as best known
    title: str | None = None
    role: str | None = None  # chair, clerk ... at this meeting
    post: str | None = None  # "Director of Public Health"
    organisation: str | None = None
    initials: str | None = None  # defined in the document: "David Thomas (DT)"


@dataclass
class Registry:
    """Every full name the document gives, and the short forms that point to them."""

    people: dict[str, Person] = field(default_factory=dict)  # name_key -> Person
    initials: dict[str, str] = field(default_factory=dict)  # "DT" -> "David Thomas"
    roles: dict[str, str] = field(default_factory=dict)  # "clerk" -> "Vicky Bright"
    posts: dict[str, str | None] = field(default_factory=dict)  # "head of it" -> "Peter Baker"; None: two holders
    away: set[str] = field(default_factory=set)  # name keys of people who sent apologies or were absent
    codes: dict[str, str] = field(default_factory=dict)  # "BMc" -> "Barbara McGarry": initials with a lower-case part
    present: set[str] = field(default_factory=set)  # name keys of those the attendance lists as present

    def add(self, person: Person) -> Person:
        self._full = self._named = None  # the cached lists of names are rebuilt on the next lookup
        key = name_key(person.name)
        if not key:
            return person
        known = self.people.get(key)
        if known:
            for attr in ("title", "role", "post", "organisation", "initials"):
                if getattr(person, attr) and not getattr(known, attr):
                    setattr(known, attr, getattr(person, attr))
            person = known
        else:
            self.people[key] = person
        if person.initials:
            self.initials[person.initials.upper()] = person.name
        if person.role and role_key(person.role) not in self.roles:
            self.roles[role_key(person.role)] = person.name
        if person.post and len(person.name.split()) >= 2:
            for key in post_keys(person.post):
                holder = self.posts.get(key, person.name)
                self.posts[key] = holder if holder and name_key(holder) == name_key(person.name) else None
        return person

    _full: list[str] | None = None

    def full_names(self) -> list[str]:
        if self._full is None:
            self._full = [p.name for p in self.people.values() if len(p.name.split()) >= 2 and not _initials_only(p.name)]
        return self._full

    _named: dict[str, list[Person]] | None = None

    def named_of_surname(self, last: str) -> list[Person]:
        """The people of two words or more whose surname is `last`, in the paper's order: asked at a titled
        surname alone ('Mrs Cole'), where a paper of a few hundred names made it a walk of every one."""
        if self._named is None:
            self._named = {}
            for p in self.people.values():
                if len(p.name.split()) >= 2:
                    self._named.setdefault(surname(p.name), []).append(p)
        return self._named.get(last, [])

    def names_person(self, surface: str) -> bool:
        """The surface is, as written, the full name of a person the paper names."""
        known = self.people.get(name_key(surface.strip()))
        return known is not None and known.name == surface.strip() and len(known.name.split()) >= 2

    def resolve(self, surface: str) -> str:
        """The fullest name this document gives for `surface`; the cleaned surface otherwise."""
        name = self._resolve(surface)
        title, bare = split_title(surface.strip())
        sex = title_sex(title)
        if sex and name != bare and given_name_sex(name.split()[0]) not in (None, sex):
            # a given name's usual sex, a weak sign, only refuses a name found: 'Mrs Lockwood' is not
            # Derek Lockwood; it never picks one of several ('Mrs J. Davies' among Jill, Jim and Joseph)
            return bare.strip()
        return name

    def _resolve(self, surface: str) -> str:
        text = surface.strip()
        if text in self.codes:
            return self.codes[text]
        if text.upper() in self.initials and (text.isupper() or len(text) <= 4):
            return self.initials[text.upper()]
        title, bare = split_title(text)
        bare = bare.strip()
        if not bare:
            return text
        if re.fullmatch(r"[A-Z]\.?", bare) and title and re.fullmatch(r"(?i)cllr\.?|councillor|clr\.?", title):
            # 'Cllr F' in an Action column: the one councillor of the paper whose surname starts so
            fitting = [p.name for p in self.people.values() if len(p.name.split()) >= 2 and surname(p.name)[:1] == bare[0].lower()]
            if len(fitting) == 1:
                return fitting[0]
        key = name_key(bare)
        known = self.people.get(key)
        if known and len(known.name.split()) >= 2 and not _initials_only(known.name) and len(surname(bare).rstrip(".")) > 1:
            # 'Buckley-Stevens' beside a 'Buckley Stevens' that lost its hyphen: the surname as printed whole
            return bare if "-" in bare and "-" not in known.name else self._uncut(known.name) or known.name
        parts = bare.replace(".", ". ").split()
        last = surname(bare)
        candidates = [n for n in self.full_names() if surname(n) == last and self._same_sex(title, n)] \
            if len(last.rstrip(".")) > 1 else []  # a lone initial is no surname
        if len(parts) == 1 and not candidates and title_sex(title):
            # 'Mrs Cole' of a list that names 'Mr P Cole' and 'Mrs P T Cole': the one of her title's sex
            titled = [p.name for p in self.named_of_surname(last) if title_sex(p.title)]
            fitting = [n for n in titled if self._same_sex(title, n)]
            if len(fitting) == 1:
                return fitting[0]
        if len(parts) == 1 and len(candidates) == 1:
            return candidates[0]  # "Councillor Ghani", "McKay"
        if len(parts) == 1 and not candidates and not title:
            by_given = self._by_given_name(parts[0])
            if by_given:
                return by_given  # "Mike will advertise", "David will chase this up"
        if len(parts) >= 2 and candidates:
            first = parts[0].rstrip(".").lower()
            fitting = [n for n in candidates if _first_fits(first, n)]
            if len(fitting) == 1:
                return fitting[0]  # "Z. Maiorca", "Dr A Ghosh", "Steven Calder"
            members = [n for n in fitting if name_key(n) in self.present]
            if len(members) == 1 and title and re.fullmatch(r"(?i)cllrs?\.?|councillors?|clrs?\.?", title):
                # 'Cllr. J. Davies' where the paper also names its clerk Mrs Jane Davies: the councillor
                # is the one of them the attendance lists as present
                return members[0]
        if len(parts) == 2 and len(parts[1].rstrip(".")) == 1:  # "Alison B"
            # or a name a line cut after its middle initial: 'Mayor Emmanuel J.' of 'Emmanuel J. Estrada'
            fitting = [n for n in self.full_names() if len(surname(n).rstrip(".")) > 1
                       and n.lower().startswith(parts[0].lower() + " ") and (surname(n).startswith(parts[1][0].lower())
                                                                           or n.split()[1].rstrip(".") == parts[1].rstrip("."))]
            if len(fitting) == 1:
                return fitting[0]
        return self._uncut(bare) or bare

    def _uncut(self, name: str) -> str | None:
        """The one longer name of the paper that a name ending in a particle-short word begins: 'Andrew St' (read
        from 'reviewed by Andrew St ledger', the surname's second word written small) of its 'Andrew St Ledger'."""
        words = name.split()
        if len(words) < 2 or len(words[-1].rstrip(".")) > 2:  # ('Lee', 'Fox' are surnames)
            return None
        longer = [n for n in self.full_names() if len(n.split()) > len(words) and n.split()[:len(words)] == words]
        return longer[0] if len(longer) == 1 else None

    def _same_sex(self, title: str | None, name: str) -> bool:
        """A title of one sex never names a person the paper gives a title of the other."""
        known = self.people.get(name_key(name))
        a, b = title_sex(title), title_sex(known.title if known else None)
        return not (a and b) or a == b

    def export(self) -> dict:
        """Plain data: initials and codes ('AHop'), roles ('clerk') and posts ('head of it') with
        the full name each stands for in this paper."""
        return {"initials": dict(self.initials), "roles": dict(self.roles),
                "posts": {k: v for k, v in self.posts.items() if v}}

    def _by_given_name(self, word: str) -> str | None:
        """The one person of the paper with this given name; among several, the one who was
        not away (minutes say "David will chase" of the David who was there)."""
        key = name_key(word)
        if len(key) < 3:
            return None
        fitting = [n for n in self.full_names() if name_key(n).split()[0] == key and not _initials_only(n)]
        if len(fitting) > 1:
            fitting = [n for n in fitting if name_key(n) not in self.away]
        return fitting[0] if len(fitting) == 1 else None

    def resolve_role(self, word: str) -> str | None:
        """The person holding a role or post the paper names: 'the Parish Clerk', 'Chairman',
        'the Head of IT'; None when the paper does not say who holds it."""
        low = word.lower().strip()
        key = role_key(ROLE_WORDS.get(low, low))
        return self.roles.get(key) or self.posts.get(key)


def _first_fits(first: str, full: str) -> bool:
    given = full.lower().split()[0]
    return given.startswith(first) if len(first) <= 2 else (given.startswith(first[:3]) or first.startswith(given[:3]))


@lru_cache(maxsize=65536)  # asked of a paper's few hundred names at each of its thousands of mentions
def _initials_only(name: str) -> bool:
    parts = name.replace(".", " ").split()
    return len(parts) >= 2 and all(len(p) == 1 for p in parts[:-1])


@lru_cache(maxsize=65536)  # asked of each full name at every set of initials a paper uses (7,572 asks of 750 names)
def initials_of(name: str) -> str:
    parts = re.split(r"[\s\-]+", clean_name(name))
    # a run of initials written together stands for each of them: 'JJ Macnamara' is JJM, not JM
    # (Souldern's 'JM' is its J Martin)
    return "".join(p if len(p) <= 3 and p.isalpha() and p.isupper() and p is not parts[-1] else p[0]
                   for p in parts if p and p[0].isalpha()).upper()


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
    for inner in PAREN_RE.findall(text):
        value = inner.strip()
        low = value.lower()
        if low in ROLE_WORDS:
            role = ROLE_WORDS[low]
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
APOLOGIES_SENTENCE_RE = re.compile(
    r"(?i)\bapologies\s+(?:for\s+absence\s+)?(?:were\s+|had\s+been\s+)?(?:received|submitted|given|tendered)"
    r"(?:\s+and\s+accepted)?\s+(?:for\s+absence\s+)?(?:from|by)\s+(.+)", re.S)
# "Parish Councillors Claire Williams", "Norfolk County Councillors, Brian Long": who they are, not a name
BODY_PREFIX_RE = re.compile(r"^(?:[A-Z][a-z]+\s+){1,3}Councill?ors?\b[\s,]*(?=[A-Z])")
# a prefix naming another tier's council keeps that as the title ('County Councillor M Storey')
TIER_PREFIX_RE = re.compile(r"(?i)(county|borough|district)\s+councill?ors?\b")


def _first_sentence(body: str) -> str:
    return re.split(r"(?<=[a-z)])\.\s+(?=[A-Z][a-z]+\s+[a-z])", body)[0]


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
            if person is None and out and is_post(item) and not known_given_name(item):
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
