"""Acronyms a paper defines, and the organisations among them."""

from __future__ import annotations

from .acronyms import find_acronyms, is_organisation


def acronyms(passages, facts):
    seen = set()
    for p in passages:
        for acronym, expansion in find_acronyms(p.text):
            if (acronym, expansion.lower()) in seen:
                continue
            seen.add((acronym, expansion.lower()))
            facts["acronyms"].append({"acronym": acronym, "expansion": expansion, "page": p.page})
            if is_organisation(expansion):
                facts["organisations"].append({"name": expansion, "acronym": acronym})
