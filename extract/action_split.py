"""'ACTION: MS/AB/SF' under an item's paragraphs marks several actions at once: each sentence
that sets a task is its own action, owned by the marked people it names ('Alison and Sheila
agreed to attend'), by the marked people no other sentence names ('our Chairman should attend'
takes MS), or by the person a 'she' or 'he' refers back to. A marker under an item with no
paragraph of its own ('5 Friends and SL website - deferred until next meeting') marks the item.
Everyone the line names owns some task: its only task is all theirs, and an agreement no one is
named for ('It was unanimously agreed to proceed ...') in the paragraph the line closes is the
marked people's; further up the item such an agreement is a decision of the meeting."""

from __future__ import annotations

import re

from . import actions as act
from . import roles
from .action_status import settled_by_next_meeting
from .own_body import MEMBERS_WORDS, NAMED_BODY_WORDS
from .nlp import ABBREVIATIONS, LIST_POSTS, POST_END, POST_TITLES
from .sub_items import opens_sub_item

# a sentence ends before a capital or a bracket, or before the next numbered or lettered sub-point when short ones were
# run together (a table's cell of matters arising: '... approved by SCC. b) Notice to The Guild – ST confirmed ...')
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(“\"']|\d+\.\d+\.?\s+[A-Z]|[a-z]{1,4}\)\s+[A-Z])")
# words that open a sentence after an abbreviation of initials ('C.C.C. It was agreed')
OPENERS = {"It", "The", "This", "That", "There", "These", "They", "He", "She", "A", "An", "As", "All", "No", "Following"}
# a minute's or sub-point's number before its first words: '4.2', '4.5iii)', 'vii)', '12.', 'Item 3'
NUMBER_RE = re.compile(r"^\W*(?:Item\s+)?(?:\d+(?:\.\d+)*\.?\s*)?(?:\(?[a-z0-9]{1,5}[.)])?\s*")
# what a person asks others for when they ask for work, not for a purchase ('Ali asked for a sandwich board ..., AGREED')
HELP = r"(?:(?:their|his|her|any|some|more|further|hands[- ]on)\s+)*(?:help|support|ideas|helpers|volunteers|assistance|advice)\b"
# 'our Chairman should attend', not 'Our advertising should include the charity number'
_OUR_POST = r"[Oo]ur\s+(?:[Cc]hair(?:man|woman|person)?|[Vv]ice[- ][Cc]hair\w*|[Ss]ecretary|[Tt]reasurer|[Cc]lerk|[Pp]resident|[Mm]anager)"
_WHO = rf"(?:[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?|[A-Z]{{2,4}}[a-z]{{0,3}}|[Ww]e|{_OUR_POST}|(?:[Tt]he\s+)?Trustees|[Tt]he\s+Clerk)"
# work going on, as the minutes report it ('... and is looking at alternatives', 'advised that she was working on',
# 'this work was ongoing', 'was in hand')
_ONGOING = (r"\b(?:and|that\s+(?:she|he|they))\s+(?:is|are|was|were)\s+(?:currently\s+|now\s+)?"
            r"(?:looking|working|arranging|seeking|chasing|investigating|exploring)\b|"
            r"\b(?:is|are|was|were)\s+(?:still\s+)?(?:ongoing|on-going|in\s+hand)\b")
# who reports: a name or code, a post, a titled name ('Ali', 'DT', 'The Clerk', 'Cllr. J. Davies')
_REPORTER = (r"^\W*(?:(?:[Tt]he|Cllrs?\.?|Councillor|Mrs?\.?|Ms\.?|Dr\.?)\s+)?(?:[A-Z]\.\s*)*[A-Z]\w*\s+"
             r"(?:advised|informed|reported|confirmed|explained|noted)\b")
# a task is set: a named person will, should or agreed to; someone was asked; something is to be
# done, needed, or sent to the next meeting. A bare future ('There will be a raffle', 'SCC have
# installed') is news, not a task.
TASK_RE = re.compile(
    rf"\b(?P<who>{_WHO})\s+(?:will|would|should|shall|must)\s+(?!be\b|not\b|have\b)\w+|\b(?:she|he|they)\s+(?:would|will|could)\s+\w+|"
    r"\b(?:[Aa]greed|AGREED|[Rr]esolved|RESOLVED)\s+(?:to|for|that|she|he)\b|\b(?:was|were|be)\s+(?:asked|requested)\s+(?:to|if|for)\b|"
    rf"\b(?P<asker>{_WHO})\s+(?:also\s+)?(?:asked|requested)\s+(?:that\b|for\s+(?={HELP}))|\basked\s+if\s+(?:this|it)\s+could\b|"
    r"\b(?:[Ii]t\s+was|were)\s+(?:asked|requested)\s+(?:for|that|if)\b|\brequest\s+for\b|\brequested\s+\w+\s+to\b|"
    r"\b(?:offered|undertook|volunteered)\s+to\b|\bneeds?\s+to\s+be\b|\bis\s+needed\b|"
    r"\bto\s+be\s+(?:\w+ed|sent|done|made|put|set|kept)\b|\bwill\s+be\s+(?:discussed|asked)\b|\bfor\s+discussion\b|"
    rf"{_ONGOING}|\bdeferred\b|\bto\s+stay\s+on\s+the\s+agenda\b")
NOT_A_TASK_RE = re.compile(rf"(?i)\b(?:would|will)\s+not\b|{_REPORTER}|\bwere\s+unaware\b(?!.*\bwill\b)|\b(?:paid|expressed)\s+their\s+thanks\b")
# what the reporter goes on doing: 'Ali advised that the cleaning is not at the standard expected and is looking at
# alternatives' reports news and a task of her own, as 'I am currently working on adverts' does in a clerk's report
ONGOING_RE = re.compile(_ONGOING)
REPORTER_RE = re.compile(_REPORTER)


# 'Agreed to display a photoboard and for Trustees to be identified, ...': what it is for, not a task
FOR_PURPOSE_RE = re.compile(r"\bfor\s+(?:\w+\s+){1,3}to\s+be\s+\w+ed\b")
# an agreement with no one doing it: 'Agreed to print 50 copies', 'It was AGREED to purchase', 'If possible,
# agreed to remove ...', a council's 'It was resolved to investigate ...'. Under an ACTION line it is the marked
# people's task only in the paragraph the line closes; further up the item it is one of the meeting's decisions.
AGENTLESS_RE = re.compile(r"(?:^|[,;]\s*|\b[Ii]t\s+was\s+(?:also\s+)?(?:unanimously\s+)?)"
                          r"(?:[Aa]greed|AGREED|[Rr]esolved|RESOLVED)\s+"
                          r"(?:to\s+(?!the\b|this\b|a\b|an\b)[a-z]+|that\s+we\s+(?:should|would|will)\b)")


def is_task(sentence: str, known: set[str] | None = None) -> bool:
    """A sentence that sets a task. With `known` (the words of the paper's people's names and
    initials), 'X will ...' counts only when X is one of them: 'This will require' and 'SCC
    will repair' are news."""
    if NOT_A_TASK_RE.search(sentence) and not (ONGOING_RE.search(sentence) and not NOT_A_TASK_RE.search(
            REPORTER_RE.sub("", sentence))):
        return False
    sentence = FOR_PURPOSE_RE.sub(" ", sentence)
    for m in TASK_RE.finditer(sentence):
        who = m.group("who") or m.group("asker")
        if who is None or known is None or _group_or_post(who):
            return True
        words = re.findall(r"[A-Za-z]+", who)
        if all(w.lower() == "and" or w.lower() in known or any(k.startswith(w.lower()) and len(w) >= 3 for k in known)
               for w in words):
            return True
    return False


def split_sentences(text: str) -> list[str]:
    """The sentences of a paragraph an owner marks (an 'ACTION:' line under it, an owner printed after it), not
    broken after a title or an initial ('Cllr. P. Harries', 'Mr S. Quick', 'C.C.C. Highways')."""
    out, start = [], 0
    for m in SENTENCE_RE.finditer(text):
        word = re.search(r"([\w.]+)[.!?]$", text[start:m.start()])
        last = (word.group(1) if word else "").lower()
        opener = re.match(r"[A-Z][a-z]*", text[m.end():])
        if last in ABBREVIATIONS or len(last.rstrip(".")) == 1 or (
                re.fullmatch(r"(?:\w\.)+\w?", last) and not (opener and opener.group(0) in OPENERS)):
            continue  # ('C.C.C. It was agreed': an abbreviation ends the sentence before a word that opens one)
        out.append(text[start:m.start()].strip())
        start = m.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


def sentences_of(texts: list[str]) -> list[tuple[int, str]]:
    """(which text, sentence) in order, without minute numbers."""
    out = []
    carry = ""  # a paragraph a page break cut mid-sentence ('... Agreed that' / 'Ali should bring ...')
    for k, text in enumerate(texts):
        parts = [NUMBER_RE.sub("", p).strip() for p in split_sentences(" ".join(text.split()))]
        if carry and opens_sub_item(text):
            # a new numbered minute or sub-item starts a new sentence, whatever the last one lacked
            out.append((k - 1, carry))
            carry = ""
        if carry and parts:
            out.append((k - 1, f"{carry} {parts.pop(0)}"))  # the sentence belongs where it began
        carry = ""
        if parts and not parts[-1].endswith((".", "!", "?", ":")) and re.search(r"\b[a-z]+$", parts[-1]):
            carry = parts.pop()  # ends mid-sentence on a small word ('Agreed that'), not on 'AGREED'

        out += [(k, s) for s in parts if len(s) >= 12]
    if carry and len(carry) >= 12:
        out.append((len(texts) - 1, carry))
    return out


def _forms(name: str, initials: dict[str, str]) -> set[str]:
    """How a sentence may name an owner: full name, given name, surname, initials."""
    parts = name.split()
    forms = {name.lower()}
    if len(parts) >= 2:
        forms |= {parts[0].lower(), parts[-1].lower()}
    forms |= {i.lower() for i, full in initials.items() if full == name}
    return forms


def names_in(sentence: str, owner: str, initials: dict[str, str]) -> bool:
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", sentence)
    lowered = {w.lower() for w in words}
    text = sentence.lower()
    for form in _forms(owner, initials):
        if " " in form and form in text or form in lowered:
            return True
    given = owner.split()[0].lower() if owner.split() else ""
    # 'Ali' for Alison: a capitalised short form of the given name
    return len(given) > 4 and any(w[0].isupper() and 3 <= len(w) < len(given) and given.startswith(w.lower())
                                  for w in words)


def _subject(sentence: str, known: set[str] | None) -> str | None:
    """The one person a task sentence makes its subject ('Ali should ...'), when the paper names them."""
    if not known:
        return None
    for m in TASK_RE.finditer(sentence):
        who = m.group("who")
        if who and " " not in who and not _group_or_post(who) and (
                who.lower() in known or any(k.startswith(who.lower()) and len(who) >= 3 for k in known)):
            return who
    return None


POSTS = POST_END | POST_TITLES | LIST_POSTS


def known_words(registry, owners_text: str) -> set[str]:
    """The words of the paper's people's names and initials, and the codes of the mark ('ACTION: AH/DT', a side
    column's 'AM/BM'): the mark's codes name agents even when the paper never spells them out ('AH will approach')."""
    names = [name.lower().split() for name in registry.full_names()]
    # not a post the paper lists as if a person ('Vice Chair'): 'The Chair will raise this' names no one
    known = {w for words in names if not set(words) <= POSTS for w in words} | {i.lower() for i in registry.initials}
    return known | {c.lower() for c in re.split(r"[\s/,&]+", owners_text) if re.fullmatch(r"[A-Z][A-Za-z]{1,4}", c)}


def members_word(texts) -> str | None:
    """What the paper calls its members ('Trustees'), when it says it often enough to be its word: the most
    said of the words any body calls its members (own_body.MEMBERS_WORDS, which tells a body's members from
    other people on every body's papers), capitalised as a body's own name for them is."""
    counts: dict[str, int] = {}
    for text in texts:
        for word in re.findall(r"\b[A-Z][a-z]+\b", text):
            plural = word.lower() if word.endswith("s") else f"{word.lower()}s"
            if plural in MEMBERS_WORDS:
                counts[plural] = counts.get(plural, 0) + 1
    word = max(counts, key=counts.get, default=None)
    return word.capitalize() if word and counts[word] >= 3 else None


def split_marked(texts: list[str], owners: list[tuple[str, str]], initials: dict[str, str],
                 known: set[str] | None = None, members=None) -> list[tuple[int, str, list]]:
    """(which text, sentence, owners) for each task the marked paragraphs set; [] when none does.
    A task of a few words ('AGREED to purchase.') keeps the sentence before it, which says what. `members` says
    what the paper calls its members (members_word), asked only when a sentence asks for help."""
    sentences = sentences_of(texts)
    closing = len(texts) - 1  # the paragraph the line closes
    found = {i for i, (k, s) in enumerate(sentences) if is_task(s, known)
             and (k == closing or not _agreed_only(s, known))}
    if not found:
        return []
    named = {i: [o for o in owners if names_in(sentences[i][1], o[0], initials)] for i in range(len(sentences))}
    unclaimed = [o for o in owners if not any(o in named[i] for i in found)]
    out = []
    for i, (k, sentence) in enumerate(sentences):
        mine = named[i]
        if i in found and out and i - 1 in found and _sends_on(sentence):
            k0, previous_sentence, previous_owners, rank = out[-1]
            out[-1] = (k0, f"{previous_sentence} {sentence}", previous_owners, rank)  # 'This will be discussed ...'
            continue
        if i in found:
            asked = _directed_group(sentence)
            if asked:
                mine = [(asked, "group")]
            elif _asks_for_help(sentence) and (helpers := _helpers(owners, members)):
                # 'Sheila asked for ideas and support for the childrens event': the work of those asked, the body's
                # members (the group the line names, else the one the paper calls its members), not the asker's
                mine = helpers[:1]
            elif not mine and _subject(sentence, known):
                mine = [(_subject(sentence, known), "person")]  # 'Ali should bring the costs', under 'ACTION: Trustees/DT'
            elif not mine and k == closing and AGENTLESS_RE.search(sentence):
                # 'It was unanimously agreed to proceed with an application' over 'ACTION: DT/AHop/SF': the marked people's
                mine = [o for o in owners if o[1] == "person"] or list(owners)
            elif not mine:
                # a marked person the other tasks do not name; none when they name them all and someone else the
                # paper names opens the sentence ('TI tabled a form ... and asked if this could be circulated. AGREED'
                # above 'Ali and DO tabled details of a shed ...', ACTION: AHop/DO)
                mine = (unclaimed if len(found) > 1 else owners) or ([] if _opened_by_other(sentence, known) else owners)
            if len(CONTENT_RE.findall(sentence)) < 4:
                # the sentences since the last task in the same paragraph say what it is about
                j = i
                while j > 0 and i - j < 2 and j - 1 not in found and (
                        sentences[j - 1][0] == k or not sentences[j - 1][1].rstrip().endswith((".", "!", "?"))):
                    j -= 1  # the same paragraph, or one a page break cut mid-sentence ('Agreed that' / 'Ali should ...')
                sentence = " ".join([s for _, s in sentences[j:i]] + [sentence])
            out.append((k, sentence, mine, _rank(sentence, [o for o in owners if names_in(sentence, o[0], initials)], known)))
    kept = _one_per_point(out)
    if len(kept) == 1 and any(kind == "person" for _, kind in kept[0][2]):
        # the line's only task is everyone's the line names: 'Sheila proposed that Mike should take on the role of
        # project manager ...' over 'ACTION: MS/SF/AHop' is Ali's too
        k, sentence, mine = kept[0]
        kept = [(k, sentence, mine + [o for o in owners if o not in mine and o[1] != "group"
                                      and not any(o[0] == m[0] for m in mine)])]
    return kept


def _sends_on(sentence: str) -> bool:
    """A sentence that only sends the task before it on ('This will be for discussion at our next meeting'): its
    subject points back ('this', 'it' before its verb, not 'It was agreed ...') and it says what any body's
    restated action says when the next meeting is to take it up (action_status.settled_by_next_meeting)."""
    words = sentence.lower().split()[:2]
    return len(words) == 2 and words[0] in ("this", "it") and words[1] in ("will", "would", "is", "should") and \
        settled_by_next_meeting(sentence)


def _group_or_post(who: str) -> bool:
    """A subject that does the work and is no person of the paper's list: the body speaking of itself ('we'), its
    members or the body ('Trustees', 'the Board': own_body.NAMED_BODY_WORDS), or a post as any body's minutes name
    one (roles: 'our Chairman', 'the Clerk', 'The Support Services Manager will contact the insurance provider')."""
    words = [w for w in who.lower().split() if w != "the"]
    return words == ["we"] or bool(words) and all(w in NAMED_BODY_WORDS for w in words) or bool(
        roles.ROLE_PHRASE_RE.fullmatch(who) or roles.BARE_POST_RE.fullmatch(who))


def _asks_for_help(sentence: str) -> bool:
    """Someone asks for help, ideas or volunteers ('Sheila asked for ideas and support for the childrens event'): the
    task sentence's own reading of an asker (TASK_RE), not a purchase asked for."""
    return any(m.group("asker") and m.group(0).rstrip().endswith("for") for m in TASK_RE.finditer(sentence))


def _directed_group(sentence: str) -> str | None:
    """The group a sentence asks to do the task, as any paper's prose does ('DT requested Trustees to agree a rota':
    theirs, not the asker's; actions.DIRECTED_RE reads 'asked all members to continue reporting shortages' alike)."""
    m = act.DIRECTED_RE.search(sentence)
    words = [w for w in re.findall(r"[a-z]+", m.group("object").lower()) if w not in ("the", "all")] if m else []
    return words[0].capitalize() if len(words) == 1 and words[0] in MEMBERS_WORDS else None


def _helpers(owners, members) -> list[tuple[str, str]]:
    """Those a call for help goes to: the group the line names, else the one the paper calls its members."""
    word = members() if members and not any(kind == "group" for _, kind in owners) else None
    return [o for o in owners if o[1] == "group"] or ([(word, "group")] if word else [])


def _opened_by_other(sentence: str, known: set[str] | None) -> bool:
    """The sentence opens with someone the paper names ('TI tabled ...'); the marked people are not named in it."""
    first = re.match(r"^\W*([A-Z][A-Za-z]+)\b", sentence)
    return bool(known and first and first.group(1).lower() in known)


def _agreed_only(sentence: str, known: set[str] | None) -> bool:
    """The sentence sets a task only by an agreement with no one doing it."""
    return bool(AGENTLESS_RE.search(sentence)) and not is_task(AGENTLESS_RE.sub(" ", sentence), known)


def _rank(sentence: str, named: list, known: set[str] | None) -> int:
    """How surely a task sentence is a task its marker assigns: one whose subject is a marked
    person ('AH will approach ...' under 'ACTION: AH', 'In the meantime, Alison agreed to work
    with Ali ...') over one that names a marked person elsewhere, over one that only sets a
    task ('DT asked that this meeting concentrate on ...')."""
    for owner, _ in named:
        for form in sorted(_forms(owner, {}) | {owner.split()[0].lower()[:3]}, key=len, reverse=True):
            if re.search(rf"(?i)(?:^|[,;:]\s*|\b(?:and|that)\s+)\W*(?:the\s+)?{re.escape(form)}\w*(?:\s+(?:and|&)\s+\w+)?\s+{SUBJECT_VERB}",
                         sentence):
                return 3
    if named and re.search(r"\b(?:[Ss]he|[Hh]e)\s+(?:could|would|will|should)\s+(?!not\b|be\b)\w+", sentence):
        return 3  # 'Ali asked if ... Agreed she could make enquiries'
    return 2 if named else 1


def _one_per_point(found: list[tuple]) -> list[tuple[int, str, list]]:
    """A numbered sub-point under an item's marker sets the tasks its marked people are the
    subjects of; else its one best task sentence (the first among equals). The talk around
    them ('She had previously quoted £100 ... and the Trustees agreed to fund ...') is
    context, and agreements without an agent are decisions."""
    best: dict[int, int] = {}
    for entry in found:
        best[entry[0]] = max(best.get(entry[0], 0), entry[3])
    kept, seen = [], set()
    for entry in found:
        k, rank = entry[0], entry[3]
        if rank == best[k] and (rank == 3 or k not in seen):
            kept.append(entry[:3])
            seen.add(k)
    return kept


# what a marked person who opens a clause does with a task
SUBJECT_VERB = (r"(?:also\s+|kindly\s+)?(?:will|would|should|shall|agreed|offered|undertook|volunteered|stated|said|"
                r"was\s+asked|were\s+asked|is\s+to|to\s+\w+)\b")
CONTENT_RE = re.compile(r"\b(?!(?:the|and|that|this|was|were|will|would|should|could|agreed|AGREED|Agreed|she|he|they|"
                        r"to|of|for|a|an|it|be|at|on|in|with|next|meeting)\b)[A-Za-z]{3,}\b")
