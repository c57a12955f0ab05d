"""Every figure form: currencies, units, qualifiers, capacities."""
import pytest

from ingest.figures import capacity, money


@pytest.mark.parametrize("text,value,currency,upper,floor", [
    ("will invest $30 billion", 30e9, "USD", False, False),
    ("a US$1.5bn facility", 1.5e9, "USD", False, False),
    ("raised $500M", 500e6, "USD", False, False),
    ("up to $10 billion", 10e9, "USD", True, False),
    ("as much as $100 billion", 100e9, "USD", True, False),
    ("at least $8 billion", 8e9, "USD", False, True),
    ("more than $13 billion", 13e9, "USD", False, True),
    ("a 1 billion dollar investment", 1e9, "USD", False, False),
    ("€2 billion", 2e9, "EUR", False, False),
    ("£750 million", 750e6, "GBP", False, False),
    ("$1.2 trillion", 1.2e12, "USD", False, False),
    ("$2,500,000,000 in cash", 2.5e9, "USD", False, False),
    ("a US$120-million stake", 120e6, "USD", False, False),         # the unit joined by a hyphen
    ("a $5-billion order", 5e9, "USD", False, False),
    ("slightly under $1 billion", 1e9, "USD", True, False),         # "under" is a ceiling
    ("less than $2 billion", 2e9, "USD", True, False),
    ("about $3 billion", 3e9, "USD", False, False),                 # approximate is plain
    ("nearly $4 billion", 4e9, "USD", False, False),
    ("as high as $27 billion", 27e9, "USD", True, False),
])
def test_money(text, value, currency, upper, floor):
    [f] = money(text)
    assert (f.value, f.currency, f.upper_bound, f.floor) == (pytest.approx(value), currency, upper, floor)


@pytest.mark.parametrize("text", ["tens of billions of dollars", "a warrant at $0.01 per share",
                                  "shares at $23.28 each", "a 27% stake"])
def test_no_figure(text):
    assert money(text) == []


@pytest.mark.parametrize("text,gw,upper,floor", [
    ("up to one gigawatt", 1.0, True, False), ("10 GW of systems", 10.0, False, False),
    ("at least 10 gigawatts", 10.0, False, True), ("500 MW", 0.5, False, False),
    ("six gigawatts", 6.0, False, False), ("4.5 gigawatts", 4.5, False, False),
])
def test_capacity(text, gw, upper, floor):
    [f] = capacity(text)
    assert (f.value, f.upper_bound, f.floor) == (pytest.approx(gw), upper, floor)


@pytest.mark.parametrize("text,value", [
    ("booked a -$5 billion adjustment", -5e9),      # the sign as stated (the store's contract then refuses it)
    ("a swing of \u2212$2 billion", -2e9),
    ("$3-$5 billion", 5e9),                           # a range's dash is no minus
    ("a one-$4 billion deal", 4e9),
])
def test_money_keeps_a_stated_minus_sign(text, value):
    assert [f.value for f in money(text)] == [value]


@pytest.fixture(scope="module")
def nlp():
    from ingest.pipeline import load_nlp
    return load_nlp(None)


@pytest.mark.parametrize("text,word,lesser,shares", [
    ("Meta signed a $12 billion compute contract with Nebius.", "billion", False, False),
    ("Meta could buy up to $3 billion of extra capacity from Nebius.", "billion", True, False),
    ("Google signed a separate $150 million agreement with Lambda.", "million", True, False),
    ("Meta is buying a $250 million slice of Nebius's equity.", "million", False, True),
    ("Nvidia bought $5 billion of Intel stock.", "billion", False, True),
    ("OpenAI will buy $5 billion of GPUs from AMD.", "billion", False, False),
])
def test_what_a_figure_measures(nlp, text, word, lesser, shares):
    """A lesser deal's figure ranks below the main deal's; a sum paid for
    shares is never a purchase's figure."""
    from ingest.figure_words import of_shares, secondary
    tok = next(t for t in nlp(text) if t.text == word)
    assert (secondary(tok), of_shares(tok)) == (lesser, shares)
