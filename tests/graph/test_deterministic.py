"""The same articles give the same graph whatever the batches and the order
(issue 10 point 5): overlapping reports of the same deals, with figures and
dates near and far apart, written in one batch, in two, in reverse order and
one by one in a shuffled order, leave exactly the same graph."""
import json
import random

from tests.graph.facts import article, deal

COMPANIES = ["Lumen Labs", "Quill AI", "Orbit Cloud", "Cinder Chips", "Harbor Compute"]
SPELLINGS = {"Quill AI": ["Quill AI", "Quill Ai", "QUILL AI Inc."], "Orbit Cloud": ["Orbit Cloud", "Orbit Cloud Corp"]}
KINDS = ["investment", "compute_purchase", "hardware_purchase", "partnership", "distribution"]
BASE_AMOUNTS = [1e9, 2e9, 5e9, 12e9]
DATES = [None, "2024-02-10", "2024-03-01", "2024-05-20", "2025-01-15", "2025-02-01"]


def overlapping_reports(seed: int = 11, n: int = 48) -> list[dict]:
    """Articles that report a few deals many times: figures within and beyond
    the 1.5x tolerance, dates within and beyond 183 days, rumours and
    announcements, partnerships named in either order, names spelt differently."""
    rnd = random.Random(seed)
    pairs = [(rnd.choice(KINDS), *rnd.sample(COMPANIES, 2)) for _ in range(6)]
    out = []
    for i in range(n):
        date = rnd.choice(DATES)
        deals = []
        for kind, a, b in rnd.sample(pairs, rnd.randint(1, 3)):
            if kind == "partnership" and rnd.random() < 0.5:
                a, b = b, a
            amount = rnd.choice(BASE_AMOUNTS) * rnd.choice([1.0, 1.1, 1.3]) if rnd.random() < 0.8 else None
            gw = rnd.choice([None, 1.0, 1.2, 3.0])
            name = lambda c: rnd.choice(SPELLINGS.get(c, [c]))  # noqa: E731
            deals.append(deal(kind, name(a), name(b), amount, gw=gw, upper=rnd.random() < 0.3,
                              status=rnd.choice(["announced", "announced", "rumoured", "in_talks"]), date=date,
                              sentence=f"Report {i} of {a} and {b}.",
                              involves=[{"type": "Hardware", "name": "Cinder X1"}] if rnd.random() < 0.2 else []))
        out.append(article(f"art-{i:03d}", deals, published=date))
    return out


def whole_graph(store) -> list[str]:
    """Every node and relationship with its properties, timestamps left out."""
    nodes, rels = store.export_data()
    drop = {"first_seen", "ingested_at"}
    rows = [json.dumps({k: v for k, v in item.items() if k not in drop}, sort_keys=True) for item in nodes + rels]
    return sorted(rows)


def build(store, batches: list[list[dict]]) -> list[str]:
    store.reset()
    for batch in batches:
        store.write_articles(batch)
    return whole_graph(store)


def test_batches_and_order_do_not_change_the_graph(falkor_store):
    reports = overlapping_reports()
    one_run = build(falkor_store, [reports])
    half = len(reports) // 2
    two_runs = build(falkor_store, [reports[:half], reports[half:]])
    reverse = build(falkor_store, [list(reversed(reports))[i:i + 7] for i in range(0, len(reports), 7)])
    shuffled = reports[:]
    random.Random(3).shuffle(shuffled)
    one_by_one = build(falkor_store, [[r] for r in shuffled])
    assert two_runs == one_run
    assert reverse == one_run
    assert one_by_one == one_run
    # the set is worth comparing: several reports per deal, and pairs that hold several deals
    stats = falkor_store.stats()
    assert stats["relationships"]["REPORTED_IN"] > 2 * stats["nodes"]["Commitment"]
    keys = [c["pair_key"] for c in falkor_store.commitments()]
    assert len(set(keys)) < len(keys)


def test_a_deal_takes_its_figure_date_and_id_from_its_earliest_report(falkor_store):
    late = article("late", [deal("investment", "Lumen Labs", "Quill AI", 2.2e9, date="2025-03-01")],
                   published="2025-03-01")
    early = article("early", [deal("investment", "Lumen Labs", "Quill AI", 2e9, date="2025-01-10")],
                    published="2025-01-10")
    falkor_store.write_articles([late])
    [first] = falkor_store.commitments()
    summary = falkor_store.write_articles([early])
    assert summary.commitments_added == 0 and summary.commitments_merged == 1
    [c] = falkor_store.commitments()
    assert (c["amount_usd"], c["date"], c["amount_usd_reported"]) == (2e9, "2025-01-10", [2e9, 2.2e9])
    assert c["id"] != first["id"]   # the id follows the earliest report, not the first ingested
    assert c["first_seen"] == first["first_seen"]   # but it was first seen when the later report came
    assert [s["article_id"] for s in c["sources"]] == ["early", "late"]


def test_a_company_keeps_the_same_name_whichever_spelling_came_first(falkor_store):
    spellings = ["QUILL AI Inc.", "Quill Ai", "Quill AI"]
    names = set()
    for order in (spellings, spellings[::-1]):
        falkor_store.reset()
        for n, name in enumerate(order):
            falkor_store.write_articles([article(f"s{n}-{name}", [deal("investment", "Lumen Labs", name, 1e9)])])
        [quill] = [e for e in falkor_store.entities("Company") if e["id"] == "quill-ai"]
        names.add((quill["name"], tuple(quill["aliases"])))
    assert names == {("Quill AI", ("QUILL AI Inc.", "Quill Ai"))}
