"""The redis client as the embedded store uses it: synchronous, its asyncio half left unloaded.

``import redis`` imports ``redis.asyncio`` first (the package's ``__init__`` does), and with it
Python's asyncio: a third of the imports of every command that opens the embedded store, for a
client half that neither dealgraph nor FalkorDB's synchronous client uses. :func:`load` puts a
stand-in for ``redis.asyncio`` in ``sys.modules`` before redis is imported; the real module is
imported the first time anything reads from the stand-in.

>>> redis = load()
>>> redis.Redis.__name__, redis.asyncio.Redis.__name__      # the second read imports redis.asyncio
('Redis', 'Redis')
"""
from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import sys
from types import ModuleType

DEFERRED = "redis.asyncio"


class _Deferred(ModuleType):
    """Stands in for a module until one of its names is read."""

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        real = importlib.import_module(self.__name__)
        self.__dict__.update({k: v for k, v in real.__dict__.items() if k not in ("__class__",)})
        return getattr(real, name)


def load() -> ModuleType:
    """The ``redis`` package, with ``redis.asyncio`` imported only when first used."""
    if "redis" not in sys.modules and DEFERRED not in sys.modules:
        _stand_in(DEFERRED)
    import redis

    return redis


def _stand_in(name: str) -> None:
    package, _, child = name.rpartition(".")
    found = importlib.util.find_spec(package)   # a top-level package is found without being imported
    if found is None or not found.submodule_search_locations:
        return
    folders = [f"{folder}/{child}" for folder in found.submodule_search_locations]
    stand_in = _Deferred(name)
    stand_in.__spec__ = importlib.machinery.ModuleSpec(name, None, is_package=True)
    stand_in.__spec__.submodule_search_locations = folders
    stand_in.__path__ = folders
    sys.modules[name] = stand_in
