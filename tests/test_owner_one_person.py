"""An action's owner is the person its own paper names, across a body's papers: a surname two people
of the archive share is the one its paper meant, and a short form the body's papers teach is that
person on the person's page too (ingest/store_action_threads.py)."""

import html

from .wild_papers import served_wild

NORTHWOLD = ["sf_northwold-pc-minutes-2013-06_index.html", "sf_northwold-pc-minutes-2015-01_index.html",
             "sf_northwold-pc-minutes-2016-09_index.html", "sf_northwold-pc-minutes-2018-05-annual_index.html"]
FOHCL = ["fohcl_2015-06-02.pdf", "fohcl_2015-08-04.pdf", "fohcl_2015-10-27.pdf"]


def test_a_shared_surname_owner_is_the_member_present_not_another_of_that_name(tmp_path_factory):
    """Northwold's 2013 minutes name a 'Mr Gillett' of the public; in 2018 'Cllr Gillett to contact Richard
    King memorials' is G Gillett, present at that meeting: his page lists the action, the other's does not."""
    db, client = served_wild(tmp_path_factory, NORTHWOLD, "northwold")
    [(owner,)] = db.execute("select o.person_id from action_owners o join actions a on a.id = o.action_id "
                            "where a.text like 'Cllr Gillett to contact Richard King memorials%'").fetchall()
    [(present,)] = db.execute("select distinct a.person_id from attendance a join documents d on d.id = a.document_id "
                              "where d.filename = ? and a.name = 'G Gillett'", [NORTHWOLD[-1]]).fetchall()
    assert owner == present
    # the site's public copy numbers people its own way: the person is found by the name the site shows
    [public] = client.get("/minutebook/people.json?_shape=array&name=George+Gillett").json
    page = html.unescape(client.get(f"/person/{public['id']}").text)
    assert "Richard King memorials" in page.split("<h2>Actions owned</h2>", 1)[1].split("</table>", 1)[0]


def test_a_short_form_the_body_teaches_is_no_person_of_its_own(tmp_path_factory):
    """fohcl's 'Agreed that Ali should bring the costs to the next meeting. ACTION: Trustees' (4 Aug 2015), where
    two Alisons are present: the body's other papers mark Ali's tasks 'AHop', so the mention is Alison Hopkins's."""
    db, client = served_wild(tmp_path_factory, FOHCL, "fohcl", folder="series/fohcl")
    assert not db.execute("select 1 from people where name = 'Ali'").fetchall()
    [(pid,)] = db.execute("select distinct m.person_id from mentions m where m.kind = 'owner' "
                          "and m.text like 'Users have asked for headsets%'").fetchall()
    assert db.execute("select name from people where id = ?", [pid]).fetchone()[0] == "Alison Hopkins"
    people = html.unescape(client.get("/people").text)
    assert ">Alison Hopkins<" in people and ">Ali<" not in people
