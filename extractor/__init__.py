"""extractor: council and partnership PDFs into a searchable, citable SQLite database."""

__version__ = "0.1.0"
