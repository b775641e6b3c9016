"""Actions marked in a side column: the reader (ingest/layout.py) gives each owner code with the
body line printed level with it; the action is the sentence that line ends in, found in the
page's passages whatever order the text layer put things in, unless a sentence just before or
after it makes the marked owner its agent (a code set level with the last line of its bullet)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..ingest.lines import coded_row
from . import task_passives
from .action_split import SENTENCE_RE, is_task, known_words, members_word, split_marked
from .actions import ActionFact, implicit, owners_from, split_status, subject_owners
from .attendance_runs import LINE_LABEL_RE
from .decisions import from_sentence
from .people import Registry

@lru_cache(maxsize=8192)  # every code's line is looked for in each passage of its page and the pages beside it
def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace(" | ", " ")).strip()


def side_column_actions(pages, passages, registry: Registry) -> list[tuple[int, ActionFact]]:
    """None unless at least one code names a person of the paper: a column of staff codes or
    fund references beside a table is not a column of owners."""
    found = _side_column_actions(pages, passages, registry)
    named = any(kind == "person" and name != code for _, f in found for (name, kind), code in
                zip(f.owners, re.split(r"\s*[/,&\s]\s*", f.text.rsplit("ACTION: ", 1)[-1])))
    return found if named else []


def _attendance_line(text: str) -> bool:
    """A line the attendance reader's label opens, marked as a label by its colon or dash ('Present: ...')."""
    m = LINE_LABEL_RE.match(text)
    return bool(m) and any(sign in m.group(0) for sign in ":;-–—")


def _side_column_actions(pages, passages, registry: Registry) -> list[tuple[int, ActionFact]]:
    found: list[tuple[int, ActionFact]] = []
    for page in pages:
        for mark, line in getattr(page, "side_marks", None) or []:
            lines = line.split("\n")
            if _attendance_line(lines[0]) or any(coded_row(LINE_LABEL_RE.sub("", _norm(f"{t} {mark}"), count=1)) for t in lines):
                continue  # 'Present: Margaret Carey MC Kenny Combe KC' and the grid's next rows: a member's initials, not an owner
            hits = [h for h in (_sentence_ending_line(passages, page.number, _norm(t)) for t in lines) if h]
            if not hits:
                continue
            owners = owners_from(re.sub(r"(?<![Cc]llr)(?<![Cc]lr)(?<!\.)\s+", "/", mark.strip()), registry)
            n, sentence, owners = _marked_task(passages, hits, len(lines) > 1, owners, mark, registry)
            sentence = _without_column(sentence, page.side_marks)
            same = next((f for m, f in found if m == n and f.text.split("\nACTION: ")[0] == sentence), None)
            if same is not None:
                # two codes level with lines of one sentence: the one the sentence makes its agent ('RB' on
                # the line where 'GD to enquire ...' starts after another item's end, 'GD' below it), else,
                # for the body's resolution ('It was resolved to produce a contract ...': 'BM' level with
                # its start, 'AM' with its end), one task with both owners rather than a row per code
                combined = same.owners + [o for o in owners if o not in same.owners]
                agents = {name for name, _ in subject_owners(sentence, registry)}
                if agents & {name for name, _ in combined}:
                    same.owners = [o for o in combined if o[0] in agents]
                elif from_sentence(sentence, 0, 0) is not None:  # a decision as the decision reader reads one
                    same.owners = combined
                    same.text = f"{same.text}/{mark}"
                continue
            description, status, marker = split_status(sentence)
            found.append((n, ActionFact(text=f"{sentence}\nACTION: {mark}", description=description, owners=owners,
                                        page=passages[n].page, block=n, status=status, status_text=marker,
                                        rule="side-column")))
            ended = _task_ended_on_line(hits, lines, registry)
            if ended and not any(m == hits[0][0] and f.description == ended for m, f in found):
                found.append((hits[0][0], ActionFact(text=f"{ended}\nACTION: {mark}", description=ended, owners=owners,
                                                     page=passages[hits[0][0]].page, block=hits[0][0], rule="side-column")))
    return found


def _task_ended_on_line(hits, lines: list[str], registry: Registry) -> str | None:
    """The task no one is named for whose sentence ends on the code's line before the marked sentence starts on it
    ('... A letter from the PC is to be written to Ann Gyrsting suggesting that the / crown should be reduced or the
    whole tree removed. It was resolved to get quotes' level with 'AM', Souldern): the code marks both."""
    if len(lines) != 1 or len(hits) != 1:
        return None
    _, sentences, k = hits[0]
    if k == 0:
        return None
    line, before = _norm(lines[0]), sentences[k - 1]
    at = line.find(sentences[k][:20])
    if at <= 0 or not before.endswith(line[:at].strip()):
        return None
    passive = task_passives.scored(before, registry, 0, 0)
    return before if passive and not any(f.owners for f in passive) else None


def _without_column(sentence: str, marks) -> str:
    """The sentence without the column's codes the text layer ran into it ('An asset register needs to
    be compiled AM & BM JM AM All JM 9 Future Agenda Items:', '... who had shown an KD'): from a run of
    two codes on, or one code that ends it."""
    codes = {w for mark, _ in marks for w in re.split(r"[\s/,&]+", mark) if w} | {"&", "/"}
    words = sentence.split(" ")
    for i, word in enumerate(words):
        if not i or word not in codes:
            continue
        j = i
        while j < len(words) and words[j] in codes:
            j += 1
        # the run ends the sentence, or is a column's worth of codes before the next heading ('9 Future
        # Agenda Items'); not 'AW & IB will work on this', codes that are the sentence's subject
        if j == len(words) or (j - i >= 3 and not words[j][:1].islower()):
            return " ".join(words[:i]).rstrip(" ,;:") or sentence
    return sentence


def _task_of_lines(passages, hits, registry: Registry) -> tuple[int, list[str], int]:
    """A mark printed over several lines ('AM' / '&' / 'BM') beside an item: its task is the first
    sentence level with it that sets work ('It was resolved that the PC would take the lead ...'
    below 'pool ideas and spread the workload'), else the item's next such sentence after them
    (an item's heading and description sit level with the mark, its resolution below), else the
    sentence level with its first line."""
    seen = set()
    level = []
    for n, sentences, k in hits:
        if (n, k) not in seen:
            seen.add((n, k))
            level.append((n, sentences, k))
    last_n, last_sentences, last_k = level[-1]
    after = [(last_n, last_sentences, j) for j in range(last_k + 1, len(last_sentences))]
    for n, sentences, k in level + after:
        text = sentences[k]
        if is_task(text) or implicit(text, registry, 0, 0):
            return n, sentences, k
    return level[0]


def _marked_task(passages, hits, several_lines: bool, owners, mark: str, registry: Registry) -> tuple[int, str, list]:
    """The task a mark sits level with, and whose it is: a mark of several owners is read as an 'ACTION:' line
    under its sentences (_split_of_mark); else, or when that finds no task, the sentence its lines end in."""
    if len(owners) > 1:
        split = _split_of_mark(passages, hits, owners, mark, registry)
        if split:
            return split
    hit = _task_of_lines(passages, hits, registry) if several_lines else hits[0]
    n, sentence = _owners_sentence(passages, *hit, owners, registry)
    return n, sentence, _printed_doers(sentence, owners, registry) or owners


def _printed_doers(sentence: str, owners, registry: Registry) -> list:
    """The people the sentence itself makes its doers when none of them is the marked owner ('CR offered to do any
    artwork needed for the site' level with 'SB', a code of its paragraph's other work): the printed doer owns it."""
    wanted = {name.lower() for name, _ in owners}
    doers = subject_owners(sentence, registry)
    if doers and all(kind == "person" and registry.names_person(name) for name, kind in doers) \
            and not wanted & {name.lower() for name, _ in doers}:
        return doers
    return []


def _split_of_mark(passages, hits, owners, mark: str, registry: Registry) -> tuple[int, str, list] | None:
    """A mark of several owners ('AM/BM', 'CR/BM') read as an 'ACTION: AM/BM' line under the sentences level with it
    (action_split.split_marked): the first sentence that sets a task, owned by the marked people it names or makes
    its subject, else by all of them. When the level sentences set none, the rest of their sub-point below them
    ('a) Councillor's handbook – should include ...' level with the mark, 'It was resolved to compile a skeleton
    framework ...' the next paragraph). None when no sentence does: the caller reads the mark's lines as before."""
    spans: dict[int, list] = {}
    for n, sentences, k in hits:
        span = spans.setdefault(n, [sentences, k, k])
        span[1], span[2] = min(span[1], k), max(span[2], k)
    where = list(spans)
    texts = [" ".join(sentences[first:last + 1]) for sentences, first, last in spans.values()]
    known, members = known_words(registry, mark), lambda: members_word(p.text for p in passages)
    split = split_marked(texts, owners, registry.initials, known, members)
    last = where[-1]
    below = last + 1
    if not split and spans[last][2] == len(spans[last][0]) - 1 and below < len(passages) and \
            passages[below].item == passages[last].item and passages[below].kind == "paragraph":
        where, texts = where + [below], texts + [_norm(passages[below].text)]
        split = split_marked(texts, owners, registry.initials, known, members)
    # one mark, one task: the first the split finds (a mark's last line can be level with the next sentence)
    return next(((where[k], sentence, mine) for k, sentence, mine in split), None)


NEIGHBOURS = (-1, 1, -2)  # sentences tried after the level one, nearest first


def _owners_sentence(passages, n: int, sentences: list[str], k: int, owners, registry: Registry) -> tuple[int, str]:
    """The level sentence, unless it gives no work to the marked owners and a neighbour does
    ('The Head of IT will check all phone lines ...' above the line the Head of IT's code sits
    level with): a code is printed level with its task, or with the last line of its paragraph.
    Neighbours run into the paragraphs before and after, within the item."""
    wanted = {name.lower() for name, _ in owners}
    if not wanted:
        return n, sentences[k]

    def agent_is_owner(sentence: str) -> bool:
        bare = re.sub(r"^\W*(?:\(?[a-z0-9]{1,3}[.)]|\d+(?:\.\d+)+)\s*", "", sentence)  # "1.", "(b)", "4.2"
        agents = subject_owners(bare, registry) or [o for f in implicit(sentence, registry, 0, 0) for o in f.owners]
        return bool({name.lower() for name, _ in agents} & wanted)

    if agent_is_owner(sentences[k]):
        return n, sentences[k]
    before = _sentences(passages, n - 1, passages[n].item)
    after = _sentences(passages, n + 1, passages[n].item)
    around = [(n - 1, s) for s in before] + [(n, s) for s in sentences] + [(n + 1, s) for s in after]
    at = len(before) + k
    named = next((around[at + d] for d in NEIGHBOURS if 0 <= at + d < len(around) and agent_is_owner(around[at + d][1])),
                 None)
    if named is not None:
        return named
    # no sentence makes the owner its agent: beside a level sentence that sets no work, the errand its paragraph's
    # next sentence sets with no one named ('The Community Lead tabled the draft agenda for the Community Group
    # meeting ... This was agreed and will be sent out to members this week.', NS, Suffolk Libraries). Only in its
    # own paragraph: a code level with a paragraph's last line marks that paragraph, not the next (Souldern's 'AM'
    # beside 'It was suggested that some of these bags should be dropped off for use in Wharf Lane.')
    following = sentences[k + 1] if k + 1 < len(sentences) else None
    if following and not _sets_work(sentences[k], registry) and (
            task_passives.scored(following, registry, 0, 0)
            # or the 'he' or 'she' of the owner the level sentence names, taking the task on ('Richard Hunt mentioned
            # that Cllr Hopfensperger might want to showcase this as a Cabinet Report ... He will Suggest this to Cllr
            # Hopfensperger.', RH)
            or PRONOUN_RE.match(following) and is_task(following) and _names(sentences[k], owners)):
        return n, following
    return n, sentences[k]


PRONOUN_RE = re.compile(r"^\W*(?:[Hh]e|[Ss]he)\s")


def _names(sentence: str, owners) -> bool:
    """Whether the sentence names one of the owners: a person's full name, or a post as the column gives it."""
    return any(re.search(rf"\b{re.escape(name)}\b", sentence) for name, _ in owners)


def _sets_work(sentence: str, registry: Registry) -> bool:
    """Someone's task, or a passive errand with no one named."""
    return is_task(sentence) or bool(task_passives.scored(sentence, registry, 0, 0))


def _sentences(passages, n: int, item) -> list[str]:
    if not 0 <= n < len(passages) or passages[n].item != item:
        return []
    return [s.strip() for s in SENTENCE_RE.split(_norm(passages[n].text))]


def _sentence_ending_line(passages, page: int, line: str) -> tuple[int, list[str], int] | None:
    """The passage on (or next to) `page` holding `line`, its sentences, and which of them runs
    through the line's last words: the code sits level with where its sentence is written."""
    tail = line[-40:]
    for n, p in enumerate(passages):
        if abs(p.page - page) > 1:
            continue
        text = _norm(p.text)
        at = text.find(tail)
        if at < 0:
            continue
        end = at + len(tail)
        start = 0
        sentences = SENTENCE_RE.split(text)
        for k, sentence in enumerate(sentences):
            stop = start + len(sentence)
            if start <= end - 1 < stop + 1:
                return n, [s.strip() for s in sentences], k
            start = stop + 1
        return n, [text], 0
    return None
