"""What the pages compute is kept per read of the store: a periodic re-read that finds nothing
new keeps it, a change to the store drops it (real engines, both backends, no browser)."""
import threading
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
    settle(data)


def settle(data: Data) -> None:
    """Start no more background checks and wait for the one running: the store's fixture
    closes its connection next (a Neo4j driver closed under a running check raises)."""
    data.ttl = data.reread = float("inf")
    deadline = time.monotonic() + 15
    while data._refreshing and time.monotonic() < deadline:
        time.sleep(0.05)


def another_client(store, request):
    """A second connection to the same stored graph, as another process would open."""
    if store.backend_name == "neo4j":
        from graph.neo4j_backend import Neo4jStore
        from tests.conftest import neo4j_config
        return Neo4jStore(neo4j_config(request.getfixturevalue("neo4j_server")))
    from graph.falkor_backend import FalkorStore
    return FalkorStore(store.db_path)


def test_the_version_moves_with_every_write_and_with_no_read(store):
    store.write_articles([article("p1", [deal("investment", "Arc", "Bolt", 1e9)])])
    before = store.version()
    store.commitments()
    store.query("MATCH (c:Commitment) RETURN count(c)")
    assert store.version() == before
    store.query("MATCH (c:Company {name: 'Arc'}) SET c.note = 'checked'", write=True)
    after_query = store.version()
    assert after_query != before
    store.write_articles([article("p2", [deal("investment", "Bolt", "Cell", 2e9)])])
    assert store.version() not in (before, after_query)


def test_an_unchanged_store_is_not_read_again_and_another_writer_is_seen(store, request):
    assert store.version() is not None          # both engines can tell: no periodic re-read
    store.write_articles([article("p1", [deal("investment", "Arc", "Bolt", 1e9)])])
    reads, read = [], store.commitments

    def counted(*args):
        reads.append(1)
        return read(*args)

    store.commitments = counted
    data = Data(store, ttl=0.0)          # every request starts a background check
    assert len(data.commitments()) == 1
    for _ in range(15):
        assert len(data.commitments()) == 1
        time.sleep(0.1)
    assert len(reads) == 1                      # fifteen checks, one read
    other = another_client(store, request)      # another client of the same store writes
    try:
        other.write_articles([article("p2", [deal("compute_purchase", "Bolt", "Cell", 2e9)])])
    finally:
        other.close()
    deadline = time.monotonic() + 15
    while len(data.commitments()) != 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert sorted(c["to_name"] for c in data.commitments()) == ["Bolt", "Cell"]
    assert len(reads) == 2
    settle(data)


def test_warming_up_reads_the_articles_list_ahead_once(store):
    store.write_articles([article("p1", [deal("investment", "Arc", "Bolt", 1e9)]),
                                 article("p2", [deal("investment", "Bolt", "Cell", 2e9),
                                                deal("partnership", "Cell", "Arc")])])
    reads, read = [], store.articles

    def counted():
        reads.append(1)
        return read()

    store.articles = counted
    data = Data(store)
    data.warm()                                 # what the app starts in the background
    assert len(reads) == 1
    assert sorted((a["id"], a["commitments"]) for a in data.articles()) == [("p1", 1), ("p2", 2)]
    assert len(reads) == 1                      # the Articles page's first list needs no read


def test_a_result_asked_for_at_once_by_two_requests_is_computed_once(falkor_store):
    """The Loops page's table and drawing ask for the same loops together; the second waits for
    the first's computation instead of running it again beside it."""
    falkor_store.write_articles([article("p1", [deal("investment", "Arc", "Bolt", 1e9)])])
    data = Data(falkor_store)
    data.commitments()
    computed, started = [], threading.Event()

    def slow(rows):
        computed.append(len(rows))
        started.set()
        time.sleep(0.5)
        return len(rows)

    answers = []
    first = threading.Thread(target=lambda: answers.append(data.cached("loops", slow)))
    first.start()
    assert started.wait(10)
    second = threading.Thread(target=lambda: answers.append(data.cached("loops", slow)))
    second.start()
    first.join(10)
    second.join(10)
    assert answers == [1, 1] and computed == [1]

    def broken(rows):
        raise RuntimeError("the engine went away")

    try:
        data.cached("other", broken)
    except RuntimeError:
        pass
    assert data.cached("other", slow) == 1      # a failed computation leaves nobody waiting on it
    settle(data)
