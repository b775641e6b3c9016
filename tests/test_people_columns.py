"""People read by the role of their column: a list whose lines open with a name and a post, a
table column whose cells are mostly names. Lines and cells as real papers of different bodies
print them (a US county board of health's personnel schedule, a US housing authority's cover,
a UK pharmaceutical committee's staff table, a UK parish council's members table)."""

from minutebook.extract.people_columns import listed_name_lines, table_name_cells
from minutebook.ingest.document import TABLE, Block, Document, Page

CUYAHOGA = """SCHEDULE C
Ratify Appointment(s):
A. Layla Lahoud, Grant Coordinator, Grade C, $41,149 annually effective April 15, 2019.
Appointment(s):
A. Sarah Szabo, Data Analyst, Grade E, $53,968 annually effective April 29, 2019.
B. Gu Ouyang, Informatician, Grade E, $53,968 annually.
Najeebah Shine, Director of Organizational Development, asking permission from the Board to use the
A. Rebecca Woods, Student Environment Worker, $11.00 per hour.
I. Atticus Kenny, Student Environment Worker, $11.00 per hour.
L. Adelaide Goodrich, Student Environment Worker, $11.22 per hour.
Administrative Code for the material utilized as a building sewer for the residence at 60 South
Lane in Moreland Hills, Ohio (PPN: 913-04-013) (ref. enclosed)."""

NORWALK = """https://www.norwalk.org/city-hall/meeting-agendas-393.
Rick Ramirez, Chair
Ana Valencia, Vice Chair
Tony Ayala, Commissioner
Margarita L. Rios, Commissioner
La Tosha Davis, Commissioner
Hermosa Beach, CA 90254"""


def names(text):
    doc = Document(path="x.pdf", format="pdf", pages=[Page(number=1, text=text)])
    return [name for _, name, _ in listed_name_lines(doc)]


def test_a_list_of_names_with_posts_gives_every_name_even_uncommon_given_names():
    found = names(CUYAHOGA)
    for name in ("Layla Lahoud", "Gu Ouyang", "Najeebah Shine", "Atticus Kenny", "Adelaide Goodrich", "Sarah Szabo"):
        assert name in found
    assert not any("Moreland" in n or "Lane" in n for n in found)


def test_a_cover_list_of_members_and_posts_from_another_body():
    found = names(NORWALK)
    assert {"Rick Ramirez", "Ana Valencia", "Margarita L. Rios", "La Tosha Davis"} <= set(found)
    assert "Hermosa Beach" not in found  # a town before its state and zip code


def test_two_lines_or_unknown_names_alone_prove_nothing():
    assert names("Rick Ramirez, Chair\nAna Valencia, Vice Chair") == []
    assert names("Gu Ouyang, Informatician\nAtticus Kenny, Worker\nMaille Drellishak, Worker") == []


def test_a_table_column_of_names_is_read_whatever_its_header():
    staff = Block(TABLE, "", 1, rows=[["Staff", "Role"], ["Keith Kendall", "Chief Officer"], ["Farhaan Qureshi", "Pharmacist"],
                                      ["Hannah Lubbeke-Brown", "Support Officer"], ["Geraint Morris", "Lead"]])
    assert {"Farhaan Qureshi", "Hannah Lubbeke-Brown", "Geraint Morris"} <= set(table_name_cells(staff))
    members = Block(TABLE, "", 1, rows=[["", ""], ["Dave Horkan (DHO)", "Chairman"], ["Frank Reid (FRE)", "Vice"],
                                        ["Mark Pogmore (MPO)", "Member"]])
    assert "Dave Horkan (DHO)" in table_name_cells(members)
    places = Block(TABLE, "", 1, rows=[["Venue", "Date"], ["Village Hall", "1 May"], ["Church Rooms", "2 June"],
                                       ["Sports Pavilion", "3 July"]])
    assert table_name_cells(places) == []
