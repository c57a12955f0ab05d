"""The pattern data says each thing once: a word class of `vocab.LEMMAS`
written twice in the literal silently keeps only the later list (Python
dicts allow it), and two deal patterns of one name make a case's report of
which pattern fired ambiguous."""
import ast
from collections import Counter
from pathlib import Path

from ingest.patterns.deals import PATTERNS

PATTERN_FILES = sorted((Path(__file__).resolve().parents[2] / "ingest" / "patterns").glob("*.py"))


def repeated_keys(source: str) -> list[str]:
    """Constant keys written twice in one dict literal of ``source``.

    >>> repeated_keys("A = {'pay': [1], 'give': [2], 'pay': [3]}")
    ['pay']
    """
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            keys = Counter(k.value for k in node.keys if isinstance(k, ast.Constant))
            found += [k for k, n in keys.items() if n > 1]
    return found


def test_the_duplicate_finder_sees_a_repeated_word_class():
    assert repeated_keys("LEMMAS = {'pay_verb': ['pay'], 'spend_verb': ['spend'], 'pay_verb': ['hand']}") \
        == ["pay_verb"]


def test_no_word_class_or_role_is_written_twice_in_one_table():
    assert PATTERN_FILES, "ingest/patterns/ holds the pattern data"
    assert {p.name: repeated_keys(p.read_text()) for p in PATTERN_FILES} == {p.name: [] for p in PATTERN_FILES}


def test_every_deal_pattern_has_its_own_name():
    assert [n for n, k in Counter(p["name"] for p in PATTERNS).items() if k > 1] == []
