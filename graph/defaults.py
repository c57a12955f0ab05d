"""Defaults of the graph commands, in a module that imports nothing.

``dealgraph --help`` shows these values, so the CLI reads them here rather
than from the modules that use them (which import NetworkX or the store's
clients, and would make every command start slowly).

Example::

    >>> from graph.defaults import DEFAULT_LOOP_LIMIT
    >>> DEFAULT_LOOP_LIMIT
    100
"""
DEFAULT_LOOP_LIMIT = 100     # loops shown unless the caller asks for more
COUNT_SECONDS = 2.0          # counting loops longer than this gives a lower bound
DEFAULT_COPY_BATCH = 1000    # nodes read and written per transaction by `db copy`
