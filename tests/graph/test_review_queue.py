"""The review queue on both engines: exact order on a graph written for the test, the reasons
given for each item, and its evidence with the parties and the figure marked."""
import json

from graph.review_queue import store_queue
from tests.conftest import cli_store, run_cli
from tests.graph.facts import article, deal

ENTITIES = [{"type": "Company", "name": n, "aliases": a} for n, a in (
    ("Orrin Capital", ["Orrin"]), ("Tessel AI", []), ("Brightcloud", []), ("Ferrum Chips", []))]


def queue_graph() -> list[dict]:
    """Five deals, each with one reason to look at it (or none), told by two outlets."""
    first = article("q1", [
        deal("investment", "Orrin Capital", "Tessel AI", 5e8, confidence=0.9, date="2025-01-10",
             sentence="Orrin Capital will invest $500 million in Tessel AI."),
        deal("compute_purchase", "Tessel AI", "Brightcloud", 2e10, confidence=0.35, date="2025-01-10",
             sentence="Tessel AI signed a $20 billion cloud contract with Brightcloud."),
        deal("investment", "Orrin Capital", "Brightcloud", 3e9, status="rumoured", confidence=0.8, date="2025-01-10",
             sentence="Orrin Capital is said to weigh a $3 billion stake in Brightcloud."),
    ], ENTITIES[:3], published="2025-01-10", outlet="Harbor Wire")
    second = article("q2", [
        deal("investment", "Orrin Capital", "Tessel AI", 6e8, confidence=0.9, date="2025-02-14",
             sentence="Orrin Capital is putting $600 million into Tessel AI."),
        deal("investment", "Orrin Capital", "Brightcloud", 3e9, confidence=0.85, date="2025-02-14",
             sentence="Orrin confirmed it will buy a $3 billion stake in Brightcloud."),
        deal("hardware_purchase", "Brightcloud", "Ferrum Chips", 1e9, confidence=0.95, date="2025-02-14",
             sentence="Brightcloud ordered $1 billion of servers from Ferrum Chips."),
        deal("partnership", "Tessel AI", "Brightcloud", confidence=0.7, date="2025-02-14",
             sentence="Tessel AI and Brightcloud will work together on model hosting."),
    ], ENTITIES, published="2025-02-14", outlet="Ledger Daily")
    return [first, second]


def test_queue_ranks_the_most_consequential_first(store):
    store.write_articles(queue_graph())
    queue, total = store_queue(store)
    assert total == 5
    assert [(i.from_name, i.to_name, i.score) for i in queue] == [
        ("Tessel AI", "Brightcloud", 5.301),      # low confidence, $20B
        ("Orrin Capital", "Tessel AI", 3.699),    # $500M and $600M reported, $500M
        ("Orrin Capital", "Brightcloud", 3.477),  # rumoured, then agreed, $3B
        ("Brightcloud", "Ferrum Chips", 3.0),     # a company never seen before, $1B
        ("Brightcloud", "Tessel AI", 0.0),        # the partnership (ends in id order): nothing in doubt
    ]
    assert [[r.code for r in i.reasons] for i in queue] == [
        ["low_confidence", "size"], ["figures_conflict", "size"], ["rumour_then_agreed", "size"],
        ["new_company", "size"], []]
    assert [r.text for r in queue[0].reasons] == ["the extractor's confidence is 0.35, under 0.70", "$20B at stake"]
    assert queue[1].reasons[0].text == "the sources state different amounts: $500M, $600M"
    assert queue[2].reasons[0].text == "Harbor Wire reported it as rumoured, Ledger Daily later as agreed"
    assert queue[3].reasons[0].text == "first seen here: Ferrum Chips"
    assert queue[0].confidence == 0.35 and queue[2].confidence == 0.85


def test_each_item_shows_its_sentences_with_parties_and_figure_marked(store):
    store.write_articles(queue_graph())
    by_pair = {(i.kind, i.from_name, i.to_name): i for i in store_queue(store)[0]}
    assert [e.marked for e in by_pair["compute_purchase", "Tessel AI", "Brightcloud"].evidence] == [
        "[Tessel AI] signed a {$20 billion} cloud contract with [Brightcloud]."]
    rumour = by_pair["investment", "Orrin Capital", "Brightcloud"]
    assert [(e.outlet, e.status, e.marked) for e in rumour.evidence] == [
        ("Harbor Wire", "rumoured", "[Orrin Capital] is said to weigh a {$3 billion} stake in [Brightcloud]."),
        ("Ledger Daily", "announced", "[Orrin] confirmed it will buy a {$3 billion} stake in [Brightcloud].")]
    first = rumour.evidence[0]
    assert [(m.role, first.sentence[m.start:m.end]) for m in first.marks] == [
        ("party", "Orrin Capital"), ("figure", "$3 billion"), ("party", "Brightcloud")]


def test_review_list_as_table_and_json(cli_env):
    with cli_store(cli_env) as s:
        s.write_articles(queue_graph())
    out = run_cli(["review", "list", "--json", "--limit", "2"], cli_env)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["total"] == 5
    assert [(i["from_name"], i["to_name"], i["score"]) for i in data["items"]] == [
        ("Tessel AI", "Brightcloud", 5.301), ("Orrin Capital", "Tessel AI", 3.699)]
    assert data["items"][1]["evidence"][1]["marked"] == "[Orrin Capital] is putting {$600 million} into [Tessel AI]."
    table = run_cli(["review", "list"], cli_env)
    assert table.returncode == 0, table.stderr
    assert "Review queue: 5 of 5 unreviewed commitment(s)" in table.stdout
    assert "[Tessel AI] signed a {$20 billion} cloud contract with [Brightcloud]." in table.stdout
    assert table.stdout.index("compute purchase: Tessel AI → Brightcloud") < table.stdout.index(
        "hardware purchase: Brightcloud → Ferrum Chips")


def test_review_list_on_an_empty_store(cli_env):
    out = run_cli(["review", "list"], cli_env)
    assert out.returncode == 0 and "nothing to review" in out.stdout
