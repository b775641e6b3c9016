"""minutebook: committee papers into a searchable, auditable database."""

__version__ = "0.1.0"
