"""People are people: the filter every extracted name passes through, and the coverage check's
count of non-people. Names from papers of different bodies (UK parish and county councils,
US city councils, a library board)."""

import pytest

from minutebook.extract.personhood import is_person, keep_people, why_not_a_person


@pytest.mark.parametrize("name", [
    "Sue Leet", "Peake", "Dillavou", "La Tosha Davis", "Philip C. Van Hale", "Princella Lee-Bridges",
    "P V Barrington-King", "O. Williams", "Sir Paul Carter", "Hugh Grant", "Mark Green", "André Videla",
    "C Bell", "P T Cole", "Ann West", "Mark SMITH", "June Stocking", "JOHN SMITH",
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
