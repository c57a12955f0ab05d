"""Is a text English? Judged from its function words, after the names are set aside.

News about deals is full of names ("Lumen Labs, Harbor Capital and Quill AI"),
which are English in no language; counting them made a name-heavy English
sentence look foreign. So capitalised words, acronyms and figures are left
out (unless they are a function word, like a sentence's first "The"), and
the words left are counted against the function-word lists of
``ingest/data/function_words.json``. A text is refused when another
language's function words outnumber English ones, or when it has enough
ordinary words and hardly any of them is English (a language without a
list); with too few words left to tell, it is read as English.

>>> language_problem("Harbor Capital, Zephyr Ventures and Lumen Labs put $2 billion into Quill AI.") is None
True
>>> language_problem("Lumen Labs investiert zwei Milliarden Euro in das Unternehmen und baut ein Werk.")
'not English: it reads as German (dealgraph reads English news)'
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
LANGUAGE_NAMES = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
                  "nl": "Dutch"}
SAMPLE_CHARS = 20_000      # the start of a text is enough to judge (a text may be 1,000,000 characters)
MIN_ORDINARY_WORDS = 8     # fewer ordinary words than this: too little to call a text foreign
MIN_ENGLISH_SHARE = 0.15   # ... with more, at least this share of them must be English function words
MIN_LATIN_SHARE = 0.5      # letters: a text mostly in another script is not English


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    """Language code -> its function words (the data file, read once)."""
    data = json.loads((Path(__file__).parent / "data" / "function_words.json").read_text(encoding="utf-8"))
    return {lang: frozenset(words) for lang, words in data.items() if not lang.startswith("_")}


def ordinary_words(text: str) -> list[str]:
    """The words of ``text`` that are not names, lower-cased: a capitalised word or an
    acronym counts only when it is a function word of some language ("The", "Die").

    >>> ordinary_words("The xAI round: Sequoia Capital and AMD put in $6 billion.")
    ['the', 'round', 'and', 'put', 'in', 'billion']
    """
    known = frozenset().union(*function_words().values())
    out = []
    for word in WORDS.findall(text):
        lower = word.lower()
        if word == lower or lower in known:
            out.append(lower)
    return out


def language_problem(text: str) -> str | None:
    """Why ``text`` is not read as English news, in one line; None when it is."""
    text = text[:SAMPLE_CHARS]
    letters = [ch for ch in text if ch.isalpha()]
    if letters and sum(ch.isascii() for ch in letters) / len(letters) < MIN_LATIN_SHARE:
        return "not English: most of its letters are of another script (dealgraph reads English news)"
    words = ordinary_words(text)
    lists = function_words()
    counts = {lang: sum(w in vocab for w in words) for lang, vocab in lists.items()}
    english = counts.pop("en")
    other, most = max(counts.items(), key=lambda item: item[1])
    if most > english and most >= 2:
        return f"not English: it reads as {LANGUAGE_NAMES.get(other, other)} (dealgraph reads English news)"
    if len(words) >= MIN_ORDINARY_WORDS and english / len(words) < MIN_ENGLISH_SHARE:
        return "not English: too few English words (dealgraph reads English news)"
    return None
