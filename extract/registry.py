"""Who a paper names: each full name it gives, with its title, role, post and initials, and the short forms that
point to it ('Mrs Cole', 'DT', 'the Clerk'), so that a mention is read as the person the paper means."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .given_names import given_name_sex
from .names import clean_name, edit_distance, name_key, split_title, surname, title_sex
from .roles import post_keys, role_key

ROLE_WORDS = {
    "chair": "chair", "chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "chair of the meeting": "chair",
    "vice-chair": "vice-chair", "vice chair": "vice-chair", "vice-chairman": "vice-chair", "deputy chair": "vice-chair",
    "interim chair": "chair", "acting chair": "chair", "acting chairman": "chair", "note taker": "minute taker", "notetaker": "minute taker", "minute taker": "minute taker",
    "minutes": "minute taker", "clerk": "clerk", "secretary": "secretary", "treasurer": "treasurer",
    "mayor": "mayor", "mayor pro tem": "vice-chair", "presiding": "chair",
}


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
    # initials the paper defines for two people ('Mike Hosking (MH)', then 'Marion Harvey (MH)', Suffolk Libraries):
    # neither alone, so an owner written so is the one of them the passage names, else the code as printed
    shared: dict[str, list[str]] = field(default_factory=dict)
    defined: set[str] = field(default_factory=set)  # initials a definition gave, which initials derived from a name never replace

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
            self._define(person.initials.upper(), person.name)
        if person.role and role_key(person.role) not in self.roles:
            self.roles[role_key(person.role)] = person.name
        if person.post and len(person.name.split()) >= 2:
            for key in post_keys(person.post):
                holder = self.posts.get(key, person.name)
                self.posts[key] = holder if holder and name_key(holder) == name_key(person.name) else None
        return person

    def _define(self, code: str, name: str) -> None:
        """A definition beats initials derived from a name; a second person's definition of the same code makes it shared
        (the first holder stays in `initials`, so the code still reads as a person's code wherever that is asked)."""
        holder = self.initials.get(code)
        if code in self.defined and holder and name_key(holder) != name_key(name):
            holders = self.shared.setdefault(code, [holder])
            if all(name_key(h) != name_key(name) for h in holders):
                holders.append(name)
            return
        self.initials[code] = name
        self.defined.add(code)

    def holder_named_in(self, code: str, text: str) -> str | None:
        """The one holder of a shared code whose full name `text` gives ('Marion Harvey and Charlotte Clark presented
        ... MH and CC will manage this'); None when it names none or both."""
        named = [h for h in self.shared.get(code, []) if re.search(rf"\b{re.escape(h)}\b", text)]
        return named[0] if len(named) == 1 else None

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

    def resolve(self, surface: str, title: str | None = None, role: str | None = None) -> str:
        """The fullest name this document gives for `surface`; the cleaned surface otherwise. `title` and `role`
        (the title and the role a list or the text gives the name beside it) only tell namesakes apart."""
        name = self._resolve(surface, title, role)
        title, bare = split_title(surface.strip())
        sex = title_sex(title)
        if sex and name != bare and given_name_sex(name.split()[0]) not in (None, sex):
            # a given name's usual sex, a weak sign, only refuses a name found: 'Mrs Lockwood' is not
            # Derek Lockwood; it never picks one of several ('Mrs J. Davies' among Jill, Jim and Joseph)
            return bare.strip()
        return name

    def _resolve(self, surface: str, hint_title: str | None = None, hint_role: str | None = None) -> str:
        text = surface.strip()
        if text in self.codes:
            return self.codes[text]
        if text.upper() in self.initials and (text.isupper() or len(text) <= 4):
            return text if text.upper() in self.shared else self.initials[text.upper()]
        title, bare = split_title(text)
        bare = bare.strip()
        if not bare:
            return text
        # 'Chair Ramirez', 'Vice Chair Valencia' (US boards print the role before the surname as a title): the
        # role the paper gives that person, and the surname
        led = ROLE_TITLE_RE.match(bare)
        if led and not title:
            found = self._resolve(bare[led.end():], hint_title, hint_role or role_key(led.group(0)))
            if len(found.split()) >= 2:
                return found
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
        # a title and a surname alone say nothing else of who is meant: a given name's usual sex may tell two apart
        candidates = [n for n in self.full_names() if surname(n) == last and self._same_sex(title, n, len(parts) == 1)] \
            if len(last.rstrip(".")) > 1 else []  # a lone initial is no surname
        if len(parts) == 1 and not candidates and title_sex(title):
            # 'Mrs Cole' of a list that names 'Mr P Cole' and 'Mrs P T Cole': the one of her title's sex
            titled = [p.name for p in self.named_of_surname(last) if title_sex(p.title)]
            fitting = [n for n in titled if self._same_sex(title, n)]
            if len(fitting) == 1:
                return fitting[0]
        if len(parts) == 1 and len(candidates) == 1:
            return candidates[0]  # "Councillor Ghani", "McKay"
        if len(parts) == 1 and len(candidates) > 1:
            chosen = self._namesake(candidates, title or hint_title, hint_role)
            if chosen:
                return chosen
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
        if len(parts) >= 2 and not candidates and title and MEMBER_TITLE_RE.fullmatch(title) and len(last) >= 5:
            # a member's surname misprinted by one letter ('Cllr. O. William' of Cllr Owen Williams): the one member
            # present whose initial fits and whose surname is one edit away; none where a name of the paper fits it
            first = parts[0].rstrip(".").lower()
            typo = [n for n in self.full_names() if name_key(n) in self.present and _first_fits(first, n)
                    and edit_distance(surname(n), last) == 1]
            if len(typo) == 1:
                return typo[0]
        if len(parts) == 2 and len(parts[1].rstrip(".")) == 1:  # "Alison B"
            # or a name a line cut after its middle initial: 'Mayor Emmanuel J.' of 'Emmanuel J. Estrada'
            fitting = [n for n in self.full_names() if len(surname(n).rstrip(".")) > 1
                       and n.lower().startswith(parts[0].lower() + " ") and (surname(n).startswith(parts[1][0].lower())
                                                                           or n.split()[1].rstrip(".") == parts[1].rstrip("."))]
            if len(fitting) == 1:
                return fitting[0]
        return self._uncut(bare) or bare

    def _namesake(self, candidates: list[str], title: str | None, role: str | None) -> str | None:
        """One of several people of the paper who share a surname, told apart by what the mention says of them:
        'Chair Ramirez' (or 'Ramirez' listed as chair) is the Ramirez the paper gives the chair, not the John P.
        Ramirez of its staff report (Norwalk); 'Cllr. Leet' is the councillor Sue Leet the attendance lists, not
        the contractor Matthew Leet (Northwold). None when the mention fits more than one, or none."""
        if role:
            holders = [n for n in candidates if self._holds(n, role_key(role))]
            if len(holders) == 1:
                return holders[0]
        if title and MEMBER_TITLE_RE.fullmatch(title.strip()):
            # a member's title: one listed present, and no officer of the body ('Cllr Taylor' is not J Taylor (Clerk))
            members = [n for n in candidates if name_key(n) in self.present and not self._holds(n, "clerk")]
            if len(members) == 1:
                return members[0]
        return None

    def _holds(self, name: str, key: str) -> bool:
        person = self.people.get(name_key(name))
        if person is None:
            return False
        return bool(person.role and role_key(person.role) == key or person.post and key in post_keys(person.post))

    def _uncut(self, name: str) -> str | None:
        """The one longer name of the paper that a name ending in a particle-short word begins: 'Andrew St' (read
        from 'reviewed by Andrew St ledger', the surname's second word written small) of its 'Andrew St Ledger'."""
        words = name.split()
        if len(words) < 2 or len(words[-1].rstrip(".")) > 2:  # ('Lee', 'Fox' are surnames)
            return None
        longer = [n for n in self.full_names() if len(n.split()) > len(words) and n.split()[:len(words)] == words]
        return longer[0] if len(longer) == 1 else None

    def _same_sex(self, title: str | None, name: str, by_given_name: bool = False) -> bool:
        """A title of one sex never names a person the paper gives a title of the other ('Mr Meade' is not Ms J
        Meade, Kent), nor, `by_given_name`, one it gives no title whose given name is the other's ('Ms. Yearick' is
        not Bob Yearick, Greenville)."""
        known = self.people.get(name_key(name))
        a, b = title_sex(title), title_sex(known.title if known else None)
        if by_given_name and a and not b:
            b = given_name_sex(name.split()[0])
        return not (a and b) or a == b

    def export(self) -> dict:
        """Plain data: initials and codes ('AHop'), roles ('clerk') and posts ('head of it') with
        the full name each stands for in this paper."""
        return {"initials": {k: v for k, v in self.initials.items() if k not in self.shared}, "roles": dict(self.roles),
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
        holder = self.roles.get(key) or self.posts.get(key)
        if holder and len(holder.split()) == 1:
            # a list that gives the holder by surname only ('Chair Ramirez' in the roll call): the full name of
            # the one of that surname who holds the role, where the paper gives it ('RICK RAMIREZ, CHAIR')
            holder = self.resolve(holder, role=key)
        return holder


# a role printed before a surname as its title ('Chair Ramirez', 'Vice Chair Valencia', 'Chairman Smith')
ROLE_TITLE_RE = re.compile(r"(?:(?:Vice|Deputy)[\s-])?Chair(?:man|woman|person)?\s+(?=[A-Z][\w'’\-]+$)")
# the titles only a member of the body is given (not an officer's, nor Mr/Mrs, which anyone is given)
MEMBER_TITLE_RE = re.compile(r"(?i)(?:cllrs?|councill?ors?|clrs?|council\s*members?|councilmembers?|councilwoman|councilman|"
                             r"commissioners?|trustees?|alderman|alderwoman|alderperson|ald)\.?")


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
