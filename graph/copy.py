"""Copy a whole graph from one store to another (the embedded store and a
Neo4j database, either way), idempotently and in batches.

Every node is keyed by its label and its ``id`` (dealgraph gives every node
one), so copying merges: a second copy of the same graph changes nothing,
and a copy into a store that holds other data adds to it without touching
what is not in the source. Relationships are merged on (start node, type,
end node) and take the source's properties.

>>> report = copy_graph(embedded, neo4j, batch=1000)     # doctest: +SKIP
>>> report.nodes_copied, report.relationships_copied, report.counts_match  # doctest: +SKIP
(1045, 3180, True)

The copy reads the source in pages of ``batch`` nodes ordered by id (so the
source is never read whole into memory) and writes each page in one
transaction per statement batch. At the end it counts again: every label and
relationship type must have at least as many in the target as in the
source, and exactly as many where the target had none before.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Callable

from .config import StoreConfig, redact_uri
from .defaults import DEFAULT_COPY_BATCH
from .errors import StoreError
from .store import GraphStore, _check_name

NEO4J_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


class CopyCheckFailed(StoreError):
    """The counts after a copy do not add up (the copy is safe to run again)."""


# ---- Cypher, one builder per statement ----------------------------------
def count_nodes_by_label() -> str:
    return "MATCH (n) WHERE n.id IS NOT NULL RETURN labels(n)[0] AS label, count(n) AS n"


def count_nodes_without_id() -> str:
    return "MATCH (n) WHERE n.id IS NULL RETURN count(n) AS n"


def count_relationships_by_type() -> str:
    return ("MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL "
            "RETURN type(r) AS type, count(r) AS n")


def node_page(label: str, properties: bool = True) -> str:
    """Up to $batch nodes of ``label`` with ids after $after, in id order
    (keyset paging on the id index; ids are text, so the first page starts
    after '')."""
    _check_name(label)
    return (f"MATCH (n:{label}) WHERE n.id > $after RETURN n.id{', n' if properties else ''} "
            "ORDER BY n.id LIMIT $batch")


def outgoing_relationships(label: str) -> str:
    """The relationships leaving the nodes of ``label`` whose ids are in $ids."""
    _check_name(label)
    return (f"MATCH (a:{label})-[r]->(b) WHERE a.id IN $ids AND b.id IS NOT NULL "
            "RETURN a.id, type(r), labels(b)[0], b.id, r")


def neo4j_config(uri: str, database: str | None = None, env: dict | None = None) -> StoreConfig:
    """The Neo4j side of a copy: ``uri`` with the credentials (and database) of the environment.

    >>> neo4j_config("bolt://db.example:7687", env={"NEO4J_USERNAME": "ana"}).neo4j_user
    'ana'
    """
    env = dict(os.environ if env is None else env)
    if "://" not in uri or uri.split("://", 1)[0] not in NEO4J_SCHEMES:
        raise StoreError(f"{redact_uri(uri)} is not a Neo4j URI (expected one of "
                         + ", ".join(f"{s}://" for s in NEO4J_SCHEMES) + ")")
    config = StoreConfig.from_env(env={**env, "NEO4J_URI": uri})
    return replace(config, neo4j_database=database) if database else config


# ---- reading and writing -------------------------------------------------
@dataclass
class GraphCounts:
    nodes: dict[str, int] = field(default_factory=dict)          # label -> nodes with an id
    relationships: dict[str, int] = field(default_factory=dict)  # type -> relationships between such nodes
    without_id: int = 0                                          # nodes that cannot be keyed, not copied

    @property
    def total(self) -> int:
        return sum(self.nodes.values()) + sum(self.relationships.values())


def graph_counts(store: GraphStore) -> GraphCounts:
    """What a store holds, per label and relationship type."""
    return GraphCounts(
        nodes={row[0]: row[1] for row in store._run(count_nodes_by_label()).rows if row[1]},
        relationships={row[0]: row[1] for row in store._run(count_relationships_by_type()).rows if row[1]},
        without_id=store._run(count_nodes_without_id()).rows[0][0])


def node_pages(store: GraphStore, label: str, batch: int, properties: bool = True):
    """Pages of ``[{id, ...properties}]`` (or of ids alone) for one label, in id order."""
    after = ""
    while True:
        rows = store._run(node_page(label, properties), {"after": after, "batch": batch}).rows
        if not rows:
            return
        yield [{**row[1]["properties"], "id": row[0]} for row in rows] if properties else [row[0] for row in rows]
        after = rows[-1][0]


def relationship_groups(store: GraphStore, label: str, ids: list) -> dict[tuple[str, str], list[dict]]:
    """The relationships leaving ``ids``, grouped by (type, end label) for the batched upsert."""
    groups: dict[tuple[str, str], list[dict]] = {}
    for a_id, rel_type, b_label, b_id, rel in store._run(outgoing_relationships(label), {"ids": ids}).rows:
        groups.setdefault((rel_type, b_label), []).append(
            {"from": a_id, "to": b_id, "props": rel["properties"]})
    return groups


@dataclass
class CopyReport:
    source: GraphCounts
    target_before: GraphCounts
    target_after: GraphCounts
    nodes_copied: int = 0
    relationships_copied: int = 0

    def mismatches(self) -> list[str]:
        """Each label or type whose target count does not add up, as 'Company: 12 in the source, 11 in the target'."""
        out = []
        for kind, src, before, after in (
                ("", self.source.nodes, self.target_before.nodes, self.target_after.nodes),
                ("relationships ", self.source.relationships, self.target_before.relationships,
                 self.target_after.relationships)):
            for name, n in sorted(src.items()):
                got = after.get(name, 0)
                if got < n or (not before.get(name) and got != n):
                    out.append(f"{kind}{name}: {n} in the source, {got} in the target")
        return out

    @property
    def counts_match(self) -> bool:
        return not self.mismatches()


def copy_graph(source: GraphStore, target: GraphStore, batch: int = DEFAULT_COPY_BATCH,
               progress: Callable[[int], None] | None = None) -> CopyReport:
    """Merge every node and relationship of ``source`` into ``target``.

    ``progress(n)`` is called after each page with the number of nodes or
    relationships it wrote (their sum reaches ``report.source.total``).
    Raises CopyCheckFailed if the counts at the end do not add up.
    """
    if batch < 1:
        raise ValueError(f"the batch size must be at least 1, got {batch}")
    report = CopyReport(graph_counts(source), graph_counts(target), GraphCounts())
    target.ensure_schema()
    step = progress or (lambda n: None)
    for label in sorted(report.source.nodes):
        for page in node_pages(source, label, batch):
            target.upsert_nodes(label, page, batch_size=batch)
            report.nodes_copied += len(page)
            step(len(page))
    for label in sorted(report.source.nodes):
        for ids in node_pages(source, label, batch, properties=False):
            for (rel_type, end_label), rows in relationship_groups(source, label, ids).items():
                target.upsert_relationships(rel_type, label, end_label, rows, batch_size=batch)
                report.relationships_copied += len(rows)
                step(len(rows))
    report.target_after = graph_counts(target)
    if not report.counts_match:
        raise CopyCheckFailed("count check failed after the copy (" + "; ".join(report.mismatches()[:3])
                              + "); a node is copied only if its id is text; running the copy again is safe")
    return report
