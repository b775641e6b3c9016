"""Run every extractor over one document."""


def extract_document(doc, structure, pipeline=None) -> dict:
    return {}
