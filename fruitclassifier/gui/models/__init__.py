"""Models: the library table, details, import and export."""
