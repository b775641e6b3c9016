"""Is this name a person? The extractors find names in lists, tables and prose; some of what
they find are organisations ('Larking Gowen Associates'), places and addresses ('East Area',
'St Andrews Close'), meeting furniture ('Teams', 'Phone Conference', 'Pro Tem') or titles
without a name ('Managing Director'). One plain function, `why_not_a_person`, says why a name is
not a person (None when it may be one); `is_person` is its yes/no; `keep_people` applies it to one
document's facts. The coverage check calls the same function to count non-people."""

from __future__ import annotations

import re
from functools import lru_cache

from .literal_gate import Gated
from .names import name_key, split_title
from .people import ORGANISATION_WORD, known_given_name, noun_surname_kept

# a body's letters ending a name: 'BCKLWN', 'Swansea Bay UHB', 'Amanda Lertoria Lloyds CCA' (a person and the body they
# speak for, a row of a name table), 'Norfolk CC': no person's name ends so (the list readers and why_not_a_person)
BODY_LETTERS_END_RE = re.compile(r"\b[A-Z]{2,}$")

# Words that never occur in a person's name in these papers. Common surnames that are also
# words (Grant, Day, Marsh, Dance, Green, Hall, Field) are deliberately absent.
NOT_NAME_WORDS = set("""
associates contracts contract bodies registry legislative development developments holdings llc llp inc corp
corporation partners solicitors auditors consultants architects systems solutions enterprises industries
international bank insurance properties homes housing construction builders motors garage veterinary medical
surgery clinic dental conference phone zoom teams webinar training workshop seminar briefing budget monitoring
reason decision decisions packs pack abstain abstained abstaining abstention passed carried approved apologies
absent pro tem resolution motion vote votes total totals balance payments receipts academy area areas estate
ward district region island bridge highways planning licensing finance treasury audit governance scrutiny
safeguarding community communities public private national regional local federal state government ministry
department directorate division cabinet executive members member officers officer staff volunteers residents
appendix annex schedule item items page pages report reports minutes agenda notice notes note policy policies
strategy review update updates briefing events event festival fayre fair market shop cafe restaurant pub
hotel inn club clubs league church chapel cathedral school schools nursery academy centre center library museum
hospital station airport railway harbour port parking car cars bus buses road roads lane street avenue
assessment impact challenge reading churchyard cemetery cottage orders underground guides scouts possible
potential case against totals distr legion act acts amendment amendments presentation presentations applied
exceptions exception one two three four five six seven eight nine ten eleven twelve paper papers devolution
memorial memorials monument restoration newsletter newsletters summary discussion associations bonds final yours
sincerely faithfully care beach approval approvals hub hubs landscapes landscaping parcel map maps liquor license
licenses licence licences independent link links holder holders interest legal vacancy vacancies granted refused
withdrawn emergency authorities strategic commissioners councillors trustees directors matters arising regulations
financial enterprise hours leisure towing charity charities requests access municipal
proposed seconded proposer seconder nominated unanimously resolved agreed
""".split())
STREET_ENDINGS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "close", "drive", "crescent", "gardens",
                  "terrace", "mews", "grove", "boulevard", "blvd", "parade", "square", "aven"}
TITLES_ONLY = set("""mr mrs ms miss dr cllr councillor councilmember commissioner mayor provost chair chairman chairperson
vice deputy clerk treasurer secretary director manager officer chief head president leader executive managing
general assistant senior interim acting city town parish county borough lord lady sir dame reverend rev canon
analyst agent coordinator co-ordinator administrator adviser advisor consultant minister counsel lieutenant solicitor
the of and for""".split())
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}
FUNCTION_ENDINGS = {"the", "and", "of", "to", "for", "in", "on", "at", "with", "by", "a", "an", "no"}
POSTS = {"manager", "director", "officer", "clerk", "secretary", "treasurer", "chair", "chairman", "adviser", "advisor",
         "coordinator", "co-ordinator", "lead", "head", "assistant", "administrator", "analyst", "engineer", "inspector",
         "agent"}


@lru_cache(maxsize=65536)  # a paper's people are asked of again and again: 6,402 asks of 831 names over 133 papers
def why_not_a_person(name: str) -> str | None:
    """The reason a name is not a person's, or None when it may be one."""
    text = " ".join((name or "").split())
    if not text:
        return "empty"
    if re.search(r"[\d|@`/\\<>{}\[\]=_#]|https?:|www\.", text):
        return "not name characters"
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*\.?", text)
    if not words:
        return "no words"
    lower = [w.strip(".").lower() for w in words]
    if len(words) == 1 and len(lower[0]) <= 2:
        return "too short for a name"  # 'As', 'In': a word the list split off
    if lower[-1] in FUNCTION_ENDINGS or lower[0] in ("and", "of", "to", "for", "no", "the", "with", "by"):
        return "a phrase, not a name"
    if " - " in text or " – " in text:
        return "a phrase, not a name"
    if len(words) >= 2 and lower[-1] in STREET_ENDINGS:
        return "an address"
    if all(w in TITLES_ONLY for w in lower):
        return "a title without a name"
    if len(words) >= 2 and all(len(w.strip(".")) == 1 for w in words):
        return "initials without a name"  # 'D.V.M', a degree after a name
    if len(words) >= 2 and all(w.isupper() and len(w) >= 4 for w in words) and not any(known_given_name(w) for w in words):
        return "a heading in capitals"  # 'LEGAL INTEREST HOLDER'
    if len(words) == 1 and lower[0] in MONTHS:
        return "a month"
    if 2 <= len(words) <= 3 and len(words[-1]) <= 5 and BODY_LETTERS_END_RE.search(text) and split_title(text)[0] is None \
            and not any(known_given_name(w) or w.isupper() for w in words[:-1]) and words[-1].lower() not in TITLES_ONLY \
            and "".join(w[0] for w in words[:-1]) != words[-1]:
        # 'Lloyds CCA', 'Vale UHB', 'Norfolk CC', 'West Dereham PC': a name and the letters the body goes by, as a
        # list's entry ending so is no person (attendance_runs); 'Cllr Smith CC', 'Daphne Clements DC' (her initials) and
        # 'NED E. DAVIS' (a name set in capitals) stay
        return "an organisation"
    if 2 <= len(words) <= 3 and lower[-1] in POSTS and not any(known_given_name(w) for w in words[:-1]):
        return "a post without a name"  # 'Performance Manager', 'Finance Officer'

    kept = noun_surname_kept(text)  # 'Claire Page', 'T Bond': the surname is no word of the filters
    hit = next((w for w in lower[:len(kept.split())] if w in NOT_NAME_WORDS), None)
    if hit:
        return f"'{hit}' is not part of a name"
    if ORGANISATION_WORD.search(kept):
        return "an organisation"
    if len(words) == 2 and lower[0] in COMPASS | {"upper", "lower", "greater"} and not known_given_name(words[1]):
        return "a place"  # 'West Norfolk', 'East Devon', 'Greater Manchester'
    return None


def is_person(name: str) -> bool:
    return why_not_a_person(name) is None


# a body named after its place: 'Stoke Ferry Parish Council', 'Des Moines (Iowa) City Council', 'Cyngor Sir
# Gaerfyrddin', 'Borough Council of King's Lynn and West Norfolk'; the one or two words before the body's kind
_BODY_OF_PLACE_RE = Gated(re.compile(
    r"(?:^|(?<=\s))((?:[A-Z][\w'’\-]+\s+)?[A-Z][\w'’\-]+)\s+(?:\([A-Z][^)]{1,30}\)\s+)?"
    r"(?i:City|County|Parish|Town|Borough|District|Community|Village|Metropolitan|Unitary)\s+(?i:Council|Hall)\b"
    r"|\b(?:Council|Borough|County|City)\s+of\s+((?:[A-Z][\w'’\-]+)(?:\s+(?:and\s+)?[A-Z][\w'’\-]+){0,3})"
    r"|\b(?:Cyngor|Sir)\s+([A-Z][\w'’\-]+)"), "council", "hall", "borough", "county", "city", "cyngor", "sir")
_LOWER_WORD_RE = re.compile(r"(?<![\w'’\-])[a-z][a-z'’\-]+(?![\w'’\-])")
# a firm of a profession named after its founders, by the plural of what its people are: 'The Auditors
# Grant Thornton had approved', 'our solicitors, Birketts'. A person is 'the auditor', never 'auditors'
FIRM_PROFESSIONS = ("auditors", "accountants", "solicitors", "surveyors", "architects", "valuers", "insurers", "brokers")
_FIRM_RE = Gated(re.compile(
    r"\b(?i:(?:external\s+|internal\s+)?(?:%s))\s*[,:–-]?\s*((?:[A-Z][\w'’&\-]+\s+){0,2}[A-Z][\w'’\-]+)"
    % "|".join(FIRM_PROFESSIONS)), *FIRM_PROFESSIONS)
# a name the sentence uses as an organisation, by the people or shops it has: 'where John Lewis staff have been at the
# events', 'the Tesco Extra store'; two words or more. Being worked with is no sign: a person is worked with too
# ('privileged to have worked with Mike', 'working with Andy Wallace')
ORGANISATION_PARTS = ("staff", "store", "stores", "shop", "shops", "branch", "branches", "outlet", "outlets", "employees",
                      "customers")
_USED_AS_BODY_RE = Gated(re.compile(
    r"((?:[A-Z][\w'’&\-]+\s+){1,2}[A-Z][\w'’\-]+)(?:['’]s)?\s+(?:%s)\b" % "|".join(ORGANISATION_PARTS)),
    *ORGANISATION_PARTS)


class PaperWords:
    """What the paper itself says about words: the places its bodies are named after, and the words it
    writes in lower case (common words: 'visit', 'opposition', 'firm', 'received'). A name no one could
    be called by is found from the paper, not from a list: 'Newell Stoke' (Stoke Ferry), 'Lynn Norfolk'
    (Norfolk County Council), 'Des Moines', 'Govan Cross', 'No Opposition', 'Law Firm', 'Estates Plat'."""

    def __init__(self, texts):
        places: set[str] = set()
        self.lower: set[str] = set()
        self.firms: dict[str, str] = {}  # name key -> the firm's name as printed
        self.used_as_bodies: dict[str, str] = {}  # name key -> a name the paper uses as an organisation
        for text in texts:
            for m in _USED_AS_BODY_RE.finditer(text):
                self.used_as_bodies[name_key(m.group(1))] = m.group(1)
            for m in _FIRM_RE.finditer(text):
                self.firms[name_key(m.group(1))] = m.group(1)
            for m in _BODY_OF_PLACE_RE.finditer(text):
                words = re.findall(r"[A-Z][\w'’\-]+", next(g for g in m.groups() if g))
                if m.group(1) and len(words) == 2 and known_given_name(words[0]) and re.search(
                        r"(?i)\b(?:cllr|councillor|mr|mrs|ms|miss|dr)\.?\s+$", text[max(0, m.start() - 30):m.start()]):
                    continue  # 'Cllr Colin Sampson Borough Council of ...': a titled name, then the council, no place
                if m.group(1) and len(words) == 2 and re.search(r"[A-Z][\w'’\-]*\s+$", text[max(0, m.start() - 30):m.start()]):
                    words = words[1:]  # 'Cllr Martin Storey Norfolk County Council': a name, then the place
                places.update(w.lower() for w in words if w.lower() not in TITLES_ONLY | COMPASS | FUNCTION_ENDINGS
                              and not known_given_name(w))
            self.lower.update(_LOWER_WORD_RE.findall(text))
        # 'Annual Return Parish Council', 'Report County Council': a word the paper also writes in lower case is no place
        self.places = places - self.lower

    def why_not(self, name: str, titled: bool, listed: bool) -> str | None:
        """Why a name the paper gives is not a person's, by the paper's own words; `titled` when a personal
        title stood before it ('Mr Tree', 'Cllr Bell'), `listed` when it stood in an attendance list."""
        words = [w.strip(".,") for w in name.split() if w.strip(".,")]
        if not words:
            return None
        if not titled and name_key(name) in self.firms:
            return "a firm: the paper names it by the plural of its profession ('the Auditors Grant Thornton')"
        given = known_given_name(words[0])  # 'Nature Bill' is no Bill: a given name comes first
        lower = [w.lower() for w in words]
        if lower[-1] in self.places or (not given and not titled and any(w in self.places for w in lower)):
            return "a place the paper's bodies are named after"
        if given or titled or len(lower[-1]) < 3:
            return None
        if all(w in self.lower for w in lower):
            return "words the paper writes in lower case"  # 'No Opposition', 'Correspondence Received'
        if not listed and lower[-1] in self.lower:
            return "a thing, not a name: the paper writes its last word in lower case"  # 'Law Firm', 'Estates Plat'
        return None


KNIGHTED = {"sir", "dame"}
# a title inside a name: two people run together by a list without commas ('Gina Preston Cllrs Alam',
# 'Catherine Chisholm CC Kenny Combe'), or a heading run into the sentence its people open ('Visit to Wissington Sugar
# Factory Cllrs Llewellyn and Whitmore will visit ...', Wretton: actions._clause_owners)
INNER_TITLE_RE = re.compile(r"\s+(?:Cllrs?\.?|CC|Councillors?|Mrs?\.?|Ms\.?|Dr\.?)\s+(?=[A-Z])")


@lru_cache(maxsize=4096)  # one name is tidied again by each list and stage that reads it
def tidy_name(name: str) -> str:
    """A name without what a list glued to it: a code in brackets ('Frank Reid(FRE)'), a bracket left open or
    closed alone ('Alistair Shaw (representing', 'Chris Stephens)')."""
    # pdfium's mark for a hyphen at a line's end, left inside a joined line: 'Mr Crow\x02Brown' (Kent) is Crow-Brown
    text = re.sub(r"\s*\([A-Z]{1,5}\)\s*$", "", name.replace("\x02", "-"))
    text = re.sub(r"(?i)\s*[-–]\s*(?:vice[- ]?)?(?:chair(?:man|woman|person)?|clerk|secretary|treasurer)$", "", text)  # 'R Crisp-Chair'
    text = re.sub(r"\s*\([^)]*$", "", text)
    if ")" in text and "(" not in text:
        text = text.replace(")", "")
    return " ".join(text.split()) or name


def _split_glued(rows: list[dict]) -> list[dict]:
    out = []
    for f in rows:
        name = tidy_name(f.get("name") or "")
        inner = INNER_TITLE_RE.search(name)
        if inner and len(name[:inner.start()].split()) >= 2 and len(INNER_TITLE_RE.findall(name)) == 1:
            first = {**f, "name": name[:inner.start()]}
            if f.get("alias"):  # the glued alias ('Gina Preston Cllrs Alam') is the first person's up to the title
                glued = INNER_TITLE_RE.search(f["alias"])
                first["alias"] = f["alias"][:glued.start()] if glued else first["name"]
            out.append(first)
            out.append({**f, "name": name[inner.end():], "alias": f"{inner.group(0).strip()} {name[inner.end():]}"})
        else:
            out.append({**f, "name": name} if name != f.get("name") else f)
        if "\x02" in (out[-1].get("alias") or ""):
            out[-1] = {**out[-1], "alias": out[-1]["alias"].replace("\x02", "-")}
    return out


def _titled(fact: dict) -> tuple[bool, bool]:
    """Whether a personal title stood before the name, and whether it was 'Sir' or 'Dame' alone before a
    single word ('Sir Gaerfyrddin' is Welsh for a county; a knight is Sir and a given name)."""
    title, bare = split_title(fact.get("alias") or fact.get("listed_as") or fact.get("name") or "")
    words = [w for w in (title or "").lower().replace(".", "").split() if w != "mp"]  # 'Elizabeth Truss MP Visit'
    if not words:
        return False, False
    knight_of_one_word = words[-1] in KNIGHTED and len(bare.split()) == 1 and not known_given_name(bare)
    return True, knight_of_one_word


_MONEY_CELL_RE = re.compile(r"\|\s*[£$]?\d[\d,]*\.\d{2}\s*(?=\||$)")


def _trading_name_in_payments(fact: dict) -> bool:
    """A payee of a payments table is a person when the cell is person-shaped: 'Mrs V Bright' (Northwold
    parish council's salary) is; a title before one word, 'Mr Sparkle | Village Maintenance | 184.00'
    (Stoke Ferry's bills), is a trading name."""
    text = fact.get("text") or ""
    if "|" not in text or not _MONEY_CELL_RE.search(text):
        return False
    title, bare = split_title(text.split("|", 1)[0].strip())
    return bool(title) and len(bare.split()) == 1 and name_key(bare) == name_key(fact.get("name") or "")


def keep_people(facts: dict, words: PaperWords | None = None) -> dict:
    """Drop attendance, roles and mentions whose name is not a person's; an action owner that is
    not a person stays an owner, as a group. With the paper's words, names that the paper shows are
    places or common words go too."""
    def person(f, table):
        name = f.get("name") or ""
        if not is_person(name):
            return False
        titled, knight_of_one_word = _titled(f)
        if knight_of_one_word or _trading_name_in_payments(f):
            return False
        return words is None or words.why_not(name, titled, table == "attendance" or f.get("kind") in (
            "attendance", "listed", "membership")) is None

    named = {name_key(f.get("name") or "") for table in ("attendance", "roles", "mentions") for f in facts.get(table, [])}
    bodies = _used_only_as_bodies(facts, words) if words is not None else set()
    for table in ("attendance", "roles", "mentions"):
        facts[table] = [f for f in _split_glued(facts.get(table, [])) if person(f, table)
                        and not (table == "mentions" and name_key(f.get("name") or "") in bodies)]
    for action in facts.get("actions", []):
        for owner in action.get("owners", []):
            if owner.get("kind") == "person" and not is_person(owner["name"]):
                owner["kind"] = "group"
    if words is not None:
        facts.setdefault("organisations", []).extend({"name": words.used_as_bodies[key], "acronym": None} for key in bodies
                                                      if key in named)
        # a firm read as a person is kept as an organisation, so the people merge drops the same firm
        # where another paper names it bare ('posted by special delivery to Grant Thornton')
        facts.setdefault("organisations", []).extend({"name": name, "acronym": None} for key, name in words.firms.items()
                                                      if key in named)
    return facts


def _used_only_as_bodies(facts: dict, words: PaperWords) -> set[str]:
    """The names the paper uses as an organisation ('John Lewis staff') and never as a person: no title, attendance,
    role or action of theirs anywhere in the paper (a person may be worked with too)."""
    if not words.used_as_bodies:
        return set()
    as_people = {name_key(f.get("name") or "") for table in ("attendance", "roles") for f in facts.get(table, [])}
    as_people |= {name_key(f.get("name") or "") for f in facts.get("mentions", []) if _titled(f)[0]}
    as_people |= {name_key(o.get("name") or "") for a in facts.get("actions", []) for o in a.get("owners", [])}
    return set(words.used_as_bodies) - as_people
