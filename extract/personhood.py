"""Is this name a person? The extractors find names in lists, tables and prose; some of what
they find are organisations ('Larking Gowen Associates'), places and addresses ('East Area',
'St Andrews Close'), meeting furniture ('Teams', 'Phone Conference', 'Pro Tem') or titles
without a name ('Managing Director'). One plain function, `why_not_a_person`, says why a name is
not a person (None when it may be one); `is_person` is its yes/no; `keep_people` applies it to one
document's facts. The coverage check calls the same function to count non-people."""

from __future__ import annotations

import re

from .people import ORGANISATION_WORD, known_given_name

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
financial enterprise hours leisure towing charity charities requests access
""".split())
STREET_ENDINGS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "close", "drive", "crescent", "gardens",
                  "terrace", "mews", "grove", "boulevard", "blvd", "parade", "square", "aven"}
TITLES_ONLY = set("""mr mrs ms miss dr cllr councillor councilmember commissioner mayor provost chair chairman chairperson
vice deputy clerk treasurer secretary director manager officer chief head president leader executive managing
general assistant senior interim acting city town parish county borough lord lady sir dame reverend rev canon
analyst agent coordinator co-ordinator administrator adviser advisor consultant minister the of and for""".split())
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}
FUNCTION_ENDINGS = {"the", "and", "of", "to", "for", "in", "on", "at", "with", "by", "a", "an", "no"}
POSTS = {"manager", "director", "officer", "clerk", "secretary", "treasurer", "chair", "chairman", "adviser", "advisor",
         "coordinator", "co-ordinator", "lead", "head", "assistant", "administrator", "analyst", "engineer", "inspector",
         "agent"}


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
    if lower[-1] in FUNCTION_ENDINGS or lower[0] in ("and", "of", "to", "for"):
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
    if len(words) == 2 and words[1].isupper() and 3 <= len(words[1]) <= 5 and not known_given_name(words[0]) \
            and words[1].lower() not in TITLES_ONLY:
        return "an organisation"  # 'Lloyds CCA', 'Vale UHB': a name and the acronym it goes by
    if 2 <= len(words) <= 3 and lower[-1] in POSTS and not any(known_given_name(w) for w in words[:-1]):
        return "a post without a name"  # 'Performance Manager', 'Finance Officer'

    hit = next((w for w in lower if w in NOT_NAME_WORDS), None)
    if hit:
        return f"'{hit}' is not part of a name"
    if ORGANISATION_WORD.search(text):
        return "an organisation"
    if len(words) == 2 and lower[0] in COMPASS | {"upper", "lower", "greater"} and not known_given_name(words[1]):
        return "a place"  # 'West Norfolk', 'East Devon', 'Greater Manchester'
    return None


def is_person(name: str) -> bool:
    return why_not_a_person(name) is None


def keep_people(facts: dict) -> dict:
    """Drop attendance, roles and mentions whose name is not a person's; an action owner that is
    not a person stays an owner, as a group."""
    for table in ("attendance", "roles", "mentions"):
        facts[table] = [f for f in facts.get(table, []) if is_person(f.get("name") or "")]
    for action in facts.get("actions", []):
        for owner in action.get("owners", []):
            if owner.get("kind") == "person" and not is_person(owner["name"]):
                owner["kind"] = "group"
    return facts
