"""Actions: explicit markers in all their forms and clear implicit assignments in running text (action logs and
action columns in tables: action_tables)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .directing_subject import asking_subject
from .hedges import standing, unsettled
from .literal_gate import Gated, fold
from .names import split_title
from .people import GROUP_WORDS, Registry, looks_like_name, split_names
from .personhood import INNER_TITLE_RE
from .roles import BARE_POST_RE, ROLE_PHRASE, ROLE_PHRASE_RE
from .taken_up import taken_up, timed_now

MARKER_RE = re.compile(r"(?i)^\W{0,3}(?:agreed\s+)?actions?(?:\s+points?)?\s*(?:\(\s*[^)]{0,20}\))?\s*[:\-–—]+\s*(?P<body>.*)$", re.S)
INLINE_MARKER_RE = re.compile(r"(?i)[(\[]\s*action(?:ed)?\s*(?:by|:|-|–)\s*(?P<owners>[^)\]]{1,60})[)\]]\s*\.?\s*$")
COMPLETED_RE = re.compile(r"(?i)\(?\b(?:completed?|closed|done|achieved|actioned|discharged)\b\)?\.?\s*$")
SUBJECT_SPLIT_RE = re.compile(
    r"^(?P<subject>.{2,120}?)\s+(?:need(?:s)? to|to be|will|would|are to|is to|to|should|must|agreed to|offered to|"
    r"undertook to|volunteered to|was asked to|were asked to|was requested to|were requested to)\s+(?P<rest>.+)$",
    re.S,
)
ACTION_VERBS = (
    "provide|send|circulate|contact|write|invite|arrange|review|report|update|look|follow|check|investigate|prepare|"
    "present|bring|share|set|organise|organize|confirm|liaise|consider|draft|produce|submit|email|e-mail|speak|meet|"
    "discuss|chase|explore|identify|develop|ensure|obtain|seek|agree|approach|ask|raise|feed|feedback|forward|"
    "circulate|complete|compile|collate|distribute|publish|post|promote|return|respond|reply|source|order|purchase|"
    "book|instruct|request|notify|inform|advise|pass|table|add|include|put|get|find|make|take|help|support|work|"
    "progress|resolve|investigate|monitor|establish|create|design|schedule|attend|map|move|approve|apply|co-ordinate|"
    "coordinate|signpost|clarify|escalate|amend|revise|refresh|finalise|finalize|prepare|provide|place|form|locate|"
    "research|draw|write up|bring back|communicate|convey|relay|publicise|publicize|give|action|mention"
)
# and the works and errands a parish's or a club's minutes give to someone they name as the subject ('Clerk to pay the
# invoice', 'That JT install a sign'): only there, since 'requested verbally to install' or 'could ask the Councillor to
# call it in' name no one who will
TASK_VERBS = ACTION_VERBS + "|pay|renew|deliver|cut|replace|install|repair|remove|inspect|collect|clear|sign|call|print|visit|fix|buy|lead"
# 'will be providing', 'will be updating': the -ing form of a verb ending in e ('The Compliance Manager will be
# updating the Health and Safety responsibilities', Suffolk Libraries; 'The Parish Clerk ... would be making', West
# Dereham)
_E_VERBS = "|".join(sorted({v[:-1] for v in TASK_VERBS.split("|") if v.endswith("e") and " " not in v}))
_NAME = r"(?:[A-Z]\.?\s+)?[A-Z][\w'’\-.]*(?:\s+[A-Z][\w'’\-.]*){0,3}"
_SUBJECT = (rf"{ROLE_PHRASE}|(?:the\s+)?(?:(?:{_NAME})(?:\s*,\s*(?:{_NAME}))*(?:\s*,?\s+(?:and|&)\s+(?:{_NAME}))?"
            r"|members|councillors|officers|staff|trustees|all members|all partners|cllr\.?[’']?s|cllrs\.?)")
_MODAL = (r"(?:also\s+|kindly\s+)?(?:(?:will|would|may)\s+need\s+to|(?:has|have|had)\s+(?:kindly\s+)?agreed\s+to|"
          r"will(?:\s+be)?|would|should|shall|to|need to|needs to|agreed to|offered to|undertook to|"
          r"volunteered to|"
          r"(?:was|were|be)\s+(?:asked|instructed|requested|tasked|authori[sz]ed)\s+to|is to|are to)")
IMPLICIT_RE = re.compile(
    # a minute number with its sub-point ('4.14iii) PCSO Anthony would look into ...', Manordeilo and Salem)
    rf"^\W*(?:\(?[a-z0-9]{{1,3}}[.)]\s*)?(?:\d+(?:\.\d+)*[a-z]{{0,4}}\)\s*)?(?:\d+(?:\.\d+)*\s+)?(?:however,?\s+|also,?\s+|commissioners?\s+|councillors?\s+)?"
    # 'continue as Chairman' holds an office ('Alan kindly agreed to continue as Chairman until the AGM', Friends of
    # Halesworth Library; 'Helaine would continue as Secretary', Stoke Ferry Residents' Association): no task
    rf"(?P<subject>{_SUBJECT})\s+(?P<modal>{_MODAL})\s+(?P<verb>(?:{TASK_VERBS}|continue)(?:s|ing)?|(?:{_E_VERBS})ing)\b(?!\s+as\b)"
    rf"(?P<rest>[^.;]*)",
)
# "..., which the Clerk will investigate", "agreed that the Clerk would place an advert"
EMBEDDED_RE = Gated(re.compile(
    rf"(?:,\s*which|\b(?:agreed|decided|resolved|asked|requested|noted|reported|confirmed|advised|said|stated)\s+that)\s+"
    rf"(?P<subject>{ROLE_PHRASE}|the\s+(?:clerk|chair(?:man)?|secretary|treasurer)|{_NAME})"
    rf"\s+(?:will|would|should|shall|is to|to)?\s*(?P<verb>(?:{ACTION_VERBS})(?:s|es)?)\b(?P<rest>[^.;]*)", re.I), "which", "that")
# "The Parish Clerk reported that he would circulate ...", "... responded that ... he would have to collate ..."
REPORTED_WILL_RE = Gated(re.compile(
    rf"^\W*(?P<subject>{ROLE_PHRASE}|{_NAME})\s+(?:reported|noted|said|confirmed|advised|stated|explained|responded|"
    rf"replied|added|indicated|agreed|announced)\s+(?:that\b)?[^.;]{{0,120}}?\b(?:he|she|they)\s+(?:would|will|was\s+going\s+to)\s+"
    rf"(?:(?:have|need)\s+to\s+|also\s+)?(?P<verb>{ACTION_VERBS})\b(?P<rest>[^.;]*)"), "would", "will", "going")
# "... Cllr Daphne Clements was reviewing it and agreed to add ...": the owner is the person named before
AGREED_TO_RE = Gated(re.compile(
    rf"(?:,|\band)\s+(?:also\s+|kindly\s+)?(?:agreed|offered|undertook|volunteered)\s+to\s+"
    rf"(?P<verb>{ACTION_VERBS}|come\s+back)\b(?P<rest>[^.;]*)"), "agreed", "offered", "undertook", "volunteered")
# the meeting gives a post authority to act, and the post owns the task: delegated ("delegates authority to the
# Corporate Director for Growth, Environment & Transport, in consultation with the Cabinet Member ..., to approve ...",
# Kent) or authorised ("Authorizing Assessment Clerk to delete assessment on NAC-Sidewalk Replacement Schedule ...",
# "to close the hearing and authorize City Manager to negotiate further with HUD", Des Moines). What a post is
# authorised to do is the task whatever its verb, as after 'asked to'; an authorised post is named in capitals ('the'
# at most before it), so 'authorize execution of petition and waiver forms' names no one. (Not a recommendation on an
# agenda, 'Authorize the City Manager to execute ...': an agenda's paper kind sets no actions.)
DELEGATED_RE = Gated(re.compile(
    rf"(?:\b[Dd]elegat\w*\s+(?:(?:its\s+)?authority\s+)?to\s+(?=the\s+[A-Z])|\b[Aa]uthori[sz](?:e|es|ing)\s+(?P<named>))"
    rf"(?P<object>(?(named)(?:the\s+)?[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){{0,4}}|the\s+[A-Z][^;:()]{{3,90}}?))\s*,?\s+"
    rf"(?:in\s+consultation\s+with\s+[^;]{{0,150}}?,?\s+)?"
    rf"to\s+(?P<verb>(?(named)[a-z]+|(?:{ACTION_VERBS}|make)))\b(?P<rest>[^.;]*)"), "delegat", "authoris", "authoriz")
DIRECTED_RE = Gated(re.compile(
    # 'It was agreed for JM to come back with a date' (West Dereham), 'it was agreed for the Clerk to contact Pest Control
    # services' (Stoke Ferry): the meeting agreeing that someone does it
    rf"(?i)\b(?:directed|directs|asked|asks|ask|instruct|instructed|instructs|requested|requests|tasked|invited|challenged|calls\s+(?:on|upon)|agreed\s+for)"
    rf"\s+(?!(?:him|her|them|us|me|it|you|to)\b)(?P<object>{ROLE_PHRASE}|staff|officers|the clerk|clerk|the chair|"
    rf"(?:all\s+)?members|(?:all\s+)?councillors|trustees|all partners|everyone|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+to\s+"
    rf"(?P<verb>{ACTION_VERBS}|continue|come\s+back)\b(?!\s+as\b)(?P<rest>[^.;]*)"
), "direct", "ask", "instruct", "request", "tasked", "invited", "challenged", "calls", "agreed")
# someone the meeting will ask to do a task: "Nigel Prickett to be asked to strim around the pond" (Shutford),
# "It was agreed that the Handyman should be asked to carry out this work" (West Dereham), "Lucy Hoad/Ian Aikman
# would be asked to respond" (Ayton), "agreed that Mr Thomas be asked to carry out the work" (Manordeilo and
# Salem), "CGM to be asked to cut back the plum tree" (Stoke Ferry). The asking is the task, whoever is asked;
# any verb will do after 'asked to'. Only at a sentence's or clause's start, or after 'that', so that "Those
# interested will be asked to ..." (no one named), "disappointed to be asked to ..." and "The Council will be
# requested to pass a resolution excluding the press" (the meeting itself, Wereham) are not read.
ASKED_RE = Gated(re.compile(
    rf"(?:^\W*(?:\(?[a-z0-9]{{1,3}}[.)]\s*)?(?:[\w.]*\d[\w.]*\s+)?|[:–—]\s+|\s-\s+|\bthat\s+)"
    rf"(?!(?:[Tt]he\s+)?(?:Council|Board|Committee|Meeting|Parish|Panel|Cabinet|Members|Councillors)\b)"
    rf"(?P<subject>{ROLE_PHRASE}|[Tt]he\s+[A-Z][a-z]+|[Hh]e|[Ss]he|[Tt]hey|"
    rf"(?:{_NAME})(?:\s*(?:/|,|\band\b|&)\s*(?:{_NAME}))*)\s+"
    # ('NCC Highways should be asked again to maintain the paths', Stoke Ferry)
    rf"(?:(?:to|should|would|will|shall|is\s+to|are\s+to)\s+)?be\s+(?:asked|requested|instructed|approached)\s+(?:again\s+)?to\s+"
    rf"(?:\w+ly\s+)?(?P<verb>[a-z]+)\b"), "asked", "requested", "instructed", "approached")
# the meeting agreeing to do something that still needs doing, with no one named: "It was agreed to add Model
# Local Resolution Protocol ... as an agenda item" (Manordeilo and Salem), "It was agreed to monitor the position"
# (Stoke Ferry), "It was agreed to research the possibility of 'finger' signs" (Boughton), "it was agreed to ask
# that the sign be relocated" (Ayton). Only verbs of work still to do: "agreed to support / adopt / approve /
# appoint / continue / leave" is the decision itself, done as it is made.
# verbs of work the body itself still has to do (not 'adopt', 'approve', 'donate', 'consider items', 'ensure'; 'agreed to
# review the hedges' is the decision itself, REVISIT_RE reads a review at a stated time, BODY_WILL_RE a body's 'will review')
BODY_TASK_VERBS = (
    r"invite|ask|explore|research|monitor|investigate|arrange|write\s+to|contact|seek|obtain|look\s+into|find\s+out|"
    r"enquire|inquire|chase|request|approach|organi[sz]e|draft|circulate|check|add\b[^.;]{0,100}?\bagenda|"
    r"make\s+(?:further\s+)?enquiries|raise|respond|reply|pursue|follow\s+up|consult|speak\s+to|lobby|press|liaise|"
    r"notify|inform")
# and what only the body's agreeing to do it sets as work ('It was resolved to put a draft plan together and consult
# with the village', 'It was resolved to compile a skeleton framework for the next meeting', 'it was resolved to
# distribute some bags around the village', Souldern; 'It was agreed to get quotes', Wereham), not 'write off'
AGREED_WORK_VERBS = (r"compile|distribute|prepare|produce|put\s+[^.;]{0,40}?\btogether|get\s+(?:\w+\s+)?quotes|"
                     r"send|write(?!\s+off)|obtain|set\s+up|publici[sz]e|advertise|order|purchase")
AGREED_TASK_RE = Gated(re.compile(
    # ('Various types of visual barriers were discussed and it was resolved to consult the village', Souldern)
    r"(?i)(?:^\W*(?:\(?[a-z0-9]{1,4}[.)]\s*)?|[:–—]\s+|\s-\s+|,\s+|\band\s+(?=it\s+was))(?:it\s+was\s+(?:\w+ly\s+)?|the\s+(?:council|board|committee|meeting|members|group)\s+)"
    rf"(?:agreed|resolved|decided)\s+(?:\w+ly\s+)?to\s+(?:{BODY_TASK_VERBS}|{AGREED_WORK_VERBS})\b"), "agreed", "resolved", "decided")
# the body, or its 'we', setting itself work: said as its own will ('The Parish Council will make further enquiries
# including land ownership', Wretton; 'The Council will seek legal advice from Norfolk Association of local Councils',
# Wereham; 'The board will review the safety management system ... at the next meeting', Suffolk Libraries), or
# agreed for it ('It was resolved that we should respond to the email sent by ROAR', Souldern; 'it was agreed that the
# Council should speak to the Community Officer', Souldern). Someone's opinion that it 'should' ('SP commented that
# the Parish Council should explore the proposal further', West Dereham) or a forecast that it 'would' is not agreed.
BODY_WILL_RE = Gated(re.compile(
    r"(?:^\W*(?:\(?[a-z0-9]{1,4}[.)]\s*)?(?:\d+(?:\.\d+)*\s+)?|[:;–—•]\s+|\b(?P<agreed>(?i:agreed|resolved|decided))\s+that\s+)"
    r"(?P<body>[Ww]e|[Tt]he\s+(?:(?i:parish|town|community)\s+)?(?i:council|board|committee|trustees))\s+"
    r"(?:(?P<will>will|shall|(?i:is|are)\s+to)|(?P<should>should|would|must))\s+(?:also\s+|now\s+|then\s+|therefore\s+)?"
    rf"(?i:{BODY_TASK_VERBS}|review|revisit|reconsider)\b"), "will", "shall", "to", "should", "would", "must",
    also=("we", "council", "board", "committee", "trustees"))  # 'to' alone let it try most sentences
# A body that names itself as the doer of its own task owns it, as the gold's convention has it ('The Council will seek
# legal advice from Norfolk Association of local Councils' is the Council's, Wereham; 'The committee will request
# information from KLWNBC' the Committee's, Stoke Ferry's village liaison; 'the Council/CCN representations to government'
# the Council's, Kent): by its head noun, as a group ('The Parish Council will review burial fees', Northwold; 'The board
# will review the safety management system', Suffolk Libraries). Its 'we' names no one the gold could agree on (a report's
# 'we' is its writer's group, a meeting's 'we' the body), so it stays without an owner.
BODY_HEAD_RE = re.compile(r"(?i)^the\s+(?:(?:parish|town|community)\s+)?(?P<head>council|board|committee|trustees)$")


def body_owners(subject: str) -> list[tuple[str, str]]:
    """The body as the owner of the task it sets itself ('The Parish Council will ...' -> Council); none for 'we'."""
    m = BODY_HEAD_RE.match(" ".join(subject.split()))
    return [(m.group("head").capitalize(), "group")] if m else []


# the doer named in brackets after the subject the sentence gives them: 'it was agreed that the PC (Tom Roberts) would
# invite the Highways Team of NCC' (Boughton), 'that those present (June Stocking, Tony Hook, Sybil and John Baxter + Joyce
# Hull) would form a committee' (Stoke Ferry Residents' Association). Owners only when each name is a person of the paper.
BRACKETED_DOER_RE = Gated(re.compile(
    rf"\((?P<names>[A-Z][^()]{{2,120}}?)\)\s+(?:also\s+)?(?:would|will|should|shall|is\s+to|are\s+to|to|"
    rf"(?:agreed|offered|volunteered)\s+to)\s+(?P<verb>{TASK_VERBS})\b(?P<rest>[^.;]*)"), ")")


# "factual points to be checked by officers"
# its matches and PASSIVE_RE's hold 'be': each is asked only of a sentence with 'to be', 'will be', ... ('be')
PASSIVE_AGENT_RE = Gated(re.compile(
    r"\b(?i:to be|will be|would be|should be)\s+(?i:checked|reviewed|considered|investigated|researched|followed up|"
    r"looked into|provided|prepared|circulated|arranged|updated|confirmed|explored)\s+by\s+(?P<agent>(?:the\s+)?"
    rf"(?:officers|staff|(?i:the clerk|clerk)|(?:{_NAME})(?:\s*,\s*(?:{_NAME}))*(?:\s+(?:and|&)\s+(?:{_NAME}))?"
    r"(?:\s+(?:department|team|service|officers))?))"), "to be", "will be", "would be", "should be")
# the same with 'will/would be' and any participle whose doer the sentence names a few words on, when that doer is a
# person or post of the paper (`_will_be_done_by`): 'Copies of the new agreement would be given to Richard French by the
# Chairman' (West Dereham), 'This matter will be taken up by County Councillor Martin Storey' (Wretton), 'apart from the
# below which will be actioned by the Clerk prior to the next meeting: ... Contact Glazewing ref litter along the A134'
# (Wereham). Not what is done to a person or for an office ('will be replaced by Sahira Schutte', 'will be supported
# by Graham Watson', 'will be chaired by'), nor a firm's or another body's work ('will be carried out by the CDP':
# no person of the paper), nor a standing arrangement ('in future ... will be dealt with by Laura How')
NOT_DONE_BY = (r"replaced|supported|joined|accompanied|assisted|chaired|led|attended|seconded|proposed|appointed|elected|"
               r"represented|funded|met|covered|managed|maintained|welcomed|thanked|succeeded|followed|signed|paid|held|"
               r"used|owned|affected|impacted|determined|decided|approved|agreed|accepted|noted|received|heard|seen|known|"
               r"shown|opened|closed|hosted|sponsored|presented|appreciated|valued|enjoyed|liked|preferred|missed")
WILL_BE_DONE_BY_RE = Gated(re.compile(
    rf"\b(?:will|would)\s+(?:now\s+|also\s+|then\s+)?be\s+(?!(?:{NOT_DONE_BY})\b)(?:[a-z]+(?:ed|en|wn)|given|sent|taken\s+up|"
    r"dealt\s+with|put\s+on|brought)\b(?:\s+(?:up|on|out|back|round|over|forward))?[^.;,:]{0,50}?(?=\s+by\s)"), "will", "would", also=(" by",))
IN_FUTURE_RE = re.compile(r"(?i)\bin\s+future\b|\bfrom\s+now\s+on\b|\bgoing\s+forward\b")
PASSIVE_RE = Gated(re.compile(
    r"(?i)\b(?:(?:would|will|is to|are to|to|should)\s+be|that\s+(?:a|an|the)\s+[\w\-]+(?:\s+[\w\-]+){0,2}\s+be)\s+"
    r"(?:brought\s+back|reported\s+back|reported|presented|circulated|submitted|provided|shared|sent|reconsidered|"
    r"consulted|brought|bought|formed|invited|arranged|organised|organized|added|considered|reviewed|available)\b[^.;]*"
), "be")
# Work that someone still has to do, as a passive participle: what a task in the passive is ('an options appraisal
# be conducted', Suffolk Libraries; 'Standing Orders to be amended', Suffolk; 'that this work be carried out by Mr
# Bowen', Manordeilo and Salem; 'that a letter be written', Stoke Ferry). Not the decision itself, done as it is made:
# approved, adopted, accepted, agreed, noted, received, signed, ratified are not here.
TASK_PARTICIPLES = (
    r"brought(?:\s+back)?|reported(?:\s+back)?|presented|submitted|circulated|re-circulated|provided|prepared|sent|"
    r"referred|undertaken|written|arranged|organised|organized|obtained|sought|commissioned|published|placed|"
    r"installed|ordered|purchased|shared|invited|added|reviewed|updated|confirmed|contacted|considered|drafted|"
    r"redrafted|revised|amended|scheduled|booked|investigated|conducted|carried\s+out|instigated|drawn\s+up|set\s+up|"
    r"explored|checked|costed|repaired|replaced|cleared|erected|removed|fixed|compiled|chased(?:\s+up)?|pursued|"
    r"looked\s+into|followed\s+up|researched|approached|informed|notified|requested|monitored|produced|sourced|"
    r"renewed|inspected|surveyed|progressed|clarified|established|developed|designed|made|re-?examined|replanted|"
    r"cleaned|tidied|dismantled|treated|finali[sz]ed|painted|repainted|put\s+back(?:\s+up)?|cut(?:\s+back)?|trimmed|"
    r"formulated|reset|relocated")
# work the minutes say is to be done, with no one named: 'An asset register needs to be compiled', 'the possibility of
# renovating the old noticeboard should be explored' (Souldern), 'The War Memorial needs to be cleaned and tidied',
# 'Spreadsheets should be formulated with all the information on street furniture' (Stoke Ferry), 'media training for
# the Board should be arranged' (Suffolk Libraries). Not what should not be, nor a condition or a question.
NEEDS_DOING_RE = Gated(re.compile(
    r"(?:^\W*|[;:,–—]\s+|\b(?:and|but|that|so)\s+)(?!(?:it|he|she|they|we|you|i|there)\s)(?:[\w’'\-]+\s+){1,7}?(?:still\s+)?"
    r"(?:should|needs?\s+to|must)\s+(?:now\s+|also\s+)?be\s+"
    rf"(?!made\b)(?:{TASK_PARTICIPLES})\b(?<!prepared(?=\s+to\b))(?![^.;]*\?)"), "should", "need", "must")
# (a past 'needed to be amended' reports; 'may need to be reviewed' and 'defects considered life threatening and need to
# be made safe' describe, as do conditions and opinions; a rule for any or every case is a policy, not a task: 'Any
# further training offers should be explored for front line staff'); nor someone else's words reported: 'A notice which
# was put up asking that litter should be placed in bins', 'JM reported that Bridge Road should now be cleared', 'he was
# now providing advice that the tiles should be painted'), nor a forecast ('Assessments would then need to be undertaken';
# 'the Council should be prepared to deal with the GDPR' is readiness, not a task); nor what the sentence denies, its
# 'not' written short or as 'no longer' ('there are signs on School Lane so these don’t need to be chased', Wereham)
NOT_DOING_RE = re.compile(r"(?i)\b(?:if|whether|unless|could|might|may|not|felt|thought|suggested|believed|questioned|"
                          r"considered|any|every|each|asking|asked|requesting|reported|said|stated|advised|advice|which|"
                          r"would|never|no\s+longer)\b|\w+n[’']t\b")
# what the minutes say would follow from the discussion, plainly, as the record of what was settled: 'This would be
# reported to NCC Highways', 'This would be put on the maintenance schedule', 'information would now be forwarded to
# the local Funeral Directors' (Stoke Ferry), 'The damaged sign would be reported again to the Borough Council', 'The
# subject would be placed on the agenda for the next meeting' (West Dereham), 'The CPO would be contacted to determine
# ...' (Ayton), 'Some minor repairs had been instructed and would be carried out' (Manordeilo and Salem). Not a thing
# newly described ('A leaflet detailing housing options would be produced', Kent), nor someone's report, hope or
# condition ('The Chair advised that these notes would be circulated', 'provided a need is identified'), nor work
# already set going for others to do ('Some minor repairs had been instructed and would be carried out'), nor 'it' or
# 'there' ('it would be prepared to consider'); 'will be' is left out: in reports and minutes alike it forecasts
# ('The NHS Long Term Plan will be discussed in further detail at PSNC's February meeting').
# the body's own business of asking, telling, recording and looking into: works 'would be carried out', 'replaced' or
# 'provided' are a forecast of what a contractor or another body does ('The work would be carried out in tandem with
# road surfacing works', Ayton)
# (and what the body buys or looks into for itself: 'In addition a commemorative bench would be ordered', Burton-cum-Walden;
# 'the idea would be explored as part of the Parish Wish List', Northwold)
WOULD_PARTICIPLES = (r"reported(?:\s+back)?|discussed|placed|put\s+on|forwarded|circulated|sent|contacted|investigated|"
                     r"ordered|purchased|explored|"
                     r"looked\s+into|followed\s+up|chased(?:\s+up)?|raised|arranged|organi[sz]ed|booked|sought|obtained|"
                     r"requested|written|drafted|added|considered|reviewed|revisited|informed|notified|approached|"
                     r"publici[sz]ed|published|progressed|checked|asked|invited|brought\s+back|referred|passed\s+on")
WOULD_BE_DONE_RE = Gated(re.compile(
    r"^\W*(?:(?:\d+(?:\.\d+)*|\(?[a-z]{1,2}\))\s+)?(?:[Ss]o\s+|[Aa]nd\s+)?(?!(?i:it|there|he|she|they|we|you|i|an?|any|each|every)\s)"
    r"(?P<subject>(?:[\w’'\-]+\s+){1,7}?)would\s+(?:now\s+|then\s+|also\s+)?be\s+"
    rf"(?:{WOULD_PARTICIPLES})\b(?![^.;]*\?)"), "would")
# minute style: "Revised job description to be circulated", "Gateshead CCG to be invited to next meeting"
# (not a question, 'Are signs to be erected ...?', nor a state: 'This issue is unlikely to be progressed', 'Work still
# needs to be undertaken', 'This area will continue to be reviewed in the coming months', nor a list's subject: 'Others
# to be reported are between Stocks Bridge and ...')
_TO_BE_SUBJECT = (
    r"^\W*(?!(?:Are|Is|Was|Were|Will|Would|Should|Can|Could|Do|Does|How|What|When|Why|Who|There)\b)(?:[A-Z][\w'’\-]*)"
    r"(?:\s+(?![\w'’\-]*ed\b)(?!(?:for|this|that|it|be|been|has|have|had|not|likely|unlikely|needs?|"
    r"still|yet|going|due|continue|continues)\b)[\w'’\-]+){0,4}?\s+to\s+be\s+")
TO_BE_DONE_RE = re.compile(
    _TO_BE_SUBJECT +
    rf"(?:(?!made\b)(?:{TASK_PARTICIPLES})\b|\w+ed\s+(?:at|for|by)\s+(?:the\s+)?next\s+(?:\w+\s+)?meeting\b)"
    r"(?!\s+(?:are|is|was|were|include|includes)\b)(?![^.;]*\?\s*$)")
# the same with any participle whose doer is named right after it: 'The Return to be signed by the Chairperson and the
# Clerk/RFO and submitted' (Manordeilo and Salem), 'The overall policy statement to be signed by AW as general manager'
# (Suffolk Libraries). Who will do it makes it an errand whatever the verb; it is a task only when that doer is a person
# or post of the paper (`done_by_named`), and never the last minutes' signing ('Minutes to be signed by the Chair')
DONE_BY_RE = re.compile(_TO_BE_SUBJECT + r"(?P<participle>[a-z]+(?:ed|en|wn))(?=\s+by\s)(?![^.;]*\?\s*$)")
REQUEST_RE = Gated(re.compile(
    r"(?i)\b(?:requested|asked for)\s+(?:a|an|that\s+a)\s+(?:copy|report|update|briefing|breakdown|list|note|summary|"
    r"pdf|map|plan|written\s+response|presentation|follow-up)\b"), "requested", "asked")
FOLLOW_UP_RE = Gated(re.compile(
    r"(?i)\b(?:a|an)\s+(?:follow-up|update|report|presentation)\s+(?:will|would|is to)\s+(?:come|be\s+\w+)\b[^.;]*\b(?:next|future|following)\b[^.;]*\bmeeting"), "meeting")
PASSIVE_TARGET_RE = re.compile(
    r"(?i)\bback\b|\b(?:to|by)\s+(?:the|this|a|a future|its)\s+(?:next\s+)?(?:\w+\s+)?(?:committee|board|cabinet|council|"
    r"commission|panel)\b|\b(?:at|for)\s+(?:a|the)\s+(?:next\s+)?(?:\w+\s+)?meeting\b|\bfor\s+\w+\s+meeting\b|"
    r"\bto\s+the\s+(?:next\s+)?(?:\w+\s+)?(?:agenda|notice|newsletter|website|noticeboard)\b")


@dataclass
class ActionFact:
    text: str  # the source wording
    description: str
    owners: list[tuple[str, str]]  # (name, kind)
    page: int
    block: int
    status: str = "open"
    status_text: str | None = None
    due_hint: str | None = None  # a due cell in an action log
    due_said: str | None = None  # its row's sentence that sets the same work, read for a due its own words lack
    ref: str | None = None
    rule: str = ""


def owners_from(subject: str, registry: Registry) -> list[tuple[str, str]]:
    """'Amolak Tatter, Paul Waller and partners' -> two people; 'DT/TRUSTEES' -> a person and a group."""
    subject = re.sub(r"(?i)\s+and\s+(?:partners|others|colleagues|relevant\s+\w+)\s*$", "", subject.strip())
    subject = re.sub(r"(?i)^(?:it was agreed that|agreed that|agreed:?|that)\s+", "", subject)
    # a member's initials that spell an honour ('KC to inform Mrs Picton', 'KC agreed to contact AMEY': Ayton's
    # Kenny Combe; a JP or MP of any body's list) are that member where the paper defines them, not letters
    # after a name for split_names to drop
    subject = re.sub(r"(?<![\w.])(?:OBE|MBE|CBE|JP|MP|DL|QC|KC|BEM)(?![\w.])",
                     lambda m: registry.initials.get(m.group(0), m.group(0)), subject)
    owners: list[tuple[str, str]] = []
    for piece in split_names(subject.replace("/", ",")):
        piece = piece.strip(" .:-–")
        if not piece or len(piece) > 60:
            continue
        owners.append(classify_owner(piece, registry))
    seen, unique = set(), []
    for o in owners:
        if o[0].lower() not in seen:
            seen.add(o[0].lower())
            unique.append(o)
    return unique


ROLE_OWNER_RE = re.compile(r"(?i)^(?:the\s+)?(chair(?:man|person)?|vice[- ]chair|clerk|secretary|treasurer|parish clerk|town clerk)$")


def classify_owner(piece: str, registry: Registry) -> tuple[str, str]:
    role = ROLE_OWNER_RE.match(piece)
    if role or ROLE_PHRASE_RE.fullmatch(piece.strip()) or BARE_POST_RE.fullmatch(piece.strip()):
        holder = registry.resolve_role(role.group(1) if role else piece)
        if holder:
            return holder, "person"
        name = re.sub(r"(?i)^(?:the|our)\s+", "", piece.strip())
        return (name.title() if name.islower() else name[:1].upper() + name[1:]), "role"
    if piece in registry.shared:
        return piece, "person"  # two people's code: action_facts picks the one its passage names
    resolved = registry.resolve(piece)
    if resolved != piece and resolved != split_title(piece)[1] or re.fullmatch(r"[A-Z]{2,4}[a-z]{0,3}", piece) and resolved != piece:
        return resolved, "person"
    title, bare = split_title(piece)
    if title and looks_like_name(bare):
        return resolved, "person"
    if GROUP_WORDS.match(piece) or piece.isupper() or not looks_like_name(piece) or len(piece.split()) == 1:
        name = re.sub(r"(?i)^all\s+(?=members|councillors|partners|trustees|officers)", "", piece.strip())
        name = "Councillors" if re.fullmatch(r"(?i)cllr\.?[’']?s|cllrs\.?", name) else name
        if name.isupper() and len(name) > 4:
            name = name.title()  # TRUSTEES -> Trustees
        name = re.sub(r"(?i)^the\s+(?=(?:members|councillors|trustees|officers|partners)$)", "", name)
        # a group the text names with its article ('requested the panel to share the content', 'asked the resident to
        # send a copy of the plan') is the Panel, the Resident; a name printed with its capital 'The' ('ACTION: The
        # collective to provide an update') keeps it
        name = re.sub(r"^the\s+(\w)", lambda m: m.group(1).upper(), name)
        return name, "group"
    return resolved, "person"


def split_status(text: str) -> tuple[str, str, str | None]:
    """Strip a trailing status marker: '... (COMPLETED)' -> (text, 'completed', 'COMPLETED')."""
    m = COMPLETED_RE.search(text)
    if m and (m.group(0).strip().startswith("(") or len(text) - m.start() < 15):
        return text[: m.start()].strip(" -–.:"), "completed", m.group(0).strip(" ().")
    return text, "open", None


def from_marker(body: str, previous_text: str | None, registry: Registry, page: int, index: int, raw: str) -> ActionFact | None:
    body = body.strip()
    if not body:
        return None
    body, status, status_text = split_status(body)
    if _is_owner_list(body, registry):
        # "ACTION: DT" under the paragraph it belongs to
        if not previous_text:
            return None
        owners = owners_from(body, registry)
        return ActionFact(text=f"{previous_text}\nACTION: {body}", description=previous_text, owners=owners, page=page,
                          block=index, status=status, status_text=status_text, rule="marker-after")
    owners = subject_owners(body, registry)
    return ActionFact(text=raw, description=body, owners=owners, page=page, block=index, status=status,
                      status_text=status_text, rule="marker")


VERB_START_RE = re.compile(rf"(?i)^(?:{ACTION_VERBS}|defer|invite|review|continue)\b")


def subject_owners(text: str, registry: Registry) -> list[tuple[str, str]]:
    """Owners named as the subject of 'X to do Y' / 'X will do Y'; none for a passive
    ('Roadmap ... to be presented') or an imperative ('Defer FLAG presentation to March')."""
    m = SUBJECT_SPLIT_RE.match(text)
    if not m:
        return []
    subject = m.group("subject")
    after = text[len(subject):len(subject) + 12].lower()
    if re.match(r"\s+(?:to be|will be|would be|should be|must be)\b", after) or VERB_START_RE.match(subject):
        return []
    if re.match(r"(?i)^(?:an?|the)\s+(?:update|report|paper|item|roadmap|review)\b", subject):
        return []
    candidate = owners_from(subject, registry)
    return candidate if candidate and all(_plausible_owner(n, k) for n, k in candidate) else []


def _plausible_owner(name: str, kind: str) -> bool:
    # (an initial's full stop is part of a name: 'Mr S. Davies from Western Power ... He would send a confirmation
    # email', Manordeilo and Salem; 'Cllr. D. Jenkins')
    if len(name.split()) > 5 or re.search(r"(?<!\b[A-Z])[.;:]\s", name) or not name[:1].isupper():
        return False
    if kind == "person" and re.fullmatch(r"A\.?\s+[A-Z][\w'’-]+", name):
        return True  # an initial and a surname ("A Jenkinson"), not the article
    return not re.match(r"(?i)^(?:an?|this|these|it|there|update|report|paper|roadmap|review|item|work)\b", name)


def _is_owner_list(body: str, registry: Registry) -> bool:
    pieces = [p.strip() for p in re.split(r"[/,&]|\band\b", body) if p.strip()]
    if not pieces or len(body) > 60:
        return False
    return all(re.fullmatch(r"[A-Z]{1,4}[a-z]{0,3}", p) or p.upper() == p and len(p) < 20 or p.upper() in registry.initials
               or (looks_like_name(p) and len(p.split()) <= 3 and not re.search(r"\b(?:to|will)\b", p)) for p in pieces)


def _person_like(subject: str, registry: Registry) -> bool:
    """A subject that can own an action: a person the paper names, a titled name, a role
    holder, initials, or a group of members or officers."""
    subject = subject.strip()
    # a full name the paper gives resolves to itself: 'Tom Ellis to obtain three quotes' after 'Present: ... Tom Ellis'
    return bool(registry.resolve(subject) != subject or registry.names_person(subject) or split_title(subject)[0] or ROLE_OWNER_RE.match(subject)
                or ROLE_PHRASE_RE.fullmatch(subject) or BARE_POST_RE.fullmatch(subject) or registry.resolve_role(subject)
                or re.sub(r"(?i)^the\s+", "", subject).lower() in ("members", "councillors", "officers", "staff", "trustees",
                                                                    "all members", "all partners", "all councillors",
                                                                    "all trustees", "all officers")
                or re.fullmatch(r"(?i)cllr\.?[’']?s|cllrs\.?", subject)
                or re.fullmatch(r"[A-Z]{2,4}[a-z]{0,3}", subject)
                or re.fullmatch(r"[A-Z]\.\s*[A-Z][a-z]+", subject))


# an office taken, not a task set: 'It was confirmed that Cathy Fleet will take over from Nikki Robertson as RFO' (Souldern),
# 'Councillor Agate has kindly agreed to take over the duties of Treasurer and Responsible Financial Officer' (Boughton),
# '... elected to act as Vice Chair' (the verb and what follows it)
OFFICE_RE = re.compile(r"(?i)^(?:take|took|taking)\s+over\s+(?:the\s+(?:role|duties|post|position|office)\s+of\b|from\s+[^.;,]{1,40}?\s+as\b|as\b)"
                       r"|^(?:act|acting|serve|serving|stand|standing)\s+as\b")


def implicit(sentence: str, registry: Registry, page: int, index: int) -> list[ActionFact]:
    """Clear implicit assignments: 'Clerk to write to ...', 'Council directed staff to ...',
    'The Parish Clerk reported that he would circulate ...', 'RESOLVED: That the Clerk will confirm ...'."""
    def fact(owners, rule):
        return [ActionFact(text=sentence, description=sentence.strip(), owners=owners, page=page, block=index, rule=rule)]

    folded = fold(sentence)  # for the gates of the patterns below that ask for words
    # (not a direction the same sentence reports taken up: 'The Chairman invited Members to speak and tributes were made')
    directed = [_directed_owners(sentence, m, registry) for m in DIRECTED_RE.finditer(sentence, folded=folded)
                if not taken_up(m.group("rest"))]
    directed += [[_role_owner(m.group("object"), registry)] for m in DELEGATED_RE.finditer(sentence, folded=folded)]
    if directed:
        return [f for owners in directed for f in fact(owners, "implicit-directed")]
    asked = ASKED_RE.search(sentence, folded=folded)
    if asked:
        return fact(_asked_owners(asked.group("subject"), registry), "implicit-asked")
    decision = DECISION_OPENING_RE.match(sentence)
    if decision:
        # a resolution that names who carries it out is an assignment as well as a decision
        owners = _subject_owners(sentence[decision.end():], registry, subjunctive=True)
        if owners:
            return fact(owners, "implicit-resolved")
        subjunctive = SUBJUNCTIVE_TASK_RE.match(sentence[decision.end():])
        if subjunctive:  # 'that this work be carried out by Mr Bowen': the one it is done by owns it
            return fact(_by_agent(sentence[decision.end() + subjunctive.end():], registry), "implicit-resolved")
        agreed = AGREED_THAT_PASSIVE_RE.search(sentence, folded=folded)
        if agreed:  # 'It was agreed that a warning sign should be placed on the corner'
            return fact(_by_agent(sentence[agreed.end():], registry), "implicit-resolved")
        if REVISIT_RE.search(sentence[decision.end():]):
            return fact([], "implicit-resolved")
        body = BODY_WILL_RE.search(sentence, folded=folded)
        if body:
            return fact(body_owners(body.group("body")), "implicit-resolved")  # in a resolution, the body's 'should' is agreed
        if AGREED_TASK_RE.search(sentence, folded=folded):
            return fact([], "implicit-agreed-task")
        m = PASSIVE_RE.search(sentence, folded=folded)  # "... arrangements would be considered and brought back to a future meeting"
        return fact([], "implicit-resolved") if m and PASSIVE_TARGET_RE.search(m.group(0)) else []
    if SUBJUNCTIVE_TASK_RE.match(sentence):
        return fact([], "implicit-resolved")
    part = RESOLUTION_PART_RE.match(sentence)
    if part:
        # a later part of a numbered resolution, its 'RESOLVED' sentences back: '2) That DC contact Westcotec
        # regarding Streetlights Map' (Stoke Ferry), '(2) That BB contact Roger Lankfer.' (Wereham)
        owners = _subject_owners(sentence[part.end():], registry, subjunctive=True)
        if owners:
            return fact(owners, "implicit-resolved")
    if AGREED_TASK_RE.search(sentence, folded=folded) and not implicit_match(sentence):
        return fact([], "implicit-agreed-task")
    body = BODY_WILL_RE.search(sentence, folded=folded)
    if body and (body.group("will") or body.group("agreed")) and not (
            implicit_match(sentence) and _subject_is_person(implicit_match(sentence).group("subject"), registry)):
        return fact(body_owners(body.group("body")), "implicit-agreed-task")
    agreed = AGREED_THAT_PASSIVE_RE.search(sentence, folded=folded)
    if agreed:
        return fact(_by_agent(sentence[agreed.end():], registry), "implicit-resolved")
    m = implicit_match(sentence)
    if m and not _subject_is_person(m.group("subject"), registry):
        return []  # "The plan will be presented" is a forecast, "the Clerk will write" an assignment
    if m and timed_now(m.group("rest")):
        return []  # 'Cllr Storey was asked to provide his NCC update at this point': a turn in this meeting
    if m and OFFICE_RE.match(f"{m.group('verb')}{m.group('rest')}"):
        return []  # 'X has kindly agreed to take over the duties of Treasurer': an office taken
    for rule, owners in (("implicit", _subject_owners(sentence, registry)),
                         ("implicit-role", _role_subject_owners(sentence, registry)),
                         ("implicit-clause", _clause_owners(sentence, registry)),
                         ("implicit-embedded", _embedded_owners(sentence, registry)),
                         ("implicit-reported", _reported_owners(sentence, registry)),
                         ("implicit-agreed", _agreed_owners(sentence, registry)),
                         ("implicit-bracketed", _bracketed_owners(sentence, registry))):
        if owners:
            return fact(owners, rule)
    m = PASSIVE_AGENT_RE.search(sentence, folded=folded)
    if m:
        agent = re.sub(r"(?i)^the\s+(?=officers|staff)", "", m.group("agent").strip())
        return fact(owners_from(agent, registry), "implicit-passive-agent")
    m = TO_BE_DONE_RE.match(sentence)
    if m or FOLLOW_UP_RE.search(sentence, folded=folded) or REQUEST_RE.search(sentence, folded=folded):
        # ('A letter to be sent by the Clerk to the highways team': the one it is done by owns it)
        return fact(_people_by(sentence[m.end():], registry) if m else [], "implicit-passive")
    done_by = done_by_named(sentence, registry)
    if done_by:
        return fact(done_by, "implicit-passive")
    m = PASSIVE_RE.search(sentence, folded=folded)
    if m and PASSIVE_TARGET_RE.search(m.group(0)):
        return fact([], "implicit-passive")
    m = NEEDS_DOING_RE.search(sentence, folded=folded)
    if m and not NOT_DOING_RE.search(sentence[:m.end()]) and not standing(sentence[m.end():]):
        # ('Further stats from the Camera Team will need to be requested by the Clerk when required', Northwold)
        return fact(_people_by(sentence[m.end():], registry), "implicit-passive")
    m = WOULD_BE_DONE_RE.search(sentence, folded=folded)
    if m and not unsettled(sentence[:m.end("subject")]):
        return fact(_by_agent(sentence[m.end():], registry), "implicit-passive")
    return []


_DOER = rf"(?:{ROLE_PHRASE}|{_NAME})"
BY_AGENT_RE = re.compile(rf"\s*by\s+(?P<agent>{_DOER}(?:\s*(?:,|\band\b|&)\s*{_DOER})*)")


def _by_agent(after: str, registry: Registry) -> list[tuple[str, str]]:
    """The ones a passive task is done by, named just after it ('be carried out by Mr Bowen', 'to be signed by
    the Chairperson and the Clerk'), when the paper names each as a person or post; a firm or another body
    leaves the task without an owner."""
    m = BY_AGENT_RE.match(after)
    if not m:
        return []
    agent = m.group("agent")
    pieces = [p.strip() for p in re.split(r",|\s+(?:and|&)\s+", agent) if p.strip()]
    if ROLE_PHRASE_RE.fullmatch(agent) or all(_person_like(p, registry) and not re.match(r"(?i)the\b", p) for p in pieces):
        return _owners_of(agent, registry)
    if len(pieces) > 1 and all(ROLE_PHRASE_RE.fullmatch(p) or _person_like(p, registry) and not re.match(r"(?i)the\b", p)
                               for p in pieces):
        return [o for p in pieces for o in _owners_of(p, registry)]  # posts among them: each piece its own owner
    return []


# after the doer, the clause goes on or ends: 'by AW as general manager', 'by the Clerk to the school', not 'by Cllr
# Storeys delegated fund' (a name run into what it qualifies)
DOER_ENDS_RE = re.compile(r"\s*(?:[,.;:)/]|$|(?:and|as|to|who|with|for|at|on|in|before|after|prior|once|when|by|if|so)\b)")


def done_by_named(sentence: str, registry: Registry) -> list[tuple[str, str]]:
    """The owners of 'X to be <done> by <person or post of the paper>' for any participle (DONE_BY_RE); none when the
    doer is no one the paper names (a firm, a body, a landowner), or when what is to be done is the minutes' signing."""
    m = DONE_BY_RE.match(sentence)
    if not m or re.search(r"(?i)\bminutes\b", sentence[:m.start("participle")]):
        return []
    rest = sentence[m.end():]
    agent = BY_AGENT_RE.match(rest)
    if not agent or not DOER_ENDS_RE.match(rest, agent.end()):
        return []
    return _people_by(rest, registry)


def will_be_done_by(sentence: str, registry: Registry, page: int, index: int) -> list[ActionFact]:
    """The sentence as the task of those it says will do it (`_will_be_done_by`). Asked after `implicit` and apart from
    it: a side column's mark picks the sentence level with it that `implicit` reads as a task, and this reading of
    papers' 'will be worked on by the Support Services Manager' is no reason to move a mark from the line it sits on."""
    owners = _will_be_done_by(sentence, registry, fold(sentence))
    return [ActionFact(text=sentence, description=sentence.strip(), owners=owners, page=page, block=index,
                       rule="implicit-passive-agent")] if owners else []


def _will_be_done_by(sentence: str, registry: Registry, folded: str) -> list[tuple[str, str]]:
    """The owners of '... will/would be <done> [to X] by <person or post of the paper>' (WILL_BE_DONE_BY_RE), when no
    doubt, report or standing arrangement comes before it in the sentence."""
    for m in WILL_BE_DONE_BY_RE.finditer(sentence, folded=folded):
        if unsettled(sentence[:m.start()]) or IN_FUTURE_RE.search(sentence[:m.start()]):
            return []
        rest = sentence[m.end():]
        agent = BY_AGENT_RE.match(rest)
        if agent and DOER_ENDS_RE.match(rest, agent.end()):
            owners = _people_by(rest, registry)
            if owners:
                return owners
    return []


def _people_by(after: str, registry: Registry) -> list[tuple[str, str]]:
    """`_by_agent`'s owners when each is a person or post of the paper; none for a code the paper gives no one
    for ('Another site visit to be arranged by OCC', Souldern: the county council's own step)."""
    owners = _by_agent(after, registry)
    return owners if owners and all(kind in ("person", "role") for _, kind in owners) else []


@lru_cache(maxsize=1024)
def implicit_match(text: str) -> re.Match | None:
    """IMPLICIT_RE's search, once a text: implicit() asks it of a sentence and _subject_owners asks again."""
    return IMPLICIT_RE.search(text)


# a resolution's part in the bare subjunctive, with no modal: "2. a report be brought back to this Committee after
# 6 months", "6) That a letter be sent to the Mill Manager": only a resolution words a task so
SUBJUNCTIVE_TASK_RE = re.compile(
    r"(?i)^\W*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:that\s+)?(?:a|an|the|this|these|further|any)\s+"
    r"(?:(?!(?:will|would|should|shall|may|might|must|can|could|to|not|also|is|are|was|were|has|have|had|been)\b)[\w\-]+\s+){1,4}"
    # 'that this ordinance be considered and given first vote' is procedure (a consideration still to come is read
    # with where it comes back: PASSIVE_RE and PASSIVE_TARGET_RE)
    # 'That the regulations for the Cemetery be amended to show ...' changes them as it is resolved
    rf"be\s+(?!(?:considered|amended|revised)\b)(?:{TASK_PARTICIPLES})\b")
# "RESOLVED: to confirm the policy and reconsider it in November 2026", "agreed to update the plan further and
# revisit at the next meeting": coming back to it at a stated time is the meeting's own task
REVISIT_RE = re.compile(
    r"(?i)^\W*(?:that\s+)?(?:to\s+)?[^.;]{0,150}?\b(?:to|and)\s+(?:review|reconsider|revisit|reassess|re-?examine|"
    r"look\s+again\s+at|return\s+to)\b[^.;]{0,80}?\b(?:in|by|at|before|within|after)\s+(?:the\s+)?(?:next\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:19|20)\d\d\b|\d+\s+months?\b|"
    r"(?:six|twelve|three)\s+months\b|a\s+year\b)")
# the same inside a sentence, after the meeting's 'agreed that': 'The Board unanimously agreed that the options review
# is instigated' (Suffolk Libraries), 'it was resolved that these should be identified' (Souldern)
AGREED_THAT_PASSIVE_RE = Gated(re.compile(
    # (what is agreed may be a longer noun phrase: 'It was agreed that a task group focusing on Marketing and Publicity
    # should be arranged', Suffolk Libraries; one without an article is as often a policy or a decision: 'It was agreed
    # that children should be placed as close to home as possible', Kent; 'Agreed that refreshments will be provided
    # from Friends funds', Friends of Halesworth Library)
    r"(?i)\b(?:agreed|resolved|decided)\s+that\s+(?:a|an|the|this|these|further|any)\s+"
    r"(?:(?!(?:will|would|should|shall|may|might|must|can|could|to|not|also|is|are|was|were|has|have|had|been|be|that|"
    r"we|it|he|she|they|there)\b)[\w\-]+\s+){1,7}"
    rf"(?:be|is|are|should\s+be|will\s+be|would\s+be|must\s+be|to\s+be)\s+(?:{TASK_PARTICIPLES})\b"
    # minutes drop the 'that' ('It was agreed the matter will be reviewed towards the end of the year', Stoke Ferry; 'It
    # was agreed a list would be prepared for the next Finance & Audit meeting', Suffolk Libraries): then only a modal's
    # future, not 'agreed the work is considered complete'
    r"|(?i:\b(?:it\s+was|we|members|councillors|the\s+board|the\s+council|the\s+committee)\s+(?:unanimously\s+)?"
    r"(?:agreed|resolved|decided))\s+(?!that\b)(?i:a|an|the|this|these|further|any)\s+"
    r"(?:(?!(?:will|would|should|shall|may|might|must|can|could|to|not|also|is|are|was|were|has|have|had|been|be|that|"
    r"we|it|he|she|they|there)\b)[\w\-]+\s+){1,7}"
    rf"(?:should\s+be|will\s+be|would\s+be|must\s+be|is\s+to\s+be|are\s+to\s+be)\s+(?:{TASK_PARTICIPLES})\b"),
    "agreed", "resolved", "decided")
RESOLUTION_PART_RE = re.compile(r"^\W*(?:\(?(?:\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3})\)\s*)?(?=[Tt]hat\s)")
DECISION_OPENING_RE = re.compile(r"(?i)^\W*(?:further\s+)?(?:resolved|agreed|agree|recommend\w*|it\s+was\s+(?:resolved|agreed))\b\W*"
                                 r"(?:\(?\d+\)\s*)?")
SUBJUNCTIVE_RE = re.compile(rf"^(?:[Tt]hat\s+)?(?P<subject>{ROLE_PHRASE}|{_NAME})\s+(?P<verb>{TASK_VERBS})\b")
# a post the paper names as the subject anywhere in a sentence: "Matters Arising ... The Head of IT will check ..."
ROLE_SUBJECT_RE = re.compile(rf"(?P<subject>{ROLE_PHRASE})\s+(?:{_MODAL})\s+(?P<verb>{TASK_VERBS})\b")


def _asked_owners(subject: str, registry: Registry) -> list[tuple[str, str]]:
    """Those asked, when the paper names them as people or posts; a firm, a contractor's
    initials or a pronoun leaves the task without a named owner."""
    pieces = [p.strip() for p in re.split(r"/|,|\s+(?:and|&)\s+", subject) if p.strip()]
    if not pieces or re.fullmatch(r"(?i)he|she|they", subject.strip()):
        return []
    if ROLE_PHRASE_RE.fullmatch(subject.strip()):
        return [classify_owner(subject, registry)]
    if all(_person_like(p, registry) and not (p.isupper() and p not in registry.initials) for p in pieces):
        return _owners_of(subject, registry)
    return []


def _directed_owners(sentence: str, m: re.Match, registry: Registry) -> list[tuple[str, str]]:
    """The one who will ask or instruct, when the paper names them as a person or post;
    otherwise the one directed."""
    asker = asking_subject(sentence, m.start())
    return (named_doers(asker, registry) if asker else []) or [classify_owner(m.group("object"), registry)]


def _role_owner(text: str, registry: Registry) -> tuple[str, str]:
    """A post written out in full ('the Corporate Director for Growth, Environment & Transport'):
    its holder when the paper names one, else the post itself."""
    holder = registry.resolve_role(text)
    return (holder, "person") if holder else (re.sub(r"(?i)^(?:the|our)\s+", "", text.strip()), "role")


def _subject_is_person(subject: str, registry: Registry) -> bool:
    if ROLE_PHRASE_RE.fullmatch(subject.strip()):
        return True
    pieces = [p.strip() for p in re.split(r",|\s+(?:and|&)\s+", subject) if p.strip()]
    return bool(pieces) and all(_person_like(p, registry) for p in pieces)


def named_doers(subject: str, registry: Registry) -> list[tuple[str, str]]:
    """The owners a subject names when it is a person or post of the paper; none for anything else."""
    return _owners_of(subject, registry) if _subject_is_person(subject, registry) else []


def _owners_of(subject: str, registry: Registry) -> list[tuple[str, str]]:
    if ROLE_PHRASE_RE.fullmatch(subject.strip()):
        return [classify_owner(subject, registry)]  # "the Corporate Director for Growth, Environment & Transport"
    return [o for o in owners_from(subject, registry) if _plausible_owner(*o)]


def _subject_owners(text: str, registry: Registry, subjunctive: bool = False) -> list[tuple[str, str]]:
    """'X will/to/agreed to VERB ...' at the start of `text`; after a resolution's 'That', also
    the bare subjunctive ('That the Clerk make the return ...')."""
    text = re.sub(r"(?i)^\W*that\s+", "", text) if subjunctive else text
    m = implicit_match(text) or (SUBJUNCTIVE_RE.match(text) if subjunctive else None)
    if not m or not _subject_is_person(m.group("subject"), registry):
        return []
    owners = _owners_of(m.group("subject"), registry)
    if "modal" in m.groupdict() and re.match(r"(?:also\s+|kindly\s+)?(?:would|should)\b", m.group("modal") or "") and \
            not all(kind == "person" and registry.resolve(name) == name for name, kind in owners):
        return []  # "KCC would support ..." is a forecast unless the paper names the one who would
    return owners


def _role_subject_owners(sentence: str, registry: Registry) -> list[tuple[str, str]]:
    for m in ROLE_SUBJECT_RE.finditer(sentence):
        if re.search(r"(?i)\b(?:to|from|with|by|for|of|on|ask|asked|tell|told|copy)\s*$", sentence[:m.start()]):
            continue  # "copy emails to the Clerk to ensure ...": the Clerk is no subject here
        holder = registry.resolve_role(m.group("subject"))
        if holder:
            return _first_of_pair(sentence[:m.start()], registry) + [(holder, "person")]
    return []


# the first of two subjects joined by 'and' just before a clause's subject: 'Cllr. O. Williams and the Clerk to review the
# Standing Orders' (Manordeilo), '... \uf0b7 The General Manager and the Chair will meet to discuss ...' (Suffolk Libraries)
PAIR_FIRST_RE = re.compile(rf"(?:^|[,;:•\uf0b7\uf0a7]\s*)(?P<first>{ROLE_PHRASE}|(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
                           rf"{_NAME})\s+(?:and|&)\s+$")


def _first_of_pair(before: str, registry: Registry, after: str = "") -> list[tuple[str, str]]:
    """The owners of the first subject when `before` ends '<person or post> and ', a person or post the paper names;
    or, when the clause `after` it opens with a code, ends in codes the paper defines for its people, run on from
    words before them (LISTED_CODE_RE)."""
    m = PAIR_FIRST_RE.search(before[-120:])
    if m:
        return named_doers(m.group("first"), registry)
    opening = re.match(r"[A-Z][A-Za-z]{1,3}\b", after)
    return _codes_listed_before(before, registry) if opening and opening.group(0) in registry.initials else []


# the first codes of a list that a label or a verb runs into: 'Health prevention GM, HM, AG, CD and DBP to support
# services work', 'Training Committee approved AG and CD to attend training' (NoT LPC), 'Playground repairs JB, KT and
# NC to get quotes': a clause is read from the code after which its rest names a subject, and the codes before it,
# each one the paper defines for a person, are as much its subject
LISTED_CODE_RE = re.compile(r"(?<![\w&'’-])(?P<code>[A-Z][A-Za-z]{1,3})\s*(?:,|\band\b|&|/)\s*$")


def _codes_listed_before(before: str, registry: Registry) -> list[tuple[str, str]]:
    codes: list[str] = []
    rest = before[-120:]
    while (m := LISTED_CODE_RE.search(rest)) and m.group("code") in registry.initials:
        codes.insert(0, m.group("code"))
        rest = rest[:m.start()]
    if re.search(r"(?i)\b(?:from|by|with|of|to|for|the|on|at|about|than|after|before)\s*$", rest):
        return []  # 'Following the update from GM, HM will contact ...': the code ends a phrase, not a list of doers
    return [(registry.initials[c], "person") for c in codes]


CLAUSE_START_RE = re.compile(r"(?:[,;:•]|\bbut|\band|\bso)\s+(?=[A-Z]|the\s)")
# every place where IMPLICIT_RE's modal and verb could stand (a space, the modal, the verb): each match of
# IMPLICIT_RE holds one after its subject, so a clause that starts after the last of them cannot match
MODAL_VERB_AT_RE = re.compile(rf"(?=\s(?:{_MODAL})\s+(?:(?:{TASK_VERBS}|continue)(?:s|ing)?|(?:{_E_VERBS})ing)\b)")


# a name (or a title, initials) and 'and' just before a clause's start: the start is the second of two names
NAMES_JOINED_RE = re.compile(rf"(?<![\w'’\-.])(?:(?:Cllrs?|Councillors?|Mrs?|Ms|Miss|Dr)\.?\s+)?{_NAME}\s+(?:and|&)\s+$")
OBJECT_WORD_RE = re.compile(r"(?i)\b(?:to|of|by|for|with|from|about|towards|thank(?:ed|s)?|between|among)\s+$")


def _clause_owners(sentence: str, registry: Registry) -> list[tuple[str, str]]:
    """The same shape opening a later clause: '..., the Clerk agreed to contact them ...', for a
    subject the paper itself names (a listed person or post), not any capitalised word."""
    last = None
    # (a title after a capitalised word opens a clause too: the item's heading run into its sentence)
    titled = [m.end() - len(m.group(0).lstrip()) for m in INNER_TITLE_RE.finditer(sentence)
              if sentence[:m.start()].split()[-1:] and sentence[:m.start()].split()[-1][0].isupper()]
    for start in sorted({m.end() for m in CLAUSE_START_RE.finditer(sentence)} | set(titled)):
        if last is None:
            last = max((v.start() for v in MODAL_VERB_AT_RE.finditer(sentence)), default=-1)
        if start > last:
            break  # no modal and verb from here on: IMPLICIT_RE cannot match this clause's rest, nor a later one's
        joined = NAMES_JOINED_RE.search(sentence, 0, start)
        if joined and OBJECT_WORD_RE.search(sentence, 0, joined.start()):
            # the 'and' joins names that are a preposition's object and own nothing ('The Clerk had responded to Mr and
            # Mrs Lockwood to advise that ...', Wereham)
            continue
        # or the 'and' joins names, opening no clause: the clause opens with the first name ('1) Cllr Jim McNeill and
        # Cllr Sue Lintern to review the risk matrix', Stoke Ferry; 'The Chair advised SC and JN would need to set up
        # ...'); else (a post's own 'and': 'the Marketing and Communications Manager would attend') with the second
        for opening in ([joined.start()] if joined else []) + [start]:
            owners = _subject_owners(sentence[opening:], registry)
            owners = _first_of_pair(sentence[:opening], registry, sentence[opening:]) + owners if owners else owners
            # a post every body has counts as named ('No work had been carried out to a drain cover ..., the Clerk to
            # report this again', Stoke Ferry; '... and Clerk to contact him to advise', West Dereham)
            if owners and all(kind == "person" or kind == "role" and ROLE_OWNER_RE.match(name) for name, kind in owners):
                return owners
    return []


def _embedded_owners(sentence: str, registry: Registry) -> list[tuple[str, str]]:
    m = EMBEDDED_RE.search(sentence)
    if m and _person_like(m.group("subject"), registry) and _written_as_owner(m.group("subject")):
        return _owners_of(m.group("subject"), registry)
    return []


def _written_as_owner(subject: str) -> bool:
    """EMBEDDED_RE ignores case, so its name may run on into lower-case words ('confirmed that
    Mr George was willing to take out ...'): a post, or a name in capitals, owns the task."""
    return bool(ROLE_PHRASE_RE.fullmatch(subject.strip())
                or re.fullmatch(r"(?i)the\s+(?:clerk|chair(?:man)?|secretary|treasurer)", subject.strip())
                or all(w[:1].isupper() for w in subject.split()))


def _reported_owners(sentence: str, registry: Registry) -> list[tuple[str, str]]:
    m = REPORTED_WILL_RE.match(sentence)
    if m and _person_like(m.group("subject"), registry):
        return _owners_of(m.group("subject"), registry)
    return []


def _bracketed_owners(sentence: str, registry: Registry) -> list[tuple[str, str]]:
    """The people named in brackets before the sentence's commitment (BRACKETED_DOER_RE), when each is one the paper
    names ('Sybil and John Baxter' is two); none for a code, a place or an abbreviation in brackets."""
    m = BRACKETED_DOER_RE.search(sentence)
    if not m or timed_now(m.group("rest")) or OFFICE_RE.match(f"{m.group('verb')}{m.group('rest')}"):
        return []
    pieces = [p.strip() for p in split_names(m.group("names").replace("+", ",")) if p.strip()]
    # a given name before 'and' and a full name shares its surname: 'Sybil and John Baxter' is Sybil Baxter and John Baxter
    pieces = [f"{p} {pieces[k + 1].split()[-1]}" if len(p.split()) == 1 and k + 1 < len(pieces) and len(pieces[k + 1].split()) == 2
              and not registry.names_person(p) else p for k, p in enumerate(pieces)]
    # (each a name, and one at least a person the paper lists: the attendance may list 'Sybil & John Baxter' otherwise)
    if not pieces or any(p.isupper() or not (_person_like(p, registry) or looks_like_name(p)) for p in pieces) or \
            not any(_person_like(p, registry) for p in pieces):
        return []
    return [o for p in pieces for o in _owners_of(p, registry)]


CANDIDATE_RE = re.compile(rf"{ROLE_PHRASE}|{_NAME}")


def _agreed_owners(sentence: str, registry: Registry) -> list[tuple[str, str]]:
    """'... and agreed to add ...': the nearest person the sentence names before it, if no body
    (the Council, the Board) stands between them and would be the one agreeing."""
    m = AGREED_TO_RE.search(sentence)
    if not m:
        return []
    before = sentence[:m.start()]
    for candidate in reversed(list(CANDIDATE_RE.finditer(before))):
        between = before[candidate.end():]
        if re.search(r"(?i)\b(?:council|committee|board|members|councillors|meeting|it was)\b", between):
            return []
        if _person_like(candidate.group(0), registry):
            return _owners_of(candidate.group(0), registry)
    return []
