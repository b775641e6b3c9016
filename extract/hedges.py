"""What makes a clause no settled task, whichever rule reads the task: a condition, a doubt or a question, and
someone's report of what will happen. One list for the passive tasks a minute sets ('The Clerk to be asked',
task_passives) and the ones it says would be done ('the matter would be raised with ...', actions): 'CC advised that
it would be published in the Pump' (West Dereham) and 'The SCC Commissioner mentioned that a formal invitation will be
sent to the Chair' (Suffolk Libraries) report what someone else will do."""

from __future__ import annotations

import re

# a condition, a doubt or a question ('in case': 'should be circulated in case there were other interested parties',
# NoT LPC; '... could be contacted in case of an emergency', bcwpc's annual parish meeting: a condition, as 'if' is)
# ('may', 'wish' and 'want' in lower case only: 'at the May meeting' is a month, 'the Parish Wish List' a list's name,
# Northwold)
HEDGE_RE = re.compile(r"(?i)\b(?:if|in\s+case|whether|unless|could|might|not|hoped|hopes|hope|expected|expects|likely|once|"
                      r"when|until|possibly|perhaps|probably|can)\b|(?-i:\b(?:may|wish|want)\b)|n[’']t\b|\?")
# someone's report, belief or suggestion
REPORTED_RE = re.compile(r"(?i)\b(?:advised|reported|said|stated|confirmed|informed|explained|told|understood|noted|"
                         r"announced|believed|felt|thought|suggested|claimed|indicated|shared|mentioned|added)\b")
# what follows a 'should be <done>' that makes it a rule for how or how often things are to be done from now on, not a
# task: 'children should be placed as close to home as possible' (Kent's corporate parenting panel), 'The gullies should
# be cleared annually' (Souldern: the county's round, not the council's errand), 'these should be reviewed annually'
# (Suffolk Libraries' financial regulations: a standing review). Not haste: 'should be reported as soon as possible to
# Highways', '... as a matter of urgency' is a task said urgent; nor where the work goes: 'the idea would be explored as
# part of the Parish Wish List' (Northwold) is an errand placed in the body's own list, not a manner.
STANDING_RE = re.compile(r"(?i)^\s*(?:as\b(?!\s+(?:soon|quickly|early|a\s+matter|part\s+of)\b)|in\s+(?:future|all)\b|at\s+all\s+times\b|"
                         r"wherever\b|whenever\b|routinely\b|annually\b|regularly\b|periodically\b|"
                         r"(?:each|every)\s+(?:year|month|quarter|week|meeting)\b|on\s+an?\s+(?:ongoing|regular|annual)\s+basis\b)")


def unsettled(text: str) -> bool:
    """The words hedge what follows or report it as someone's word."""
    return bool(HEDGE_RE.search(text) or REPORTED_RE.search(text))


def standing(after: str) -> bool:
    """The words after a 'should be <done>' make it a standing rule, not a task (STANDING_RE)."""
    return bool(STANDING_RE.match(after))


def said_that(text: str) -> bool:
    """The words report what someone said follows: 'The Clerk advised that ...' (no sentence break before 'that')."""
    return any(re.match(r"[^.;]*?\bthat\b", text[m.end():]) for m in REPORTED_RE.finditer(text))
