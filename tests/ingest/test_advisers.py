"""Advisers on a deal (ingest/advisers.py): the companies an article shows
advising a party, which stay entities but are no party to its deals. Every
sentence here is written for these tests; the companies are invented."""
from __future__ import annotations

import pytest

from ingest.advisers import advisers
from ingest.extract import Extractor


@pytest.fixture(scope="module")
def ex():
    return Extractor()


ADVISING = [
    ("subjects of a verb of advising, each conjunct",
     "Marrick Capital Markets and Caddon LLP advised Thornaby Compute on its sale.",
     {"Marrick Capital Markets", "Caddon"}),
    ("the agent of a passive",
     "Thornaby Compute was advised by Greyholm Securities on the sale to Dorrit Systems.",
     {"Greyholm Securities"}),
    ("hired as an adviser",
     "Thornaby Compute used Greyholm Securities as its financial adviser on the sale.",
     {"Greyholm Securities"}),
    ("hired to handle the sale",
     "Thornaby Vision has hired Greyholm Partners to handle takeover interest.",
     {"Greyholm Partners"}),
    ("acting for a party",
     "Caddon LLP acted for Dorrit Systems on the takeover of Thornaby Compute.",
     {"Caddon"}),
    ("chosen to run one's models is no adviser",
     "Dorrit Systems chose Thornaby Compute to run its models.",
     set()),
    ("a share of revenue 'represented' is no advice",
     "Dorrit Systems represents about 20% of Thornaby Compute's revenue under a supply deal.",
     set()),
    ("acting on a plan, or for years, is no advice",
     "Dorrit Systems acted on its plan to buy Thornaby Compute, and Marrick Cloud acted for years as its host.",
     set()),
    ("representing a party in a sale",
     "Caddon LLP represented Dorrit Systems in the sale of its chip unit.",
     {"Caddon"}),
    ("working together is no advice",
     "Dorrit Systems and Thornaby Compute will work together on future chips.",
     set()),
    ("acting on what a pronoun names is no advice",
     "Dorrit Systems said it would act on it within weeks, and Thornaby Compute agreed.",
     set()),
]


@pytest.mark.parametrize("why,text,expected", ADVISING, ids=[c[0] for c in ADVISING])
def test_the_companies_shown_advising(ex, why, text, expected):
    doc = ex.parse(text)
    mentions = ex.recognizer.mentions(doc, text)
    assert set(advisers(mentions, doc)) == expected
