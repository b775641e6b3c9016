"""Files in, structured documents and a SQLite database out."""
