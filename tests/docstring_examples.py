"""Run every docstring example of a package, as the reader sees it in the code.

An example that needs a running store says ``# doctest: +SKIP``; every other
one must give exactly what it shows (``...`` stands for what varies).

>>> "graph.kinds" in modules("graph")
True
"""
from __future__ import annotations

import doctest
import importlib
import pkgutil


def modules(package: str) -> list[str]:
    """Every module of ``package`` (sub-packages included), by dotted name, sorted."""
    root = importlib.import_module(package)
    return sorted([package] + [m.name for m in pkgutil.walk_packages(root.__path__, package + ".")])


def failures(name: str) -> int:
    """How many of the module's examples fail (0 when it has none)."""
    return doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS).failed
