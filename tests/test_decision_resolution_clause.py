"""A resolution's own clause opening its line with 'That' and put in the present ('That the following payments presented
are approved:', Stoke Ferry, under 'Resolved: 1) That the Clerk contact ...'; 'RESOLVED: That Sharon Wareham is
appointed as Internal Auditor', West Dereham) is the meeting's decision, as 'That ... be approved' is, not a present-tense
account of what is done (which stays reported, or no decision where it is habitual). Generated minutes and the two
parish councils' minutes (skipped without ../shared)."""


from .built_minutes import built_decisions
from .wild_papers import needs_wild, paper_decisions



def test_a_that_clause_in_the_present_is_the_resolution(tmp_path):
    found = built_decisions(tmp_path, [
        "Ashby Parish Council", "Minutes of the meeting held on 4 March 2021 at 7pm in the Village Hall",
        "Present: Cllr A Grey (Chair), Cllr B Stone, Cllr C Hart",
        "5. Payments: That the following payments presented are approved: Eon street lights £58.37; Glazewing bins £18.70.",
        "6. Grants: the Clerk said that small grants are approved by the County each year.",
        "7. Date of next meeting: 1 April 2021"])
    payments = [d for d in found if "payments presented are approved" in d["text"]]
    assert payments and all(d["source"] == "meeting" for d in payments)
    assert not [d for d in found if "small grants" in d["text"] and d["source"] == "meeting"]


@needs_wild
def test_stoke_ferrys_payments_and_west_derehams_auditor():
    stoke = [d for d in paper_decisions("wild", "sf_stoke-ferry-pc-minutes-2017-08_index.html")
             if d["text"].startswith("That the following payments presented are approved")]
    assert stoke and all(d["source"] == "meeting" for d in stoke)
    dereham = [d for d in paper_decisions("wild", "sf_west-dereham-pc-minutes-2017-04_index.html")
               if "Sharon Wareham is appointed" in d["text"]]
    assert dereham and all(d["source"] == "meeting" for d in dereham)
