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

from . import deals, lookup, schema
from . import decisions as review
from .decisions import Decision, ReviewRules
from .errors import InvalidFacts, QueryError, ReadOnlyViolation
from .facts import ArticleFacts, validation_line
from .locks import WriterLock
from .querylimits import clamp_rows, clamp_timeout, limit_rows
from .readonly import check_read_only

DEFAULT_BATCH = 5000


# What a query changed, as both engines count it (FalkorDB's result statistics,
# the Neo4j driver's summary counters).
COUNTERS = ("nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted", "properties_set")


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool = False
    counters: dict[str, int] = field(default_factory=dict)   # COUNTERS -> how many

    def changes(self) -> str:
        """What the query changed, in words.

        >>> QueryResult([], [], counters={"nodes_created": 2, "properties_set": 3}).changes()
        'nodes created 2, nodes deleted 0, relationships created 0, relationships deleted 0, properties set 3'
        """
        return ", ".join(f"{name.replace('_', ' ')} {self.counters.get(name, 0)}" for name in COUNTERS)

    def records(self) -> list[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]


@dataclass
class WriteSummary:
    written: list[str] = field(default_factory=list)     # article ids stored now
    duplicates: list[str] = field(default_factory=list)  # article ids already stored
    entities_added: int = 0
    commitments_added: int = 0
    commitments_merged: int = 0  # reports attached to a deal already known
    reports_rejected: int = 0    # reports of facts a person rejected: stored, and hidden with them


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

    def version(self) -> Any:
        """A token that changes whenever the stored graph changes, whichever process wrote, cheap
        to ask (readers such as the app check it instead of reading everything again); None when
        the backend cannot tell, and the reader must read again to know.

        >>> before = store.version(); store.write_articles(batch); store.version() != before  # doctest: +SKIP
        True
        """
        return None

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

        >>> with store.writing(timeout=30, on_wait=print):   # doctest: +SKIP
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
            result = QueryResult(result.columns, result.rows[:rows], truncated=True, counters=result.counters)
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
        new = _new_reports(todo)
        keys = sorted({r.key for r in new})
        decided = self._decisions_for(keys)     # one read for the deals and the entities
        deletion, deal_parts = self._build_deals(keys, new, summary, decided=decided)
        parts = [deletion,
            ("FOREACH (x IN $rows | MERGE (a:Article {id: x.id}) SET a += x.props)",
             [{"id": f.article.id, "props": {**_clean(f.article.model_dump()), "ingested_at": _now()}}
              for f in todo])]
        parts += self._entity_parts(todo, summary, ReviewRules.of(decided)) + deal_parts
        self._write_atomic([(clause, rows) for clause, rows in parts if rows])
        summary.written = [f.article.id for f in todo]
        return summary

    def _entity_parts(self, todo: list[ArticleFacts], summary: WriteSummary,
                      rules: ReviewRules) -> list[tuple[str, list]]:
        """Entity nodes with their settled name and aliases, owners and mentions.

        A person's company decisions (in `rules`) win over the rule: a renamed company
        keeps its name, and a name decided to be no company is not stored."""
        parts = []
        names = _entity_names(todo)
        names["Company"] = {eid: v for eid, v in names["Company"].items() if eid not in rules.not_companies}
        stored_all = self._stored_entities({label: sorted(found) for label, found in names.items()})
        for label, found in names.items():
            stored = stored_all[label]
            summary.entities_added += len(set(found) - set(stored))
            rows = []
            for eid in sorted(found):
                name, aliases = schema.settle_name(found[eid]["names"], found[eid]["aliases"], *stored.get(eid, (None, [])))
                if label == "Company" and eid in rules.names:
                    name, aliases = rules.names[eid], sorted((set(aliases) | {name}) - {rules.names[eid]})
                rows.append({"id": eid, "name": name, "aliases": aliases})
            parts.append((f"FOREACH (x IN $rows | MERGE (n:{label} {{id: x.id}}) "
                          "SET n.name = x.name, n.aliases = x.aliases)", rows))
            if label in schema.OWNERSHIP:
                parts.append((
                    f"FOREACH (x IN $rows | MERGE (o:Company {{id: x.owner}}) "
                    f"MERGE (n:{label} {{id: x.id}}) MERGE (o)-[:{schema.OWNERSHIP[label]}]->(n))",
                    [{"id": eid, "owner": owner} for eid in sorted(found) for owner in sorted(found[eid]["owners"])
                     if owner not in rules.not_companies]))
            parts.append((
                f"FOREACH (x IN $rows | MERGE (a:Article {{id: x.article}}) "
                f"MERGE (n:{label} {{id: x.id}}) MERGE (a)-[:MENTIONS]->(n))",
                [{"article": f.article.id, "id": schema.entity_id(e.name)}
                 for f in todo for e in f.entities if e.type == label
                 and not (label == "Company" and schema.entity_id(e.name) in rules.not_companies)]))
        return parts

    def _stored_entities(self, found: dict[str, list[str]]) -> dict[str, dict[str, tuple[str | None, list[str]]]]:
        """label -> id -> (name, aliases) of the stored entities among ``found`` (label -> ids), in one read."""
        stored: dict[str, dict[str, tuple[str | None, list[str]]]] = {label: {} for label in found}
        labels = [label for label in found if found[label]]
        if labels:
            res = self._run(stored_entities_query(labels), {f"ids{n}": found[label] for n, label in enumerate(labels)})
            for label, eid, name, aliases in res.rows:
                stored[label][eid] = (name, aliases or [])
        return stored

    def _build_deals(self, keys: list[str], new: list[deals.Report], summary: WriteSummary,
                     pending: list[Decision] = (), decided: list[Decision] | None = None
                     ) -> tuple[tuple[str, list], list[tuple[str, list]]]:
        """The deals of ``keys`` from their stored reports and ``new`` ones, decisions applied.

        The same-deal rule runs over the new reports and the stored reports of
        their pairs. Returns the write's clauses: the deletion of the pairs'
        old deal nodes (to run first), then the pairs' deals, their sources and
        what they involve, all built again from every report (graph/deals.py)
        with the people's decisions applied on top (graph/decisions.py).
        ``pending`` are decisions written in the same statement (not stored
        yet); ``decided``, the stored decisions of ``keys`` where the caller has read them."""
        if not keys:
            return ("", []), []
        old, old_ids, first_seen = self._stored_reports(keys)
        rules = ReviewRules.of((self._decisions_for(keys) if decided is None else decided) + list(pending))
        old_seeds = {(r.key, r.seed) for r in old}
        rows, rejected, sources, rejected_sources, involves, parties = [], [], [], [], [], {}
        for deal in deals.cluster(old + new):
            from_old = [r for r in deal.reports if (r.key, r.seed) in old_seeds]
            fresh = len(deal.reports) - len(from_old)
            seen_since = [first_seen[c] for c in _old_ids_of(from_old) if first_seen.get(c)]
            effect = rules.effect(deal.key, deal.reports, schema.entity_id)
            props = review.reviewed_props({**deal.props(), "first_seen": min(seen_since) if seen_since else _now()},
                                          effect, schema.entity_id)
            cited = _cited(deal)
            if effect.review == "rejected":
                summary.reports_rejected += fresh
                rejected.append({"id": deal.id, "props": _clean(props)})
                rejected_sources += [{"cid": deal.id, "article": r.article, "props": r.relationship_props()}
                                     for r in cited]
                continue
            summary.commitments_added += 0 if from_old else 1
            summary.commitments_merged += fresh - (0 if from_old else 1)
            rows.append({"id": deal.id, "from": props["from_id"], "to": props["to_id"], "props": _clean(props)})
            parties.update({schema.entity_id(effect.changes[end]): effect.changes[end]
                            for end in ("from", "to") if end in effect.changes})
            sources += [{"cid": deal.id, "article": r.article, "props": r.relationship_props()} for r in cited]
            for item in sorted({i for r in deal.reports for i in r.involves}):
                label, eid = item.split("|", 1)
                involves.append({"cid": deal.id, "label": label, "id": eid})
        deletion = ("FOREACH (x IN $rows | MERGE (c:Commitment {id: x}) DETACH DELETE c)",
                    sorted(cid for cid, label in old_ids.items() if label == "Commitment"))
        parts = [(f"FOREACH (x IN $rows | MERGE (c:{review.REJECTED_LABEL} {{id: x}}) DETACH DELETE c)",
                  sorted(cid for cid, label in old_ids.items() if label == review.REJECTED_LABEL)),
                 ("FOREACH (x IN $rows | MERGE (n:Company {id: x.id}) SET n.name = coalesce(n.name, x.name))",
                  [{"id": pid, "name": rules.names.get(pid, name)} for pid, name in sorted(parties.items())]),
                 ("FOREACH (x IN $rows | MERGE (c:Commitment {id: x.id}) SET c = x.props "
                  "MERGE (f:Company {id: x.from}) MERGE (t:Company {id: x.to}) "
                  "MERGE (f)-[:COMMITS]->(c) MERGE (c)-[:TO]->(t))", rows),
                 ("FOREACH (x IN $rows | MERGE (c:Commitment {id: x.cid}) MERGE (a:Article {id: x.article}) "
                  "MERGE (c)-[s:REPORTED_IN]->(a) SET s = x.props)", sources),
                 (f"FOREACH (x IN $rows | MERGE (c:{review.REJECTED_LABEL} {{id: x.id}}) SET c = x.props)", rejected),
                 (f"FOREACH (x IN $rows | MERGE (c:{review.REJECTED_LABEL} {{id: x.cid}}) "
                  "MERGE (a:Article {id: x.article}) MERGE (c)-[s:REPORTED_IN]->(a) SET s = x.props)",
                  rejected_sources)]
        for label in schema.ENTITY_LABELS:
            parts.append((f"FOREACH (x IN $rows | MERGE (c:Commitment {{id: x.cid}}) "
                          f"MERGE (n:{label} {{id: x.id}}) MERGE (c)-[:INVOLVES]->(n))",
                          [i for i in involves if i["label"] == label]))
        return deletion, parts

    def _stored_reports(self, keys: list[str]) -> tuple[list[deals.Report], dict[str, str], dict[str, str]]:
        """The stored reports of these pair keys (read or rejected), their deals' ids with
        each one's label, and each deal's first_seen.

        One read for every deal label, each report's properties as columns (no
        relationship objects to build and convert); what a deal involves is read
        from its INVOLVES links only where an older store wrote a report without it."""
        rows = self._run(stored_reports_query(), {"keys": keys}).rows
        legacy_involves: dict[str, set[str]] = {}
        for label in sorted({row[0] for row in rows if row[4] is not None and row[-1] is None}):
            for cid, kind, eid in self._run(legacy_involves_query(label), {"keys": keys}).rows:
                legacy_involves.setdefault(cid, set()).add(f"{kind}|{eid}")
        reports, ids, first_seen = [], {}, {}
        for label, cid, key, seen, aid, published, *cols in rows:
            ids[cid] = label
            first_seen[cid] = seen
            if aid is None:
                continue
            props = dict(zip(REPORT_COLUMNS, cols))
            reports.append(deals.Report(
                key=key, article=aid, ordinal=props["ordinal"] or 0,
                **{name: props[name] for name in deals.REPORT_FIELDS},
                upper_bound=bool(props["upper_bound"]), status=props["status"] or "announced",
                date=props["date"] or published,
                involves=tuple(props["involves"]) if props["involves"] is not None
                else tuple(legacy_involves.get(cid, ())),
                stored_in=cid))
        return reports, ids, first_seen

    # ---- decisions (graph/decisions.py) -------------------------------------
    def _decisions_for(self, keys: list[str]) -> list[Decision]:
        """The commitment decisions of these pair keys and the company decisions that reach deals."""
        rows = self._run(review.decisions_in_force(), {"keys": keys, "actions": ["not_company", "split", "rename"]}).rows
        return [Decision.from_node(node["properties"]) for (node,) in rows]

    def decisions(self, target: str | None = None) -> list[Decision]:
        """Every decision in the order taken (or those about one commitment id or company id).

        >>> [d.action for d in store.decisions("c-4f0e9a1b2c3d4e5f")]     # doctest: +SKIP
        ['edit', 'accept']
        """
        if target is None:
            rows = self._run(review.all_decisions()).rows
        else:
            found = self.deal(target) or {}
            rows = self._run(review.decisions_about(), {"target": target,
                                                        "ids": found.get("decision_ids") or []}).rows
        return [Decision.from_node(node["properties"]) for (node,) in rows]

    def record_decision(self, target: str, action: str, *, changes: dict | None = None,
                        by: str | None = None, note: str | None = None) -> Decision:
        """Record one decision about a commitment (accept, reject, edit) or a company
        (merge, split, rename, not_company) and apply it now; returns the stored record.

        ``target`` is a commitment id (as ``commitments()`` and ``review list``
        show it, rejected ones included) or a company's name. ``changes``:
        for an edit the fields it sets (``graph.decisions.Changes``), for a
        rename/merge/split ``{"name": ...}`` (the new name, the company to keep,
        the form to split off). ``by`` defaults to $USER.

        >>> store.record_decision("c-4f0e9a1b2c3d4e5f", "edit", changes={"amount_usd": 1e10}, note="per filing")
        ...                                                                # doctest: +SKIP
        """
        with self._writer_lock().guard():
            stamp = {"who": review.current_user(by), "when": review.now(), "note": note}
            if action in review.COMMITMENT_ACTIONS:
                anchor = self._commitment_anchor(target)
                decision = review.make_decision(target_kind="commitment", target=anchor["id"], action=action,
                                                changes=review.parse_changes(changes or {}) if action == "edit"
                                                else (changes or {}), **stamp, summary=anchor["summary"],
                                                pair_key=anchor["pair_key"], seeds=anchor["seeds"],
                                                sentences=anchor["sentences"])
            elif action in review.COMPANY_ACTIONS:
                company = self._company(target)
                if action == "merge":
                    kept = self._company(str((changes or {}).get("name") or ""))
                    if kept["id"] == company["id"]:
                        raise QueryError(f"'{target}' and '{kept['name']}' are already the same company")
                decision = review.make_decision(target_kind="company", target=company["id"], action=action,
                                                changes=changes or {}, **stamp, summary=company["name"])
            else:
                raise QueryError(f"unknown decision {action!r}: one of "
                                 + ", ".join(review.COMMITMENT_ACTIONS + review.COMPANY_ACTIONS))
            self.apply_decisions([decision])
        return decision

    def apply_decisions(self, decisions: list[Decision]) -> int:
        """Store decisions (merging on their ids: a second import changes nothing) and apply them
        to what the store holds now. Returns how many were not stored before."""
        with self._writer_lock().guard():
            known = {d.id for d in self.decisions()}
            for d in sorted(decisions, key=review.decision_order):
                if d.action == "merge" and d.id not in known:   # a merge done once is not redone
                    self._apply_merge(d)
            keys = sorted({d.pair_key for d in decisions if d.pair_key}
                          | self._keys_naming([d.target for d in decisions if d.action in ("not_company", "split")]))
            deletion, parts = self._build_deals(keys, [], WriteSummary(), pending=decisions)
            parts = [deletion, *parts, (review.upsert_decisions(),
                                        [{"id": d.id, "props": d.node_props()} for d in decisions])]
            parts += self._company_parts(decisions)
            self._write_atomic([(clause, rows) for clause, rows in parts if rows])
        return len({d.id for d in decisions} - known)

    def deal(self, cid: str) -> dict | None:
        """One commitment by id, read or rejected: its properties, ``label``, party names and sources
        (``[article id, ordinal, sentence]``); None if no deal has this id."""
        for label in schema.DEAL_LABELS:
            res = self._run(f"MATCH (c:{label} {{id: $id}}) OPTIONAL MATCH (c)-[s:REPORTED_IN]->(a:Article) "
                            "OPTIONAL MATCH (f:Company {id: c.from_id}) OPTIONAL MATCH (t:Company {id: c.to_id}) "
                            "RETURN c, f.name, t.name, collect([a.id, s.ordinal, s.sentence])", {"id": cid}).rows
            if res:
                node, f_name, t_name, srcs = res[0]
                p = node["properties"]
                return {**p, "label": label, "from_name": f_name or p.get("from_id"),
                        "to_name": t_name or p.get("to_id"), "sources": [s for s in srcs if s[0] is not None]}
        return None

    def _commitment_anchor(self, cid: str) -> dict:
        """What a commitment decision keeps to find the fact again: key, reports, sentences, summary."""
        found = self.deal(cid)
        if found is None:
            raise QueryError(f"no commitment with id {cid!r} (ids are shown by `dealgraph review list`)")
        return {"id": cid, "pair_key": found["pair_key"],
                "seeds": [f"{aid}|{ordinal or 0}" for aid, ordinal, _ in found["sources"]],
                "sentences": [sentence for _, _, sentence in found["sources"] if sentence],
                "summary": review.summary_line(found, found["from_name"], found["to_name"])}

    def _company(self, name: str) -> dict:
        """A stored company by its name, its id, or one of its aliases."""
        res = self._run("MATCH (n:Company) WHERE n.id = $id OR n.name = $name OR n.id = $name "
                        "OR $name IN coalesce(n.aliases, []) RETURN n.id, n.name, n.aliases ORDER BY n.id",
                        {"id": schema.entity_id(name), "name": name}).rows
        if not res:
            raise QueryError(f"no company named {name!r} in the graph")
        # the company the name itself gives wins over one that has it as an alias
        eid, shown, aliases = min(res, key=lambda r: (r[0] != schema.entity_id(name), r[1] != name, r[0]))
        return {"id": eid, "name": shown, "aliases": aliases or []}

    def _keys_naming(self, company_ids: list[str]) -> set[str]:
        """Pair keys of the deals (read or rejected) that name one of these companies."""
        keys: set[str] = set()
        for label in schema.DEAL_LABELS:
            for cid in company_ids:
                keys |= {row[0] for row in self._run(
                    f"MATCH (c:{label}) WHERE c.from_id = $id OR c.to_id = $id OR c.pair_key ENDS WITH $end "
                    "OR c.pair_key CONTAINS $middle RETURN DISTINCT c.pair_key",
                    {"id": cid, "end": f"|{cid}", "middle": f"|{cid}|"}).rows}
        return keys

    def _company_parts(self, decisions: list[Decision]) -> list[tuple[str, list]]:
        """Write parts of company decisions: names shown, forms split off, companies that are not."""
        renames, splits, gone = [], [], []
        stored = {eid: (name, aliases) for eid, name, aliases in self._run(
            "MATCH (n:Company) WHERE n.id IN $ids RETURN n.id, n.name, n.aliases",
            {"ids": sorted({d.target for d in decisions if d.target_kind == "company"})}).rows}
        for d in sorted(decisions, key=review.decision_order):
            if d.target not in stored or d.target_kind != "company":
                continue
            name, aliases = stored[d.target]
            new = d.changes.get("name")
            if d.action == "rename":
                aliases = sorted((set(aliases or []) | {name}) - {new})
                stored[d.target] = (new, aliases)
                renames.append({"id": d.target, "name": new, "aliases": aliases})
            elif d.action == "split":
                aliases = sorted(set(aliases or []) - {new})
                stored[d.target] = (name, aliases)
                renames.append({"id": d.target, "name": name, "aliases": aliases})
                splits.append(schema.normalise_name(new))
            elif d.action == "not_company":
                gone.append(d.target)
        return [("FOREACH (x IN $rows | MERGE (n:Company {id: x.id}) SET n.name = x.name, n.aliases = x.aliases)",
                 renames),
                ("FOREACH (x IN $rows | MERGE (r:AliasRule {id: x}) DELETE r)", splits),
                ("FOREACH (x IN $rows | MERGE (n:Company {id: x}) DETACH DELETE n)", gone)]

    def _apply_merge(self, d: Decision) -> None:
        """A merge decision: fold the company into the one named, and remember it for later ingests."""
        keep = d.changes["name"]
        if self._run("MATCH (n:Company {id: $id}) RETURN n.id", {"id": schema.entity_id(keep)}).rows:
            self.merge_entities(keep, d.summary or d.target)
        else:   # nothing to fold yet (a store that has not read these articles): the rule alone
            self._run("MERGE (r:AliasRule {id: $form}) SET r.target = $target, r.label = 'Company'",
                      {"form": schema.normalise_name(d.summary or d.target), "target": keep})

    # ---- reads -----------------------------------------------------------
    def commitments(self, statuses: Iterable[str] | None = None) -> list[dict]:
        """Every commitment with its parties and its sources (for analysis and display)."""
        res = self._run(
            "MATCH (f:Company)-[:COMMITS]->(c:Commitment)-[:TO]->(t:Company) "
            "WHERE $statuses IS NULL OR c.status IN $statuses "
            "OPTIONAL MATCH (c)-[s:REPORTED_IN]->(a:Article) "
            "RETURN c, f.name, t.name, collect({article_id: a.id, title: a.title, outlet: a.outlet, "
            "url: a.url, source: a.source, published: a.published, sentence: s.sentence, start: s.start, end: s.end, "
            "amount_usd: s.amount_usd, capacity_gw: s.capacity_gw, upper_bound: s.upper_bound, "
            "status: s.status, confidence: s.confidence}) AS sources",
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

    def company_names(self) -> list[str]:
        """Every stored company's name, sorted (what a typed company name is checked against)."""
        return sorted(n for (n,) in self._run("MATCH (c:Company) RETURN c.name").rows if n)

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
        for label in schema.EXPORTED_LABELS:
            for (node,) in self._run(f"MATCH (n:{label}) RETURN n ORDER BY n.id").rows:
                nodes.append({"label": label, **node["properties"]})
        rels = []
        for rel in schema.REL_TYPES:
            res = self._run(f"MATCH (a)-[r:{rel}]->(b) RETURN a.id, labels(a)[0], b.id, labels(b)[0], r "
                            f"ORDER BY a.id, b.id")
            for a, a_label, b, b_label, r in res.rows:
                if a_label not in schema.EXPORTED_LABELS:    # a rejected deal's sources
                    continue
                rels.append({"type": rel, "from": a, "from_label": a_label, "to": b,
                             "to_label": b_label, **r["properties"]})
        return nodes, rels

    # ---- maintenance ------------------------------------------------------
    def reset(self, keep_rules: bool = True, keep_decisions: bool = True) -> dict:
        """Delete the graph; the merge rules (AliasRule) and the people's decisions
        (Decision) stay unless ``keep_rules`` / ``keep_decisions`` is False: the next
        ingest applies them again.

        Returns what was deleted: {"nodes": n, "relationships": m, "rules": k, "decisions": d}
        ("nodes" counts neither rules nor decisions).
        The CLI asks for confirmation (and offers a backup) first.
        """
        with self._writer_lock().guard():
            kept = [label for label, keep in (("AliasRule", keep_rules), ("Decision", keep_decisions)) if keep]
            where = ("WHERE " + " AND ".join(f"NOT n:{label}" for label in kept) + " ") if kept else ""
            counts = self._run(f"MATCH (n) {where}OPTIONAL MATCH (n)-[r]-() "
                               "RETURN count(DISTINCT n), count(DISTINCT r)").rows[0]
            rules = 0 if keep_rules else self._run("MATCH (r:AliasRule) RETURN count(r)").rows[0][0]
            decided = 0 if keep_decisions else self._run("MATCH (d:Decision) RETURN count(d)").rows[0][0]
            self._run(f"MATCH (n) {where}DETACH DELETE n")
        return {"nodes": counts[0] - rules - decided, "relationships": counts[1], "rules": rules,
                "decisions": decided}

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
            stored = [n for (n,) in self._run(f"MATCH (n:{label}) RETURN n.name").rows if n]
            raise QueryError(f"no {label} named '{keep}' in the graph; "
                             + lookup.offer(keep, stored, f"see `dealgraph entities list --type {label}`"))
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

    def record_merge(self, keep: str, drop: str, by: str | None = None) -> Decision:
        """Remember a merge already made by ``merge_entities`` as a person's decision, so that
        ``entities merge`` is listed and travels in corrections files as ``review merge`` does.
        Applying it again changes nothing (the merge and its rule are idempotent)."""
        decision = review.make_decision(target_kind="company", target=schema.entity_id(drop), action="merge",
                                        changes={"name": keep}, who=review.current_user(by), when=review.now(),
                                        note=None, summary=drop)
        self.apply_decisions([decision])
        return decision

    def _refresh_commitment_keys(self, old_id: str, new_id: str) -> None:
        """After a merge: deals (read or rejected) and the decisions about them name the kept company.

        The same-deal key is rewritten from the extraction's ends (an edit's
        parties are on from_id/to_id and stay as the person set them)."""
        def swap(eid: str) -> str:
            return new_id if eid == old_id else eid

        def new_key(key: str) -> str:
            kind, f, t = key.split("|")
            return schema.pair_key(kind, swap(f), swap(t))

        for label in schema.DEAL_LABELS:
            res = self._run(f"MATCH (c:{label}) WHERE c.from_id = $old OR c.to_id = $old "
                            "OR c.pair_key ENDS WITH $end OR c.pair_key CONTAINS $middle RETURN c",
                            {"old": old_id, "end": f"|{old_id}", "middle": f"|{old_id}|"})
            rows = [{"id": p["id"], "props": {"from_id": swap(p["from_id"]), "to_id": swap(p["to_id"]),
                                              "pair_key": new_key(p["pair_key"])}}
                    for p in (node["properties"] for (node,) in res.rows)]
            if rows:
                self._run(f"UNWIND $rows AS r MATCH (c:{label} {{id: r.id}}) SET c += r.props", {"rows": rows})
        res = self._run("MATCH (d:Decision) WHERE d.pair_key ENDS WITH $end OR d.pair_key CONTAINS $middle "
                        "RETURN d.id, d.pair_key", {"end": f"|{old_id}", "middle": f"|{old_id}|"})
        rows = [{"id": did, "key": new_key(key)} for did, key in res.rows]
        if rows:
            self._run("UNWIND $rows AS r MATCH (d:Decision {id: r.id}) SET d.pair_key = r.key", {"rows": rows})


# What _stored_reports reads of each REPORTED_IN, in this order (see deals.REPORT_PROPS).
REPORT_COLUMNS = ("ordinal", *deals.REPORT_FIELDS, "upper_bound", "status", "date", "involves")


def stored_reports_query() -> str:
    """Every deal label's deals of the pair keys ``$keys``, each with its reports (none: nulls).

    >>> stored_reports_query().count("UNION ALL") == len(schema.DEAL_LABELS) - 1
    True
    """
    columns = ", ".join(f"s.{name} AS {name}" for name in REPORT_COLUMNS)
    return " UNION ALL ".join(
        f"MATCH (c:{label}) WHERE c.pair_key IN $keys OPTIONAL MATCH (c)-[s:REPORTED_IN]->(a:Article) "
        f"RETURN '{label}' AS label, c.id AS id, c.pair_key AS pair_key, c.first_seen AS first_seen, "
        f"a.id AS article, a.published AS published, {columns}" for label in schema.DEAL_LABELS)


def legacy_involves_query(label: str) -> str:
    """What the deals of ``label`` with pair keys ``$keys`` involve, from their INVOLVES links."""
    return f"MATCH (c:{label})-[:INVOLVES]->(n) WHERE c.pair_key IN $keys RETURN c.id, labels(n)[0], n.id"


def stored_entities_query(labels: list[str]) -> str:
    """Stored entities of each label whose id is in ``$ids<n>`` (n: the label's place in ``labels``).

    >>> print(stored_entities_query(["Company", "Model"]))  # doctest: +NORMALIZE_WHITESPACE
    MATCH (n:Company) WHERE n.id IN $ids0 RETURN 'Company' AS label, n.id AS id, n.name AS name,
    n.aliases AS aliases UNION ALL MATCH (n:Model) WHERE n.id IN $ids1 RETURN 'Model' AS label,
    n.id AS id, n.name AS name, n.aliases AS aliases
    """
    return " UNION ALL ".join(
        f"MATCH (n:{label}) WHERE n.id IN $ids{n} "
        f"RETURN '{label}' AS label, n.id AS id, n.name AS name, n.aliases AS aliases"
        for n, label in enumerate(labels))


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


def _cited(deal: deals.Deal) -> list[deals.Report]:
    """The reports a deal keeps as sources: one REPORTED_IN per article, its first report."""
    out, seen = [], set()
    for r in deal.reports:
        if r.article not in seen:
            seen.add(r.article)
            out.append(r)
    return out


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
