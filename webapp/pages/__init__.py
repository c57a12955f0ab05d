"""One module per page, each with its ``PATH``, ``LABEL``, ``layout(ctx, state, companies)``
and ``register(app, ctx)`` (its callbacks). ``PAGES`` is the nav bar's order.
"""
from __future__ import annotations

from . import articles, concentration, console, loops, network, paths, review, timeline

PAGES = (network, paths, loops, concentration, timeline, review, console, articles)
BY_PATH = {page.PATH: page for page in PAGES}


def served(published: bool) -> tuple:
    """The pages an app serves, in nav order: a published, reviewed-only view
    (``serve --reviewed-only``) leaves out the pages that write (``WRITES = True``).

    >>> [p.LABEL for p in served(True)] == [p.LABEL for p in PAGES if p.LABEL != "Review"]
    True
    """
    return tuple(p for p in PAGES if not (published and getattr(p, "WRITES", False)))


def page_for(path: str | None):
    """The page module at ``path`` ("/" is the network), or None.

    >>> page_for("/").LABEL, page_for("/loops").LABEL, page_for("/nowhere")
    ('Network', 'Loops', None)
    """
    return BY_PATH.get("/network" if path in (None, "", "/") else path)
