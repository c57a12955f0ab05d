"""Deal phrasings bound by the dependency patterns of ingest/patterns/deals.py:
each row is a construction of English written for this test, with the exact
commitments (kind, from, to, amount in USD) it must give."""
import pytest

from ingest.extract import Extractor
from ingest.loaders import RawArticle


@pytest.fixture(scope="module")
def ex():
    return Extractor()


def deals(ex, text):
    e = ex.extract(RawArticle(text, "test"))
    return {(c.kind, c.from_, c.to, c.amount_usd) for c in e.commitments}


CASES = [
    # light verbs with a preposition naming the investee
    ("Amazon committed $4 billion to Anthropic.", {("investment", "Amazon", "Anthropic", 4e9)}),
    ("Nvidia put $10 billion into Anthropic.", {("investment", "NVIDIA", "Anthropic", 10e9)}),
    # passive voice and a controlling verb
    ("Enfabrica was acquired by Nvidia.", {("acquisition", "NVIDIA", "Enfabrica", None)}),
    ("Nvidia agreed to buy Enfabrica.", {("acquisition", "NVIDIA", "Enfabrica", None)}),
    # a kind-neutral contract takes its kind from what is bought and who sells it
    ("Anthropic signed a $30 billion Azure contract with Microsoft.",
     {("compute_purchase", "Anthropic", "Microsoft", 30e9)}),
    # prepositional figures: each investor keeps its own amount
    ("Mistral raised $900 million, with $500 million from SoftBank and $200 million from Nvidia.",
     {("investment", "SoftBank", "Mistral AI", 5e8), ("investment", "NVIDIA", "Mistral AI", 2e8)}),
    # a compound modifier
    ("Nvidia-backed CoreWeave will open an office in Texas next year.",
     {("investment", "NVIDIA", "CoreWeave", None)}),
    # a nominalisation with its possessor
    ("Oracle's $5 billion investment in Mistral closed on Monday.",
     {("investment", "Oracle", "Mistral AI", 5e9)}),
    # background ties: the kind follows what the seller is known to sell
    ("CoreWeave has been the main cloud provider to Mistral since 2024.",
     {("compute_purchase", "Mistral AI", "CoreWeave", None)}),
    ("Meta and Apple are among Nvidia's largest customers.",
     {("hardware_purchase", "Meta", "NVIDIA", None), ("hardware_purchase", "Apple", "NVIDIA", None)}),
    # a model offered on a platform, the model standing for its maker
    ("Claude models are now offered in Amazon Bedrock.", {("distribution", "Anthropic", "Amazon", None)}),
    # an investor's own verb's figure is its own; "each" shares one figure
    ("Mistral raised money this spring. Nvidia put in $100 million.", {("investment", "NVIDIA", "Mistral AI", 1e8)}),
    ("Oracle and SoftBank will each invest $2 billion in Mistral.",
     {("investment", "Oracle", "Mistral AI", 2e9), ("investment", "SoftBank", "Mistral AI", 2e9)}),
    # coordination: every conjunct takes the role, and a round's total is no one's own amount
    ("Mistral raised $2 billion from SoftBank, Oracle and Nvidia.",
     {("investment", "SoftBank", "Mistral AI", None), ("investment", "Oracle", "Mistral AI", None),
      ("investment", "NVIDIA", "Mistral AI", None)}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_phrasing_gives_exactly_its_deals(ex, text, expected):
    assert deals(ex, text) == expected


def test_a_purpose_clause_names_no_party(ex):
    got = deals(ex, "AMD will buy ZT Systems for $4.9 billion to compete with Nvidia.")
    assert ("acquisition", "AMD", "ZT Systems", 4.9e9) in got
    assert not {d for d in got if "NVIDIA" in d[1:3]}, got
