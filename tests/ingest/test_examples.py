"""Every docstring example in ingest/ runs and gives what it shows."""
import pytest

from tests.docstring_examples import failures, modules


@pytest.mark.parametrize("name", modules("ingest"))
def test_docstring_examples_hold(name):
    assert failures(name) == 0
