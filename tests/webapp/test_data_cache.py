"""What the pages compute is kept per read of the store: a periodic re-read that finds nothing
new keeps it, a change to the store drops it (a real embedded store, no browser)."""
import time

from tests.graph.facts import article, deal
from webapp.data import Data


def test_results_stay_cached_until_the_store_changes(falkor_store):
    falkor_store.write_articles([article("p1", [deal("investment", "Arc", "Bolt", 1e9)])])
    data = Data(falkor_store, ttl=0.0)          # every request starts a background re-read
    computed = []

    def count(rows):
        computed.append(len(rows))
        return len(rows)

    assert data.cached("count", count) == 1
    for _ in range(15):                          # re-reads find the same commitments
        assert data.cached("count", count) == 1
        time.sleep(0.1)
    assert computed == [1]
    falkor_store.write_articles([article("p2", [deal("compute_purchase", "Bolt", "Cell", 2e9)])])
    deadline = time.monotonic() + 15
    while data.cached("count", count) != 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert computed == [1, 2]
