"""The network page: companies and their commitments drawn as a graph, details on click."""
from __future__ import annotations

import json

import dash
import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, State, dcc, html, no_update

from graph.kinds import KINDS

from ..context import AppContext
from ..data import company_details, filter_key
from ..filters import filter_bar, filter_inputs
from ..formatting import deals_panel, kind_text, money
from ..graphview import graph_canvas, legend
from ..network_view import NetworkView, link_commitments, network_view, resolve_company, suggest
from ..overview import ALL, OTHERS, OVERVIEW_TOP
from ..state import encode_state, search_if_changed, state_from_filters

PATH = "/network"
LABEL = "Network"
DETAILS_HINT = "Click a company or a line to see its commitments and the sentences they come from."

# the hover line, written in the browser (no request per mouse move)
HOVER_JS = """
function(node, edge) {
    var kinds = %s;
    var t = dash_clientside.callback_context.triggered;
    var prop = t && t.length ? t[0].prop_id : "";
    if (prop.indexOf("mouseoverEdgeData") >= 0 && edge) {
        var deals = edge.count == 1 ? "1 deal" : edge.count + " deals";
        var missing = edge.missing ? " (" + edge.missing + " without an amount)" : "";
        return edge.from + " → " + edge.to + " · " + (kinds[edge.kind] || edge.kind) + ": " + edge.amount
            + " in " + deals + missing;
    }
    if (prop.indexOf("mouseoverNodeData") >= 0 && node && node.group) {
        return node.company + ": " + node.money + " on the lines that touch them, " + node.deals
            + " deal(s); click to draw the next " + node.step + " of them";
    }
    if (prop.indexOf("mouseoverNodeData") >= 0 && node) {
        return node.company + ": " + node.money + " committed by or to it in view, " + node.deals + " deal(s)";
    }
    return window.dash_clientside.no_update;
}
""" % json.dumps({k.name: k.label for k in KINDS.values()})


# select and centre the company found, without filtering anything out
LOCATE_JS = """
function(name, elements) {
    if (!name) { return ""; }
    var el = document.getElementById("network");
    var cy = el && el._cyreg && el._cyreg.cy;
    if (!cy) { return window.dash_clientside.no_update; }
    var node = cy.getElementById("n:" + name);
    if (node.empty()) {
        return name + " is not drawn under these filters: centre on it with the Company box";
    }
    cy.elements().unselect();
    node.select();
    cy.animate({center: {eles: node}, zoom: Math.max(cy.zoom(), 1.2)}, {duration: 300});
    return "found " + name;
}
"""


# the whole drawing as a PNG, made in the browser by Cytoscape and downloaded
PNG_JS = """
function(clicks) {
    var cy = document.getElementById("network")._cyreg.cy;
    var link = document.createElement("a");
    link.href = cy.png({full: true, scale: 2, bg: "#ffffff"});
    link.download = "dealgraph-network.png";
    document.body.appendChild(link);
    link.click();
    link.remove();
    return "";
}
"""


def layout(ctx: AppContext, state: dict, companies: list[str]) -> list:
    state = {**state, "company": resolve_company(state["company"], companies)}
    if state["company"] and state["company"] not in companies:
        companies = [*companies, state["company"]]   # kept, so the page can say it is unknown
    depth = dbc.RadioItems(id="net-depth", options=[{"label": "neighbours", "value": 1},
                                                    {"label": "2 hops", "value": 2}],
                           value=state["depth"], inline=True, className="small mb-2")
    details = html.Div(id="details", className="small", style={"maxHeight": "50vh", "overflowY": "auto"},
                       children=html.P(DETAILS_HINT, className="text-muted"))
    hover = html.Div(id="net-hover", className="small px-2", style={
        "position": "absolute", "top": 4, "left": 16, "right": 16, "zIndex": 5, "pointerEvents": "none",
        "background": "rgba(255,255,255,0.85)", "minHeight": "1.2em"})
    drawing = dcc.Loading(graph_canvas("network", preset=True), type="circle", delay_show=300)
    canvas = html.Div([hover, drawing], style={"position": "relative"})
    # the note sits beside the canvas, not above it: text arriving above would move the canvas
    # under Cytoscape's cached position and clicks would land beside what they aim at
    side = [html.Div(id="net-note", className="small text-muted mb-2"), details]
    find = html.Div([dbc.Input(id="net-find", placeholder="find a company (fuzzy)…", debounce=True, size="sm",
                               style={"maxWidth": 260}, className="d-inline-block me-2"),
                     html.Span(id="net-find-matches", className="small"),
                     html.Span(id="net-find-status", className="small text-muted ms-2"),
                     dbc.Button("PNG", id="net-png", size="sm", color="light", className="ms-2",
                                title="download the drawing as a PNG image"), html.Span(id="net-png-done"),
                     html.Span(dbc.Button("Every company", id="net-all", size="sm", color="light", className="ms-2",
                                          title="draw every company instead of the overview"),
                               id="net-all-box", hidden=True),
                     html.Span(dbc.Button("Overview", id="net-overview", size="sm", color="light", className="ms-2",
                                          title=f"the {OVERVIEW_TOP} companies with the most money, the others as "
                                                "one node"), id="net-overview-box", hidden=True),
                     dcc.Store(id="net-found"), dcc.Store(id="net-expanded", data=[]),
                     dcc.Store(id="net-top", data=state["top"])], className="mb-2")
    return [filter_bar("net", state, companies), dbc.Row([dbc.Col(depth, md="auto"), dbc.Col(find)]), legend(),
            dbc.Row([dbc.Col(canvas, md=8), dbc.Col(side, md=4)])]


def _hidden_text(view: NetworkView) -> str:
    parts = [f"{n:,} {reason}" for reason, n in view.hidden.items()]
    return f"The filters hide {view.stored - view.matching:,} of {view.stored:,} commitments: " + ", ".join(parts) + "."


def _drawn_text(view: NetworkView) -> str:
    o = view.overview
    if not o:
        return (f"{view.drawn_commitments:,} commitments drawn as {view.drawn_links:,} lines between "
                f"{view.companies:,} companies (deals of one kind between two companies share a line).")
    text = (f"Overview: the {len(o.top):,} companies with the most money in view and the other {len(o.others):,} "
            f"as one node (click it to draw the next {min(OVERVIEW_TOP, len(o.others)):,}). "
            f"{view.drawn_commitments:,} commitments drawn as {view.drawn_links:,} lines (deals of one kind between "
            "two companies, or between a company and the others, share a line)")
    if o.inside:
        text += f"; {o.inside:,} between two of the other companies are inside that node"
    return text + "."


def note(view: NetworkView, state: dict, companies: list[str]):
    """What is drawn, reconciled with what is stored, or why nothing is (with the names that look
    like an unknown company)."""
    if view.unknown_company:
        found = suggest(view.unknown_company, companies)
        offers = [html.Span(", ") if i else None for i in range(len(found))]
        links = [x for pair in zip(offers, [html.A(name, href=PATH + encode_state({**state, "company": name}),
                                                     className="suggestion") for name in found]) for x in pair if x]
        return dbc.Alert([f"No company named “{view.unknown_company}”. ",
                          *(["Did you mean: ", *links, "?"] if links else ["Pick one from the Company list."])],
                         color="warning", id="net-empty", className="py-2")
    if not view.drawn_links:
        why = _hidden_text(view) if view.hidden else ""
        around = f" None of them is linked to {state['company']}." if state.get("company") and view.matching else ""
        return dbc.Alert(f"Nothing to draw. {why}{around}".strip(), color="info", id="net-empty", className="py-2")
    lines = [_drawn_text(view)]
    if state.get("company"):
        lines.append(f"Centred on {state['company']}: {view.matching - view.around:,} matching commitments "
                     "further away are not drawn.")
    if view.drawn_links < view.links:
        left = view.around - view.drawn_commitments - (view.overview.inside if view.overview else 0)
        lines.append(f"These are the {view.drawn_links:,} largest of {view.links:,} lines: "
                     f"{left:,} commitments in smaller ones are left out; "
                     "narrow the filters or centre on a company to see them.")
    if view.expanded_links:
        lines.append(f"Plus {view.expanded_links:,} smaller lines of the companies expanded.")
    if view.hidden:
        lines.append(_hidden_text(view))
    return " ".join(lines)


def register(app: dash.Dash, ctx: AppContext) -> None:
    def drawn_view(state: dict, expanded: tuple[str, ...] = ()) -> NetworkView:
        return ctx.data.cached(("network", filter_key(state), state["depth"], state["top"], expanded),
                               lambda _: network_view(ctx.data, state, expanded=expanded))

    @app.callback(Output("network", "elements"), Output("net-note", "children"), Output("url", "search"),
                  Output("net-all-box", "hidden"), Output("net-overview-box", "hidden"),
                  *filter_inputs("net"), Input("net-company", "value"), Input("net-depth", "value"),
                  Input("network", "id"), Input("net-expanded", "data"), Input("net-top", "data"),
                  State("url", "search"))
    def network(kinds, start, end, min_b, rumoured, company, depth, _page, expanded, top, search):
        companies = ctx.data.companies()
        state = state_from_filters(kinds, start, end, min_b, rumoured, resolve_company(company, companies), depth,
                                   top=top)
        view = drawn_view(state, tuple(expanded or ()))
        can_overview = not view.overview and not state["company"] and view.in_view > OVERVIEW_TOP
        return (view.elements, note(view, state, companies), search_if_changed(state, search), not view.overview,
                not can_overview)

    @app.callback(Output("details", "children"), Input("network", "tapNodeData"), Input("network", "tapEdgeData"),
                  *filter_inputs("net"), Input("net-company", "value"), Input("net-depth", "value"),
                  State("net-top", "data"), prevent_initial_call=True)
    def details(node, edge, kinds, start, end, min_b, rumoured, company, depth, top):
        trigger = dash.ctx.triggered[0]["prop_id"] if dash.ctx.triggered else ""
        state = state_from_filters(kinds, start, end, min_b, rumoured)
        if trigger.endswith("tapEdgeData") and edge:
            source, target = edge["from"], edge["to"]
            others = frozenset()
            if edge.get("gathered"):   # a line of the overview's gathered node: its companies' deals
                shown = state_from_filters(kinds, start, end, min_b, rumoured,
                                           resolve_company(company, ctx.data.companies()), depth, top=top)
                view = drawn_view(shown)
                others = view.overview.others if view.overview else frozenset()
                source, target = (OTHERS, target) if edge["gathered"] == "from" else (source, OTHERS)
            rows = link_commitments(ctx.data, state, source, target, edge["kind"], others)
            stated = sum(c.get("amount_usd") or 0 for c in rows)
            title = f"{edge['from']} → {edge['to']}: {kind_text(edge['kind'])}"
            summary = f"{len(rows)} deal(s), {money(stated) if stated else 'no amount stated'}"
        elif trigger.endswith("tapNodeData") and node and node.get("group"):
            return html.P(f"Drawing the next {node['step']:,} of the {node['group']:,} other companies…",
                          className="text-muted")
        elif trigger.endswith("tapNodeData") and node:
            rows = company_details(ctx.data, node["company"], state)
            expand = [] if "overview" in node.get("mode", "") else [
                dbc.Button("Draw all its lines", id="net-expand", size="sm", color="secondary", outline=True,
                           className="mb-2")]
            return [*expand, *deals_panel(node["company"], f"{len(rows)} commitment(s) under the filters", rows,
                                          "details-summary")]
        elif trigger.endswith("tapEdgeData") or trigger.endswith("tapNodeData"):
            return no_update
        else:   # the filters changed: what the panel showed may no longer be drawn
            return html.P(DETAILS_HINT, className="text-muted")
        return deals_panel(title, summary, rows, "details-summary")

    @app.callback(Output("net-top", "data"), Input("network", "tapNodeData"), prevent_initial_call=True)
    def draw_more(node):
        """A click on the overview's gathered node draws the next companies (all once none are left)."""
        return node["next"] if node and node.get("group") else no_update

    @app.callback(Output("net-top", "data", allow_duplicate=True), Input("net-all", "n_clicks"),
                  Input("net-overview", "n_clicks"), prevent_initial_call=True)
    def switch_overview(_all, _overview):
        return ALL if dash.ctx.triggered_id == "net-all" else OVERVIEW_TOP

    @app.callback(Output("net-expanded", "data"), Input("net-expand", "n_clicks"), State("network", "tapNodeData"),
                  State("net-expanded", "data"), prevent_initial_call=True)
    def expand(clicks, node, expanded):
        if not clicks or not node or node["company"] in (expanded or []):
            return no_update
        return [*(expanded or []), node["company"]]

    @app.callback(Output("net-found", "data"), Output("net-find-matches", "children"), Input("net-find", "value"),
                  prevent_initial_call=True)
    def find(text):
        if not text or not text.strip():
            return None, None
        found = suggest(text.strip(), ctx.data.companies(), limit=5)
        if not found:
            return None, f"no company like “{text.strip()}”"
        others = [dbc.Button(name, id={"type": "net-match", "name": name}, size="sm", color="link",
                             className="p-0 me-2 net-match") for name in found[1:]]
        return found[0], (["also: ", *others] if others else None)

    @app.callback(Output("net-found", "data", allow_duplicate=True), Input({"type": "net-match", "name": ALL}, "n_clicks"),
                  prevent_initial_call=True)
    def pick(clicks):
        if not any(clicks or []):
            return no_update
        return dash.ctx.triggered_id["name"]

    app.clientside_callback(LOCATE_JS, Output("net-find-status", "children"), Input("net-found", "data"),
                            Input("network", "elements"), prevent_initial_call=True)

    app.clientside_callback(PNG_JS, Output("net-png-done", "children"), Input("net-png", "n_clicks"),
                            prevent_initial_call=True)

    app.clientside_callback(HOVER_JS, Output("net-hover", "children"), Input("network", "mouseoverNodeData"),
                            Input("network", "mouseoverEdgeData"), prevent_initial_call=True)
