"""People's names as minutes write them: titles apart from names, keys for matching."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TITLES = [
    "Councillors", "Councilors", "Cllrs", "Cllrs.", "Clr", "Clr.", "Clrs", "Councilmembers", "Councilor", "Commissioners", "Councillor", "Cllr", "Cllr.", "Councilmember", "Council Member", "Councilwoman", "Councilman", "Commissioner",
    "Mayor Pro Tem", "Deputy Mayor", "Vice Mayor", "Mayor", "Alderman", "Alderwoman", "Alderperson", "Ald.",
    "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Prof", "Prof.", "Professor",
    "Sir", "Dame", "Lord", "Lady", "Rev", "Rev.", "Revd", "Reverend", "Father", "Canon",
    "Superintendent", "Chief Superintendent", "Detective Superintendent", "Det Supt", "Supt", "Supt.",
    "Chief Inspector", "Detective Inspector", "Inspector", "Insp", "Insp.", "Sergeant", "Sgt", "Sgt.",
    "Chief Constable", "Constable", "PCSO", "CC", "PC", "DCI", "DI", "DS", "Chief", "Captain", "Capt", "Lieutenant", "Lt",
    "Senator", "Representative", "Rep", "Rep.", "Supervisor", "Trustee", "Director", "Clerk", "Judge",
    "Honorable", "Hon", "Hon.", "the Hon", "Commander", "Deputy Commander", "Chief Officer",
    "MP", "Secretary", "Foreign Secretary", "Home Secretary", "Minister", "Prime Minister", "Chancellor", "Pastor",
    "Rt Hon", "Mayor Pro Tem",
    # a member of the borough, county or district council above a parish, as parish minutes name them ('Borough
    # Cllr Sampson will contact Freebridge', 'BCllr Sampson advised', Stoke Ferry; 'County Councillor ...',
    # Manordeilo and Salem, Wretton; 'District Councillor ...', Boughton, Souldern)
    "Borough Cllr", "Borough Councillor", "County Cllr", "County Councillor", "District Cllr", "District Councillor",
    "BCllr", "CCllr", "DCllr",
    # Welsh: Councillor, Councillors ('y Cyng. D. Jenkins', 'gan y Cynghorwyr Doris Jones, ...'), and the county's
    # councillor ('a’r Cynghorydd Sir Joseph Davies'): the language table's titles (ingest/welsh.py reads its lists)
    "Cynghorydd Sir", "Cynghorydd", "Cynghorwyr", "Cyng", "Cyng.",
]
# the words of a motion's procedure: never part of a name, though a list prints them as capitalised
# words right after one ('Proposed – Cllr Mrs Taylor Seconded – Cllr Mrs Clements', Stoke Ferry)
PROCEDURE_WORDS = frozenset("""proposed seconded proposer seconder nominated resolved agreed carried unanimously
unanimous abstained abstention abstentions approved""".split())
# a title printed in capitals is one only in capitals: 'Di Humphrey', 'Ds Patel', 'Pc Lee' are given names
ACRONYM_TITLES = frozenset(t.lower() for t in TITLES if t.isupper())


def _title_pattern(title: str) -> str:
    pattern = re.escape(title).replace(r"\ ", r"\s+")
    return f"(?-i:{pattern})" if title.isupper() else pattern


_TITLE_RE = re.compile(
    r"^(?:(?:%s)\.?\s+)+" % "|".join(_title_pattern(t) for t in sorted(TITLES, key=len, reverse=True)),
    re.I,
)
HONOURS_RE = re.compile(r",?\s+\b(?:OBE|MBE|CBE|KBE|DBE|JP|MP|MSP|MEP|QC|KC|DL|BEM|PhD|MA|BA|MSc|Esq)\b\.?", re.I)
# a title one person is called by, as a word of its own: it never ends a name ('Cllr Nikki Loake (NL)' is one
# name, people._run_on_pieces), and alone before another titled name it is a couple's ('Mr & Mrs D Summers', name_pairs)
HONORIFIC_RE = re.compile(r"(?i)(?:mr|mrs|ms|miss|mx|dr|cllr|councillor|sir|dame|prof|rev|lord|lady)\.?")


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def split_title(name: str) -> tuple[str | None, str]:
    """'Cllr Syed Ghani' -> ('Cllr', 'Syed Ghani'); honours after a name are dropped."""
    name = re.sub(r"\s+", " ", name.replace("’", "'")).strip(" ,.;:-–")
    name = HONOURS_RE.sub("", name).strip(" ,")
    m = _TITLE_RE.match(name)
    if m and m.end() < len(name):
        return m.group(0).strip(), name[m.end():].strip()
    return None, name


# titles that say a person's sex: 'Mr Cole' and 'Mrs Cole' of one vote list are two people
_SEX_OF_TITLE = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "lady": "f", "dame": "f"}


@lru_cache(maxsize=1024)  # a few dozen titles, asked some 30,000 times over 132 papers
def title_sex(title: str | None) -> str | None:
    """'m', 'f', or None when the title ('Cllr', 'Dr', none) does not say."""
    for word in re.findall(r"[a-z]+", (title or "").lower()):
        if word in _SEX_OF_TITLE:
            return _SEX_OF_TITLE[word]
    return None


def clean_name(name: str) -> str:
    return split_title(name)[1]


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A matching key: no title, no accents or punctuation, lower case."""
    bare = strip_accents(clean_name(name)).lower()
    bare = re.sub(r"[^a-z' \-]+", " ", bare).replace("'", "").replace("-", " ")
    return re.sub(r"\s+", " ", bare).strip()


@lru_cache(maxsize=65536)  # Registry.resolve asks it of every full name of the paper at each mention
def surname(name: str) -> str:
    """The last name as one key: 'Barrington-King' stays whole, so it never matches a King."""
    parts = clean_name(name).split()
    return name_key(parts[-1]).replace(" ", "") if parts else ""


def given(name: str) -> str:
    parts = name_key(name).split()
    return " ".join(parts[:-1])


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


# the council a title says its holder sits on: 'County Councillor', 'Borough Cllr', 'BCllr'
TIER_TITLE_RE = re.compile(r"(?i)^(?:(?P<tier>county|borough|district)\s*(?:cllr|councill?or)|(?P<initial>[cbd])cllr)$")
TIERS = {"c": "county", "b": "borough", "d": "district"}


def another_councils_member(title: str | None, body: str | None) -> bool:
    """'County Councillor M Storey' in a parish council's list of those present (Stoke Ferry,
    Manordeilo and Salem) is a guest of the meeting, not one of its members: in attendance. In a
    county council's own minutes the same title is a member's."""
    m = TIER_TITLE_RE.match((title or "").strip())
    if not m:
        return False
    tier = m.group("tier") or TIERS[m.group("initial").lower()]
    return tier.lower() not in (body or "").lower()
