"""Every docstring example in webapp/ runs and gives what it shows."""
import pytest

from tests.docstring_examples import failures, modules


@pytest.mark.parametrize("name", modules("webapp"))
def test_docstring_examples_hold(name):
    assert failures(name) == 0
