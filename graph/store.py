"""The one store interface the rest of dealgraph uses.

A backend supplies three primitives (``_run`` for dealgraph's own
parameterised statements, ``_run_readonly`` for user Cypher, ``close``);
everything else -- batched idempotent writes, reads, statistics -- is
written once here in the portable Cypher subset that both embedded FalkorDB
and Neo4j accept.
"""
from __future__ import annotations

import re
import threading
from abc import ABC, abstractmethod
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable

from pydantic import ValidationError

from . import deals, schema
from .errors import InvalidFacts, QueryError, ReadOnlyViolation
from .facts import ArticleFacts, validation_line
from .locks import WriterLock
from .querylimits import clamp_rows, clamp_timeout, limit_rows
from .readonly import check_read_only

DEFAULT_BATCH = 5000


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool = False

    def records(self) -> list[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]


@dataclass
class WriteSummary:
    written: list[str] = field(default_factory=list)     # article ids stored now
    duplicates: list[str] = field(default_factory=list)  # article ids already stored
    entities_added: int = 0
    commitments_added: int = 0
    commitments_merged: int = 0  # reports attached to a deal already known


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _union(base: Iterable, extra: Iterable) -> list:
    out = [v for v in base if v is not None]
    for v in extra:
        if v is not None and v not in out:
            out.append(v)
    return out


def _entity_names(batch: list[ArticleFacts]) -> dict[str, dict[str, dict]]:
    """Entities of a batch by label and id: every name, alias and owner given."""
    rows: dict[str, dict[str, dict]] = {label: {} for label in schema.ENTITY_LABELS}

    def row(label: str, name: str) -> dict:
        return rows[label].setdefault(schema.entity_id(name), {"names": set(), "aliases": set(), "owners": set()})

    for facts in batch:
        for ent in facts.entities:
            entry = row(ent.type, ent.name)
            entry["names"].add(ent.name)
            entry["aliases"].update(ent.aliases)
            if ent.owner:
                entry["owners"].add(schema.entity_id(ent.owner))
        for com in facts.commitments:
            for end in (com.from_, com.to):
                row("Company", end)["names"].add(end)
    return rows


def as_facts(item: ArticleFacts | dict) -> ArticleFacts:
    """The contract's facts of one article; a plain dict is validated into them."""
    if isinstance(item, ArticleFacts):
        return item
    try:
        return ArticleFacts.model_validate(item)
    except ValidationError as exc:
        aid = (item.get("article") or {}).get("id") if isinstance(item, dict) else None
        raise InvalidFacts(f"article {aid or '?'}: {validation_line(exc)}") from None


class GraphStore(ABC):
    """Store interface; see the module docstring."""

    backend_name = "abstract"

    # ---- primitives a backend implements -------------------------------
    @abstractmethod
    def _run(self, cypher: str, params: dict | None = None) -> QueryResult:
        """Run one of dealgraph's own parameterised statements (may write)."""

    @abstractmethod
    def _run_readonly(self, cypher: str, params: dict, timeout_ms: int | None) -> QueryResult:
        """Run user Cypher so that the engine itself refuses writes."""

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def _create_index(self, statement: str) -> None:
        """Create one index idempotently (backends differ in DDL)."""

    @abstractmethod
    def describe(self) -> str: ...

    def _write_atomic(self, parts: list[tuple[str, list]]) -> None:
        """Run FOREACH clauses (each over its own ``$rows``) as one atomic write.

        The default joins them into a single statement: one engine command,
        so a crash leaves either all of it or none. Backends whose engine
        offers multi-statement transactions may override this.
        """
        params, clauses = {}, []
        for n, (clause, rows) in enumerate(parts):
            params[f"rows{n}"] = rows
            clauses.append(clause.replace("$rows", f"$rows{n}"))
        self._run("\n".join(clauses) + "\nRETURN 1", params)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.release_writer()
        self.close()

    # ---- schema --------------------------------------------------------
    def ensure_schema(self) -> None:
        for statement in schema.INDEX_STATEMENTS:
            self._create_index(statement)

    # ---- one writer at a time --------------------------------------------
    def _writer_lock(self) -> WriterLock:
        """The lock ``writing()`` holds; backends with a folder lock across processes."""
        if not hasattr(self, "_process_writer"):
            self._process_writer = WriterLock(None, self.describe())
        return self._process_writer

    @contextmanager
    def writing(self, timeout: float | None = None, on_wait=None):
        """Hold the store's writer lock: one writer at a time, reads never wait.

        ``timeout`` (seconds; None waits as long as it takes) bounds the wait,
        after which ``LockTimeout`` (a StoreError) says who holds it.
        ``on_wait(message)`` is called once if the lock is taken. Re-entrant in
        the holding thread; dealgraph's own write methods called inside it
        (from any thread of this process) do not wait again.

        >>> with store.writing(timeout=30, on_wait=print):
        ...     store.write_articles(batch)
        """
        with self._writer_lock().hold(timeout, on_wait):
            yield

    def hold_writer(self, timeout: float | None = None, on_wait=None) -> None:
        """Hold the writer lock from now until the store is closed (a command that writes all its run)."""
        held = self.writing(timeout, on_wait)
        held.__enter__()
        self._held_writer = held

    def release_writer(self) -> None:
        held, self._held_writer = getattr(self, "_held_writer", None), None
        if held is not None:
            held.__exit__(None, None, None)

    # ---- user queries ---------------------------------------------------
    def query(self, cypher: str, params: dict | None = None, *, write: bool = False,
              limit=None, timeout_ms=None) -> QueryResult:
        """The entry point for user Cypher: read-only unless ``write``.

        ``limit`` and ``timeout_ms`` may come straight from a form or a
        command line: they are checked and clamped here (see
        ``graph.querylimits``) and enforced inside the engine: the row limit
        is written into the query, the time limit passed to the engine. One
        read query runs at a time per store object, so a runaway one never
        takes every engine thread from the app.
        """
        if not isinstance(cypher, str) or not cypher.strip():
            raise QueryError("the query is empty")
        rows, timeout_ms = clamp_rows(limit), clamp_timeout(timeout_ms)
        params = params or {}
        if write:
            with self._writer_lock().guard():
                result = self._run(cypher, params)
        else:
            check_read_only(cypher)
            with self._user_query_slot(timeout_ms):
                result = self._run_readonly(limit_rows(cypher, params, rows + 1), params, timeout_ms)
        if len(result.rows) > rows:
            result = QueryResult(result.columns, result.rows[:rows], truncated=True)
        return result

    @contextmanager
    def _user_query_slot(self, timeout_ms: int):
        if not hasattr(self, "_read_slot"):
            self._read_slot = threading.BoundedSemaphore(1)
        if not self._read_slot.acquire(timeout=timeout_ms / 1000):
            raise QueryError("another query on this store is still running; try again when it ends")
        try:
            yield
        finally:
            self._read_slot.release()

    # ---- generic batched upserts (UNWIND + MERGE on id) -----------------
    def upsert_nodes(self, label: str, rows: list[dict], batch_size: int = DEFAULT_BATCH) -> int:
        """MERGE nodes of one label on ``id`` and set the remaining properties."""
        _check_name(label)
        shaped = [{"id": r["id"], "props": {k: v for k, v in r.items() if k != "id"}} for r in rows]
        for chunk in self._chunks(shaped, batch_size):
            self._run(f"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) SET n += r.props", {"rows": chunk})
        return len(rows)

    def upsert_relationships(self, rel_type: str, from_label: str, to_label: str,
                             rows: list[dict], batch_size: int = DEFAULT_BATCH) -> int:
        """MERGE relationships between nodes matched on id; rows have from, to, props."""
        for name in (rel_type, from_label, to_label):
            _check_name(name)
        cypher = (f"UNWIND $rows AS r MATCH (a:{from_label} {{id: r.from}}) "
                  f"MATCH (b:{to_label} {{id: r.to}}) MERGE (a)-[x:{rel_type}]->(b) SET x += r.props")
        shaped = [{"from": r["from"], "to": r["to"], "props": r.get("props", {})} for r in rows]
        for chunk in self._chunks(shaped, batch_size):
            self._run(cypher, {"rows": chunk})
        return len(rows)

    def _chunks(self, rows: list, batch_size: int | None = None):
        batch_size = batch_size or DEFAULT_BATCH
        for i in range(0, len(rows), batch_size):
            yield rows[i:i + batch_size]

    # ---- articles and their facts ---------------------------------------
    def existing_articles(self, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        res = self._run("MATCH (a:Article) WHERE a.id IN $ids RETURN a.id", {"ids": list(ids)})
        return {row[0] for row in res.rows}

    def alias_rules(self) -> dict[str, str]:
        """Normalised surface form -> canonical name, from ``entities merge``."""
        res = self._run("MATCH (r:AliasRule) RETURN r.id, r.target")
        return {row[0]: row[1] for row in res.rows}

    def write_articles(self, batch: list[ArticleFacts | dict]) -> WriteSummary:
        """Store whole articles with their facts in one atomic statement.

        Each item is a :class:`graph.facts.ArticleFacts` (a dict of that shape
        is validated into one; a broken contract raises InvalidFacts before
        anything is written). Articles already stored are skipped; writing the
        same batch twice changes nothing. The deals of every pair these
        articles report are worked out again from all their reports
        (graph/deals.py), and entity names chosen by a fixed rule, so the
        graph is the same whatever the batches and the order of articles.
        """
        summary = WriteSummary()
        facts = [as_facts(item) for item in batch]
        seen = self.existing_articles([f.article.id for f in facts])
        todo, ids_in_batch = [], set()
        for f in facts:
            aid = f.article.id
            if aid in seen or aid in ids_in_batch:
                summary.duplicates.append(aid)
            else:
                ids_in_batch.add(aid)
                todo.append(f)
        if not todo:
            return summary
        deletion, deal_parts = self._resolve_commitments(todo, summary)
        parts = [deletion,
            ("FOREACH (x IN $rows | MERGE (a:Article {id: x.id}) SET a += x.props)",
             [{"id": f.article.id, "props": {**_clean(f.article.model_dump()), "ingested_at": _now()}}
              for f in todo])]
        parts += self._entity_parts(todo, summary) + deal_parts
        self._write_atomic([(clause, rows) for clause, rows in parts if rows])
        summary.written = [f.article.id for f in todo]
        return summary

    def _entity_parts(self, todo: list[ArticleFacts], summary: WriteSummary) -> list[tuple[str, list]]:
        """Entity nodes with their settled name and aliases, owners and mentions."""
        parts = []
        for label, found in _entity_names(todo).items():
            stored = self._stored_entities(label, sorted(found))
            summary.entities_added += len(set(found) - set(stored))
            rows = []
            for eid in sorted(found):
                name, aliases = schema.settle_name(found[eid]["names"], found[eid]["aliases"], *stored.get(eid, (None, [])))
                rows.append({"id": eid, "name": name, "aliases": aliases})
            parts.append((f"FOREACH (x IN $rows | MERGE (n:{label} {{id: x.id}}) "
                          "SET n.name = x.name, n.aliases = x.aliases)", rows))
            if label in schema.OWNERSHIP:
                parts.append((
                    f"FOREACH (x IN $rows | MERGE (o:Company {{id: x.owner}}) "
                    f"MERGE (n:{label} {{id: x.id}}) MERGE (o)-[:{schema.OWNERSHIP[label]}]->(n))",
                    [{"id": eid, "owner": owner} for eid in sorted(found) for owner in sorted(found[eid]["owners"])]))
            parts.append((
                f"FOREACH (x IN $rows | MERGE (a:Article {{id: x.article}}) "
                f"MERGE (n:{label} {{id: x.id}}) MERGE (a)-[:MENTIONS]->(n))",
                [{"article": f.article.id, "id": schema.entity_id(e.name)}
                 for f in todo for e in f.entities if e.type == label]))
        return parts

    def _stored_entities(self, label: str, ids: list[str]) -> dict[str, tuple[str | None, list[str]]]:
        """id -> (name, aliases) of the stored entities among ``ids``."""
        if not ids:
            return {}
        res = self._run(f"MATCH (n:{label}) WHERE n.id IN $ids RETURN n.id, n.name, n.aliases", {"ids": ids})
        return {eid: (name, aliases or []) for eid, name, aliases in res.rows}

    def _resolve_commitments(self, todo: list[ArticleFacts], summary: WriteSummary
                             ) -> tuple[tuple[str, list], list[tuple[str, list]]]:
        """Apply the same-deal rule to the new reports and the stored reports of their pairs.

        Returns the write's clauses: the deletion of the pairs' old Commitment
        nodes (to run first), then the pairs' deals, their sources and what
        they involve, all built again from every report (graph/deals.py)."""
        new = _new_reports(todo)
        keys = sorted({r.key for r in new})
        if not keys:
            return ("", []), []
        old, old_ids, first_seen = self._stored_reports(keys)
        old_seeds = {(r.key, r.seed) for r in old}
        rows, sources, involves = [], [], []
        for deal in deals.cluster(old + new):
            from_old = [r for r in deal.reports if (r.key, r.seed) in old_seeds]
            fresh = len(deal.reports) - len(from_old)
            summary.commitments_added += 0 if from_old else 1
            summary.commitments_merged += fresh - (0 if from_old else 1)
            seen_since = [first_seen[c] for c in _old_ids_of(from_old) if first_seen.get(c)]
            props = {**deal.props(), "first_seen": min(seen_since) if seen_since else _now()}
            _, from_id, to_id = deal.key.split("|")
            rows.append({"id": deal.id, "from": from_id, "to": to_id, "props": _clean(props)})
            cited = set()
            for r in deal.reports:
                if r.article not in cited:     # one REPORTED_IN per article: its first report
                    cited.add(r.article)
                    sources.append({"cid": deal.id, "article": r.article, "props": r.relationship_props()})
            for item in sorted({i for r in deal.reports for i in r.involves}):
                label, eid = item.split("|", 1)
                involves.append({"cid": deal.id, "label": label, "id": eid})
        deletion = ("FOREACH (x IN $rows | MERGE (c:Commitment {id: x}) DETACH DELETE c)", sorted(old_ids))
        parts = [("FOREACH (x IN $rows | MERGE (c:Commitment {id: x.id}) SET c = x.props "
                  "MERGE (f:Company {id: x.from}) MERGE (t:Company {id: x.to}) "
                  "MERGE (f)-[:COMMITS]->(c) MERGE (c)-[:TO]->(t))", rows),
                 ("FOREACH (x IN $rows | MERGE (c:Commitment {id: x.cid}) MERGE (a:Article {id: x.article}) "
                  "MERGE (c)-[s:REPORTED_IN]->(a) SET s = x.props)", sources)]
        for label in schema.ENTITY_LABELS:
            parts.append((f"FOREACH (x IN $rows | MERGE (c:Commitment {{id: x.cid}}) "
                          f"MERGE (n:{label} {{id: x.id}}) MERGE (c)-[:INVOLVES]->(n))",
                          [i for i in involves if i["label"] == label]))
        return deletion, parts

    def _stored_reports(self, keys: list[str]) -> tuple[list[deals.Report], set[str], dict[str, str]]:
        """The stored reports of these pair keys, their deals' ids, and each deal's first_seen."""
        res = self._run("MATCH (c:Commitment) WHERE c.pair_key IN $keys "
                        "OPTIONAL MATCH (c)-[s:REPORTED_IN]->(a:Article) "
                        "RETURN c.id, c.pair_key, c.first_seen, a.id, a.published, s", {"keys": keys})
        inv = self._run("MATCH (c:Commitment)-[:INVOLVES]->(n) WHERE c.pair_key IN $keys "
                        "RETURN c.id, labels(n)[0], n.id", {"keys": keys})
        legacy_involves: dict[str, set[str]] = {}
        for cid, label, eid in inv.rows:
            legacy_involves.setdefault(cid, set()).add(f"{label}|{eid}")
        reports, ids, first_seen = [], set(), {}
        for cid, key, seen, aid, published, rel in res.rows:
            ids.add(cid)
            first_seen[cid] = seen
            if aid is None:
                continue
            props = rel["properties"]
            report = deals.Report(
                key=key, article=aid, ordinal=props.get("ordinal") or 0,
                **{name: props.get(name) for name in deals.REPORT_FIELDS},
                upper_bound=bool(props.get("upper_bound")), status=props.get("status") or "announced",
                date=props.get("date") or published,
                involves=tuple(props["involves"]) if "involves" in props else tuple(legacy_involves.get(cid, ())),
                stored_in=cid)
            reports.append(report)
        return reports, ids, first_seen

    # ---- reads -----------------------------------------------------------
    def commitments(self, statuses: Iterable[str] | None = None) -> list[dict]:
        """Every commitment with its parties and its sources (for analysis and display)."""
        res = self._run(
            "MATCH (f:Company)-[:COMMITS]->(c:Commitment)-[:TO]->(t:Company) "
            "WHERE $statuses IS NULL OR c.status IN $statuses "
            "OPTIONAL MATCH (c)-[s:REPORTED_IN]->(a:Article) "
            "RETURN c, f.name, t.name, collect({article_id: a.id, title: a.title, outlet: a.outlet, "
            "url: a.url, published: a.published, sentence: s.sentence, start: s.start, end: s.end, "
            "amount_usd: s.amount_usd, capacity_gw: s.capacity_gw, upper_bound: s.upper_bound, "
            "status: s.status}) AS sources",
            {"statuses": list(statuses) if statuses else None})
        out = []
        for node, f_name, t_name, srcs in res.rows:
            rec = dict(node["properties"])
            rec.update(from_name=f_name, to_name=t_name,
                       sources=sorted([s for s in srcs if s.get("article_id")],
                                      key=lambda s: (s.get("published") or "", s["article_id"])))
            out.append(rec)
        out.sort(key=lambda r: r["id"])
        return out

    def entities(self, label: str | None = None) -> list[dict]:
        labels = [label] if label else list(schema.ENTITY_LABELS)
        out = []
        for lab in labels:
            _check_name(lab)
            res = self._run(f"MATCH (n:{lab}) OPTIONAL MATCH (o:Company)-->(n) "
                            f"RETURN n.id, n.name, n.aliases, collect(o.name) ORDER BY n.id")
            for eid, name, aliases, owners in res.rows:
                out.append({"type": lab, "id": eid, "name": name, "aliases": aliases or [],
                            "owner": (owners or [None])[0] if lab != "Company" else None})
        return out

    def articles(self) -> list[dict]:
        res = self._run("MATCH (a:Article) OPTIONAL MATCH (c:Commitment)-[:REPORTED_IN]->(a) "
                        "RETURN a, count(c) ORDER BY a.ingested_at DESC, a.id")
        return [{**row[0]["properties"], "commitments": row[1]} for row in res.rows]

    def article_facts(self, article_id: str) -> dict:
        """What was extracted from one article: its entities and its commitments."""
        res = self._run("MATCH (a:Article {id: $id}) OPTIONAL MATCH (a)-[:MENTIONS]->(n) "
                        "RETURN a, collect(n)", {"id": article_id})
        if not res.rows:
            return {}
        art, ents = res.rows[0]
        rows = self._run(
            "MATCH (f:Company)-[:COMMITS]->(c:Commitment)-[s:REPORTED_IN]->(a:Article {id: $id}) "
            "MATCH (c)-[:TO]->(t:Company) RETURN c.kind, f.name, t.name, s ORDER BY s.start",
            {"id": article_id})
        return {"article": art["properties"],
                "entities": sorted(({"type": e["labels"][0], "name": e["properties"].get("name")}
                                    for e in ents if e), key=lambda e: (e["type"], e["name"] or "")),
                "commitments": [{"kind": k, "from": f, "to": t, **s["properties"]} for k, f, t, s in rows.rows]}

    def stats(self) -> dict:
        counts = {}
        for label in schema.NODE_LABELS:
            counts[label] = self._run(f"MATCH (n:{label}) RETURN count(n)").rows[0][0]
        rels = {}
        for rel in schema.REL_TYPES:
            rels[rel] = self._run(f"MATCH ()-[r:{rel}]->() RETURN count(r)").rows[0][0]
        by_kind = {row[0]: row[1] for row in self._run(
            "MATCH (c:Commitment) RETURN c.kind, count(c) ORDER BY c.kind").rows}
        by_status = {row[0]: row[1] for row in self._run(
            "MATCH (c:Commitment) RETURN c.status, count(c) ORDER BY c.status").rows}
        return {"backend": self.describe(), "nodes": counts, "relationships": rels,
                "commitments_by_kind": by_kind, "commitments_by_status": by_status}

    def export_data(self) -> tuple[list[dict], list[dict]]:
        """All nodes and relationships as plain records, for export."""
        nodes = []
        for label in schema.NODE_LABELS:
            for (node,) in self._run(f"MATCH (n:{label}) RETURN n ORDER BY n.id").rows:
                nodes.append({"label": label, **node["properties"]})
        rels = []
        for rel in schema.REL_TYPES:
            res = self._run(f"MATCH (a)-[r:{rel}]->(b) RETURN a.id, labels(a)[0], b.id, labels(b)[0], r "
                            f"ORDER BY a.id, b.id")
            for a, a_label, b, b_label, r in res.rows:
                rels.append({"type": rel, "from": a, "from_label": a_label, "to": b,
                             "to_label": b_label, **r["properties"]})
        return nodes, rels

    # ---- maintenance ------------------------------------------------------
    def reset(self, keep_rules: bool = True) -> dict:
        """Delete the graph; the merge rules (AliasRule) stay unless ``keep_rules`` is False.

        Returns what was deleted: {"nodes": n, "relationships": m, "rules": k}.
        The CLI asks for confirmation (and offers a backup) first.
        """
        with self._writer_lock().guard():
            where = "WHERE NOT n:AliasRule " if keep_rules else ""
            counts = self._run(f"MATCH (n) {where}OPTIONAL MATCH (n)-[r]-() "
                               "RETURN count(DISTINCT n), count(DISTINCT r)").rows[0]
            rules = 0 if keep_rules else self._run("MATCH (r:AliasRule) RETURN count(r)").rows[0][0]
            self._run(f"MATCH (n) {where}DETACH DELETE n")
        return {"nodes": counts[0] - rules if not keep_rules else counts[0], "relationships": counts[1],
                "rules": rules}

    def merge_entities(self, keep: str, drop: str, label: str = "Company") -> dict:
        """Fold entity ``drop`` into ``keep`` and remember the decision for later ingests."""
        _check_name(label)
        keep_id, drop_id = schema.entity_id(keep), schema.entity_id(drop)
        if keep_id == drop_id:
            raise QueryError(f"'{keep}' and '{drop}' are already the same entity")
        found = self._run(f"MATCH (n:{label}) WHERE n.id IN $ids RETURN n.id, n.name, n.aliases",
                          {"ids": [keep_id, drop_id]}).rows
        names = {row[0]: row for row in found}
        if keep_id not in names:
            raise QueryError(f"no {label} named '{keep}' in the graph")
        moved = 0
        if drop_id in names:
            for rel in schema.REL_TYPES:
                moved += self._run(
                    f"MATCH (d:{label} {{id: $drop}})-[r:{rel}]->(x) MATCH (k:{label} {{id: $keep}}) "
                    f"MERGE (k)-[:{rel}]->(x) DELETE r RETURN count(r)", {"drop": drop_id, "keep": keep_id}).rows[0][0]
                moved += self._run(
                    f"MATCH (x)-[r:{rel}]->(d:{label} {{id: $drop}}) MATCH (k:{label} {{id: $keep}}) "
                    f"MERGE (x)-[:{rel}]->(k) DELETE r RETURN count(r)", {"drop": drop_id, "keep": keep_id}).rows[0][0]
            _, drop_name, drop_aliases = names[drop_id]
            self._run(f"MATCH (k:{label} {{id: $keep}}) SET k.aliases = reduce(acc = coalesce(k.aliases, []), "
                      "s IN $extra | CASE WHEN s IN acc THEN acc ELSE acc + s END)",
                      {"keep": keep_id, "extra": _union([drop_name], drop_aliases or [])})
            self._run(f"MATCH (d:{label} {{id: $drop}}) DETACH DELETE d", {"drop": drop_id})
            if label == "Company":
                self._refresh_commitment_keys(drop_id, keep_id)
        self._run("MERGE (r:AliasRule {id: $form}) SET r.target = $target, r.label = $label",
                  {"form": schema.normalise_name(drop), "target": names[keep_id][1], "label": label})
        return {"kept": names[keep_id][1], "dropped": drop, "relationships_moved": moved}

    def _refresh_commitment_keys(self, old_id: str, new_id: str) -> None:
        res = self._run("MATCH (c:Commitment) WHERE c.from_id = $old OR c.to_id = $old RETURN c",
                        {"old": old_id})
        rows = []
        for (node,) in res.rows:
            p = node["properties"]
            f = new_id if p["from_id"] == old_id else p["from_id"]
            t = new_id if p["to_id"] == old_id else p["to_id"]
            rows.append({"id": p["id"], "props": {"from_id": f, "to_id": t,
                                                  "pair_key": schema.pair_key(p["kind"], f, t)}})
        if rows:
            self._run("UNWIND $rows AS r MATCH (c:Commitment {id: r.id}) SET c += r.props", {"rows": rows})


def _new_reports(todo: list[ArticleFacts]) -> list[deals.Report]:
    """Each commitment of the new articles as a report (a company never commits to itself)."""
    reports = []
    for facts in todo:
        ordinals: dict[str, int] = {}
        for com in facts.commitments:
            f_id, t_id = schema.entity_id(com.from_), schema.entity_id(com.to)
            if f_id == t_id:
                continue
            key = schema.pair_key(com.kind, f_id, t_id)
            ordinals[key] = ordinals.get(key, -1) + 1
            reports.append(deals.Report(
                key=key, article=facts.article.id, ordinal=ordinals[key],
                **{name: getattr(com, name) for name in deals.REPORT_FIELDS},
                upper_bound=com.upper_bound, status=com.status, date=com.date,
                involves=tuple(sorted({f"{i.type}|{schema.entity_id(i.name)}" for i in com.involves}))))
    return reports


def _old_ids_of(reports: list[deals.Report]) -> set[str]:
    return {r.stored_in for r in reports if r.stored_in}


_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _check_name(name: str) -> None:
    """Labels and types cannot be parameters; allow only plain identifiers."""
    if not _NAME.match(name):
        raise QueryError(f"not a valid label or relationship type: {name!r}")


def _clean(props: dict) -> dict:
    """Drop None values (Cypher SET n += map ignores nothing) and nested maps."""
    return {k: v for k, v in props.items() if v is not None and not isinstance(v, dict)}


def open_store(config=None, *, ensure_schema: bool = True) -> GraphStore:
    """Open the store the configuration (or the environment) selects."""
    from .config import StoreConfig

    config = config or StoreConfig.from_env()
    if config.backend == "neo4j":
        from .neo4j_backend import Neo4jStore

        store: GraphStore = Neo4jStore(config)
    else:
        from .falkor_backend import FalkorStore

        store = FalkorStore(config.db_path)
    if ensure_schema:
        store.ensure_schema()
    return store


__all__ = ["GraphStore", "QueryResult", "WriteSummary", "open_store", "ReadOnlyViolation"]
