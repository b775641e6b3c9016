"""The authority behind a paper: the organisation its body belongs to.

Kent County Council holds its Cabinet, its County Council meetings and its panels; "Stoke Ferry
Parish Council" is its own authority; the Suffolk Libraries board belongs to "Suffolk Libraries
IPS". People are told apart by it: a bare "Mr Hills" in one council's minutes is never the
"Hills" of another council (ingest/merge_people.py).

The papers say which authority they speak for, in several ways, none always present: a
letterhead or title line ("KENT COUNTY COUNCIL"), the body's own name ("Stoke Ferry Parish
Council", "Suffolk Libraries IPS - Board"), a running head, "the City of Des Moines", the mail
domain of the officers it names ("@kent.gov.uk"). Every organisation-shaped name on the first
pages is a candidate, scored on where it stands and how often, whether the meeting's body is
part of it, and whether the body's name is; the mail domain is a weaker signal, and the body
itself the last resort. Works on stored text (page texts, bodies), so an existing archive is
given its authorities by the migration without reading its files again.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..extract.names import strip_accents
from .body_names import is_bare

HEAD_CHARS = 2500  # of each of the first pages: letterheads, title lines and front sheets
HEAD_PAGES = 2
# the kind of council, between its place and "Council"
COUNCIL_KIND = r"(?:County|City|District|Borough|Parish|Town|Community|Village|Metropolitan\s+Borough|Unitary)"
PROPER = r"(?:[A-Z][\w'’\-]*\.?|St\.?)"
JOIN = r"(?:of|and|upon|on|in|le|cum|the|&|by|next|the\s+Sea)"
PLACE = rf"{PROPER}(?:[ \t]+(?:{JOIN}[ \t]+)?{PROPER}){{0,4}}"
ORGANISATION_RES = (
    # Kent County Council, Stoke Ferry Parish Council, Scottish Borders Council, Glasgow City Council
    re.compile(rf"\b(?P<name>{PLACE}[ \t]+(?:{COUNCIL_KIND}[ \t]+)?Council)\b"),
    # City of Des Moines, London Borough of Barking and Dagenham, Borough Council of King's Lynn
    re.compile(rf"\b(?P<name>(?:(?:Royal|London)[ \t]+)?(?:City|Town|County|Village|Borough|Borough[ \t]+Council|"
               rf"District[ \t]+Council|Township|Municipality)[ \t]+of[ \t]+{PLACE})"),
    # Suffolk Libraries IPS Ltd, Illinois Finance Authority, North of Tyne LPC
    re.compile(rf"\b(?P<name>{PLACE}[ \t]+(?:Ltd|Limited|IPS|Authority|LPC|NHS\s+Trust|Foundation\s+Trust|"
               rf"Parish\s+Meeting|Combined\s+Authority))\b"),
)
# words each pattern above cannot match without, in order: a line with none of a pattern's words
# is not searched by it (searching every line of every page took most of an upgrade's time)
ORGANISATION_HINTS = tuple(re.compile(words) for words in (
    "Council", r"(?:City|Town|County|Village|Borough|District|Township|Municipality)[ \t]", "Ltd|Limited|IPS|Authority|LPC|Trust|Meeting"))
# and a line, whatever its case, with none of any pattern's words is not read further (words
# looked for in the lowered line: a case-blind regex of them costs ten times as much)
ANY_ORGANISATION_HINT = ("council", "city", "town", "county", "village", "borough", "district", "municipality", "ltd",
                         "limited", "ips", "authority", "lpc", "trust", "meeting")
MAIL_RE = re.compile(r"[\w.\-]+@(?:[\w\-]+\.)*?(?P<domain>[a-z][a-z\-]{2,})\s*\.gov(?:\.uk)?\b", re.I)
# words that say what kind of organisation or meeting, not which one: dropped from keys, and a
# name made of them alone ("County Council", "The Council") names no authority
GENERIC = set("""the of and a an for council councils county city district borough parish town community village
metropolitan unitary committee committees sub subcommittee board boards commission commissioners cabinet panel
trustees trustee friends meeting meetings annual general extraordinary special ordinary full formal planning
ltd limited ips plc inc authority partnership group forum assembly executive association branch society
federation corporation governors township municipality royal london summary of minutes agenda draft
advisory""".split())
# a body's committee part, after its organisation ("Suffolk Libraries IPS - Board", "Manhattan
# Beach Planning Commission", "Trustees of The Friends of ..."): what is left names the organisation
COMMITTEE_TAIL_RE = re.compile(
    r"(?i)(?:\s*[-–—:]\s*|\s+)(?:(?:annual|general|executive|advisory|planning|management|the)\s+)*"
    r"(?:board|committee|sub-committee|commission|cabinet|panel|forum|group|trustees|meeting)\s*$")
NOT_ORGANISATION_RE = re.compile(
    r"(?i)\b(?:the\s+council|this\s+council|full\s+council|council\s+tax|council\s+chambers?|members?|"
    r"reports?|meeting|minutes|agenda|item|page|dear|yours)\b")


@dataclass
class Authority:
    name: str
    key: str
    found_by: str  # 'named on the first pages', 'running head', 'body', 'mail domain', ...
    score: float = 0.0
    named_by_body: bool = False  # the meeting's body names it too: the last resort when nothing is surer


def authority_key(name: str) -> str:
    """Spellings of one authority as one key: its own words without the kind of organisation
    ('Kent County Council', 'KENT COUNTY COUNCIL' and '@kent.gov.uk' are 'kent'; 'City of Des Moines'
    and 'Des Moines City Council' are 'des moines'; 'Suffolk’s Libraries IPS Ltd' is 'suffolk libraries')."""
    text = strip_accents(name).lower().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    words = re.findall(r"[a-z0-9#]+", text)
    # run together: 'San Diego' and the mail domain 'sandiego', 'Burton-cum-Walden' and 'Burtoncumwalden'
    return "".join(w for w in words if w not in GENERIC)


# a line a fifth of whose characters are a-z is not shouted: told without a Python loop over its
# characters, which was most of an upgrade's time on an archive of long lines
_NO_ASCII_LOWER = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz")


def _title_case(line: str) -> str:
    """A shouted letterhead ('KENT COUNTY COUNCIL') read as a name."""
    if (len(line) - len(line.translate(_NO_ASCII_LOWER))) * 5 >= len(line):
        return line
    letters = [c for c in line if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.8 * len(letters):
        return re.sub(r"[A-Za-z][A-Za-z'’]*", lambda m: m.group(0).capitalize()
                      if m.group(0).lower() not in {"of", "and", "upon", "on", "the", "cum", "in", "le", "by"}
                      else m.group(0).lower(), line)
    return line


def _organisations(line: str):
    lowered = line.lower()
    if not any(word in lowered for word in ANY_ORGANISATION_HINT):
        return
    line = _title_case(line)
    for pattern, hint in zip(ORGANISATION_RES, ORGANISATION_HINTS):
        if not hint.search(line):
            continue
        for m in pattern.finditer(line):
            name = re.sub(r"\s+", " ", m.group("name")).strip()
            name = re.sub(r"^(?:(?:The|This|A|An|Of|And|Dear|To|From|By|At|For|In|On|With|Minutes|Agenda|Meeting|"
                          r"Draft|Notice|Report|Summary|of|and|on|in|the|by|upon|le|cum|&)\s+)+", "", name)
            if authority_key(name) and not NOT_ORGANISATION_RE.search(name):
                yield name, m.start() == 0 and len(line.strip()) <= len(m.group(0)) + 3


def body_organisation(body: str) -> tuple[str, bool] | None:
    """The organisation a body's own name gives, if it gives one: 'Stoke Ferry Parish Council'
    is one; 'Suffolk Libraries IPS - Board' gives 'Suffolk Libraries IPS'; 'Cabinet' or 'County
    Council' give none."""
    text = body.strip()
    for name, _ in _organisations(text):
        return name, True
    stripped = COMMITTEE_TAIL_RE.sub("", text).strip(" -–—:,")
    if stripped != text and any(w[:1].isupper() for w in stripped.split()) and len(stripped.split()) >= 2:
        for name, _ in _organisations(stripped):  # 'Suffolk Libraries IPS - Board'
            return name, True
    return (text, False) if authority_key(text) else None


def candidates(title: str, pages: list[str], bodies: list[str]) -> list[Authority]:
    found: dict[str, Authority] = {}
    names: dict[str, Counter] = {}

    def add(name: str, how: str, score: float) -> None:
        key = authority_key(name)
        if not key:
            return
        names.setdefault(key, Counter())[name] += 1
        a = found.get(key)
        if a is None:
            found[key] = Authority(name, key, how, score)
        else:
            a.score += score * 0.5  # named again: more sure, with less weight for each repetition
            if a.found_by in WEAK and how not in WEAK:
                a.found_by = how

    for n, line in enumerate((title or "").splitlines()[:3]):
        for name, alone in _organisations(line):
            add(name, "document title", 2.0 + alone)
    for page_no, text in enumerate(pages[:HEAD_PAGES]):
        lines = [x for x in text[:HEAD_CHARS].splitlines() if x.strip()]
        for n, line in enumerate(lines):
            for name, alone in _organisations(line):
                # a letterhead or title line alone on its line, near the top, says most
                add(name, "named on the first pages", (2.0 if alone else 0.8) * max(0.3, 1 - n / 30) / (1 + page_no))
    for name in _running_heads(pages):
        add(name, "running head", 1.5)
    for body in bodies:
        own = body_organisation(body)
        if own:
            name = organisation_name(own[0])
            own = (name, own[1]) if name else None
        if own:
            # an organisation-shaped name ('Stoke Ferry Parish Council') says who; a committee's
            # own name ('Corporate Parenting Panel') is only the last resort
            add(own[0], "body" if own[1] else "body name", 3.0 if own[1] else 0.8)
            found[authority_key(own[0])].named_by_body = True
        for a in found.values():  # 'County Council' under 'KENT COUNTY COUNCIL': the body is part of it
            if a.found_by not in ("body", "body name") and body and body.lower() in a.name.lower():
                a.score += 1.5
    domains = Counter(m.group("domain").lower() for text in pages[:HEAD_PAGES + 2] if "@" in text
                      for m in MAIL_RE.finditer(text))
    for domain, count in domains.most_common(2):
        if domain in found:
            found[domain].score += 1.0
        else:
            add(domain.replace("-", " ").title(), "mail domain", 1.2 + 0.2 * min(count, 3))
    for key, a in found.items():
        a.name = names[key].most_common(1)[0][0] if a.found_by not in ("body", "body name") else a.name
    return sorted(found.values(), key=lambda a: (-a.score, a.key))


def _running_heads(pages: list[str]):
    """Organisation names on the first or last line of several pages: a running head or foot."""
    if len(pages) < 3:
        return
    seen = Counter()
    for text in pages:
        lines = [x for x in text.splitlines() if x.strip()]
        edge = set()
        for line in lines[:2] + lines[-2:]:
            edge |= {name for name, _ in _organisations(line)}
        seen.update(edge)
    for name, count in seen.items():
        if count >= max(3, len(pages) // 3):
            yield name


THRESHOLD = 1.0
WEAK = ("mail domain", "body name")


# the kinds of council a place is named with: 'the City of Greenville', 'the Borough of Havant'
PLACE_KINDS = ("city", "town", "county", "borough", "village")
PLACE_WORD = r"(?:St\.|[A-Z][\w'’\-]*)"  # a full stop ends a place, but for 'St.'


def named_in_text(pages: list[str], bodies: list[str]) -> Authority | None:
    """The authority of a council its paper names only by its kind ('City Council', with no letterhead naming the
    city): the '<kind> of <place>' the paper's text names most, at least twice ('the City of Greenville', 'a City of
    Greenville Resident'). A place cut by its line ('City of Des' / 'Moines') or run on into the next word ('City of
    Greenville Resident') supports the place it starts or ends: the most supported wins, then the most often
    named as it is, then the shorter."""
    kinds = {words[0] for words in (b.lower().split() for b in bodies if is_bare(b))
             if len(words) == 2 and words[0] in PLACE_KINDS and words[1] == "council"}
    if not kinds:
        return None
    named: Counter = Counter()
    spelled: dict[tuple, str] = {}
    for kind in kinds:
        pattern = re.compile(rf"\b(?i:{kind})[ \t]+(?i:of)[ \t]+(?P<place>{PLACE_WORD}(?:[ \t]+{PLACE_WORD}){{0,3}})")
        for text in pages:
            for m in pattern.finditer(text):
                place = m.group("place").rstrip(".")
                words = tuple(re.findall(r"[a-z0-9]+", strip_accents(place).lower()))
                if words and authority_key(place):
                    named[words] += 1
                    spelled.setdefault(words, f"{kind.title()} of {place}")

    def support(words: tuple) -> int:
        return sum(c for other, c in named.items() if other[:len(words)] == words or words[:len(other)] == other)

    if not named:
        return None
    best = max(named, key=lambda w: (support(w), named[w], -len(w)))  # a run-on more likely than a cut
    rivals = [w for w in named if w[:len(best)] != best and best[:len(w)] != w and support(w) >= support(best)]
    if support(best) < 2 or rivals:
        return None  # named once, or another place as often: no surer than nothing
    return Authority(spelled[best], authority_key(spelled[best]), "named in the text", float(support(best)))


def find_authority(title: str, pages: list[str], bodies: list[str]) -> Authority | None:
    """The paper's authority, or None when nothing in it names one."""
    found = candidates(title, pages, bodies)
    if found and found[0].score >= THRESHOLD:
        return found[0]
    in_text = named_in_text(pages, bodies)
    if in_text is not None:
        return in_text
    # the last resort: the body itself ('Corporate Parenting Panel'), which the people merge may
    # still place in an authority by the people its papers share (ingest/merge_people.py)
    return next((a for a in found if a.found_by == "body name" or a.named_by_body), None)


def authority_columns(title: str, pages: list[str], bodies: list[str]) -> dict:
    found = find_authority(title, pages, bodies)
    if found is None:
        return {"authority": None, "authority_key": None, "authority_found_by": None}
    return {"authority": found.name, "authority_key": found.key, "authority_found_by": found.found_by}


FILL_BATCH = 500  # papers given their authority between progress reports
FILL = "authorities"  # the pending work of an upgraded archive: its papers' authorities to find


def fill_authorities(db) -> None:
    """An archive upgraded in place (migration _v6): have the next ingest (or `serve`'s upgrade
    in the background) give every stored paper its authority and regroup its people by them.
    Only noted here: finding them reads every page, and the migration runs before `serve`
    answers (on 100,000 pages a 1M-passage archive's `serve` waited minutes)."""
    if not db.execute("select 1 from documents where status = 'ok' limit 1").fetchone():
        return  # a new archive (or public copy): nothing to find
    if "pending_work" in db.table_names():
        db.execute("insert or ignore into pending_work (task, since) values (?, datetime('now'))", [FILL])
        db.execute("insert or ignore into pending_work (task, since) values ('people merge', datetime('now'))")
    else:  # an archive older than pending work: found now (such archives are small and few)
        give_authorities(db)


def finish_authorities(db, on_progress=None) -> bool:
    """Give the papers their authorities if an upgrade left that to do, clearing the note in
    the same transaction; True when it ran."""
    if "pending_work" not in db.table_names() or not db.execute(
            "select 1 from pending_work where task = ?", [FILL]).fetchone():
        return False
    with db.atomic():
        give_authorities(db, on_progress)
        db.execute("delete from pending_work where task = ?", [FILL])
    return True


def give_authorities(db, on_progress=None) -> int:
    """Give every stored paper its authority from its stored text and meetings.

    One pass over the pages in key order and one update per batch of papers, not two queries
    and an update per paper: an archive of 10,000 papers and 100,000 pages in seconds of CPU.
    `on_progress(done, total)` hears of each batch."""
    papers = db.execute("select id, title from documents where status = 'ok' order by id").fetchall()
    bodies: dict[int, str] = {}
    for doc_id, body in db.execute("select md.document_id, m.body from meeting_documents md "
                                   "join meetings m on m.id = md.meeting_id order by md.rowid desc"):
        bodies[doc_id] = body  # the paper's first meeting: its lowest rowid is written last
    pages = iter(db.execute("select document_id, text from pages order by document_id, page"))
    pending = next(pages, None)
    rows = []
    for done, (doc_id, title) in enumerate(papers, 1):
        texts = []
        while pending is not None and pending[0] <= doc_id:
            if pending[0] == doc_id:
                texts.append(pending[1] or "")
            pending = next(pages, None)
        found = authority_columns(title or "", texts, [bodies[doc_id]] if doc_id in bodies else [])
        rows.append((found["authority"], found["authority_key"], found["authority_found_by"], doc_id))
        if len(rows) == FILL_BATCH or done == len(papers):
            db.conn.executemany("update documents set authority = ?, authority_key = ?, authority_found_by = ? "
                                "where id = ?", rows)
            rows = []
            if on_progress:
                on_progress(done, len(papers))
    db.execute("update meetings set authority = (select authority from documents d where d.id = meetings.document_id)")
    return len(papers)


# --- what looks like an organisation's name ------------------------------------------------------
#
# A committee's own name is the last resort for its authority, and bodies are sometimes misread
# ("Council Chambers DUE TO A LACK OF", "Independent Examiner's Report TO the Committee"): a name taken as
# an authority must read as an organisation's: ending in a word that says what kind of organisation, with no
# words of a sentence or of a paper's title in it. (A body's name never reaches here with its chair after a
# separator, 'CITY OF DUARTE PLANNING COMMISSION _ Sara Vasquez, Chair': meeting_finder.reads_as_name
# refuses it first.)
HEAD_NOUNS = set("""council committee board authority trust lpc commission commissioners association panel cabinet
forum group ips ltd limited federation schools society corporation partnership meeting assembly executive
department agency district township municipality company plc inc institute college university
service services constabulary police club""".split())
SENTENCE_WORDS = set("""to a an due lack is was are were will be been has have had from with this that these those
report reports examiner examiners note notes chamber chambers minutes agenda appendix item items page
please dear yours regarding re subject held""".split())


def organisation_name(name: str) -> str | None:
    """The name, if it reads as an organisation's name; else None."""
    cut = name.strip(" -–—:")
    words = [w.lower().strip("'’.") for w in re.findall(r"[A-Za-z][\w'’.\-]*", strip_accents(cut))]
    words = [re.sub(r"['’]s?$", "", w) for w in words]
    if not words or not authority_key(cut):
        return None
    if any(w in SENTENCE_WORDS for w in words):
        return None
    if not any(w in HEAD_NOUNS for w in words):
        return None
    return cut


# --- spellings of one organisation across an archive --------------------------------------------
#
# One organisation is written several ways: "North of Tyne LPC", "NoT LPC", "North of Tyne Local
# Pharmaceutical Committee", "LPC"; "Northwold Parish Council" and "Northwold and Whittington Parish
# Council"; "Stoke Ferry Parish Council" and "Stoke Ferry Residents' Association". Each paper gives
# its own key; the archive's keys are grouped when one name is an initialism or the same name of
# another (acronyms read against runs of words: "NoT" = "North of Tyne", "LPC" = "Local
# Pharmaceutical Committee"), when one is the other with a qualifier dropped, no other name fits
# it so and their papers share a person, and when their papers share most of their people.

def _tokens(name: str) -> list[str]:
    text = strip_accents(name).replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    return re.findall(r"[A-Za-z0-9]+", text)


def _is_acronym(token: str) -> bool:
    return 2 <= len(token) <= 6 and token.isalpha() and (token.isupper() or any(c.isupper() for c in token[1:]))


JOINERS = {"of", "and", "the", "for", "on", "upon", "in", "cum", "le"}


def _matches(short: list[str], long: list[str], drop_qualifiers: bool) -> bool:
    """Every word of `short` stands for a word or (an acronym) a run of words of `long`, in order;
    words of either left over are words of kind ('Parish', 'Council'), unless qualifiers may be
    dropped from `long`."""
    low = [w.lower() for w in long]

    def skippable(word: str) -> bool:
        return word.lower() in GENERIC or word.lower() in JOINERS

    from functools import lru_cache

    @lru_cache(maxsize=None)
    def go(i: int, j: int) -> bool:
        if i == len(short):
            return all(skippable(w) or drop_qualifiers for w in long[j:])
        token = short[i]
        if skippable(token) and go(i + 1, j):
            return True
        if j == len(long):
            return False
        if token.lower() == low[j] and go(i + 1, j + 1):
            return True
        if _is_acronym(token):
            t = token.lower()
            for k in range(2, min(len(t) + 3, len(long) - j) + 1):
                run = low[j:j + k]
                for initials in ("".join(w[0] for w in run), "".join(w[0] for w in run if w not in JOINERS)):
                    if initials == t and go(i + 1, j + k):
                        return True
        if (skippable(long[j]) or drop_qualifiers) and go(i, j + 1):
            return True
        return False

    return go(0, 0)


def same_organisation(a: str, b: str) -> bool:
    """Two names of one organisation: one an initialism or respelling of the other."""
    ta, tb = _tokens(a), _tokens(b)
    return bool(ta and tb) and (_matches(ta, tb, False) or _matches(tb, ta, False))


def qualifier_dropped(short: str, long: str) -> bool:
    """`short` is `long` with a qualifier left out ('Stoke Ferry' of 'Stoke Ferry Residents'
    Association', 'LPC' of 'North of Tyne LPC')."""
    ts, tl = _tokens(short), _tokens(long)
    return bool(ts and tl) and _matches(ts, tl, True)


MOST_SHARED = 3  # full names two authorities must share to be one by their people alone
MOST_SHARE = 0.5  # and that share of the smaller one's


def group_keys(names: dict[str, Counter], people: dict[str, set[str]], documents: Counter) -> dict[str, str]:
    """Authority key -> the key of the organisation it is one spelling of (itself when alone).
    `names`: the names written for each key; `people`: the names (name_key) its papers name;
    `documents`: how many papers each key has (the group takes the key of the most)."""
    keys = sorted(names)
    parent = {k: k for k in keys}

    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    tokens = {k: [(n, _tokens(n)) for n in names[k]] for k in keys}
    # only names that can match are compared (an archive of hundreds of councils): a word of the
    # shorter name that is no acronym must stand in the other; an acronym's first letter must start one
    by_word: dict[str, set[str]] = defaultdict(set)
    by_initial: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        for _, ts in tokens[k]:
            for t in ts:
                by_word[t.lower()].add(k)
                by_initial[t[0].lower()].add(k)

    def partners(a):
        """Keys whose names `a`'s names may be a spelling of."""
        found = set()
        for _, ts in tokens[a]:
            plain = [t.lower() for t in ts if not _is_acronym(t) and t.lower() not in GENERIC and t.lower() not in JOINERS]
            if plain:
                found |= set.intersection(*(by_word[t] for t in plain))
            else:
                acronyms = [t for t in ts if _is_acronym(t)]
                found |= by_initial[acronyms[0][0].lower()] if acronyms else set()
        found.discard(a)
        return found

    def any_pair(a, b, drop_qualifiers):
        return any(_matches(x, y, drop_qualifiers) for _, x in tokens[a] for _, y in tokens[b] if x and y)

    def members_of(k):
        # initials and surname, as papers print members ('C Pointeer', 'Colin Pointeer')
        return {p.split()[0][0] + " " + p.split()[-1] for p in people.get(k, ()) if len(p.split()) > 1}

    near = {k: partners(k) for k in keys}
    for a in keys:
        for b in near[a]:
            if find(a) != find(b) and any_pair(a, b, False):
                union(a, b)
    for a in keys:
        # a qualifier dropped joins the one organisation it can be ('LPC' beside 'North of Tyne LPC'
        # only; 'Northwold' beside 'Northwold and Whittington')
        # and whose papers name one of its people ('Stoke' is not 'Stoke Ferry' by its name alone)
        fits = {find(b) for b in near[a] if find(b) != find(a) and any_pair(a, b, True)}
        if len(fits) == 1:
            root = next(iter(fits))
            theirs = set().union(*(members_of(k) for k in keys if find(k) == root))
            if members_of(a) & theirs:
                union(a, root)
    # full names only: initials ('C S') are shared by chance
    full = {k: {p for p in people.get(k, ()) if len(p.split()) > 1 and len(p.split()[0]) > 1} for k in keys}
    shared: Counter = Counter()
    keys_of: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        for person in full[k]:
            keys_of[person].append(k)
    for ks in keys_of.values():
        for i in range(len(ks)):
            for j in range(i + 1, len(ks)):
                shared[(ks[i], ks[j])] += 1
    for (a, b), n in shared.items():
        if n >= MOST_SHARED and n >= MOST_SHARE * min(len(full[a]), len(full[b])):
            union(a, b)
    groups: dict[str, list[str]] = {}
    for k in keys:
        groups.setdefault(find(k), []).append(k)
    result = {}
    for members in groups.values():
        best = min(members, key=lambda k: (-documents[k], len(k), k))
        for k in members:
            result[k] = best
    return result
