"""Export the stored graph: GraphML (for Gephi), JSON, CSV."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx

from .store import GraphStore

FORMATS = ("graphml", "json", "csv")


def _scalar(value):
    """GraphML takes scalars only: lists become JSON text."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def to_networkx(nodes: list[dict], rels: list[dict]) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for n in nodes:
        key = f"{n['label']}:{n['id']}"
        g.add_node(key, **{k: _scalar(v) for k, v in n.items() if v is not None})
    for r in rels:
        a, b = f"{r['from_label']}:{r['from']}", f"{r['to_label']}:{r['to']}"
        attrs = {k: _scalar(v) for k, v in r.items()
                 if k not in ("from", "to", "from_label", "to_label") and v is not None}
        g.add_edge(a, b, key=r["type"], **attrs)
    return g


def export_graph(store: GraphStore, fmt: str, out: Path | None) -> str | None:
    """Write the export to ``out`` (a file; a folder for CSV) or return it as text."""
    nodes, rels = store.export_data()
    if fmt == "json":
        text = json.dumps({"nodes": nodes, "relationships": rels}, indent=2, ensure_ascii=False, default=str)
    elif fmt == "graphml":
        buf = io.BytesIO()
        nx.write_graphml(to_networkx(nodes, rels), buf, encoding="utf-8")
        text = buf.getvalue().decode("utf-8")
    elif fmt == "csv":
        if out is None:
            raise ValueError("CSV export writes nodes.csv and relationships.csv: give a folder with --out")
        out.mkdir(parents=True, exist_ok=True)
        for name, rows in (("nodes.csv", nodes), ("relationships.csv", rels)):
            cols = sorted({k for r in rows for k in r}, key=lambda k: (k not in ("label", "type", "id", "from", "to"), k))
            with (out / name).open("w", newline="", encoding="utf-8") as fh:
                w = csv.DictWriter(fh, fieldnames=cols)
                w.writeheader()
                for r in rows:
                    w.writerow({k: _scalar(v) for k, v in r.items()})
        return None
    else:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if out is None:
        return text
    out.write_text(text, encoding="utf-8")
    return None
