"""Which name an attendance list's post belongs to, read from the list's own shape (issue 11): a list
that opens with a post prints each post BEFORE its holder ('Chairman Cllr S Lintern Vice Chairman
Mrs J Taylor ... Parish Clerk Mrs J M Markwell', Stoke Ferry 2017; 'Chairman Cllr P Norris, Cllr C
Humphries, ..., Clerk.', Wereham 2012), one that opens with a name prints it after ('Cllr Sue Lintern
Chair Cllr Daphne Clements ...', Stoke Ferry 2018). And a mover line's labels are no part of a name
('Proposed – Cllr Mrs Taylor Seconded – Cllr Mrs Clements' made a person 'Taylor Seconded' who then
owned Mrs Taylor's actions)."""

from minutebook.extract.post_first import post_first_people

from .wild_papers import wild_attendance

STOKE_FERRY_2017 = ("Chairman Cllr S Lintern Vice Chairman Mrs J Taylor Councillors Mrs D Clements Mrs J Lawson "
                    "Mrs M Leamon Mrs T Mann Borough Cllr C T Sampson County Cllr M Storey Parish Clerk Mrs J M Markwell")


def test_posts_before_names_go_to_the_name_after():
    people = post_first_people(STOKE_FERRY_2017)
    assert people[0] == ("Chairman", "Cllr S Lintern")
    assert people[1] == ("Vice Chairman", "Mrs J Taylor")
    assert people[-1] == ("Parish Clerk", "Mrs J M Markwell")
    # a title's qualifier ('Borough', 'County') is no post: the County Councillor holds none
    assert ("Cllr M Storey" in [name for _, name in people]) and dict((n, p) for p, n in people)["Cllr M Storey"] is None
    assert post_first_people("Chairman Cllr P Norris") == [("Chairman", "Cllr P Norris")]


def test_a_list_that_opens_with_a_name_is_not_read_posts_first():
    assert post_first_people("Cllr Sue Lintern Chair Cllr Daphne Clements Cllr Mandy Leamon Helen Richardson "
                             "Parish Clerk and Financial Responsible Person") is None
    assert post_first_people("Cllr Jo Bruce JB Chair Cllr Gail Koopowitz GK Vice Chair") is None
    assert post_first_people("Peter King") is None
    # a post left at the end with no holder after it: not a post-first list
    assert post_first_people("Chair Cllr Sue Lintern Clerk") is None


def test_wereham_posts_first_with_commas():
    found = {a["name"]: a for a in wild_attendance("sf_wereham-pc-minutes-2012-07_index.html")}
    assert found["P Norris"]["role"] == "chair"
    # '..., Borough Cllr Colin Sampson, Tom TreeCGM general manager, Clerk.': the unnamed Clerk is not Sampson
    assert found["Colin Sampson"]["role"] is None


def test_stoke_ferry_names_first_unchanged():
    found = {a["name"]: a for a in wild_attendance("sf_stoke-ferry-pc-minutes-2018-02_index.html")}
    assert found["Sue Lintern"]["role"] == "chair"
    assert found["Helen Richardson"]["role"] == "clerk"
    assert found["Daphne Clements"]["role"] is None


def _extract(tmp_path, text):
    from minutebook.extract.run import extract_document
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(str(path))
    return extract_document(doc, find_structure(doc))


def test_the_clerk_of_a_posts_first_list_owns_the_clerks_task(tmp_path):
    facts = _extract(tmp_path, f"""STOKE FERRY PARISH COUNCIL

Minutes of the meeting held on 3rd May, 2017

Attendance: {STOKE_FERRY_2017}

1. Election of Chairman

Proposed – Cllr Mrs Taylor Seconded – Cllr Mrs Mann

That Cllr Mrs Lintern is elected as Chairman of the Parish Council

2. Footpaths

The path is overgrown and the Clerk would contact Norfolk County Highways.

3. Website

Cllr Mrs Taylor would arrange the meeting on 9th May.
""")
    roles = {a["name"]: a["role"] for a in facts["attendance"]}
    assert roles["Jean Markwell" if "Jean Markwell" in roles else "J M Markwell"] == "clerk"
    assert roles["S Lintern"] == "chair" and roles["J Taylor"] == "vice-chair"
    assert roles["M Storey"] is None
    owners = {a["text"][:30]: [o["name"] for o in a["owners"]] for a in facts["actions"]}
    clerk = next(v for k, v in owners.items() if "Clerk would" in k or "path" in k)
    assert clerk and "Markwell" in clerk[0]
    taylor = next(v for k, v in owners.items() if "Taylor" in k)
    assert taylor == ["J Taylor"]
    names = {m["name"] for m in facts["mentions"]}
    assert not any("Seconded" in n or "Proposed" in n for n in names), names


def test_a_members_code_printed_after_the_name_is_no_part_of_it():
    """'Cllr Trudi Mann TM Cllr Shirley Cordner SC ... Cllr Jim McNeill JN Helen Richardson HR Parish Clerk'
    (Stoke Ferry 2017-09) and 'Cllr Gail Koopowitz GK Vice Chair Cllr Brian Bruce BB' (Wereham 2015-07): the
    code is the name's initials, not a word of it, nor of the post after it."""
    from minutebook.extract.people import code_fits, parse_person

    person = parse_person("Cllr Trudi Mann TM")
    assert (person.name, person.initials) == ("Trudi Mann", "TM")
    assert parse_person("Cllr Jim McNeill JN").name == "Jim McNeill"
    assert code_fits("JN", "Jim McNeill") and not code_fits("OBE", "John Smith") and not code_fits("NJ", "Jim McNeill")
    found = {a["name"]: a for a in wild_attendance("sf_wereham-pc-minutes-2015-07_index.html")}
    assert found["Gail Koopowitz"]["role"] == "vice-chair"
    assert "Brian Bruce" in found and not [n for n in found if n.endswith((" GK", " BB"))]


def test_stoke_ferry_september_list_with_codes(tmp_path):
    facts = _extract(tmp_path, """STOKE FERRY PARISH COUNCIL

Ordinary Meeting of the Parish Council Wednesday 6 September 2017 at 7.00 pm

Attendance: Cllr Trudi Mann TM Cllr Shirley Cordner SC Cllr Janet Taylor JT Cllr Jim McNeill JN Helen Richardson HR Parish Clerk and Financial Responsible Person

50/17 Apologies

There had been apologies received for absence from Cllr Sue Lintern.
""")
    roles = {a["name"]: a["role"] for a in facts["attendance"]}
    assert {"Trudi Mann", "Shirley Cordner", "Janet Taylor", "Jim McNeill", "Helen Richardson"} <= set(roles), roles
    assert roles["Helen Richardson"] == "clerk"
