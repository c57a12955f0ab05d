"""``dealgraph review`` walked through a pipe on a real store (both engines): keys in,
decisions recorded, the queue and every read reflecting them."""
import json

from tests.conftest import cli_store, run_cli
from tests.graph.test_review_queue import queue_graph


def queue(env) -> list[tuple]:
    data = json.loads(run_cli(["review", "list", "--json", "--limit", "50"], env).stdout)
    return [(i["kind"], i["from_name"], i["to_name"]) for i in data["items"]]


def test_walk_accepts_rejects_edits_and_skips_through_a_pipe(cli_env):
    with cli_store(cli_env) as s:
        s.write_articles(queue_graph())
    # 1 compute purchase: a wrong key, then reject with a note; 2 Orrin -> Tessel: edit the amount
    # (a bad figure first, asked again) and keep the other fields; 3 Orrin -> Brightcloud: accept;
    # 4 skip; then quit before the fifth
    keys = "\n".join(["x", "r", "not a cloud deal",
                      "e", "", "", "", "lots", "$700M", "", "", "", "", "per the filing",
                      "a", "", "s", "q"]) + "\n"
    out = run_cli(["review", "--by", "ana"], cli_env, input=keys)
    assert out.returncode == 0, out.stderr
    assert "unknown key 'x': a, r, e, s or q" in out.stdout
    assert "'lots' is not an amount (e.g. 2e10 or $20B)" in out.stdout
    assert "edited: amount_usd=$700M" in out.stdout
    assert out.stdout.strip().endswith("reviewed 3 of 5: 1 accepted, 1 rejected, 1 edited; 1 skipped, 1 not reached")
    assert queue(cli_env) == [("hardware_purchase", "Brightcloud", "Ferrum Chips"),
                              ("partnership", "Brightcloud", "Tessel AI")]
    with cli_store(cli_env) as s:
        rows = {(c["kind"], c["from_name"], c["to_name"]): c for c in s.commitments()}
        decisions = s.decisions()
    assert ("compute_purchase", "Tessel AI", "Brightcloud") not in rows   # rejected: hidden from reads
    edited = rows["investment", "Orrin Capital", "Tessel AI"]
    assert (edited["review"], edited["amount_usd"]) == ("edited", 7e8)
    assert rows["investment", "Orrin Capital", "Brightcloud"]["review"] == "accepted"
    assert sorted((d.action, d.who, d.note or "") for d in decisions) == [   # taken within a second or two
        ("accept", "ana", ""), ("edit", "ana", "per the filing"), ("reject", "ana", "not a cloud deal")]


def test_walk_ends_cleanly_when_the_input_ends(cli_env):
    with cli_store(cli_env) as s:
        s.write_articles(queue_graph())
    out = run_cli(["review"], cli_env, input="a\n\n")   # accept the first, then the input ends
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("reviewed 1 of 5: 1 accepted, 0 rejected, 0 edited; 0 skipped, 4 not reached")
    assert len(queue(cli_env)) == 4


def test_walk_on_an_empty_store_says_so(cli_env):
    out = run_cli(["review"], cli_env, input="")
    assert out.returncode == 0 and "reviewed 0 of 0" in out.stdout
