"""Parameters and values of megabytes go through whole, on both engines."""
from tests.graph.facts import article, deal


def test_a_three_megabyte_sentence_is_stored_and_read_back_whole(store):
    sentence = "Quill AI agreed to buy compute from Orbit Cloud. " * 62_000  # ~3 MB
    store.write_articles([article("a1", [deal("compute_purchase", "Quill AI", "Orbit Cloud", 4e9,
                                              sentence=sentence)])])
    [c] = store.commitments()
    assert len(c["sources"][0]["sentence"]) == len(sentence) and c["sources"][0]["sentence"] == sentence


def test_a_parameter_list_of_two_hundred_thousand_ids(store):
    ids = [f"company-number-{n:07d}" for n in range(200_000)]  # ~5 MB of parameters
    assert store.query("RETURN size($ids), $ids[199999]", {"ids": ids}).rows == [[200_000, ids[-1]]]
    assert store.existing_articles(ids) == set()
