"""Restricted means restricted on every path: an archive of the bundled corpus (whose agenda
pack has restricted items and sub-items) and papers made here (a restricted item with
sub-items, a person, an organisation and an acronym known only from it; a paper marked NOT FOR
PUBLICATION; an HTML page with a restricted item) is served in public mode and in full mode
without a login, and every route, file and SQL path is tried for the words that appear only in
restricted text and for the server's paths."""

import asyncio
import re
import shutil
import urllib.parse
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import sqlite_utils
from datasette.utils.testing import TestClient

from minutebook.ingest.public_files import WITHHELD, files_dir
from minutebook.ingest.publish import public_path
from minutebook.ingest.body_files import archives_in
from minutebook.serve import Archive, hash_password, make_datasette, make_site, site_dir

from .conftest import CORPUS, run_cli
from .pdfs import write_pdf

WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]{5,}")
# words this test's own papers keep for restricted text only
OWN_SECRETS = {"vexworth", "quillfeather", "zephyrine", "marrowgate", "brackenfold", "wendelstrom", "ottoline",
               "glimmerholt", "fennimore", "thistlewick", "orrindale"}


def write_papers(folder):
    write_pdf(folder / "harbour minutes.pdf", [
        ["Harbour Safety Board", "Minutes of the meeting of the Harbour Safety Board held on 12 March 2024",
         "Present: Councillor Mary Aldous (Chair), Councillor Peter Brindle", "",
         "1. APOLOGIES", "Apologies were received from Councillor Ruth Calder.", "",
         "2. MOORING FEES", "The Board agreed the mooring fees for 2024/25.",
         "ACTION: Peter Brindle to publish the new mooring fees by 30 April 2024."],
        ["3. RESTRICTED: LEGAL MATTERS", "(a) QUAYSIDE LEASE DISPUTE",
         "Counsel Ottoline Vexworth advised the Board on the Quillfeather claim against the harbour.",
         "The Zephyrine Marine Trust (ZMT) has offered a settlement of 45,000 pounds.",
         "ACTION: Mary Aldous to instruct Ottoline Vexworth on the Quillfeather settlement by 1 May 2024.",
         "(b) PONTOON INSPECTION", "The Board resolved to withhold the Marrowgate pontoon report pending litigation."],
        ["4. DATE OF NEXT MEETING", "The next meeting will be held on 11 June 2024.",
         "The Board noted the harbour master's annual report."],
    ])
    write_pdf(folder / "exempt report.pdf", [
        ["NOT FOR PUBLICATION", "Report to the Harbour Safety Board, 12 March 2024",
         "Valuation of the Brackenfold slipway by Tobias Wendelstrom."]])
    (folder / "Tide board – Zoë's \"copy\".html").write_text(
        "<html><head><title>Tide Board minutes</title></head><body>"
        "<h1>Minutes of the meeting of the Tide Board held on 4 April 2024</h1>"
        "<h2>1. Tide tables</h2><p>The Board agreed the tide tables for the summer season.</p>"
        "<h2>2. Exempt: Harbour staffing</h2><p>Glimmerholt Fennimore raised a staffing grievance.</p>"
        "<h2>3. Any other business</h2><p>There was no other business.</p></body></html>", encoding="utf-8")
    (folder / "tide board agenda 9 May 2024.txt").write_text(  # an item marked exempt in title-case brackets
        "Tide Board\n\nAgenda for the meeting of the Tide Board on 9 May 2024\n\n1. Apologies for absence\n\n"
        "2. Harbour dues (Pages 1 - 4)\n\n3. Harbour staffing (Exempt)\n\n"
        "The Thistlewick caretaking contract held by Orrindale Services is to be ended.\n", encoding="utf-8")
    (folder / "notice.html").write_text(  # nothing restricted that the reader saw; something it skipped
        "<html><body><h1>Notice of the meeting of the Tide Board held on 9 May 2024</h1>"
        "<!-- draft: the Quorvantis settlement goes to Part 2 -->"
        "<p>The Board will meet at the harbour office.</p></body></html>", encoding="utf-8")


@pytest.fixture(scope="module")
def leak_archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("leak")
    papers = root / "papers"
    shutil.copytree(CORPUS, papers, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    write_papers(papers)
    db = root / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    return db, papers


def words(text: str) -> set[str]:
    return {w.lower().strip("'’-") for w in WORD_RE.findall(text)}


def site_words(db) -> set[str]:
    """Words of the site itself (metadata, canned queries, templates, Datasette's pages, the
    schema's SQL): not evidence of a leak."""
    import datasette

    found = set()
    folders = [site_dir(), Path(datasette.__file__).parent / "templates"]
    for path in (p for folder in folders for p in folder.rglob("*")):
        if path.suffix in (".yml", ".html", ".py"):
            found |= words(path.read_text(encoding="utf-8"))
    for (sql,) in db.execute("select sql from sqlite_master where sql is not null"):
        found |= words(sql)
    return found


@pytest.fixture(scope="module")
def secrets(leak_archive):
    """Words in restricted items and passages (and restricted papers) that appear nowhere public."""
    found = secret_words([leak_archive[0]])
    assert OWN_SECRETS <= found, OWN_SECRETS - found  # the papers made here hold them where intended
    assert len(found) > 50  # the corpus's restricted minutes add their own
    return found


def secret_words(db_paths) -> set[str]:
    """Words restricted in any of the archives and public in none of them."""
    restricted, public, site = set(), set(), set()
    for path in db_paths:
        r, p, db = _restricted_and_public(path)
        restricted, public, site = restricted | r, public | p, site | site_words(db)
    return restricted - public - site


def _restricted_and_public(db_path):
    db = sqlite_utils.Database(db_path)
    restricted, public = set(), set()
    for (text,) in db.execute("""
            select text from passages where restricted = 1
              or document_id in (select id from documents where restricted = 1)
            union all select title from agenda_items where restricted = 1
            union all select text from pages where document_id in (select id from documents where restricted = 1)"""):
        restricted |= words(text or "")
    for (text,) in db.execute("""
            select text from passages where restricted = 0
              and document_id in (select id from documents where restricted = 0)
            union all select heading from passages where restricted = 0
            union all select title from agenda_items where restricted = 0
            union all select text from pages where restricted = 0
              and document_id in (select id from documents where restricted = 0)
            union all select title from documents where restricted = 0
            union all select filename from documents where restricted = 0"""):
        public |= words(text or "")
    return restricted, public, db


def leaked(text: str, secret: set[str], path: str = "") -> set[str]:
    """Restricted words in a response, less those the request itself asked for (echoed back)."""
    return words(text) & secret - words(urllib.parse.unquote(path))


@pytest.fixture(scope="module")
def public_site(leak_archive):
    db, _ = leak_archive
    ds = make_datasette(public_path(str(db)), public=True, name="archive", public_files=files_dir(str(db)))
    asyncio.run(ds.invoke_startup())
    return TestClient(ds)


@pytest.fixture(scope="module")
def full_site(leak_archive):
    db, _ = leak_archive
    ds = make_datasette(str(db), public=False, name="archive", password_hash=hash_password("a long pass phrase"))
    asyncio.run(ds.invoke_startup())
    return TestClient(ds)


def routes(db_path) -> list[str]:
    """Every kind of route, with the ids of the full archive (restricted rows included)."""
    db = sqlite_utils.Database(db_path)
    paths = ["/", "/archive", "/-/metadata.json", "/-/databases.json", "/-/versions.json", "/-/settings.json",
             "/-/plugins.json", "/people", "/people?q=a", "/overdue", "/overdue?as_of=2100-01-01", "/meetings",
             "/archive.json?sql=" + urllib.parse.quote("select * from sqlite_master"),
             "/archive.json?sql=" + urllib.parse.quote("select * from pragma_database_list"),
             "/archive.json?sql=" + urllib.parse.quote("select * from pragma_table_info('documents')"),
             "/archive/open_actions_by_owner.json?_shape=array",
             "/archive/overdue_actions.json?as_of=2100-01-01&_shape=array",
             "/archive/overdue_actions.csv?as_of=2100-01-01",
             "/archive/search_decisions.json?_shape=array"]
    for table in db.table_names() + db.view_names():
        paths += [f"/archive/{table}.json?_shape=array&_size=max", f"/archive/{table}.csv?_size=max",
                  f"/archive/{table}?_size=max",
                  "/archive.json?_shape=array&sql=" + urllib.parse.quote(f"select * from [{table}] limit 5000"),
                  # HTML: a cell naming a meeting, an action or a paper shows its label (cell_labels)
                  "/archive?sql=" + urllib.parse.quote(f"select * from [{table}] limit 5000")]
    # every id the archive holds, restricted rows' included, named as a meeting, an action and a paper
    most = max(db.execute(f"select coalesce(max(id), 0) from {t}").fetchone()[0]
               for t in ("documents", "actions", "meetings"))
    paths.append("/archive?sql=" + urllib.parse.quote(
        f"with recursive n(x) as (select 1 union all select x + 1 from n where x < {most}) "
        "select x as meeting_id, x as action_id, x as document_id from n"))
    for table in ("documents", "pages", "agenda_items", "passages", "people", "actions", "decisions", "statistics",
                  "mentions", "meetings"):
        restricted = ("restricted = 1" if "restricted" in db[table].columns_dict else "0") + (
            " or document_id in (select id from documents where restricted = 1)"
            if "document_id" in db[table].columns_dict else "")
        for (row_id,) in db.execute(f"select id from [{table}] where {restricted} union select id from "
                                    f"(select id from [{table}] limit 10)"):
            paths += [f"/archive/{table}/{row_id}.json", f"/archive/{table}/{row_id}"]
    for (pid,) in db.execute("select id from people"):
        paths += [f"/person/{pid}", f"/archive/person.json?id={pid}&_shape=array"]
    for (mid,) in db.execute("select id from meetings"):
        paths += [f"/meeting/{mid}", f"/archive/meeting.json?id={mid}&_shape=array"]
    for (action_id,) in db.execute("select id from actions"):
        paths.append(f"/action/{action_id}")
    for (doc_id,) in db.execute("select id from documents"):
        paths.append(f"/-/source/{doc_id}")
    return paths


def searches(secret: set[str], others: int = 20) -> list[str]:
    paths = []
    chosen = sorted(OWN_SECRETS) + sorted(secret - OWN_SECRETS, key=len, reverse=True)[:others]
    for word in chosen:
        q = urllib.parse.quote(word)
        paths += [f"/archive/passages.json?_search={q}&_shape=array", f"/archive/pages.json?_search={q}&_shape=array",
                  f"/archive/decisions.json?_search={q}&_shape=array", f"/archive/actions.json?_search={q}&_shape=array",
                  f"/archive/search_decisions.json?q={q}&_shape=array", f"/people?q={q}", f"/search?q={q}",
                  f"/archive/person.json?name={q}&_shape=array",
                  # misspelt, the search offers the words the index holds near it ('Did you mean')
                  "/search?q=" + urllib.parse.quote(word[0] + word[2] + word[1] + word[3:])]
    return paths


def body_text(response) -> str:
    """What a visitor reads: the text of a served PDF, or the body."""
    if response.headers.get("content-type", "").startswith("application/pdf"):
        pdf = pdfium.PdfDocument(response.body)
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    return response.body.decode("utf-8", "replace")


def fetch(client, path):
    response = client.get(path, follow_redirects=True)
    assert response.status < 500, (path, response.status, response.text[:300])
    return response


def test_public_mode_shows_no_restricted_word_and_no_server_path(leak_archive, secrets, public_site):
    db, papers = leak_archive
    server_paths = {str(db.parent), str(papers)}
    seen = 0
    for path in routes(db) + searches(secrets):
        response = fetch(public_site, path)
        text = body_text(response)
        assert not leaked(text, secrets, path), (path, leaked(text, secrets, path))
        assert not any(p in text for p in server_paths), path
        seen += response.status == 200
    assert seen > 500  # the public site did answer


def test_full_mode_without_login_shows_nothing(leak_archive, secrets, full_site):
    db, papers = leak_archive
    for path in routes(db) + searches(secrets):
        response = full_site.get(path, follow_redirects=False)
        assert response.status in (302, 403, 404), (path, response.status)
        assert not leaked(response.text, secrets, path), (path, leaked(response.text, secrets, path))
        assert str(papers) not in response.text


def test_full_mode_after_login_shows_the_restricted_item(leak_archive, full_site):
    login = full_site.post("/-/login", {"username": "admin", "password": "a long pass phrase"}, csrftoken_from=True)
    cookies = {"ds_actor": login.cookies["ds_actor"]}
    html = full_site.get("/archive/passages?_search=Quillfeather", cookies=cookies).text
    assert "Quillfeather" in html
    doc_id = sqlite_utils.Database(leak_archive[0]).execute(
        "select id from documents where filename = 'harbour minutes.pdf'").fetchone()[0]
    pdf = full_site.get(f"/-/source/{doc_id}", cookies=cookies, follow_redirects=True)
    assert "Quillfeather" in body_text(pdf)


def test_the_public_copy_holds_no_restricted_word_anywhere_in_its_bytes(leak_archive, secrets):
    data = open(public_path(str(leak_archive[0])), "rb").read()
    full = open(leak_archive[0], "rb").read()
    for word in OWN_SECRETS:
        assert word.encode() in full.lower()
        assert word.encode() not in data.lower(), word


def test_sub_items_and_what_is_known_only_from_them_are_restricted(leak_archive):
    db = sqlite_utils.Database(leak_archive[0])
    items = {r["number"]: r["restricted"] for r in db.query(
        "select number, restricted from agenda_items where document_id = "
        "(select id from documents where filename = 'harbour minutes.pdf')")}
    assert items["3"] == items["3(a)"] == items["3(b)"] == 1 and items["2"] == items["4"] == 0
    public = sqlite_utils.Database(public_path(str(leak_archive[0])))
    people = {r["name"] for r in public.query("select name from people")}
    assert "Peter Brindle" in people and "Ottoline Vexworth" not in people
    assert not list(public.query("select * from person_aliases where alias like '%Vexworth%'"))
    assert not list(public.query("select * from acronyms where acronym = 'ZMT'"))
    assert "Zephyrine" not in " ".join(r["name"] for r in public.query("select name from organisations"))
    restricted = {r["filename"] for r in db.query("select filename from documents where restricted = 1")}
    assert restricted == {"exempt report.pdf"}
    assert not list(public.query("select * from documents where filename = 'exempt report.pdf'"))
    assert not list(public.query("select * from documents where path is not null"))


def test_public_pdf_withholds_restricted_pages_and_keeps_page_numbers(leak_archive, public_site):
    db = sqlite_utils.Database(leak_archive[0])
    public = sqlite_utils.Database(public_path(str(leak_archive[0])))
    # the site's ids are the public copy's own (ingest/public_ids.py), not the archive's
    doc_id = public.execute("select id from documents where filename = 'harbour minutes.pdf'").fetchone()[0]
    response = public_site.get(f"/-/source/{doc_id}", follow_redirects=True)
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    pdf = pdfium.PdfDocument(response.body)
    original = pdfium.PdfDocument(str(leak_archive[1] / "harbour minutes.pdf"))
    assert len(pdf) == len(original) == 3
    texts = [page.get_textpage().get_text_range() for page in pdf]
    assert "MOORING FEES" in texts[0] and "DATE OF NEXT MEETING" in texts[2]
    assert WITHHELD in texts[1] and "Quillfeather" not in texts[1]
    assert pdf.get_page_size(1) == original.get_page_size(1)
    exempt = db.execute("select id from documents where filename = 'exempt report.pdf'").fetchone()[0]
    assert not db.execute("select 1 from _public_ids where tab = 'documents' and archive_id = ?", [exempt]).fetchone()
    shown = {r[0] for r in public.execute("select id from documents")}
    for unknown in set(range(1, max(shown) + 3)) - shown:
        assert public_site.get(f"/-/source/{unknown}").status == 404


def test_public_html_is_served_as_its_public_text_only(leak_archive, public_site):
    db = sqlite_utils.Database(public_path(str(leak_archive[0])))  # the site's ids are the copy's own
    doc_id, filename = db.execute("select id, filename from documents where format = 'html' "
                                  "and filename like 'Tide board%'").fetchone()
    response = public_site.get(f"/-/source/{doc_id}", follow_redirects=True)
    assert response.status == 200
    assert "tide tables" in response.text and "Glimmerholt" not in response.text
    assert response.headers["content-type"].startswith("text/plain")
    notice = db.execute("select id from documents where filename = 'notice.html'").fetchone()[0]
    response = public_site.get(f"/-/source/{notice}", follow_redirects=True)
    assert "harbour office" in response.text and "Quorvantis" not in response.text


def test_a_paper_that_becomes_restricted_leaves_the_public_copy(tmp_path):
    papers = tmp_path / "papers"
    papers.mkdir()
    paper = papers / "board.pdf"
    write_pdf(paper, [["Minutes of the meeting of the Harbour Safety Board held on 12 March 2024",
                       "1. BERTHING", "The Board discussed the Pellucidar berthing plan."]])
    db = tmp_path / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    public = public_path(str(db))
    assert b"Pellucidar" in open(public, "rb").read()
    write_pdf(paper, [["Minutes of the meeting of the Harbour Safety Board held on 12 March 2024",
                       "1. RESTRICTED: BERTHING", "The Board discussed the Pellucidar berthing plan."]])
    run_cli("ingest", papers, "--db", db, check=True)
    data = open(public, "rb").read()
    assert b"Pellucidar" not in data and b"pellucidar" not in data  # rows, FTS index and freed pages
    assert sqlite_utils.Database(public).execute("select count(*) from agenda_items").fetchone()[0] == 0


def test_numbered_and_lettered_sub_items_inherit_restriction():
    from minutebook.ingest.document import Block, Document, Page
    from minutebook.ingest.structure import find_structure

    lines = [("heading", "Minutes of the meeting of the Harbour Safety Board held on 12 March 2024"),
             ("heading", "10. Budget"), ("paragraph", "Public text."),
             ("heading", "11. RESTRICTED: Legal"), ("heading", "11.1 Lease dispute"), ("paragraph", "Secret one."),
             ("heading", "(a) Pontoon"), ("paragraph", "Secret two."),
             ("heading", "12. Any other business"), ("paragraph", "Public again.")]
    doc = Document("x.pdf", "pdf", pages=[Page(1, "", [Block(kind, text, 1) for kind, text in lines])])
    structure = find_structure(doc)
    assert {i.number: i.restricted for i in structure.items} == {
        "10": False, "11": True, "11.1": True, "11.1(a)": True, "12": False}
    assert [p.restricted for p in structure.passages] == [False, True, True, False]


# --- one database per body, served together --------------------------------------------------


@pytest.fixture(scope="module")
def leak_bodies(tmp_path_factory):
    """The same papers ingested with --db-dir: a database per body, a restricted paper with no
    meeting in _no-body.db."""
    root = tmp_path_factory.mktemp("leak-bodies")
    papers = root / "papers"
    shutil.copytree(CORPUS, papers, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    write_papers(papers)
    bodies = root / "bodies"
    run_cli("ingest", papers, "--db-dir", bodies, check=True)
    paths = archives_in(str(bodies))
    assert len(paths) >= 3
    return paths, papers


@pytest.fixture(scope="module")
def bodies_secrets(leak_bodies):
    found = secret_words(leak_bodies[0])
    assert OWN_SECRETS <= found, OWN_SECRETS - found
    return found


def _name(db_path) -> str:
    return Path(db_path).stem


def _bodies_site(paths, public=True):
    if public:
        archives = [Archive(_name(p), public_path(p), files_dir(p)) for p in paths]
        ds = make_site(archives, public=True)
    else:
        ds = make_site([Archive(_name(p), p) for p in paths], public=False,
                       password_hash=hash_password("a long pass phrase"))
    asyncio.run(ds.invoke_startup())
    return TestClient(ds)


def in_archive(path: str, name: str) -> str:
    """A route of the single-archive site, asked of archive `name` among several: Datasette's
    pages by its name in the path, the site's own pages with ?db=NAME."""
    if path.startswith("/archive"):
        return f"/{name}{path[len('/archive'):]}"
    if path.startswith("/-/") and not path.startswith("/-/source/"):
        return path  # the instance's own pages
    before, hash_, fragment = path.partition("#")
    return f"{before}{'&' if '?' in before else '?'}db={urllib.parse.quote(name)}{hash_}{fragment}"


def bodies_routes(paths, secret, search=True) -> list[str]:
    """Every route of every archive; the searches for this test's own secret words and a few of
    the corpus's (the single-archive test tries more)."""
    found = ["/"]
    for path in paths:
        name = _name(path)
        found += [in_archive(route, name) for route in routes(path) + (searches(secret, 4) if search else [])]
        found += [f"/{name}.json?sql=" + urllib.parse.quote(sql) for sql in (
            f"attach database '{path}' as full", "select * from pragma_database_list")]
    return found


def test_several_archives_served_together_show_no_restricted_word_and_no_server_path(leak_bodies, bodies_secrets):
    paths, papers = leak_bodies
    site = _bodies_site(paths)
    server_paths = {str(Path(paths[0]).parent), str(papers)}
    seen = 0
    for path in bodies_routes(paths, bodies_secrets):
        response = fetch(site, path)
        text = body_text(response)
        assert not leaked(text, bodies_secrets, path), (path, leaked(text, bodies_secrets, path))
        assert not any(p in text for p in server_paths), path
        seen += response.status == 200
    assert seen > 500


def test_several_archives_in_full_mode_without_login_show_nothing(leak_bodies, bodies_secrets):
    paths, papers = leak_bodies
    site = _bodies_site(paths, public=False)
    for path in bodies_routes(paths, bodies_secrets, search=False):  # nothing is shown before a login
        response = site.get(path, follow_redirects=False)
        assert response.status in (302, 403, 404), (path, response.status)
        assert not leaked(response.text, bodies_secrets, path), path
        assert str(papers) not in response.text


def test_each_archives_pages_show_its_own_rows_and_keep_it_in_their_links(leak_bodies):
    paths, _ = leak_bodies
    site = _bodies_site(paths)
    harbour = next(p for p in paths if "harbour" in _name(p))
    name = _name(harbour)
    html = site.get(f"/meetings?db={name}").text
    assert "Harbour Safety Board" in html and f'<option value="{name}" selected>' in html
    meeting = sqlite_utils.Database(public_path(harbour)).execute("select id from meetings").fetchone()[0]
    assert f'href="/meeting/{meeting}?db={name}"' in html
    page = site.get(f"/meeting/{meeting}?db={name}").text
    assert "12 March 2024" in page or "2024-03-12" in page
    assert f"/-/source/" in page and f"?db={name}#page=" in page
    doc = sqlite_utils.Database(public_path(harbour)).execute(
        "select id from documents where filename = 'harbour minutes.pdf'").fetchone()[0]
    pdf = site.get(f"/-/source/{doc}?db={name}", follow_redirects=True)
    assert pdf.headers["content-type"] == "application/pdf" and "MOORING FEES" in body_text(pdf)
    other = next(p for p in paths if p != harbour)
    assert "Harbour Safety Board" not in site.get(f"/meetings?db={_name(other)}").text


def write_pdf_with_unread_parts(path, secret: str):
    """A public paper whose page text is harmless, carrying `secret` where the reader never
    looks: the document's properties, a comment on the page, a form field and an attached file."""
    import ctypes

    import pypdfium2.raw as raw
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    plain = path.with_suffix(".plain.pdf")
    c = canvas.Canvas(str(plain), pagesize=A4)
    c.setSubject(f"Exempt: {secret} valuation")
    c.setKeywords(secret)
    c.drawString(50, 780, "Minutes of the meeting of the Pier Board held on 3 June 2024")
    c.drawString(50, 760, "The Board agreed the pier repainting schedule.")
    c.linkURL("https://example.org/pier", (50, 740, 300, 755))
    c.textAnnotation(f"Part 2 note: {secret} settlement figure", Rect=(400, 700, 450, 750))
    c.acroForm.textfield(name="note", value=f"{secret} claim", x=50, y=600, width=200, height=20)
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(str(plain))
    name = (f"{secret}.txt\x00").encode("utf-16-le")
    name = ctypes.cast(ctypes.create_string_buffer(name, len(name)), ctypes.POINTER(raw.FPDF_WCHAR))
    attachment = raw.FPDFDoc_AddAttachment(pdf.raw, name)
    content = f"Exempt appendix: the {secret} offer".encode()
    assert raw.FPDFAttachment_SetFile(attachment, pdf.raw, content, len(content))
    pdf.save(str(path))
    pdf.close()
    plain.unlink()
    return path


def test_a_public_pdf_carries_only_the_pages_the_reader_checked(tmp_path):
    """A PDF with nothing restricted on its pages was served as the original file, with what the
    reader never checked: files attached to it, comments, form fields, its properties."""
    papers = tmp_path / "papers"
    papers.mkdir()
    original = write_pdf_with_unread_parts(papers / "pier minutes.pdf", "Sablewick")
    raw_pdf = pdfium.PdfDocument(str(original))
    assert raw_pdf.count_attachments() == 1 and len(raw_pdf[0].get_textpage().get_text_range()) > 40
    db = tmp_path / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    ds = make_datasette(public_path(str(db)), public=True, name="archive", public_files=files_dir(str(db)))
    asyncio.run(ds.invoke_startup())
    response = TestClient(ds).get("/-/source/1", follow_redirects=True)
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    served = pdfium.PdfDocument(response.body)
    assert "pier repainting schedule" in served[0].get_textpage().get_text_range()
    assert served.count_attachments() == 0
    assert "Sablewick" not in str(served.get_metadata_dict())
    import pypdfium2.raw as raw

    page = served[0]
    kinds = [raw.FPDFAnnot_GetSubtype(raw.FPDFPage_GetAnnot(page.raw, i)) for i in range(raw.FPDFPage_GetAnnotCount(page.raw))]
    assert kinds == [raw.FPDF_ANNOT_LINK]  # the link stays; the comment and the form field do not
    assert b"Sablewick" not in response.body


def test_a_public_action_closed_in_a_restricted_item_stays_open_in_public(tmp_path):
    """The action is raised in public minutes and reported done under a later meeting's
    restricted item: the public copy copied the action's row as linking left it (completed,
    'was completed', closed at the restricted page), telling what only restricted text says."""
    papers = tmp_path / "papers"
    papers.mkdir()
    write_pdf(papers / "board 2024-03.pdf", [[
        "Harbour Safety Board", "Minutes of the meeting of the Harbour Safety Board held on 12 March 2024",
        "Present: Councillor Mary Aldous (Chair), Councillor Peter Brindle", "",
        "1. QUAYSIDE LEASE", "The Board discussed the quayside lease renewal.",
        "ACTION: Mary Aldous to negotiate the quayside lease renewal with the tenant by 1 May 2024.",
        "2. MOORING FEES", "The Board agreed the mooring fees for 2024/25."]])
    write_pdf(papers / "board 2024-06.pdf", [[
        "Harbour Safety Board", "Minutes of the meeting of the Harbour Safety Board held on 11 June 2024",
        "Present: Councillor Mary Aldous (Chair), Councillor Peter Brindle", "",
        "1. MATTERS ARISING", "There were no matters arising.", "",
        "2. RESTRICTED: LEGAL MATTERS",
        "Mary Aldous reported that the quayside lease renewal negotiation with the tenant was completed,",
        "with the Thornquist settlement of 45,000 pounds paid by Vellacourt Holdings.",
        "3. ANY OTHER BUSINESS", "There was no other business."]])
    db = tmp_path / "archive.db"
    run_cli("ingest", papers, "--db", db, check=True)
    full = sqlite_utils.Database(db)
    (action,) = full.query("select * from actions where description like '%quayside lease%'")
    assert action["status"] == "completed" and action["completed_in"] == "2024-06-11"  # the archive knows
    public = sqlite_utils.Database(public_path(str(db)))
    (shown,) = public.query("select * from actions where id = ?", [action["id"]])
    assert shown["status"] == "open" and shown["state"] == "open" and shown["status_text"] is None
    assert (shown["completed_in"], shown["completed_document_id"], shown["completed_page"]) == (None, None, None)
    assert shown["last_seen"] == "2024-03-12" and shown["sightings"] == 1
    ds = make_datasette(public_path(str(db)), public=True, name="archive", public_files=files_dir(str(db)))
    asyncio.run(ds.invoke_startup())
    client = TestClient(ds)
    for path in (f"/action/{action['id']}", f"/archive/actions/{action['id']}.json", "/archive/actions.json"):
        response = client.get(path)
        assert response.status == 200 and "2024-06-11" not in response.text and "was completed" not in response.text, path
