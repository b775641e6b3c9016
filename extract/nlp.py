"""The spaCy pipeline: `spacy.blank("en")` with minutebook's own registered components, or
an installed pretrained pipeline (`--pipeline en_core_web_sm`, or a path) with the same
components added where it lacks them. Nothing is downloaded."""

from __future__ import annotations

import re

from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IS_TITLE, IS_UPPER, LIKE_NUM, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from .array_matcher import ArrayMatcher
from .lexeme_flags import with_word_flags, word_flag
from .names import ACRONYM_TITLES, PROCEDURE_WORDS, TITLES
from .affix_search import with_edge_dispatch
from .people import known_given_name

ABBREVIATIONS = {"cllr", "dr", "mr", "mrs", "ms", "no", "nos", "st", "insp", "supt", "prof", "rev", "revd", "cllrs",
                 "e.g", "i.e", "etc", "approx", "dept", "est", "vs", "ref", "para", "paras", "cf", "jan", "feb", "mar",
                 "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "p", "pp", "vol",
                 # before a number: 'call Nida Watkins at ext. 5653 if ...' is one sentence
                 "ext", "tel", "chq", "inv", "fig",
                 # Welsh: Councillor ('y Cyng. G. Evans')
                 "cyng"}
SPEECH_VERBS = [
    "noted", "questioned", "asked", "said", "explained", "highlighted", "stated", "states", "commented", "answered",
    "assured", "agreed", "suggested", "suggests", "confirmed", "reported", "presented", "advised", "added", "expanded",
    "echoed", "echo's", "echoes", "raised", "praised", "requested", "mentioned", "updated", "opened", "thanked", "welcomed",
    "provided", "informed", "emphasised", "emphasized", "stressed", "proposed", "seconded", "moved", "introduced",
    "responded", "replied", "queried", "informed", "outlined", "gave", "led", "summarised", "summarized", "affirmed",
    "affirms", "builds", "notes", "recorded", "tabled", "declared", "offered", "undertook", "will", "would", "to",
    "joined", "left", "attended", "chaired", "also", "reiterated", "acknowledged", "congratulated", "discussed",
    "shared", "described", "spoke", "addressed", "indicated", "expressed", "felt", "believed", "considered",
]
SPAN_KEY = "people"
POST_TITLES = {"director", "chief", "clerk", "secretary", "minister", "commander", "chancellor", "trustee", "supervisor",
               "representative", "judge", "deputy", "officer", "pastor", "foreign", "home", "prime"}
LEADING_NOISE = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                 "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
PLACE_WORDS = {"close", "street", "road", "avenue", "lane", "drive", "crescent", "gardens", "square", "estate", "station",
               "way", "park", "green", "heathway", "hall"}
_RUNS = ("x", "xx", "xxx", "xxxx")
SURNAME_SHAPES = (["Xx", "Xxx", "Xxxx", "Xxxxx"] + [f"X{a}X{b}" for a in ("x", "xx", "xxx", "'", "’") for b in _RUNS]
                  + [f"X{a}-X{b}" for a in _RUNS for b in _RUNS])  # Sadr-Hashemi, when it stays one token
WEAK_VERBS = {"will", "would", "to", "also", "agreed", "felt", "considered", "discussed", "described", "shared", "left",
              "joined", "led", "gave", "noted", "notes", "recorded", "indicated"}
POST_END = {"officer", "manager", "director", "chair", "attorney", "clerk", "leader", "chief", "mayor", "councilmember",
            "commissioner", "president", "secretary", "minister"}
# what a list prints after a member's name: his post, not a third word of his name
LIST_POSTS = {"chairman", "chairwoman", "chairperson", "vice", "treasurer", "member", "members", "councillor", "cllr",
              "mayor", "deputy", "observer", "representative", "speaker", "guest", "visitor", "resident", "warden"}
SPOKE_VERBS = {"spoke", "addressed", "commented", "asked", "presented", "expressed", "stated", "attended", "explained"}


@Language.factory("minutes_sentencizer")
class MinutesSentencizer:
    """Sentences as minutes write them: full stops (not after Cllr. or an initial), line
    breaks, bullets, and ACTION / RESOLVED labels that open a new sentence."""

    def __init__(self, nlp: Language, name: str):
        # every test is on a word alone, so each is a lexeme flag computed once per word of the
        # vocabulary, and a doc's tokens are read as one array: no Python work per token
        self.flags = [word_flag(nlp.vocab, test_name, test) for test_name, test in SENTENCE_WORD_TESTS]

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs, batch_size: int = 256):
        """The docs of a batch are read as one array: numpy's cost per call, not per token, is what
        remains, so it is paid once a batch."""
        for batch in spacy.util.minibatch(docs, size=batch_size):
            _minutes_sentences(batch, self.flags)
            yield from batch


def _minutes_sentences(docs: list[Doc], flags: list[int]) -> None:
    docs = [d for d in docs if len(d)]
    if not docs:
        return
    rows = numpy.concatenate([d.to_array(flags + [IS_TITLE, IS_UPPER, LIKE_NUM]) for d in docs]).astype(bool)
    stop, line, opener, dotted, quote, abbreviation, title, upper, number = rows.T
    after_stop, after_line, after_dotted, after_abbreviation = (numpy.zeros(len(rows), dtype=bool) for _ in range(4))
    after_stop[1:], after_line[1:], after_dotted[1:] = stop[:-1], line[:-1], dotted[:-1]
    after_abbreviation[2:] = abbreviation[:-2]  # 'Cllr. Smith', 'J. Smith': the word before the full stop
    firsts = numpy.cumsum([0] + [len(d) for d in docs[:-1]])
    seconds = firsts + 1
    after_abbreviation[seconds[seconds < len(rows)]] = False  # a doc's second word has no word before the full stop
    rest = ~after_stop & ~after_line
    starts = (after_stop & (title | upper | number | quote) & ~after_abbreviation) | (~after_stop & after_line) \
        | (rest & opener) | (rest & ~opener & after_dotted & title)
    starts[firsts] = True  # what a doc's first word follows is another doc
    values = numpy.where(starts, 1, -1).astype("int64").astype("uint64")
    # one write per doc: spaCy's per-token setter rescans every token for a parse, which made a
    # paragraph of 40,000 brackets take minutes
    for doc, first in zip(docs, firsts):
        doc.from_array([SENT_START], values[first:first + len(doc)])


def _abbreviation(word: str) -> bool:
    b = word.lower().rstrip(".")
    return b in ABBREVIATIONS or (len(b) == 1 and b.isalpha())


# what a word says of a sentence boundary next to it (`text in "..."` is a test of substrings, as before)
SENTENCE_WORD_TESTS = (
    ("ends a sentence", lambda w: w in (".", "?", "!")),
    ("breaks a line", lambda w: "\n" in w),  # a space token with a line break, or a word with one
    ("opens a sentence", lambda w: w in ("•", "●", "▪", "ACTION", "RESOLVED")),
    ("ends with a full stop", lambda w: w.endswith(".") and len(w) > 2 and w[:-1].lower() not in ABBREVIATIONS),
    ("opens a quote or bullet", lambda w: w in "•(\"“"),
    ("abbreviation or initial", _abbreviation),
)


@Language.factory("person_matcher")
class PersonMatcher:
    """People in running prose without a statistical model: a title before capitalised
    words ('Cllr Worby', 'Deputy BCU Commander Mark Long'), or two or three capitalised words
    before a speech verb ('Andy Opie questioned ...'). Found spans go to doc.spans['people']."""

    def __init__(self, nlp: Language, name: str):
        self.matcher = Matcher(nlp.vocab)
        titles = sorted({t.lower().rstrip(".") for t in TITLES if " " not in t} | {t.lower() for t in TITLES if " " not in t}
                        | {t.lower().rstrip(".") + "." for t in TITLES if " " not in t})  # "Mr." is one token
        name_token = {"IS_TITLE": True, "LENGTH": {">=": 2}, "IS_STOP": False}
        initial = {"TEXT": {"REGEX": r"^[A-Z]\.?$"}}
        # word shapes are cached per lexeme, so a set of shapes costs far less than a regex per
        # token: Opie, Worby, McKay, MacDonald, LeBaron, O'Neil, D’Urso
        surname_like = {"SHAPE": {"IN": SURNAME_SHAPES}}
        title = {"LOWER": {"IN": titles}}
        self.titles = frozenset(titles)
        dot = {"TEXT": ".", "OP": "?"}
        self.matcher.add("TITLED", [
            [title, dot, surname_like],
            [title, dot, name_token, surname_like],
            [title, dot, name_token, initial, surname_like],  # 'Reverend Emily E. Ewing'
            [title, dot, initial, surname_like],
            [title, dot, initial, initial, surname_like],
            [title, dot, surname_like, {"TEXT": "-"}, surname_like],  # Councillor Sadr-Hashemi
            [title, dot, name_token, surname_like, {"TEXT": "-"}, surname_like],
        ])
        verb = {"LOWER": {"IN": SPEECH_VERBS}}
        self.matcher.add("SPEAKER", [
            [name_token, surname_like, verb],
            [name_token, surname_like, {"TEXT": "-"}, surname_like, verb],
            [name_token, name_token, surname_like, verb],
            [initial, surname_like, verb],
        ])
        self.matcher.add("POST", [  # "Anjan Ghosh (Director of Public Health)"
            [name_token, surname_like, {"TEXT": "("}, {"IS_ALPHA": True, "IS_UPPER": False}],
            [name_token, name_token, surname_like, {"TEXT": "("}, {"IS_ALPHA": True, "IS_UPPER": False}],
        ])
        post_word = {"LOWER": {"IN": ["director", "manager", "officer", "head", "chief", "leader", "cabinet", "member",
                                      "deputy", "interim", "acting", "corporate", "assistant", "commissioner", "chair",
                                      "president", "ceo", "clerk", "councillor", "lead", "senior", "executive", "mayor",
                                      "general", "strategic", "area", "borough", "service", "programme", "project"]}}
        self.matcher.add("APPOSITION", [  # "John Betts, Interim Corporate Director Finance"
            [name_token, surname_like, {"TEXT": ","}, post_word],
            [title, dot, name_token, surname_like, {"TEXT": ","}, post_word],
        ])
        # "Paula Fulghum, 822 Crescent Avenue, spoke in opposition": the verb is looked for in
        # __call__, which is much cheaper than a wildcard pattern
        self.matcher.add("SPOKE", [[name_token, surname_like, {"TEXT": ","}]])
        self.matcher.add("BY", [
            [{"LOWER": {"IN": ["by", "from", "with", "thanked", "invite", "contact", "met", "of", "to"]}}, name_token,
             surname_like, {"IS_TITLE": False, "IS_UPPER": False}],
        ])
        # "the new Independent Chair, Anju Ahluwalia,", "Minister of State for Care, Stephen Kinnock,",
        # "Chief Diversity Officer Bryant Davis", "Tony Brown from Suffolk Libraries"
        self.matcher.add("COMMA_NAME", [
            [{"TEXT": ","}, name_token, surname_like, {"TEXT": {"IN": [",", ".", ";"]}}],
            [name_token, surname_like, {"TEXT": ","}],
            [name_token, surname_like, {"LOWER": {"IN": ["from", "of"]}}],
            [{"LOWER": {"IN": ["officer", "manager", "director", "chair", "attorney", "clerk", "leader", "chief", "mayor",
                               "councilmember", "commissioner", "president", "secretary", "minister"]}},
             name_token, surname_like],
        ])
        # "Elizabeth Truss MP", "Alan Smith OBE": honours follow people only; so does "who" ("Shirley
        # Kent who is a volunteer"), with a known given name to keep out "Suffolk Libraries who"
        after = {"LOWER": {"IN": ["who", "mp", "obe", "mbe", "cbe", "kbe", "dbe", "jp", "qc", "kc", "mep", "bem"]}}
        self.matcher.add("FOLLOWED", [[name_token, surname_like, after]])
        # "Claire Ledger was appointed", "Simon Dukes is clear", "Mike Dent's presentation": a known
        # given name makes the subject or owner a person
        # ('Nick Oakhill and Tim Vincent were thanked', 'Lucy Matthews continues with the management of the playground',
        # 'Mike Walker or Ben Shorey should be approached': Souldern; 'Ann Lee could attend', 'Chris Hensley were')
        self.matcher.add("SUBJECT", [[name_token, surname_like, {"LOWER": {"IN": ["was", "is", "had", "has", "issued",
                                                                                  "'s", "’s", "’", "'", "were", "should",
                                                                                  "could", "continues", "continued"]}}]])
        # two people joined by 'and', each a known given name and a surname ('Rebecca Campbell and Sarah Knowles from
        # NTW attended', NoT LPC; 'Cllrs Jim McNeill and Grant Tomkins will man it'): the pair is as sure as its
        # second name, which the other patterns find alone; the first, before 'and', had no pattern of its own
        self.matcher.add("PAIR", [[name_token, surname_like, {"LOWER": {"IN": ["and", "&"]}}, name_token, surname_like]])
        # a given name, a middle initial and a surname, as American papers print people ('Ronald D. Pearson, President
        # dba Hy Vee', 'payment of $83,750 to David L. Cox', Des Moines; 'Emily E. Ewing' in Californian agendas): the
        # initial with its full stop is a name's, never a sentence's or a list's ('Section A. The'); a known given name
        # is asked of the first word (below)
        self.matcher.add("MIDDLE_INITIAL", [[name_token, {"TEXT": {"REGEX": r"^[A-Z]\.$"}}, surname_like],
                                            [name_token, {"TEXT": {"REGEX": r"^[A-Z]$"}}, {"TEXT": "."}, surname_like]])
        self.matcher.add("PRESENTED_BY", [  # "(Presented by Assistant City Manager Shannon Lavrin)"
            [{"LOWER": "by"}, {"IS_TITLE": True, "OP": "{1,4}"}, name_token, surname_like, {"TEXT": ")"}],
        ])
        # the same rules, with their word tests computed once per word rather than per token
        self.matcher = with_word_flags(self.matcher, nlp.vocab)
        # and matched over a batch of docs at once, as arrays (spaCy's own Matcher when it cannot be)
        self.matcher = ArrayMatcher(self.matcher)

    def __call__(self, doc: Doc) -> Doc:
        return self._people(doc, self.matcher(doc))

    def pipe(self, docs, batch_size: int = 256):
        for batch in spacy.util.minibatch(docs, size=batch_size):
            for doc, matches in zip(batch, self.matcher.find(batch)):
                yield self._people(doc, matches)

    def _after_titles(self, doc: Doc, start: int, end: int) -> int:
        """The end of a name after a run of titles: the patterns take one title, so 'Prof Sir David
        King' (Kent) and 'Councillor Mr Trevor Manley' (West Dereham) matched as a title and the name
        'Sir David', 'Mr Trevor', which kept a given name alone; the name is the words after them all."""
        i = start + 1 + (start + 1 < end and doc[start + 1].text == ".")
        if i >= end or doc[i].lower_ not in self.titles:
            return end
        i += 1 + (i + 1 < len(doc) and doc[i + 1].text == ".")
        while end - i < 2 and end < len(doc) and doc[end].is_title and doc[end].is_alpha and len(doc[end]) >= 2 \
                and not doc[end].is_sent_start and doc[end].lower_ not in self.titles:
            end += 1
        return end

    def _third_name_word(self, doc: Doc, start: int, end: int) -> int:
        """A titled name of two words and one more capitalised word that ends it before a verb or a
        stop ('District Councillor Mike Kerford Byrne conveyed', Souldern): the surname has two words.
        Not a next person's given name, a post, a title or a place ('Cllr Sue Lintern Chair', 'Cllr Jo
        Ward Helen ...', 'Mrs Newell Stoke Road')."""
        words = [t for t in doc[start:end] if t.lower_.rstrip(".") not in self.titles and t.text != "."]
        if len(words) != 2 or end + 1 >= len(doc):
            return end
        nxt, after = doc[end], doc[end + 1]
        if not (nxt.is_title and nxt.is_alpha and len(nxt) >= 3) or nxt.is_sent_start or nxt.lower_ in self.titles \
                or nxt.lower_ in POST_END | PLACE_WORDS | STREET_KINDS | POST_TITLES or known_given_name(nxt.text) \
                or re.search(r"(?:.{4}ed|ing|ly)$", nxt.lower_):  # 'Cllr John Smith Thanked everyone'
            return end
        if after.is_lower and after.is_alpha and after.lower_ not in ("and", "or", "of", "the", "for", "from", "at", "in"):
            return end + 1
        if after.text in (";", ",") and nxt.lower_ not in LIST_POSTS:  # 'Councillor M Kerford Byrne; Mrs J Martin'
            return end + 1
        return end

    def _people(self, doc: Doc, matches) -> Doc:
        spans = []
        for match_id, start, end in matches:
            label = doc.vocab.strings[match_id]
            if label == "SPEAKER":
                end -= 1
                if doc[end].lower_ in WEAK_VERBS and not known_given_name(doc[start:end].text):
                    continue  # "Trading Standards will ...": only a known given name makes that a person
            elif label == "BY":
                start, end = start + 1, end - 1
            elif label == "PRESENTED_BY":
                start, end = end - 3, end - 1
            elif label == "PAIR":
                if not known_given_name(doc[start + 3].text) or {doc[start + 1].lower_, doc[start + 4].lower_} & (
                        STREET_KINDS | PLACE_WORDS | POST_END):
                    continue  # the second must be a person as surely as the first: 'Victoria Park and Grace Road' are places
                end = start + 2
            elif label == "POST":
                end -= 2
                if not doc[end + 1].is_title and not known_given_name(doc[start:end].text):
                    continue  # "Nature Bill (formerly", "M Govan Cross (however": prose in brackets, no post
                if re.fullmatch(r"[A-Z][a-z]+[^s]s", doc[end + 1].text) and not known_given_name(doc[start:end].text):
                    continue  # "Larking Gowen (Auditors)": a firm, named by what its people are
            elif label == "FOLLOWED":
                end -= 1
                if doc[end].lower_ != "who" and not doc[end].is_upper:
                    continue  # "Mp" in running text is no honour
            elif label == "APPOSITION":
                end -= 2
            elif label == "TITLED":
                if doc[start].lower_.rstrip(".") in ACRONYM_TITLES and not doc[start].is_upper:
                    continue  # 'Di Humphrey' is a given name, not a Detective Inspector
                end = self._after_titles(doc, start, end)
                end = self._third_name_word(doc, start, end)
            elif label == "SUBJECT":
                end -= 1
            elif label == "COMMA_NAME":
                if doc[start].text == "," or doc[start].lower_ in POST_END:
                    start += 1
                end = start + 2
            elif label == "SPOKE":
                window = {t.lower_ for t in doc[end:end + 12]}
                if not window & SPOKE_VERBS:
                    continue
                end = start + 2
            if (label in ("BY", "SPOKE", "APPOSITION", "COMMA_NAME", "SUBJECT", "PAIR", "MIDDLE_INITIAL") or (label == "FOLLOWED" and doc[end].lower_ == "who") or (label != "TITLED" and end - start >= 3)) \
                    and not known_given_name(doc[start:end].text):
                continue  # without a title or a speech verb, only a known given name makes a person
            if label == "TITLED" and doc[start].lower_.rstrip(".") in POST_TITLES and not (
                    known_given_name(doc[start + 1:end].text.lstrip(". ")) or len(doc[start + 1].text.rstrip(".")) == 1):
                continue  # "Corporate Director Finance", "Chief Accountant": posts, not people
            while end - start > 2 and (doc[start].lower_ in LEADING_NOISE or (label != "TITLED" and (
                    not known_given_name(doc[start].text) and known_given_name(doc[start + 1].text)))):
                start += 1  # "January Mr Murphy", "Manager John McDonough"
            if label in ("SPEAKER", "BY", "SPOKE") and doc[end - 1].lower_ in PLACE_WORDS:
                continue  # "Residents of Normandy Close advised"
            if any(doc[i].is_sent_start for i in range(start + 1, end)):
                continue  # "... and the Mayor. Moved by Flagg": a title and a name share their sentence
            end = _whole_surname(doc, end)
            if label != "TITLED":
                start = _first_given_name(doc, start, end)
            while end - start > 1 and doc[end - 1].lower_ in PROCEDURE_WORDS:
                end -= 1  # 'Cllr Mrs Taylor Seconded – Cllr Mrs Clements': the seconder's label is no surname
            while end - start > 1 and doc[start].lower_ in PROCEDURE_WORDS:
                start += 1
            if all(t.lower_.rstrip(".") in self.titles or t.text == "." for t in doc[start:end]):
                continue  # a title and nothing of a name left
            span = Span(doc, start, end, label="PERSON")
            # a titled span keeps its title: it is an alias ("Cllr Worby"); names.split_title parts them later
            if len(span) >= 1 and not any(t.is_punct for t in span if t.text not in (".", "-")):
                spans.append(span)
        spans += _conjuncts(doc, spans)
        # `in` first: SpanGroups.get of a missing key raises and catches a KeyError inside, per doc
        existing = list(doc.spans[SPAN_KEY]) if SPAN_KEY in doc.spans else []
        doc.spans[SPAN_KEY] = spacy.util.filter_spans(existing + spans)
        return doc


_JOINERS = {",", "and", "or", "&"}
_SURNAME_SHAPE_SET = frozenset(SURNAME_SHAPES)


def _pair(doc: Doc, i: int) -> int | None:
    """The end of a given name (one the list knows) and a surname at token i, standing alone: no capitalised word on
    either side to make it part of something longer ('Tim Vincent', not 'Tim Vincent Road' or 'St Tim Vincent')."""
    if i < 0 or i + 1 >= len(doc):
        return None
    given, surname = doc[i], doc[i + 1]
    if not (given.is_title and given.is_alpha and len(given) >= 2 and known_given_name(given.text)
            and surname.shape_ in _SURNAME_SHAPE_SET and not surname.is_sent_start
            and surname.lower_ not in PLACE_WORDS | STREET_KINDS | POST_END | LIST_POSTS):
        return None
    end = _whole_surname(doc, i + 2)
    if end < len(doc) and doc[end].is_title and doc[end].is_alpha:
        return None
    if i and doc[i - 1].is_title and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start:
        return None
    return end


def _conjuncts(doc: Doc, spans: list[Span]) -> list[Span]:
    """People named in one run with a person found by the rules: 'Special thanks go to Norma Jones and Lynn Palmer',
    'promised their time: David Nicholls, Simon Scarrow and Jill Mansell', 'Mike Walker or Ben Shorey should be
    approached' (Souldern, Suffolk Libraries). Each conjunct is a known given name and a surname standing alone; the
    run is followed both ways from every person found, so one rule's find vouches for its neighbours."""
    from .people import ORGANISATION_WORD

    taken = {(s.start, s.end) for s in spans}
    # only a person vouches for a neighbour: not a span people_in drops later ('Grace Road were closed': a street)
    queue = [(s.start, s.end) for s in spans if doc[s.end - 1].lower_ not in PLACE_WORDS | STREET_KINDS | POST_END
             and not ORGANISATION_WORD.search(s.text)]
    out: list[Span] = []
    while queue:
        start, end = queue.pop()
        steps = []
        # rightwards: ', B', ' and B', ', and B', ' or B', ' & B'
        j = end
        if j < len(doc) and doc[j].lower_ in _JOINERS:
            j += 1 + (doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].lower_ in ("and", "or"))
            steps.append(j)
        # leftwards: 'A and ', 'A, ', 'A, and '
        k = start - 1
        if k >= 0 and doc[k].lower_ in _JOINERS:
            k -= 1 + (doc[k].lower_ in ("and", "or") and k >= 1 and doc[k - 1].text == ",")
            steps.append(k - 1)
        for i in steps:
            stop = _pair(doc, i)
            if stop is None or (i, stop) in taken or any(i < e and s < stop for s, e in taken):
                continue
            if i < start and stop != start - 1 - (doc[start - 1].lower_ in ("and", "or") and doc[start - 2].text == ","):
                continue  # leftwards, the pair must end right at the joiner
            taken.add((i, stop))
            queue.append((i, stop))
            out.append(Span(doc, i, stop, label="PERSON"))
    return out


def _first_given_name(doc: Doc, start: int, end: int) -> int:
    """The start of a name of two given names: the patterns take two words before a comma or a
    verb, so 'the WW1 veteran, John Henry Payne, in front' (Souldern) stored 'Henry Payne'. A known
    given name just before a known given name the span opens with is the name's, when nothing
    capitalised stands before it (a list run together, 'John Foster Ruby Kelly', is two people)."""
    if end - start != 2 or start < 2 or not known_given_name(doc[start].text):
        return start
    before, prior = doc[start - 1], doc[start - 2]
    if before.is_title and before.is_alpha and not before.is_sent_start and known_given_name(before.text) \
            and not prior.is_title and not prior.is_upper and (prior.is_punct or prior.is_lower):
        return start - 1
    return start


def _whole_surname(doc: Doc, end: int) -> int:
    """The end of a name whose surname is hyphenated: the tokenizer splits 'Baird-Palmer' at its
    hyphen, and the patterns that take two or three words ('Vice Chair Debbie Baird-Palmer', 'Cllr
    Mrs S Lansdell-Williams') stopped at the first half, storing a person the paper never names.
    Only a hyphen set tight between two capitalised words joins them ('Baird - Palmer' is two)."""
    while end + 1 < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_title and doc[end + 1].is_alpha and len(doc[end + 1]) >= 2:
        end += 2
    return end


# spaCy caches how each whitespace-delimited chunk splits into tokens, but only its first 10,000
# chunks: one ingest meets many more (33,000 in the 217 shared papers), so every later chunk was
# split by the prefix, suffix and infix rules again at each of its occurrences, in every paper.
# The cache is keyed by the chunk alone and holds what splitting it gives, so its size changes no
# token; 200,000 chunks cost about 12 MB.
TOKENIZER_CACHE_CHUNKS = 200_000


def _with_tokenizer_cache(nlp: Language) -> Language:
    if getattr(nlp.tokenizer, "max_cache_size", TOKENIZER_CACHE_CHUNKS) < TOKENIZER_CACHE_CHUNKS:
        nlp.tokenizer.max_cache_size = TOKENIZER_CACHE_CHUNKS
    # and a new chunk's prefix and suffix asked only of the rules that can meet its edge (the same tokens)
    with_edge_dispatch(nlp.tokenizer)
    return nlp


def build_default() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("minutes_sentencizer")
    nlp.add_pipe("person_matcher")
    return _with_tokenizer_cache(nlp)


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """The default rule pipeline, or an installed spaCy pipeline by package name or path,
    with minutebook's components added where the pipeline lacks them."""
    if not name:
        return build_default()
    nlp = spacy.load(name)
    if not (nlp.has_pipe("parser") or nlp.has_pipe("senter") or nlp.has_pipe("sentencizer")):
        nlp.add_pipe("minutes_sentencizer", first=True)
    if not nlp.has_pipe("person_matcher"):
        nlp.add_pipe("person_matcher", last=True)
    return _with_tokenizer_cache(nlp)


def people_in(doc: Doc) -> list[Span]:
    """Person spans from the rules and, with a statistical pipeline, its PERSON entities;
    never a span that names an organisation or a place ('Partnership Board agreed')."""
    from .people import ORGANISATION_WORD

    spans = list(doc.spans[SPAN_KEY]) if SPAN_KEY in doc.spans else []
    spans += [e for e in doc.ents if e.label_ == "PERSON"]
    return [s for s in spacy.util.filter_spans(spans) if not ORGANISATION_WORD.search(s.text)
            and not (s.end < len(doc) and doc[s.end].lower_ in STREET_KINDS)]  # 'Mrs. Newell Stoke Road': a street


# what follows a street's name ('Stoke Road', 'Bates Lane'): the words before it name the street, not a person
STREET_KINDS = {"road", "street", "lane", "avenue", "close", "drive", "crescent", "terrace", "gardens", "mews", "grove",
                "way", "place", "court", "row", "square", "boulevard", "parade"}
