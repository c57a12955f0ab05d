"""The drawn graph (Cytoscape) the Network and Loops pages share: its style and its legend.

Edge colours come from the one kinds table (``graph.kinds``); the centred company and the
selected element are drawn in colours no kind uses. The elements themselves are built in
:mod:`webapp.network_view`.
"""
from __future__ import annotations

import dash_cytoscape as cyto
from dash import html

from graph.kinds import KINDS

FOCUS_COLOUR = "#e6007e"       # the centred company (magenta: no kind is near it)
SELECTED_COLOUR = "#111111"    # outline and halo of what was clicked
COMPANY_COLOUR = "#34495e"
GROUP_COLOUR = "#b8c2cc"       # the overview's node of gathered companies
OUTLINE_COLOUR = "#111111"     # the selected loop's outline (its lines keep their kind colours)

STYLESHEET = [
    {"selector": "node", "style": {"font-size": "data(font)", "background-color": COMPANY_COLOUR,
                                   "color": "#222", "text-valign": "bottom", "text-margin-y": 3,
                                   "width": "data(size)", "height": "data(size)", "min-zoomed-font-size": 7,
                                   "text-background-color": "#ffffff", "text-background-opacity": 0.7,
                                   "text-background-padding": 1, "z-index": 5}},
    {"selector": "node.named, node:selected", "style": {"label": "data(label)"}},
    {"selector": "node.group", "style": {"shape": "round-rectangle", "background-color": GROUP_COLOUR,
                                         "border-width": 2, "border-style": "dashed", "border-color": COMPANY_COLOUR,
                                         "font-style": "italic"}},
    {"selector": "node.focus", "style": {"background-color": FOCUS_COLOUR, "border-width": 3,
                                         "border-color": "#ffffff", "font-weight": "bold",
                                         "z-index": 30}},
    {"selector": "edge", "style": {"width": "data(width)", "curve-style": "bezier", "target-arrow-shape": "triangle",
                                   "arrow-scale": 0.8, "opacity": 0.75, "font-size": 9, "color": "#333",
                                   "text-rotation": "autorotate", "text-background-color": "#ffffff",
                                   "text-background-opacity": 0.8, "text-background-padding": 1,
                                   "min-zoomed-font-size": 6}},
    *[{"selector": f"edge.{k.name}", "style": {"line-color": k.colour, "target-arrow-color": k.colour}}
      for k in KINDS.values()],
    *[{"selector": f"edge.{k.name}", "style": {"target-arrow-shape": "none", "line-style": "dashed"}}
      for k in KINDS.values() if k.undirected],
    # A drawing of many lines (``network_view.CURVED_UP_TO``) draws them straight ("haystack"
    # lines, ending inside both companies) with the arrow half way: 2-3 times faster to draw than
    # curves bending round each other, which took most of a page's time at 2,000 commitments. The
    # lines of one pair run side by side, each in its lane (``network_view.lanes``, placed by
    # ``assets/haystack_lanes.js``; Cytoscape alone ends them at random points, new every drawing).
    {"selector": "edge.straight", "style": {"curve-style": "haystack", "haystack-radius": 0.6,
                                            "target-arrow-shape": "none", "mid-target-arrow-shape": "triangle",
                                            "arrow-scale": 1.1}},
    *[{"selector": f"edge.straight.{k.name}", "style": {"mid-target-arrow-color": k.colour}} for k in KINDS.values()],
    *[{"selector": f"edge.straight.{k.name}", "style": {"mid-target-arrow-shape": "none"}}
      for k in KINDS.values() if k.undirected],
    {"selector": "edge.labelled", "style": {"label": "data(label)"}},
    {"selector": "edge.rumour", "style": {"line-style": "dotted", "opacity": 0.5}},
    {"selector": "edge.highlight", "style": {"opacity": 1, "z-index": 10, "label": "data(label)",
                                             "underlay-color": OUTLINE_COLOUR, "underlay-opacity": 0.3,
                                             "underlay-padding": 3}},
    {"selector": "node.highlight", "style": {"border-width": 3, "border-color": OUTLINE_COLOUR, "z-index": 10}},
    {"selector": "node:selected", "style": {"border-width": 4, "border-color": SELECTED_COLOUR, "z-index": 20}},
    {"selector": "edge:selected", "style": {"label": "data(label)", "opacity": 1, "z-index": 20,
                                            "overlay-color": SELECTED_COLOUR, "overlay-opacity": 0.25,
                                            "overlay-padding": 5}},
]

def legend() -> html.Div:
    """One swatch per kind, in the kinds table's colours, and what size and colour mean."""
    items = [html.Span([html.Span(style={"display": "inline-block", "width": 18, "height": 4,
                                         "background": kind.colour, "marginRight": 4, "verticalAlign": "middle"}),
                        kind.label], className="me-3 small") for kind in KINDS.values()]
    items.append(html.Span([html.Span(style={"display": "inline-block", "width": 10, "height": 10,
                                             "borderRadius": "50%", "background": FOCUS_COLOUR, "marginRight": 4,
                                             "verticalAlign": "middle"}), "centred company"], className="me-3 small"))
    items.append(html.Span("dotted: rumoured/in talks · line width and company size: money · "
                           "×N: deals merged into one line", className="small text-muted"))
    return html.Div(items, id="legend", className="mb-2")


def graph_canvas(cid: str, height: str = "62vh", preset: bool = False) -> cyto.Cytoscape:
    """An empty Cytoscape canvas; a callback fills its elements. ``preset``: draw elements at the
    positions they carry (the network's kept layout) instead of laying them out again."""
    layout = {"name": "preset", "fit": True, "padding": 30} if preset else {"name": "cose", "animate": False}
    return cyto.Cytoscape(id=cid, elements=[], stylesheet=STYLESHEET, layout=layout,
                          style={"width": "100%", "height": height, "border": "1px solid #dee2e6"},
                          minZoom=0.1, maxZoom=2)
