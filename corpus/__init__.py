"""Bundled sample archive (built by scripts/build_corpus.py)."""
