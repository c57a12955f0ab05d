"""``corrections export --as-cases``: decisions written as extraction cases (read back by the
case corpus's own loader) and as gold documents for the scorer's training, on both engines."""
import json

from tests.conftest import cli_store, run_cli
from tests.graph.test_review_queue import queue_graph
from tests.ingest.test_cases import load_cases


def decide(env) -> None:
    with cli_store(env) as s:
        s.write_articles(queue_graph())
        ids = {(c["kind"], c["from_name"], c["to_name"]): c["id"] for c in s.commitments()}
        s.record_decision(ids["compute_purchase", "Tessel AI", "Brightcloud"], "reject", by="ana", note="no deal")
        s.record_decision(ids["investment", "Orrin Capital", "Tessel AI"], "edit", by="ana",
                          changes={"amount_usd": 7e8})
        s.record_decision(ids["hardware_purchase", "Brightcloud", "Ferrum Chips"], "accept", by="ana")


def test_decisions_become_cases_and_training_documents(cli_env, tmp_path):
    decide(cli_env)
    target = tmp_path / "cases" / "reviewed.yaml"
    target.parent.mkdir()
    out = run_cli(["corrections", "export", "--as-cases", str(target)], cli_env)
    assert out.returncode == 0, out.stderr
    assert f"wrote 4 case(s) to {target}" in out.stdout
    cases = load_cases(target.parent)     # the corpus's own loader and model
    got = [(c.id, c.text, c.tags, [(e.kind, e.from_, e.to, e.amount_usd, e.status) for e in c.expect],
            [(a.kind, a.from_, a.to) for a in c.absent], bool(c.xfail)) for c in cases]
    assert got == [
        ("review-001", "Brightcloud ordered $1 billion of servers from Ferrum Chips.", ["correction"],
         [("hardware_purchase", "Brightcloud", "Ferrum Chips", 1e9, "announced")], [], False),
        ("review-002", "Orrin Capital is putting $600 million into Tessel AI.", ["correction"],
         [("investment", "Orrin Capital", "Tessel AI", 7e8, "announced")], [], True),
        ("review-003", "Orrin Capital will invest $500 million in Tessel AI.", ["correction"],
         [("investment", "Orrin Capital", "Tessel AI", 7e8, "announced")], [], True),
        ("review-004", "Tessel AI signed a $20 billion cloud contract with Brightcloud.", ["correction"], [],
         [("compute_purchase", "Tessel AI", "Brightcloud")], True),
    ]
    assert cases[3].xfail.startswith("a person corrected what the extractor read here (decision d-")
    folder = tmp_path / "cases" / "reviewed-training"
    assert sorted(p.name for p in folder.iterdir()) == [f"review-00{n}.{ext}" for n in range(1, 5)
                                                        for ext in ("json", "txt")]
    gold = json.loads((folder / "review-004.json").read_text())
    assert gold["commitments"] == [] and {e["name"] for e in gold["entities"]} == {"Tessel AI", "Brightcloud"}
    gold = json.loads((folder / "review-001.json").read_text())
    assert [(c["kind"], c["from"], c["to"], c["amount_usd"], c["evidence"]) for c in gold["commitments"]] == [
        ("hardware_purchase", "Brightcloud", "Ferrum Chips", 1e9,
         "Brightcloud ordered $1 billion of servers from Ferrum Chips.")]
    assert (folder / "review-001.txt").read_text() == "Brightcloud ordered $1 billion of servers from Ferrum Chips.\n"


def test_as_cases_into_an_unwritable_place_is_one_line(cli_env, tmp_path):
    decide(cli_env)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    out = run_cli(["corrections", "export", "--as-cases", str(blocker / "cases.yaml")], cli_env)
    assert out.returncode != 0 and len(out.stderr.strip().splitlines()) == 1
    assert out.stderr.startswith("error: cannot write")
