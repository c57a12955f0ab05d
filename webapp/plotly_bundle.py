"""plotly.js for the explorer's charts: plotly's *basic* bundle (bar, scatter and pie traces,
1.2 MB) served where ``dcc.Graph`` fetches plotly.js, in place of the full bundle Dash serves
(every trace type, 4.8 MB).

``dcc.Graph`` loads plotly.js the first time a chart is drawn in a page, from the URL the Dash
renderer gives it (``_dash-component-suites/plotly/package_data/plotly.min.js`` when assets are
served locally, as here). Compiling the full bundle was about 0.8 s of the browser's script time
on the Concentration page's first opening at 2,000 commitments (ready in 1.7-2.2 s there, against
0.6-1.0 s for the openings after it); with the basic bundle that first opening was ready in
0.75-1.07 s. The charts draw bars and lines only (Concentration: bars; Timeline: bars and lines),
which the basic bundle has; it is plotly.js 4.1.1, the version the ``plotly`` package (7.1) ships,
and the figures are plain dicts, so they draw the same way.

The bundle is plotly.js-basic-dist-min from the npm registry, unmodified (MIT licence beside it,
``vendor/PLOTLY-LICENSE``).

>>> BUNDLE.name, DCC_PATH
('plotly-basic.min.js', '_dash-component-suites/plotly/package_data/plotly.min.js')
"""
from __future__ import annotations

import re
from pathlib import Path

import dash
from flask import send_from_directory

BUNDLE = Path(__file__).parent / "vendor" / "plotly-basic.min.js"
DCC_PATH = "_dash-component-suites/plotly/package_data/plotly.min.js"   # where dcc.Graph asks for plotly.js
TRACES = ("bar", "pie", "scatter")   # the trace types the basic bundle draws


def bundle_version() -> str:
    """The plotly.js version the shipped bundle states in its header.

    >>> bundle_version()
    '4.1.1'
    """
    head = BUNDLE.read_bytes()[:200].decode("ascii", "replace")
    return re.search(r"plotly\.js \(basic - minified\) v(\S+)", head).group(1)


def serve_basic_bundle(app: dash.Dash) -> None:
    """Answer ``dcc.Graph``'s request for plotly.js with the basic bundle. The rule is fully
    static, so Flask prefers it to Dash's ``_dash-component-suites/<package>/<path>`` rule."""
    app.server.add_url_rule(app.config.routes_pathname_prefix + DCC_PATH, "plotly_basic_bundle",
                            lambda: send_from_directory(BUNDLE.parent, BUNDLE.name, mimetype="text/javascript"))
