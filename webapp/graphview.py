"""The drawn graph (Cytoscape) the Network and Loops pages share: its style and its legend.

Edge colours come from the one kinds table (``graph.kinds``); the elements themselves are
built in :mod:`webapp.data`.
"""
from __future__ import annotations

import dash_cytoscape as cyto
from dash import html

from graph.kinds import KINDS

STYLESHEET = [
    {"selector": "node", "style": {"label": "data(label)", "font-size": 11, "background-color": "#34495e",
                                   "color": "#222", "text-valign": "bottom", "text-margin-y": 4,
                                   "width": 18, "height": 18}},
    {"selector": "node.focus", "style": {"background-color": "#e67e22", "width": 26, "height": 26}},
    {"selector": "edge", "style": {"width": "data(width)", "line-color": "data(colour)", "curve-style": "bezier",
                                   "target-arrow-shape": "triangle", "target-arrow-color": "data(colour)",
                                   "arrow-scale": 0.8, "opacity": 0.8}},
    {"selector": "edge.partnership", "style": {"target-arrow-shape": "none", "line-style": "dashed"}},
    {"selector": "edge.rumour", "style": {"line-style": "dotted", "opacity": 0.5}},
    {"selector": ".highlight", "style": {"line-color": "#e8112d", "target-arrow-color": "#e8112d",
                                         "background-color": "#e8112d", "opacity": 1, "z-index": 10}},
    {"selector": ":selected", "style": {"border-width": 3, "border-color": "#f1c40f"}},
]


def legend() -> html.Div:
    """One swatch per kind, in the kinds table's colours."""
    items = [html.Span([html.Span(style={"display": "inline-block", "width": 18, "height": 4,
                                         "background": kind.colour, "marginRight": 4, "verticalAlign": "middle"}),
                        kind.label], className="me-3 small") for kind in KINDS.values()]
    items.append(html.Span("dotted: rumoured/in talks · width: amount", className="small text-muted"))
    return html.Div(items, id="legend", className="mb-2")


def graph_canvas(cid: str, height: str = "62vh") -> cyto.Cytoscape:
    """An empty Cytoscape canvas; a callback fills its elements."""
    return cyto.Cytoscape(id=cid, elements=[], stylesheet=STYLESHEET, layout={"name": "cose", "animate": False},
                          style={"width": "100%", "height": height, "border": "1px solid #dee2e6"},
                          minZoom=0.2, maxZoom=3)
