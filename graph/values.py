"""Plain-Python forms of the values engines return, the same for every backend.

node -> {"kind": "node", "labels": [...], "properties": {...}}
relationship -> {"kind": "relationship", "type": str, "properties": {...}}
path -> {"kind": "path", "nodes": [...], "relationships": [...]}
"""
from __future__ import annotations

import datetime as dt


def node(labels, properties) -> dict:
    return {"kind": "node", "labels": sorted(labels), "properties": dict(properties)}


def relationship(rel_type, properties) -> dict:
    return {"kind": "relationship", "type": rel_type, "properties": dict(properties)}


def path(nodes, relationships) -> dict:
    return {"kind": "path", "nodes": list(nodes), "relationships": list(relationships)}


def scalar(value):
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    return value


def display(value) -> str:
    """A readable one-line rendering for tables and the web console."""
    if isinstance(value, dict) and value.get("kind") == "node":
        props = value["properties"]
        name = props.get("name") or props.get("title") or props.get("id")
        return f"({':'.join(value['labels'])} {name})"
    if isinstance(value, dict) and value.get("kind") == "relationship":
        return f"[:{value['type']}]"
    if isinstance(value, dict) and value.get("kind") == "path":
        return " ".join(display(n) for n in value["nodes"])
    if isinstance(value, list):
        return "[" + ", ".join(display(v) for v in value) + "]"
    if value is None:
        return ""
    return str(value)
