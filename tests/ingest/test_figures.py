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


@pytest.mark.parametrize("text,value,upper", [
    ("Microsoft put in slightly under a billion.", 1e9, True),       # "under" is a ceiling, as with digits
    ("Amazon invested about a billion dollars in the lab.", 1e9, False),
    ("Microsoft invested nearly half a billion in Mistral AI.", 5e8, False),
    ("It has committed another two billion to the venture.", 2e9, False),
    ("They raised funds worth three billion US dollars.", 3e9, False),
])
def test_money_spelled_out_in_words(text, value, upper):
    """A figure in words is money where a currency word follows it or a verb
    of putting money in moves it."""
    [f] = money(text)
    assert (f.value, f.currency, f.upper_bound) == (pytest.approx(value), "USD", upper)


@pytest.mark.parametrize("text", ["Its models answer a billion questions a day.", "It has put in a billion hours.",
                                  "The lab reached a billion users.", "About a billion people use it."])
def test_words_of_a_count_are_no_money(text):
    assert money(text) == []


def test_figures_in_digits_and_in_words_come_in_the_order_stated():
    found = money("Orbit put in $300 million and Acme put in nearly half a billion.")
    assert [f.value for f in found] == [3e8, 5e8]


@pytest.mark.parametrize("text,word,option", [
    ("The contract is worth $7 billion, and Meta holds an option to buy a further $2 billion of capacity.",
     "billion", (False, True)),
    ("The contract is worth $7 billion, and a separate $2 billion agreement covers storage.", "billion",
     (False, True)),
])
def test_a_figure_on_top_of_the_base(nlp, text, word, option):
    """The figure an option or a "further" governs is on top of the base contract's."""
    from ingest.figure_words import on_top
    toks = [t for t in nlp(text) if t.text == word]
    assert tuple(on_top(t) for t in toks) == option


@pytest.mark.parametrize("text,verb", [
    ("The deal follows the $400 million that Nscale spent on AMD chips.", "spent"),
    ("The deal follows the $400 million Nscale spent on AMD chips.", "spent"),
    ("The order adds to the $250 million Lambda spent buying Nvidia GPUs last year.", "spent"),
    ("The deal follows the $400 million valuation that Nscale reached.", None),
    ("Crusoe counts the $100 billion MGX among its backers.", None),
])
def test_a_sum_paid_out_in_a_relative_clause(nlp, text, verb):
    from ingest.figure_words import spent_clause
    tok = next(t for t in nlp(text) if t.text in ("million", "billion"))
    paid = spent_clause(tok)
    assert (paid.text if paid is not None else None) == verb


@pytest.mark.parametrize("text,word,rank", [
    ("To date, Zeta has received $3 billion from Acme.", "billion", "running"),
    ("Acme has invested $3 billion in Zeta so far.", "billion", "running"),
    ("Acme made a $300 million initial investment in Zeta.", "million", "older"),
    ("Acme will invest $600 million in Zeta.", "million", "new"),
    ("Acme will invest another $600 million in Zeta.", "million", "tranche"),
    ("Acme will invest $600 million more in Zeta.", "million", "tranche"),
])
def test_a_figure_ranks_by_the_age_of_its_deal(nlp, text, word, rank):
    """A tranche on top of an earlier deal outranks a newly agreed deal's figure, which outranks a
    running total, which outranks an older deal's."""
    from ingest.figure_words import OLDER_DEAL_RANK, RUNNING_TOTAL_RANK, TRANCHE_RANK, rank_by_age
    tok = next(t for t in nlp(text) if t.text == word)
    assert rank_by_age(tok) == {"running": RUNNING_TOTAL_RANK, "older": OLDER_DEAL_RANK, "new": 0,
                                "tranche": TRANCHE_RANK}[rank]


def _phrases(pattern: str) -> list[str]:
    """The word sequences of a pattern's alternatives and groups ("up to",
    "a little", "under", "market cap"), regex syntax left out."""
    import re
    pieces = re.split(r"[|()]", re.sub(r"\\[a-z]\*?", "", pattern))
    return [" ".join(words) for piece in pieces if (words := re.findall(r"[a-z]+", piece.replace("?:", "")))]


def _every_place(pattern, gated, texts):
    """(text, place) where the gated search and the plain one disagree."""
    return [(t, i) for t in texts for i in range(len(t) + 1) if gated(t, i) != pattern(t, i)]


def test_qualifiers_are_searched_for_only_where_one_may_end():
    """The gate before the qualifiers' search (`may_end_with`) never hides
    one: each of the pattern's phrases, in any case and spacing, is found as the search finds it."""
    from ingest.figures import APPROX, CEILING, FLOOR, QUALIFIER_BEFORE, qualifier_before
    phrases = _phrases(f"{CEILING}|{FLOOR}|{APPROX}")
    texts = [f"{lead}{case(f'{a} {b}')}{gap}$5 billion" for a in phrases + ["turn"] for b in phrases
             for lead, gap, case in (("", "", str.lower), ("Acme paid ", " ", str.upper), ("x", "  \n", str.title))]
    texts.append("paid ſome $5 billion")    # the long s, which case-blind matching reads as "s"

    def span(m):
        return m and (m.span(), m.group("qual"))
    assert _every_place(lambda t, i: span(QUALIFIER_BEFORE.search(t, max(0, i - 40), i)),
                        lambda t, i: span(qualifier_before(t, i)), texts) == []


def test_a_deal_amount_is_judged_as_the_plain_search_judges_it():
    """`deal_amount` searches `NOT_AMOUNT_BEFORE` only where its words may end
    the text before the figure; each pair of its phrases ("valued at about") still tells."""
    from ingest.figures import NOT_AMOUNT_AFTER, NOT_AMOUNT_BEFORE, Figure, deal_amount
    phrases = _phrases(NOT_AMOUNT_BEFORE.pattern) + ["market capitalization"]
    texts = [f"Acme {a} {b} $5 billion round" for a in phrases for b in phrases + [""]] + ["ſome $5 billion"]

    def plain(t, i):
        return not NOT_AMOUNT_BEFORE.search(t[max(0, i - 40):i]) and not NOT_AMOUNT_AFTER.match(t[i + 2:i + 42])
    assert _every_place(plain, lambda t, i: deal_amount(t, Figure(5e9, "USD", False, False, i, i + 2, "")), texts) == []


def test_money_is_found_as_the_pattern_finds_it_everywhere():
    """`money_matches` tries the pattern only near digits, and finds what `MONEY.finditer` finds."""
    from ingest.figures import MONEY, money_matches
    texts = ["In 2025 Acme paid US$ 2bn, USD 5m, C$3 million, 10 GW and $1,200,000 dollars.", "USD 12",
             "$$5 billion", "a9 b 7m", "2 2 2 $ 2 $2 USD2 usd 2 € 3", "ends in $"]
    assert [[(m.span(), m.groupdict()) for m in money_matches(t)] for t in texts] == \
        [[(m.span(), m.groupdict()) for m in MONEY.finditer(t)] for t in texts]
