"""Cross-document resolution."""


def resolve_archive(db) -> None:
    pass
