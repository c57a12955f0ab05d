"""The concentration page: how much each company depends on its counterparties (HHI), per category."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
import plotly.graph_objects as go
from dash import Input, Output, dcc, html

from ..context import AppContext
from ..data import concentration
from ..filters import filter_bar, filter_inputs
from ..state import encode_state, state_from_filters

PATH = "/concentration"
LABEL = "Concentration"
BANDS = ((1500, "moderately concentrated"), (2500, "highly concentrated"))


def layout(ctx: AppContext, state: dict, companies: list[str]) -> list:
    return [filter_bar("conc", state, companies, with_company=False),
            html.P("Herfindahl–Hirschman index of each company's counterparties by committed USD "
                   "(0–10,000). Bands from the 2010 US merger guidelines are context only.",
                   className="small text-muted"), html.Div(id="conc-charts")]


def _dependence_chart(cat: str, companies: list[dict]) -> go.Figure:
    rows = [d for d in companies if d["hhi"] is not None][:25]
    fig = go.Figure()
    fig.add_bar(x=[d["company"] for d in rows], y=[d["hhi"] for d in rows], name="HHI",
                customdata=[[d["top_counterparty"], (d["top_share"] or 0) * 100, d["missing_amounts"]]
                            for d in rows],
                hovertemplate="%{x}: HHI %{y:,.0f}<br>top: %{customdata[0]} (%{customdata[1]:.0f}%)"
                              "<br>without amount: %{customdata[2]}<extra></extra>")
    for y, label in BANDS:
        fig.add_hline(y=y, line_dash="dot", line_color="#999", annotation_text=label, annotation_position="top left")
    fig.update_layout(title=f"{cat}: dependence per company", height=320, margin=dict(l=40, r=10, t=40, b=80),
                      yaxis=dict(range=[0, 10500], title="HHI"))
    return fig


def _market_chart(cat: str, m: dict) -> go.Figure:
    fig = go.Figure(go.Bar(x=[s["provider"] for s in m["shares"][:12]], y=[s["share"] * 100 for s in m["shares"][:12]],
                           marker_color="#e07b00"))
    hhi = "—" if m["hhi"] is None else f"{m['hhi']:,.0f}"
    fig.update_layout(title=f"{cat}: {m['role']}s' share of committed USD (HHI {hhi}, {m['band'] or 'no amounts'})",
                      height=320, margin=dict(l=40, r=10, t=40, b=80), yaxis=dict(title="% of USD"))
    return fig


def register(app: dash.Dash, ctx: AppContext) -> None:
    @app.callback(Output("conc-charts", "children"), Output("url", "search", allow_duplicate=True),
                  *filter_inputs("conc"), Input("conc-charts", "id"), prevent_initial_call="initial_duplicate")
    def conc(kinds, start, end, min_b, rumoured, _page):
        state = state_from_filters(kinds, start, end, min_b, rumoured)
        blocks = []
        for cat, res in concentration(ctx.data, state).items():
            m = res["market"]
            note = f"{m['missing_amounts']} commitment(s) without an amount are counted apart." \
                if m["missing_amounts"] else ""
            blocks.append(dbc.Row([dbc.Col(dcc.Graph(figure=_dependence_chart(cat, res["companies"]),
                                                     id=f"hhi-{cat}"), md=6),
                                   dbc.Col(dcc.Graph(figure=_market_chart(cat, m), id=f"market-{cat}"), md=6),
                                   html.Div(note, className="small text-muted mb-3")]))
        return blocks, encode_state(state)
