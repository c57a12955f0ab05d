"""What every page's callbacks work with: the store, its cached reads and the ingest callables."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from graph.store import GraphStore

from .data import Data

Extract = Callable[[str, dict], dict]


@dataclass
class AppContext:
    """``preview``/``ingest`` run the extraction pipeline; the CLI passes them in (None: buttons disabled)."""

    store: GraphStore
    data: Data
    preview: Extract | None = None
    ingest: Extract | None = None
