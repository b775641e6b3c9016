"""A text, Markdown or HTML paper is read whole, decoded and cut into lines and blocks, about
five times its size in memory: one past an eighth of the memory ceiling is refused by its size
before any of it is read, and its row says it is too large, how large, and the limit (a 200 MB
file filled memory up to the ceiling first, and its row named the memory ceiling only)."""

import pytest

from minutebook.ingest import limits
from minutebook.ingest.document import ReadError
from minutebook.ingest.read import read_document


@pytest.fixture
def small_ceiling():
    kept = limits.current()
    limits._current = limits.Limits(memory_mb=64)  # the ceiling a worker would hold; no rlimit set here
    yield
    limits._current = kept


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_a_paper_past_an_eighth_of_the_ceiling_is_refused_unread_by_its_size(tmp_path, small_ceiling, suffix):
    path = tmp_path / f"huge{suffix}"
    with open(path, "wb") as f:  # sparse: 10 MB that take no disk; read, they would be NULs
        f.truncate(10 << 20)
    with pytest.raises(ReadError, match=r"too large to read: 10 MB, over the 8 MB .* memory ceiling of 64 MB"):
        read_document(str(path))


def test_a_paper_within_the_bound_is_read(tmp_path, small_ceiling):
    path = tmp_path / "minutes.txt"
    path.write_text("Minutes of the Board held on 1 March 2023\n\nThe Board agreed the plan.\n" * 1000)
    assert "agreed the plan" in read_document(str(path)).pages[0].text
