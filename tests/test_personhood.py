"""People are people: the filter every extracted name passes through, and the coverage check's
count of non-people. Names from papers of different bodies (UK parish and county councils,
US city councils, a library board)."""

import pytest

from minutebook.extract.personhood import is_person, keep_people, why_not_a_person


@pytest.mark.parametrize("name", [
    "Sue Leet", "Peake", "Dillavou", "La Tosha Davis", "Philip C. Van Hale", "Princella Lee-Bridges",
    "P V Barrington-King", "O. Williams", "Sir Paul Carter", "Hugh Grant", "Mark Green", "André Videla",
    "C Bell", "P T Cole", "Ann West", "Mark SMITH", "June Stocking", "JOHN SMITH",
    # a council's abbreviation after a person is a post or their initials, not a council
    "Cllr Smith CC", "Cllr A CC", "Daphne Clements DC",
    # a name set in capitals throughout ends in capitals too, and is no body's letters (Westlake Village)
    "NED E. DAVIS",
])
def test_people_pass(name):
    assert is_person(name), why_not_a_person(name)


@pytest.mark.parametrize("name,why", [
    ("Teams", "not part of a name"), ("East Area", "not part of a name"), ("Academy", "not part of a name"),
    ("St Andrews Close", "an address"), ("12 High Street", "not name characters"), ("Managing Director", "a title"),
    ("Provost", "a title"), ("Land Registry", "not part of a name"), ("H Veterinary Associates", "not part of a name"),
    ("Phone Conference", "not part of a name"), ("Packs The", "a phrase"), ("Porteus - Passed", "a phrase"),
    ("Mark Wardle |", "not name characters"), ("Pro Tem", "not part of a name"), ("Sullivan Abstain", "not part of a name"),
    ("Kent County Council", "an organisation"), ("Performance Manager", "a post"), ("Grand Aven", "an address"),
    ("Standing Orders", "not part of a name"), ("British Legion", "not part of a name"), ("Five", "not part of a name"),
    ("Quality Act", "not part of a name"), ("Whiting Amendment", "not part of a name"), ("As", "too short"), ("Currums No", "a phrase"), ("Streatfeild Against", "not part of a name"),
    # from the wild corpus: a US city's degrees and firms, a Welsh council's health board, UK parish and county papers
    ("D.V.M", "initials without a name"), ("Lloyds CCA", "an organisation"), ("Vale UHB", "an organisation"),
    ("West Norfolk", "a place"), ("Land Agent", "a post"), ("Analyst", "a title"), ("June", "a month"),
    ("Gate Memorial", "not part of a name"), ("June Newsletter", "not part of a name"), ("White Paper", "not part of a name"),
    ("Tiny Tot Child Care", "not part of a name"), ("Yours", "not part of a name"), ("Neighborhood Associations", "not part of a name"),
    ("LEGAL INTEREST HOLDER", "a heading in capitals"), ("Vacancies", "not part of a name"),
    ("Power Commissioners", "not part of a name"), ("Strategic Authorities", "not part of a name"),
    ("Matters Arising", "not part of a name"), ("Financial Regulations", "not part of a name"),
    ("April Hours", "not part of a name"), ("Fenland Leisure", "not part of a name"), ("Hall Charity", "not part of a name"),
    # sixth audit (seeds 4-6): a motion's heading in a US city's minutes, posts in Kent's and a Scottish parish's,
    # a law firm and a plat in a US city's, a paper's own word at the head of a list
    ("No Opposition", "a phrase"), ("General Counsel", "a title"), ("Lieutenant", "a title"), ("Law Firm", "an organisation"),
    ("Estates Plat", "an organisation"), ("The Orchard", "a phrase"),
    # a payee the councils insure with (Manordeilo and Salem's and Burton-cum-Walden's payments), a US city's code
    ("Zurich Municipal", "not part of a name"), ("Moines Municipal", "not part of a name"),
    # a council by its place and the abbreviation of its kind, as Boughton's, Stoke Ferry's and Souldern's papers write them:
    # a name and the letters the body goes by, as 'Lloyds CCA' (a name set in capitals is a person's: 'NED E. DAVIS')
    ("Norfolk CC", "an organisation"), ("Wretton PC", "an organisation"), ("West Dereham PC", "an organisation"),
    ("Blackthorn PC", "an organisation"),
])
def test_non_people_are_named_with_a_reason(name, why):
    assert not is_person(name)
    assert why in why_not_a_person(name)


def test_facts_keep_only_people_and_owners_that_are_not_people_become_groups():
    facts = {"attendance": [{"name": "Sue Leet"}, {"name": "Teams"}], "roles": [{"name": "Managing Director"}],
             "mentions": [{"name": "East Area"}, {"name": "Tony Brown"}],
             "actions": [{"owners": [{"name": "Land Registry", "kind": "person"}, {"name": "Tony Brown", "kind": "person"}]}]}
    kept = keep_people(facts)
    assert [a["name"] for a in kept["attendance"]] == ["Sue Leet"]
    assert kept["roles"] == [] and [m["name"] for m in kept["mentions"]] == ["Tony Brown"]
    assert [o["kind"] for o in kept["actions"][0]["owners"]] == ["group", "person"]


def test_a_post_printed_beside_a_name_is_not_part_of_it():
    """'Present: Frank Reid(FRE) Councillor/Chair Mark Pogmore(MPO) Councillor David Cooper (DCO) Councillor'
    (a Norfolk parish), 'Cathy Fleet CLERK' (an Oxfordshire parish), 'Chair Ramirez seconded' (a US
    housing authority): the name is the person, the post is kept apart."""
    from minutebook.extract.nlp import load_pipeline
    from minutebook.extract.people import Registry, parse_person
    from minutebook.extract.people_facts import prose_people

    for text, name, post in [("David Cooper Councillor", "David Cooper", "Councillor"),
                             ("Cathy Fleet CLERK", "Cathy Fleet", "Clerk")]:
        person = parse_person(text)
        assert (person.name, person.post) == (name, post)
    assert parse_person("John Clerk").name == "John Clerk"  # a surname that is also a post stays

    class P:  # a passage: only its page is read
        page = 3
    facts = {"mentions": []}
    nlp = load_pipeline()
    prose_people([nlp("Commissioner Perez moved and Chair Ramirez seconded to approve the consent calendar.")], [P()],
                 Registry(), facts, None)
    names = {m["name"] for m in facts["mentions"]}
    assert "Ramirez" in names and "Chair Ramirez" not in names


def _kept(paper_text, mentions, listed=()):
    from minutebook.extract.personhood import PaperWords
    facts = {"attendance": [{"name": n} for n in listed], "roles": [],
             "mentions": [{"name": n, "alias": alias, "text": text} for n, alias, text in mentions]}
    kept = keep_people(facts, PaperWords([paper_text]))
    return [f["name"] for f in kept["attendance"]], [f["name"] for f in kept["mentions"]]


def test_places_the_papers_bodies_are_named_after_are_not_people():
    """A Norfolk parish under Norfolk County Council, Des Moines (Iowa) City Council, a Glasgow community
    council in capitals: the place words come from the paper's own bodies, a person keeps their name."""
    _, kept = _kept("Stoke Ferry Parish Council. Cllr Martin Storey Norfolk County Council advised the meeting.",
                    [("Lynn Norfolk", "Lynn Norfolk", "King's Lynn, Norfolk"),
                     ("Martin Storey", "Cllr Martin Storey", "Cllr Martin Storey advised")])
    assert kept == ["Martin Storey"]  # 'Storey' stood before the place in a signature line: still a name
    _, kept = _kept("| Des Moines (Iowa) City Council | 1996-01-02 | minutes |", [("Des Moines", "Des Moines", "Des Moines")])
    assert kept == []
    _, kept = _kept("GOVAN COMMUNITY COUNCIL", [("Govan Cross", "Govan Cross", "the ATM inside M Govan Cross")])
    assert kept == []


def test_words_the_paper_writes_in_lower_case_are_no_name_without_a_title_or_a_given_name():
    """'Correspondence Received' (a Norfolk parish's heading), 'Performance Indicators' (Kent), 'Playing Field'
    (another Norfolk parish); 'Mr Tree' (titled) and 'Tom Tree' (a given name) stay though the paper writes 'tree'."""
    _, kept = _kept("correspondence was received; the key performance indicators; the playing field; a tree was felled",
                    [("Correspondence Received", "Correspondence Received", "7/16 Correspondence Received"),
                     ("Performance Indicators", "Performance Indicators", "40 Key Performance Indicators"),
                     ("Playing Field", "Playing Field", "Playing Field"), ("Tree", "Mr Tree", "Mr Tree delivered"),
                     ("Tom Tree", "Tom Tree", "welcomed Tom Tree")])
    assert kept == ["Tree", "Tom Tree"]


def test_a_knight_has_a_given_name():
    """'Cyngor Sir Gaerfyrddin' (a Welsh community council: Sir is the county), 'Prof Sir Partha Dasgupta'
    cut to 'Partha' (Kent); 'Sir Paul Carter' stays. ('Mrs. Newell Stoke Road', Wereham's list of areas, is no
    name to the name reader: the test below.)"""
    _, kept = _kept("", [("Gaerfyrddin", "Sir Gaerfyrddin", "Adolygiad i Sir Gaerfyrddin"),
                         ("Partha", "Prof Sir Partha", "Prof Sir Partha Dasgupta"),
                         ("Paul Carter", "Sir Paul Carter", "Sir Paul Carter")])
    assert kept == ["Paul Carter"]


def test_names_a_list_glued_together_are_parted():
    """'Gina Preston Cllrs Alam' (Govan), 'Catherine Chisholm CC Kenny Combe' (a Scottish Borders village),
    'Frank Reid(FRE)' (a Norfolk parish), 'Chris Stephens)' (Govan)."""
    listed, _ = _kept("", [], listed=["Gina Preston Cllrs Alam", "Catherine Chisholm CC Kenny Combe", "Frank Reid(FRE)",
                                      "Chris Stephens)", "Alistair Shaw (representing"])
    assert listed == ["Gina Preston", "Alam", "Catherine Chisholm", "Kenny Combe", "Frank Reid", "Chris Stephens",
                      "Alistair Shaw"]


def test_a_name_is_found_within_one_sentence_and_a_bracket_of_prose_makes_no_post():
    """'... and the Mayor. Moved by Flagg' (Des Moines) gave 'Moved'; 'The Climate and Nature Bill (formerly, ...'
    (Kent) and 'the ATM inside M Govan Cross (however inadequate)' (Govan) were read as a name and its post.
    'Anjan Ghosh (Director of Public Health)' (Barking and Dagenham) and 'Councilor Hopfensperger' (a library board,
    US spelling) stay people."""
    from minutebook.extract.nlp import load_pipeline, people_in
    from minutebook.extract.names import split_title

    nlp = load_pipeline()
    found = lambda text: [s.text for s in people_in(nlp(text))]
    assert found("52. From Council Member George Flagg to discuss City Council rules No. 32 and 34 regarding motions by "
                 "Council Members and the Mayor. Moved by Flagg to discuss and eliminate Council Rule No. 34.") == ["George Flagg"]
    assert found("The Climate and Nature Bill (formerly, the Climate and Ecology Bill) has been introduced.") == []
    assert found("the provision provided by the ATM inside M Govan Cross (however inadequate), prevents it") == []
    assert found("Anjan Ghosh (Director of Public Health) presented the report.") == ["Anjan Ghosh"]
    assert split_title("Councilor Hopfensperger") == ("Councilor", "Hopfensperger")


def test_a_name_before_a_street_kind_is_no_person_and_county_councillors_and_pcsos_are_titles():
    """'Mrs. Newell Stoke Road' (Wereham PC's list of areas) made 'Newell Stoke' a full name that 'Mrs. Newell'
    then resolved to; 'CC White was asked' (Northwold PC), 'CC Kenny Combe' (Ayton), 'PCSO Law will inform'
    (Northwold PC)."""
    from minutebook.extract.nlp import load_pipeline, people_in
    from minutebook.extract.names import split_title

    nlp = load_pipeline()
    assert "Mrs. Newell Stoke" not in [s.text for s in people_in(nlp("Mrs. Newell Stoke Road : Mrs. Everitt - Council Estate"))]
    assert [s.text for s in people_in(nlp("Mrs. Newell proposed C. Humphries"))] == ["Mrs. Newell"]
    assert split_title("CC White") == ("CC", "White") and split_title("PCSO Law") == ("PCSO", "Law")
    assert split_title("CC Kenny Combe") == ("CC", "Kenny Combe")


def test_a_firm_in_brackets_a_middle_initial_and_a_role_glued_by_a_hyphen():
    """'Larking Gowen (Auditors)' (a library board's auditors: a plural in brackets names a firm, where 'Anjan Ghosh
    (Director of Public Health)' names a post); 'Reverend Emily E. Ewing' (Des Moines) was cut to 'Emily'; 'R Crisp-Chair'
    (Northwold PC's attendance, as 'Frank Reid(FRE)' in Boughton's)."""
    from minutebook.extract.nlp import load_pipeline, people_in
    from minutebook.extract.personhood import tidy_name

    nlp = load_pipeline()
    found = lambda text: [s.text for s in people_in(nlp(text))]
    assert found("Proposed letter of engagement from Larking Gowen (Auditors) for approval.") == []
    assert found("(Q) Reverend Emily E. Ewing.") == ["Reverend Emily E. Ewing"]
    assert tidy_name("R Crisp-Chair") == "R Crisp" and tidy_name("Sarah Barrington-King") == "Sarah Barrington-King"


@pytest.mark.skipif(not (__import__("pathlib").Path(__file__).resolve().parent.parent.parent / "shared" / "wild").exists(),
                    reason="needs ../shared/wild and ../shared/real")
def test_sir_before_one_word_is_no_knight_on_papers_of_two_bodies():
    """Issue 7's rule of two bodies, on real papers: Manordeilo and Salem Community Council's Welsh minutes write
    'Cyngor Sir Caerfyrddin' (Sir is the county), which made 'Caerfyrddin' a person before 'Sir' before one word
    was no knight; Kent County Council's minutes name 'Sir Paul Carter', a knight with a given name, who stays.
    The councillors of the Welsh paper ('Joseph Davies') are still read."""
    from minutebook.extract.run import extract_document
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    from .conftest import REAL, SHARED

    def names(path):
        doc = read_document(str(path))
        facts = extract_document(doc, find_structure(doc))
        return {f["name"] for table in ("attendance", "mentions") for f in facts[table]}

    welsh = names(SHARED / "wild" / "mscc_10-17_cy.pdf")
    assert not [n for n in welsh if "fyrddin" in n]
    assert "Joseph Davies" in welsh
    assert "Paul Carter" in names(REAL / "kcc_Printed minutes 13th-Mar-2025 10.00 County Council.pdf")


def test_a_name_used_only_as_an_organisation_is_no_person():
    """Suffolk Libraries' board: 'where John Lewis staff have been at the events' made John Lewis (a shop) a person;
    the paper never titles, lists or tasks him, so he is an organisation. A name the paper also lists as present stays
    a person whatever the sentence does with it."""
    from .conftest import SHARED
    from minutebook.extract.personhood import PaperWords, keep_people

    path = SHARED / "wild" / "sl_board-meeting-minutes-2014-07-31.pdf"
    if not path.exists():
        pytest.skip("needs ../shared/wild")
    from minutebook.extract.run import extract_document
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    doc = read_document(str(path), ocr=False)
    facts = extract_document(doc, find_structure(doc))
    assert "John Lewis" not in {m["name"] for m in facts["mentions"]}
    assert "John Lewis" in {o["name"] for o in facts["organisations"]}
    text = ["Present: Jane Marsh. Jane Marsh staff the stall; the clerk asked Tesco Direct staff for the rota."]
    kept = keep_people({"attendance": [{"name": "Jane Marsh"}], "mentions": [{"name": "Jane Marsh"}, {"name": "Tesco Direct"}]},
                       PaperWords(text))
    assert [m["name"] for m in kept["mentions"]] == ["Jane Marsh"]


def test_a_council_named_by_its_place_and_abbreviation_is_no_person_on_papers_of_two_bodies():
    """Issue 7: Boughton's minutes ask 'Norfolk CC to action' highways work, which stored Norfolk CC as a person who
    owned it; the county council owns it as a group. Stoke Ferry's attendance writes each councillor's initials after
    the name ('Cllr Daphne Clements DC'): she stays a person, and so do the paper's other councillors."""
    from minutebook.extract.run import extract_document
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    from .conftest import SHARED

    def facts(name):
        path = SHARED / "wild" / name
        if not path.exists():
            pytest.skip(f"needs ../shared/wild/{name}")
        doc = read_document(str(path), ocr=False)
        return extract_document(doc, find_structure(doc))

    boughton = facts("sf_boughton-pc-agenda-minutes-2013-11_index.html")
    assert "Norfolk CC" not in {m["name"] for m in boughton["mentions"]}
    owners = [o for a in boughton["actions"] if "Norfolk CC to action" in a["description"] for o in a["owners"]]
    assert owners == [{"name": "Norfolk CC", "kind": "group"}]
    stoke_ferry = {m["name"] for m in facts("sf_stoke-ferry-pc-minutes-2017-08_index.html")["mentions"]}
    assert {"Daphne Clements", "Trudi Mann", "Janet Taylor", "Mandy Leaman"} <= stoke_ferry
