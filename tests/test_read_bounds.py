"""A text or HTML paper is read whole and then decoded, so one whose bytes alone fill half the
memory ceiling cannot be read within it: it is refused as over the ceiling before any of it is
read, instead of after filling memory up to the ceiling (a 200 MB line took 9 s to get there)."""

import pytest

from minutebook.ingest import limits
from minutebook.ingest.read import read_document


@pytest.fixture
def small_ceiling():
    kept = limits.current()
    limits._current = limits.Limits(memory_mb=64)  # the ceiling a worker would hold; no rlimit set here
    yield
    limits._current = kept


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_paper_past_half_the_ceiling_is_refused_unread(tmp_path, small_ceiling, suffix):
    path = tmp_path / f"huge{suffix}"
    with open(path, "wb") as f:  # sparse: 40 MB that take no disk; read, they would be NULs
        f.truncate(40 << 20)
    with pytest.raises(MemoryError, match="memory ceiling of 64 MB"):
        read_document(str(path))


def test_a_paper_within_the_ceiling_is_read(tmp_path, small_ceiling):
    path = tmp_path / "minutes.txt"
    path.write_text("Minutes of the Board held on 1 March 2023\n\nThe Board agreed the plan.\n" * 1000)
    assert "agreed the plan" in read_document(str(path)).pages[0].text
