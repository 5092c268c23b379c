"""Durable local storage: the SQLite database, drafts, the outbox, files on disk."""
