"""A view the members shared is no decision: 'It was agreed that it was desirable that improvements could be made
before the Jubilee celebrations' (Souldern), 'It was agreed that this was an Environment Agency responsibility' (West
Dereham), 'the Parish Council agreed that there were still certain Health and Safety issues that were of concern'
(Stoke Ferry), 'Members agreed that there is no use for ReciteMe on the LPC website' (NoT LPC). What they agreed is
only that something is so; nothing is settled to be done. A sentence that goes on to settle something ('... and that
it should be signed', 'it was agreed that the product should be purchased'), a motion put and seconded, and an answer
to a planning application ('agreed that there were no objections') are read as before."""

from __future__ import annotations

import re

from .planning_response import is_response

# 'agreed that' a pronoun or 'there' is so: the clause states, it does not settle
VIEW_RE = re.compile(r"(?i)\bagreed,?\s+that\s+(?:it|this|that|there)\s+(?:is|was|were|are)\b")
# any word that settles or sets something to be done, anywhere in the passage
SETTLES_RE = re.compile(r"(?i)\b(?:agree|agreed|agrees|resolved?|decided?|approved?|adopted?|accepted?|endorsed?|ratified|"
                        r"deferred|rejected|refused|carried|voted|seconded|moved|proposed|should|would|will|shall|must|"
                        r"needs?\s+to|to\s+be)\b")


def states_a_view(text: str) -> bool:
    """Whether every 'agreed' of the passage only agrees that something is so, and nothing else in it settles."""
    views = [m.start() for m in VIEW_RE.finditer(text)]
    if not views or is_response(text):
        return False
    return all(m.start() in views for m in SETTLES_RE.finditer(text))
