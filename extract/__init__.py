"""spaCy-based extraction of facts from structured documents."""
