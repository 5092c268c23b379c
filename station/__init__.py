"""The intake station's core: records, validation, reference data, storage, sync (no Qt)."""
