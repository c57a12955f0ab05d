"""Money and capacity in the forms news uses: "$30 billion", "US$1.5bn",
"$500M", "€2 billion", "6 gigawatts", "1.2 GW", "500 MW", with their
qualifiers ("up to", "as much as" = ceiling; "at least", "more than" = floor).
"tens of billions" and similar give no figure."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

UNITS = {"trillion": 1e12, "tn": 1e12, "t": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9,
         "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6, "thousand": 1e3, "k": 1e3, "crore": 1e7, "lakh": 1e5}
CURRENCIES = {"us$": "USD", "$": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD", "€": "EUR",
              "eur": "EUR", "euros": "EUR", "euro": "EUR", "£": "GBP", "gbp": "GBP", "pounds": "GBP",
              "¥": "JPY", "yen": "JPY", "jpy": "JPY", "yuan": "CNY", "rmb": "CNY", "cny": "CNY",
              "c$": "CAD", "a$": "AUD", "aed": "AED", "dirhams": "AED", "riyals": "SAR", "won": "KRW",
              "nt$": "TWD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD", "₹": "INR", "rs": "INR", "rs.": "INR",
              "r$": "BRL", "mx$": "MXN", "reais": "BRL", "pesos": "MXN", "argentine pesos": "ARS",
              "chilean pesos": "CLP", "colombian pesos": "COP", "rupees": "INR", "lira": "TRY", "liras": "TRY",
              "kroner": "NOK", "danish kroner": "DKK", "krone": "DKK", "kronor": "SEK", "krona": "SEK",
              "francs": "CHF", "ringgit": "MYR", "rand": "ZAR", "zloty": "PLN", "zlotys": "PLN"}
# the codes of currencies, as written before a figure ("NOK 750 million", "SEK 1.2 billion"); more than the
# figures read, so that no such code is taken for a company's name
CURRENCY_CODES = frozenset(CURRENCIES.values()) | {"ISK", "CZK", "HUF", "RON", "KZT", "RUB", "UAH", "ILS", "EGP",
                                                   "NGN", "KES", "PKR", "IDR", "PHP", "THB", "VND", "QAR", "KWD"}
# the currencies named by a word after the figure that the pattern knows beyond `CURRENCIES`' first ones, with
# the nationality that may come before them ("2.1 billion Norwegian kroner")
_NATIONAL = r"(?:(?:Norwegian|Swedish|Danish|Swiss|Mexican|Argentine|Chilean|Colombian|Brazilian|Turkish|Indian|" \
    r"Malaysian|South African|Polish)\s+)?"
_CURRENCY_WORDS = r"reais|pesos|rupees|liras?|kroner|krone|kronor|krona|francs|ringgit|rand|zlotys?"
WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "half a": 0.5,
                "a": 1}
CEILING = (r"up to|as much as|as high as|as many as|a maximum of|no more than|potentially reaching|reaching up to|capped at|"
           r"(?:slightly |just |a little )?(?:under|below|less than)")
FLOOR = r"at least|more than|over|upwards of|in excess of|exceeding|north of|a minimum of"
APPROX = r"about|around|roughly|approximately|nearly|almost|some|an estimated|close to|just over|slightly over"
NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"

# A figure is found from its number (with the currency or unit around it);
# the qualifier is then read from the words just before. One pattern with
# the qualifier in front reads the same but is tried at every character.
MONEY = re.compile(
    r"(?P<cur>US\$|NT\$|HK\$|NZ\$|MX\$|S\$|C\$|A\$|R\$|\$|€|£|¥|₹|(?<![a-z])Rs\.?\s?|USD\s?|EUR\s?|GBP\s?|"
    r"(?<![a-z])(?:SEK|NOK|DKK|ISK|CHF|INR|BRL|MXN)\s?)?" + NUM +
    r"(?:-|\s*)(?P<unit>trillion|billion|million|thousand|crore|lakh|tn|bn|bln|mn|mln|[bmkt])?\b\.?"
    r"(?:\s*(?P<cur2>US dollars|dollars?|USD|euros?|EUR|pounds|yen|yuan|RMB|dirhams|riyals|won|"
    + _NATIONAL + r"(?:" + _CURRENCY_WORDS + r")\b))?", re.I)
QUALIFIER_BEFORE = re.compile(rf"(?P<qual>{CEILING}|{FLOOR}|{APPROX})\s*$", re.I)
# how each qualifier ends: a text that ends with none of these (less trailing
# spaces) holds no qualifier at its end (`may_end_with`)
QUALIFIER_ENDS = ("to", "as", "of", "than", "reaching", "at", "under", "below", "least", "over", "exceeding", "about",
                  "around", "roughly", "approximately", "nearly", "almost", "some", "estimated")
CAPACITY = re.compile(
    r"(?P<num>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|half a|a)"
    r"[\s-]*(?P<unit>gigawatts?|GW|megawatts?|MW)\b", re.I)
NOT_AMOUNT_BEFORE = re.compile(r"(valued at|valuation of|valuing|valuation|worth of|revenue of|revenue|market cap\w*|"
                               r"market value|combined|total of|(?<!orders )(?<!order )totall?ing|in total|collectively|sales of|"
                               r"raised a total of|a total|\bround of)\s*(?:about|around|roughly|approximately|"
                               r"nearly|over|more than|up to)?\s*$", re.I)
NOT_AMOUNT_AFTER = re.compile(r"^\s*(?:valuation|round|funding round|series [a-z]|in revenue|in annual revenue|"
                              r"revenue|market|ipo|initiative|infrastructure (?:initiative|project|plan|venture))", re.I)
# how each of `NOT_AMOUNT_BEFORE`'s words ends, and its qualifiers ("market cap\w*": any text holding "market cap")
NOT_AMOUNT_ENDS = ("at", "of", "valuing", "valuation", "revenue", "value", "combined", "totaling", "totalling", "total",
                   "collectively", "about", "around", "roughly", "approximately", "nearly", "over", "than", "to")
# a ceiling on a number of shares, as warrants are stated: "warrants for up to
# 20 million of its shares", "as many as 160 million AMD shares"
SHARE_CEILING = re.compile(rf"\b(?:{CEILING})\s+{NUM}\s*(?:%|percent|per cent|million|billion|thousand|mn|bn|m)?\s+(?:of\s+)?"
                           r"(?:[\w.&'’:-]+\s+){0,3}?(?:shares|stock|share capital)\b", re.I)
MINUS = "-\u2212"  # hyphen-minus, minus sign
PER_SHARE = re.compile(r"^\s*(?:per|a|each)\s+share", re.I)


@dataclass(slots=True)
class Figure:
    value: float
    currency: str | None  # None for capacity
    upper_bound: bool
    floor: bool
    start: int
    end: int
    text: str


_CEILING_WORDS, _FLOOR_WORDS = re.compile(CEILING), re.compile(FLOOR)


def _qualifiers(qual: str | None) -> tuple[bool, bool]:
    q = (qual or "").lower()
    return bool(q and _CEILING_WORDS.fullmatch(q)), bool(q and _FLOOR_WORDS.fullmatch(q))


_HAS_DIGIT = re.compile(r"\d")
# Cheap gates (substring tests of the lower-cased text) before the patterns:
# every currency and unit the patterns know contains one of these.
_CURRENCY_MARKS = ("$", "€", "£", "¥", "₹", "rs", "usd", "eur", "gbp", "dollar", "pound", "yen", "yuan", "rmb", "dirham",
                   "riyal", "won", "reais", "peso", "rupee", "lira", "kron", "franc", "ringgit", "rand", "zlot", "sek",
                   "nok", "dkk", "isk", "chf", "inr", "brl", "mxn")
_POWER_MARKS = ("watt", "gw", "mw")
# the same tests as one search each (of the lower-cased text: any of the marks in it)
_CURRENCY_MARK = re.compile("|".join(map(re.escape, _CURRENCY_MARKS)))
_POWER_MARK = re.compile("|".join(_POWER_MARKS))


# A figure spelled out in words ("a billion", "half a billion"): money where a
# currency word follows it ("about a billion dollars") or where it is what a
# verb of putting money in moves ("put in slightly under a billion", "invested
# nearly half a billion"), and the figure is not of something else ("a billion
# users"). GUIDELINES "Floors and ceilings": the qualifiers read as for digits.
SPELLED = re.compile(
    rf"\b(?P<num>{'|'.join(sorted(WORD_NUMBERS, key=len, reverse=True))})\s+(?P<unit>trillion|billion|million)\b"
    r"(?:\s+(?P<cur2>US dollars|dollars|euros|pounds|yen))?(?![\w-])(?!\s+(?!(?:and|as|for|from|in|into|of|to|with)\b)[a-z])",
    re.I)
MONEY_MOVED = re.compile(
    r"\b(?:put(?:s|ting)?\s+in|put(?:s|ting)?|invest(?:s|ed|ing)?|contribut(?:es|ed|ing|e)|pour(?:s|ed|ing)?(?:\s+in)?|"
    r"commit(?:s|ted|ting)?|inject(?:s|ed|ing)?|chip(?:s|ped|ping)?\s+in|pledg(?:es|ed|ing|e))\s+"
    rf"(?:(?:another|an extra|a further)\s+)?(?:(?:{CEILING}|{FLOOR}|{APPROX})\s+)?$", re.I)


def money(text: str) -> list[Figure]:
    """Every money figure of a text, in the order it states them.

    >>> [f.value for f in money("A put in $2 billion and B nearly half a billion.")]
    [2000000000.0]
    >>> [f.value for f in money("A put in $2 billion and B put in nearly half a billion.")]
    [2000000000.0, 500000000.0]
    >>> [f.value for f in money("A paid $16.4 billion.")]
    [16400000000.0]
    """
    lower = text.lower()
    out = digit_money(text, lower)
    if "illion" in lower:
        out = sorted(out + spelled_money(text), key=lambda f: f.start)
    return out


def digit_money(text: str, lower: str | None = None) -> list[Figure]:
    """Figures written with digits and a currency: "$30 billion", "US$1.5bn", "€2 billion".
    `lower`: the text lower-cased, where the caller has it."""
    out: list[Figure] = []
    if not _HAS_DIGIT.search(text):
        return out
    if not _CURRENCY_MARK.search(text.lower() if lower is None else lower):
        return out
    for m in money_matches(text):
        cur = (m.group("cur") or m.group("cur2") or "").strip().lower()
        if not cur:
            continue
        unit = (m.group("unit") or "").lower()
        if not unit and not m.group("cur2") and cur == "$" and "." in m.group("num") and float(m.group("num").replace(",", "")) < 100:
            continue  # share prices such as "$0.01" or "$23.28" carry no deal value
        # a currency word after a figure that has its sign is the next word,
        # not the currency: "$3 billion won approval"
        end = m.end() if not (m.group("cur") and m.group("cur2")) else text.rindex(m.group("cur2"), 0, m.end())
        end = len(text[:end].rstrip())
        if PER_SHARE.match(text[end:end + 12]):
            continue
        # (in decimal: "$16.4 billion" is 16400000000, not the float product 16399999999.999998)
        value = float(Decimal(m.group("num").replace(",", "")) * Decimal(UNITS.get(unit, 1)))
        if value < 1e5:
            continue
        start = m.start()
        if _negative(text, start):
            value, start = -value, start - 1
        q = qualifier_before(text, start)
        if q is not None:
            start = q.start()
        ceiling, floor = _qualifiers(q and q.group("qual"))
        code = CURRENCIES.get(" ".join(cur.split())) or CURRENCIES.get(cur.split()[-1], cur.upper())
        out.append(Figure(value, code, ceiling, floor, start, end, text[start:end]))
    return out


# the longest currency sign before a number ("USD ", "US$"): a figure starts at most this far before its first digit
_LONGEST_SIGN = 4


def money_matches(text: str):
    """`MONEY.finditer(text)`, tried only within `_LONGEST_SIGN` characters
    before each digit (every figure has one; finditer tries the pattern at
    every character). Each place is tried once, in order, and the search goes
    on after a match's end, as finditer's does.

    >>> [m.group() for m in money_matches("In 2025 A paid $2 billion and USD 5m.")]
    ['2025 ', '$2 billion', 'USD 5m.']
    """
    pos = 0     # the first place not tried yet
    while (digit := _HAS_DIGIT.search(text, pos)) is not None:
        at = digit.start()
        for start in range(max(pos, at - _LONGEST_SIGN), at + 1):
            m = MONEY.match(text, start)
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = at + 1


def spelled_money(text: str) -> list[Figure]:
    """Figures spelled out in words, in a money construction (see `SPELLED`).

    >>> [(f.value, f.upper_bound) for f in spelled_money("B put in slightly under a billion.")]
    [(1000000000.0, True)]
    >>> [f.value for f in spelled_money("A invested about half a billion dollars in C")]
    [500000000.0]
    >>> spelled_money("a billion users"), spelled_money("it has put in a billion hours")
    ([], [])
    """
    out = []
    if not _may_spell(text):
        return out
    for m in SPELLED.finditer(text):
        start = m.start()
        if not m.group("cur2") and not MONEY_MOVED.search(text, max(0, start - 60), start):
            continue
        value = WORD_NUMBERS[m.group("num").lower()] * UNITS[m.group("unit").lower()]
        q = qualifier_before(text, start)
        if q is not None:
            start = q.start()
        ceiling, floor = _qualifiers(q and q.group("qual"))
        cur = (m.group("cur2") or "dollars").lower()
        out.append(Figure(value, CURRENCIES.get(cur, "USD"), ceiling, floor, start, m.end(), text[start:m.end()]))
    return out


def deal_amount(text: str, f: Figure) -> bool:
    """Whether the words around a figure leave it a deal's amount, not a
    valuation, a revenue, a round or a sum of several ("a combined $11 billion").

    >>> [deal_amount(t, money(t)[0]) for t in ("invest $2 billion", "a valuation of about $2 billion")]
    [True, False]
    """
    before = text[max(0, f.start - 40):f.start]
    # (the search, a long alternation tried at each of the 40 places, only where the words before can end with one)
    if (may_end_with(before, NOT_AMOUNT_ENDS) or "market cap" in before.lower()) and NOT_AMOUNT_BEFORE.search(before):
        return False
    return not NOT_AMOUNT_AFTER.match(text[f.end:f.end + 40])


def qualifier_before(text: str, start: int) -> re.Match | None:
    """The qualifier ending just before `start` (in the 40 characters before
    it), as `QUALIFIER_BEFORE` finds it; the search (a long alternation tried
    at each of the 40 places) runs only where the words before can end with one.

    >>> qualifier_before("up to $2 billion", 6).group("qual"), qualifier_before("a $2 billion", 2)
    ('up to', None)
    """
    low = max(0, start - 40)
    if not may_end_with(text[low:start], QUALIFIER_ENDS):
        return None
    return QUALIFIER_BEFORE.search(text, low, start)


def may_end_with(text: str, ends: tuple[str, ...]) -> bool:
    """Whether a pattern of words (matched case-blind) that ends in one of
    `ends` and then spaces only can match at the end of `text`: False only
    where `text` less its trailing spaces ends with none of them. A text with
    a character outside ASCII is always a maybe (case-blind matching folds
    some, such as the long s, onto ASCII letters).

    >>> may_end_with("worth up to  ", ("to",)), may_end_with("in a deal ", ("to",)), may_end_with("ſome", ("to",))
    (True, False, True)
    """
    return not text.isascii() or text.rstrip().lower().endswith(ends)


_NUMBER_WORDS = tuple(WORD_NUMBERS)


def _may_spell(text: str) -> bool:
    """Whether `SPELLED` may match: some "trillion", "billion" or "million"
    with spaces and a number word before it ("half a billion"); a text with
    a character outside ASCII is always a maybe (see `may_end_with`). Most
    figures are in digits ("$2 billion"), and `SPELLED` is tried at every character.

    >>> _may_spell("$2 billion"), _may_spell("half a  Billion"), _may_spell("no figure")
    (False, True, False)
    """
    if not text.isascii():
        return True
    lower = text.lower()
    at = lower.find("illion")
    while at != -1:
        unit = at - 2 if at >= 2 and lower.startswith("tr", at - 2) else at - 1
        if unit > 0 and lower[unit] in "tbm" and lower[unit - 1:unit].isspace() and lower[:unit].rstrip().endswith(_NUMBER_WORDS):
            return True
        at = lower.find("illion", at + 1)
    return False


def _negative(text: str, start: int) -> bool:
    """A minus sign stuck to the figure ("-$5 billion"), not a range's dash ("$3-$5 billion").

    >>> _negative("a -$5 billion charge", 3), _negative("$3-$5 billion", 3)
    (True, False)
    """
    return start > 0 and text[start - 1] in MINUS and (start == 1 or not text[start - 2].isalnum())


def capacity(text: str) -> list[Figure]:
    out = []
    if not _POWER_MARK.search(text.lower()):
        return out
    for m in CAPACITY.finditer(text):
        raw = m.group("num").lower()
        value = WORD_NUMBERS.get(raw) if raw in WORD_NUMBERS else float(raw)
        if m.group("unit").lower().startswith(("megawatt", "mw")):
            value = value / 1000
        start = m.start()
        q = qualifier_before(text, start)
        if q is not None:
            start = q.start()
        ceiling, floor = _qualifiers(q and q.group("qual"))
        out.append(Figure(float(value), None, ceiling, floor, start, m.end(), text[start:m.end()]))
    return out


def share_ceiling(text: str) -> bool:
    """Whether the text states a ceiling on a number of shares (a warrant's
    "up to", GUIDELINES "Stakes and warrants"):

    >>> share_ceiling("warrants for up to 20 million of its shares"), share_ceiling("20 million shares")
    (True, False)
    >>> share_ceiling("warrants to buy up to 1.5% of Zeta's shares"), share_ceiling("up to 4% of Zeta's share capital")
    (True, True)
    """
    lower = text.lower()
    return ("share" in lower or "stock" in lower) and SHARE_CEILING.search(text) is not None
