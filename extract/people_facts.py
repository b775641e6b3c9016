"""People a paper names outside its attendance lists: membership tables, contact lines, agenda
presenters, cover-page lists and signatures, and names in running prose. Each adds to the
paper's registry so short forms elsewhere resolve to the full names the paper gives."""

from __future__ import annotations

import re

from ..ingest.document import TABLE, Block
from .acronyms import is_organisation
from .attendance_tables import membership_from_table
from .front_posts import add_role, clean_post
from .literal_gate import Gated
from .names import TIER_TITLE_RE, clean_name, name_key, split_title
from .nlp import people_in
from .people import Person, initials_of, known_given_name, looks_like_name, parse_person


CONTACT_RE = Gated(re.compile(
    r"(?i)\b(?:contact(?:\s+officer)?|report\s+author|author|lead\s+officer|presented\s+by|prepared\s+by|clerk|ask\s+for|enquiries\s+to)\s*:\s*"
    r"(?P<who>[^,\n;]{3,60}?)(?=\s+(?:tel|telephone|phone|e-?mail)\b|\s{2,}|,|\n|;|$)(?:,\s*(?P<post>[^\n;]{3,120}))?"), ":",
    # and one of its labels' words: ':' alone let the regex try every position of most papers' tables
    also=("contact", "author", "officer", "presented", "prepared", "clerk", "ask", "enquiries"))


ROLE_LINE_RE = re.compile(
    r"(?i)^(?:mayor(?:\s+pro\s+tem)?|vice\s+mayor|deputy\s+mayor|council\s*members?|councilmembers|councillors|"
    r"city\s+(?:clerk|attorney|treasurer|manager)|town\s+clerk|parish\s+clerk|clerk|chair(?:man|person)?|vice[- ]chair|"
    r"commissioners?|trustees?|members?|treasurer|secretary|executive\s+team)\s*:?$")


NAME_POST_LINE_RE = re.compile(
    r"^(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][A-Za-z'’\-]+){1,2}),\s+(?P<post>[A-Z][\w ,&'’\-]{2,80})$")


POST_WORD_RE = re.compile(r"(?i)\b(?:manager|director|clerk|chief|officer|attorney|treasurer|head|lead|leader|counsel|"
                          r"councillor|councilmember|mayor|chair|secretary|executive|commissioner|superintendent|inspector)\b")


LEADING_POSTS = {"chair", "chairman", "chairperson", "vice-chair", "clerk", "secretary", "treasurer"}


SIGNATURE_NAME_RE = re.compile(r"^(?:[A-Z]\.?\s+){0,2}[A-Z][a-z]+(?:\s+[A-Z][A-Za-z'’\-]+){0,2}$")


def membership(structure, registry, facts, body_of):
    last_header = None
    for n, p in enumerate(structure.passages):
        block = p.block
        if block is None or block.kind != TABLE or p.kind != "table_row" or (n and structure.passages[n - 1].block is block):
            continue
        rows = block.rows or []
        if rows and "name" in [c.strip().lower() for c in rows[0]]:
            last_header = rows[0]
        elif last_header and rows and len(rows[0]) == len(last_header):
            block = Block(block.kind, block.text, block.page, rows=[last_header] + rows)  # continues over a page break
        for person in membership_from_table(block):
            person = registry.add(person)
            facts["roles"].append({"name": person.name, "title": person.post, "organisation": person.organisation,
                                   "body": body_of(p), "meeting": structure.real_meeting(p.meeting), "page": block.page})
            surface = f"{person.title} {person.name}" if person.title else person.name
            facts["mentions"].append({"name": person.name, "alias": surface, "page": block.page, "passage": n,
                                      "text": p.text, "kind": "membership"})
            if person.organisation and is_organisation(person.organisation):
                name, acronym = _org_and_acronym(person.organisation)
                facts["organisations"].append({"name": name, "acronym": acronym})


def _org_and_acronym(text: str) -> tuple[str, str | None]:
    m = re.match(r"^(.*?)\s*\(([A-Z]{2,8})\)\s*$", text.strip())
    return (m.group(1).strip(), m.group(2)) if m else (text.strip(), None)


def contacts_and_presenters(structure, registry, facts, doc=None):
    # page lines too: a front sheet prints "Ask for: Georgina Little" on a line of its own
    sources = list(enumerate(structure.passages)) + [(None, page) for page in (doc.pages if doc else [])]
    for n, p in sources:
        page_no = p.page if n is not None else p.number
        for m in CONTACT_RE.finditer(p.text):
            person = parse_person(m.group("who"))
            if person and len(person.name.split()) >= 2:
                if m.group("post") and not person.post:
                    person.post = m.group("post").strip()[:120]
                registry.add(person)
                facts["mentions"].append({"name": person.name, "page": page_no, "passage": n, "text": m.group(0)[:500],
                                          "kind": "author"})
    for item in structure.items:
        if item.presenter:
            for piece in re.split(r"\s*(?:,|/|&|\band\b)\s*", item.presenter):
                person = parse_person(piece)
                if person:
                    registry.add(person)
                    facts["mentions"].append({"name": person.name, "page": item.page, "passage": None,
                                              "text": f"{item.number}. {item.title}", "kind": "presenter"})


def listed_people(doc, registry, facts, structure=None):
    """Cover pages and contact blocks list people one per line: a name under a role line
    ('Mayor' / 'Ray Jackson'), or 'Angela Crespi, Deputy City Manager'."""
    # page text keeps the printed lines, which blocks join into paragraphs
    blocks = [Block("paragraph", page.text, page.number) for page in doc.pages]
    in_list = False  # names one per line under a role line ("Councilmembers" / three names)
    for n, p in enumerate(blocks):
        lines = [l.strip() for l in p.text.splitlines() if l.strip() and "\t" not in l]
        for k, line in enumerate(lines):
            above = lines[k - 1] if k else (blocks[n - 1].text if n else "")
            person = None
            if ROLE_LINE_RE.match(above.strip()):
                in_list = True
            elif in_list and not (SIGNATURE_NAME_RE.match(line) and len(line.split()) <= 4):
                in_list = False
            m = NAME_POST_LINE_RE.match(line)
            if m and POST_WORD_RE.search(m.group("post")):
                person = parse_person(m.group("name"))
                if person:
                    person.post = m.group("post")
            elif in_list and len(line.split()) <= 4:
                person = parse_person(line)
            else:
                below = lines[k + 1] if k + 1 < len(lines) else (blocks[n + 1].text if n + 1 < len(blocks) else "")
                # a signature: the name, then the post on the next line ("R C Nolan" / "Clerk to the Council")
                if SIGNATURE_NAME_RE.match(line) and len(below) < 60 and POST_WORD_RE.match(below.strip()) or (
                        SIGNATURE_NAME_RE.match(line) and re.match(r"(?i)^(?:general|chief|interim|acting|deputy|assistant|"
                                                                   r"corporate|head|director|clerk)\b", below.strip()) and len(below) < 60):
                    person = parse_person(line)
                    if person and (known_given_name(person.name) or re.match(r"^[A-Z]\.?\s", person.name)):
                        person.post = below.strip()
                    else:
                        person = None
            if person and len(person.name.split()) >= 2:
                post = person.post
                person = registry.add(person)
                facts["mentions"].append({"name": person.name, "page": p.page, "passage": None,
                                          "text": f"{above}: {line}"[:300], "kind": "listed"})
                if post and (post := clean_post(post)):
                    add_role(facts, structure, registry.resolve(person.name), post, p.page)  # a cover page's 'Suja Lowenthal, City Manager'


def derived_initials(registry, facts=None):
    """Initials the document never defines but uses ('RB, FQ, KK to complete'): unique ones only, or
    the one member present of the names sharing them ('JM' for Mrs J Martin, councillor, not Jenny
    Mander of the public)."""
    if facts is not None:
        # a councillor of another council in attendance is a councillor all the same ('Cllr. J. Davies
        # would make enquiries': Manordeilo and Salem's County Councillor Joseph Davies)
        registry.present |= {name_key(a["name"]) for a in facts["attendance"] if a["status"] == "present"
                             or (a["status"] == "in_attendance" and TIER_TITLE_RE.match(a.get("title") or ""))}
    counts: dict[str, list[str]] = {}
    # 'A Martin' in a list gives its initials too: the minutes' 'AM' is A Martin when no other name has them
    every = registry.full_names() + [p.name for p in registry.people.values() if re.fullmatch(r"[A-Z]\.? [A-Z][A-Za-z'’\-]+", p.name)]
    for name in every:
        counts.setdefault(initials_of(name), []).append(name)
    for initials, names in counts.items():
        if len(initials) >= 2 and len(names) == 1 and initials not in registry.initials:
            registry.initials[initials] = names[0]
        elif len(names) > 1:
            registry.initials.pop(initials, None) if initials in registry.initials and registry.initials[initials] not in names else None
            members = [n for n in dict.fromkeys(names) if name_key(n) in registry.present]
            if len(initials) >= 2 and len(members) == 1 and initials not in registry.initials:
                registry.initials[initials] = members[0]
    # a code that goes on into the surname where two members share initials ('BMc' for Barbara McGarry
    # beside Bruce May's 'BM', 'AHop'): exact case only, so an acronym in capitals is never one
    codes: dict[str, list[str]] = {}
    for name in every:
        last = re.split(r"[\s\-]+", clean_name(name))[-1]
        for k in (2, 3):
            if len(last) > k and last[1:k].isalpha():
                codes.setdefault(initials_of(name)[:-1] + last[:k], []).append(name)
    for code, names in codes.items():
        if len(set(names)) == 1 and code.upper() not in counts:
            registry.codes.setdefault(code, names[0])


def prose_people(docs, passages, registry, facts, structure):
    found = []
    for n, d in enumerate(docs):
        for span in people_in(d):
            text = span.text.strip(" .,")
            title, bare = split_title(text)
            lead = bare.split(" ", 1)
            if len(lead) == 2 and lead[0].lower() in LEADING_POSTS and not title:
                title, bare = lead  # 'Chair Ramirez seconded': the post is a title here
                text = bare
            if not looks_like_name(bare) or re.fullmatch(r"(?i)(?:the|a|an)\b.*", bare):
                continue
            pieces = run_together(bare, registry.full_names()) if len(bare.split()) >= 3 else None
            if pieces:
                found += [(n, piece, None, piece) for piece in pieces]
                continue
            found.append((n, text, title, bare))
            if len(bare.split()) >= 2 and not re.match(r"^[A-Z]\.?\s", bare):
                registry.add(Person(name=bare, title=title))
    sentences: dict[int, list[str]] = {}  # each paper's sentences once, not once per mention
    for n, text, title, bare in found:
        name = registry.resolve(text)
        alias = f"{title} {name}" if title and name_key(name) == name_key(bare) else text
        facts["mentions"].append({"name": name, "alias": alias, "page": passages[n].page, "passage": n,
                                  "text": _sentence_of(docs[n], text, sentences), "kind": "mention"})


def _sentence_of(d, text: str, cache: dict) -> str:
    if id(d) not in cache:
        cache[id(d)] = [s.text for s in d.sents]
    for s in cache[id(d)]:
        if text in s:
            return s[:500]
    return d.text[:500]


def run_together(words_text: str, known: list[str]) -> list[str] | None:
    """Names a list printed one to a line and the text joined into one run ('Greg Burns John Foster
    Ruby Kelly Robert Preston'): when the run reads wholly as full names the paper gives elsewhere
    and surnames of such names (the rest of a name cut at the line before), the full names in it;
    None when it is one name ('Robert Allen Fisk', though 'Allen Fisk' is named too)."""
    words = words_text.split()
    full = {name_key(k): k for k in known}
    surnames = {k.split()[-1] for k in full}
    best: dict[int, list[str] | None] = {0: []}  # words read so far -> the names among them
    for i in range(len(words)):
        if best.get(i) is None:
            continue
        for j in range(i + 2, min(len(words), i + 4) + 1):
            name = full.get(name_key(" ".join(words[i:j])))
            if name and (best.get(j) is None or len(best[j]) < len(best[i]) + 1):
                best[j] = best[i] + [name]
        if name_key(words[i]) in surnames and best.get(i + 1) is None:
            best[i + 1] = best[i]
    names = best.get(len(words))
    return names if names and (len(names) >= 2 or len(" ".join(names).split()) < len(words)) else None
