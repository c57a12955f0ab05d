"""Shell completion is installable and completes; --help shows no type for plain flags."""
from __future__ import annotations

import pytest

from tests.conftest import run_cli


def test_show_completion_prints_a_bash_script_that_calls_dealgraph_back(embedded_cli_env):
    # the variable makes Typer take the shell's name from the command line rather than detect it
    env = {**embedded_cli_env, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    done = run_cli(["--show-completion", "bash"], env)
    assert (done.returncode, done.stderr) == (0, "")
    assert "_DEALGRAPH_COMPLETE=complete_bash" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "complete -o default -F _dealgraph_completion dealgraph"


@pytest.mark.parametrize("words, cword, expected", [
    ("dealgraph qu", 1, ["query"]),
    ("dealgraph db re", 2, ["reset", "restore"]),
    ("dealgraph shell --wr", 2, ["--write"]),
])
def test_completion_completes_commands_and_options(embedded_cli_env, words, cword, expected):
    # what the installed bash script asks dealgraph when the user presses Tab
    env = {**embedded_cli_env, "_DEALGRAPH_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    done = run_cli([], env)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.split() == expected


@pytest.mark.parametrize("args, flags", [
    (["--help"], ["--verbose", "--install-completion", "--show-completion", "--help"]),
    (["query", "--help"], ["--write", "--help"]),
    (["shell", "--help"], ["--write", "--help"]),
    (["loops", "--help"], ["--include-ties", "--include-rumoured", "--exclude-upper-bounds"]),
])
def test_help_shows_no_type_beside_plain_flags(embedded_cli_env, args, flags):
    done = run_cli(args, embedded_cli_env)
    assert done.returncode == 0
    assert "<bool>" not in done.stdout
    for flag in flags:
        [line] = [line for line in done.stdout.splitlines() if f" {flag} " in line]
        after = line.split(flag, 1)[1]
        assert not after.lstrip(" -v").startswith("<"), line   # no <type> column for a flag
    assert "<str>" in run_cli(["query", "--help"], embedded_cli_env).stdout   # options that take a value keep theirs
