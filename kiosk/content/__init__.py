"""The content bundle: its schema, loading and validation. No Qt here."""
