"""The store: schema, migrations and the `Store` that reads and writes it."""

from thbwatch.store.database import DEFAULT_URL, BatchResult, Store

__all__ = ["DEFAULT_URL", "BatchResult", "Store"]
