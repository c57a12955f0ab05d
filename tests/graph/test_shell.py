"""`dealgraph shell` and `dealgraph query -f`, driven as a user would, on both engines.

A script piped into the shell prints results only and stops at its first
error; at a terminal (a pty here) the shell prompts, goes on after an error
and keeps a history file in the per-user data folder.
"""
from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import run_cli

TWO_COMPANIES = ("CREATE (:Company {id: 'nvidia', name: 'NVIDIA'}),\n"
                 "       (:Company {id: 'amd', name: 'AMD'});\n")


def shell_env(cli_env: dict, tmp_path: Path) -> dict:
    """The CLI environment with its own per-user data folder (the shell's history goes there)."""
    return {**cli_env, "XDG_DATA_HOME": str(tmp_path / "xdg")}


def with_two_companies(env: dict) -> None:
    done = run_cli(["shell", "--write"], env, input=TWO_COMPANIES)
    assert (done.returncode, done.stdout, done.stderr) == (
        0, "(0 rows)\nchanged: nodes created 2, nodes deleted 0, relationships created 0, relationships deleted 0, "
           "properties set 4\n", "")


def company_count(env: dict) -> int:
    done = run_cli(["query", "MATCH (c:Company) RETURN count(c) AS n", "--format", "json"], env)
    return json.loads(done.stdout)[0]["n"]


def test_a_script_with_parameters_multi_line_statements_and_a_csv_export(cli_env, tmp_path):
    env = shell_env(cli_env, tmp_path)
    with_two_companies(env)
    out_csv = tmp_path / "picked.csv"
    script = (":param n => 'NVIDIA'\n"
              ":param names => ['AMD', $n]\n"
              ":params\n"
              "MATCH (c:Company)\n"
              "WHERE c.name IN $names\n"
              "RETURN c.name AS name, c.id AS id\n"
              "ORDER BY name;\n"
              f":export csv {out_csv}\n"
              "RETURN 'a;b' AS text; // a comment; with a semicolon\n")
    done = run_cli(["shell"], env, input=script)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (":param n => 'NVIDIA'\n"
                           ":param names => ['AMD', 'NVIDIA']\n"
                           "┏━━━━━━━━┳━━━━━━━━┓\n"
                           "┃ name   ┃ id     ┃\n"
                           "┡━━━━━━━━╇━━━━━━━━┩\n"
                           "│ AMD    │ amd    │\n"
                           "│ NVIDIA │ nvidia │\n"
                           "└────────┴────────┘\n"
                           "(2 rows)\n"
                           f"wrote 2 rows to {out_csv}\n"
                           "┏━━━━━━┓\n"
                           "┃ text ┃\n"
                           "┡━━━━━━┩\n"
                           "│ a;b  │\n"
                           "└──────┘\n"
                           "(1 row)\n")
    assert out_csv.read_text().splitlines() == ["name,id", "AMD,amd", "NVIDIA,nvidia"]


def test_the_last_statement_of_a_script_may_go_without_its_semicolon(cli_env, tmp_path):
    done = run_cli(["shell"], shell_env(cli_env, tmp_path), input="RETURN 40 + 2 AS answer\n")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines()[-2:] == ["└────────┘", "(1 row)"]
    assert "│ 42     │" in done.stdout


def test_the_shell_is_read_only_by_default_and_a_script_stops_at_its_first_error(cli_env, tmp_path):
    env = shell_env(cli_env, tmp_path)
    done = run_cli(["shell"], env, input="CREATE (:Company {id: 'x', name: 'X'});\nRETURN 1 AS one;\n")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == ("error: CREATE writes to the graph; this is the read-only query path "
                           "(start the shell with `dealgraph shell --write` to change data)\n")
    assert company_count(env) == 0


def test_a_write_is_allowed_with_write_and_reads_see_it(cli_env, tmp_path):
    env = shell_env(cli_env, tmp_path)
    with_two_companies(env)
    assert company_count(env) == 2


def test_mistakes_in_shell_commands_are_one_line_each(cli_env, tmp_path):
    env = shell_env(cli_env, tmp_path)
    for line, said in ((":bogus", "unknown shell command :bogus (:help lists them)"),
                       (":export csv out.csv", "no result to export yet: run a query first"),
                       (":param n = 'x'", "write :param NAME => EXPRESSION, e.g. :param n => 'NVIDIA'"),
                       (":export json out.json", "write :export csv FILE")):
        done = run_cli(["shell"], env, input=line + "\nRETURN 1 AS one;\n")
        assert (done.returncode, done.stdout, done.stderr) == (1, "", f"error: {said}\n"), line


def test_help_lists_the_shell_commands_and_quit_ends_the_script(cli_env, tmp_path):
    done = run_cli(["shell"], shell_env(cli_env, tmp_path), input=":help\n:quit\nRETURN 1 AS one;\n")
    assert (done.returncode, done.stderr) == (0, "")
    lines = done.stdout.splitlines()
    assert [line.split()[0] for line in lines[:-1]] == [":param", ":params", ":params", ":export", ":help", ":quit"]
    assert "(1 row)" not in done.stdout   # nothing after :quit ran


def test_params_clear_forgets_them(cli_env, tmp_path):
    done = run_cli(["shell"], shell_env(cli_env, tmp_path),
                   input=":param a => 1\n:param b => {x: 'y', n: 2.5}\n:params\n:params clear\n:params\n")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == ":param a => 1\n:param b => {x: 'y', n: 2.5}\n"


def test_query_runs_a_saved_query_file_with_its_parameters(cli_env, tmp_path):
    env = shell_env(cli_env, tmp_path)
    with_two_companies(env)
    saved = tmp_path / "by_name.cypher"
    saved.write_text("// the id of a company, by its name\nMATCH (c:Company)\nWHERE c.name = $n\nRETURN c.id AS id;\n")
    done = run_cli(["query", "-f", str(saved), "--param", "n=AMD", "--format", "json"], env)
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout) == [{"id": "amd"}]


def test_query_refuses_a_file_of_several_statements_or_none_in_one_line(cli_env, tmp_path):
    env = shell_env(cli_env, tmp_path)
    two = tmp_path / "two.cypher"
    two.write_text("RETURN 1;\nRETURN 2;\n")
    done = run_cli(["query", "-f", str(two)], env)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (f"error: {two} holds 2 statement(s); query -f runs exactly one (run a script of "
                           "several with `dealgraph shell < FILE`)\n")
    done = run_cli(["query", "-f", str(tmp_path / "missing.cypher")], env)
    assert done.returncode == 2
    assert done.stderr == f"error: cannot read {tmp_path / 'missing.cypher'}: No such file or directory\n"
    done = run_cli(["query", "RETURN 1", "-f", str(two)], env)
    assert (done.returncode, done.stderr) == (2, "error: give either a Cypher query or -f FILE with a saved one\n")


class Terminal:
    """The shell run on a pseudo-terminal: what a user types and sees."""

    def __init__(self, args: list[str], env: dict):
        exe = Path(sys.executable).parent / "dealgraph"
        self.master, slave = pty.openpty()
        self.proc = subprocess.Popen([str(exe), *args], stdin=slave, stdout=slave, stderr=slave, env=env,
                                     close_fds=True)
        os.close(slave)
        self.seen = ""

    def wait_for(self, text: str, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            assert time.monotonic() < deadline, f"waited for {text!r}; the terminal shows {self.seen!r}"
            ready, _, _ = select.select([self.master], [], [], 0.5)
            if ready:
                try:
                    self.seen += os.read(self.master, 65536).decode("utf-8", "replace")
                except OSError:   # the shell ended
                    assert text in self.seen, self.seen
                    return

    def type(self, line: str) -> None:
        os.write(self.master, (line + "\n").encode())

    def close(self) -> int:
        try:
            return self.proc.wait(60)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
            os.close(self.master)


def test_at_a_terminal_the_shell_prompts_goes_on_after_an_error_and_keeps_history(cli_env, tmp_path):
    env = {**shell_env(cli_env, tmp_path), "TERM": "dumb", "NO_COLOR": "1"}
    term = Terminal(["shell"], env)
    try:
        term.wait_for("dealgraph> ")
        assert "(read-only); end statements with ';', :help for commands, :quit to leave" in term.seen
        term.type("CREATE (:Company {id: 'x'});")
        term.wait_for("start the shell with `dealgraph shell --write` to change data")
        term.type("UNWIND [1, 2, 3] AS n")
        term.wait_for("        -> ")          # the statement is still open
        term.type("RETURN count(n) AS total;")
        term.wait_for("(1 row)")
        assert "│ 3     │" in term.seen
        term.type(":quit")
        assert term.close() == 0
    finally:
        if term.proc.poll() is None:
            term.proc.kill()
    history = (tmp_path / "xdg" / "dealgraph" / "shell_history").read_text().splitlines()
    assert history[-3:] == ["CREATE (:Company {id: 'x'});", "UNWIND [1, 2, 3] AS n RETURN count(n) AS total;", ":quit"]
    assert company_count(env) == 0


def gave_up_after_one_second(done) -> None:
    """The command waited for the other writer, said so in one line, and gave up in one more."""
    assert (done.returncode, done.stdout) == (1, "")
    lines = done.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("waiting for ") and lines[0].endswith("(Ctrl+C to give up)")
    assert lines[1].startswith("error: ") and lines[1].endswith("gave up after 1 s (raise --lock-timeout to wait longer)")


def test_a_write_waits_for_another_writer_and_gives_up_after_lock_timeout(embedded_cli_env, tmp_path):
    from tests.conftest import cli_store

    env = shell_env(embedded_cli_env, tmp_path)
    with cli_store(env) as store, store.writing():   # another writer (an ingest, say) holds the store
        done = run_cli(["--lock-timeout", "1", "shell", "--write"], env, input=TWO_COMPANIES)
    gave_up_after_one_second(done)
    assert company_count(env) == 0


def test_query_write_waits_for_another_writer_and_gives_up_after_lock_timeout(embedded_cli_env, tmp_path):
    from tests.conftest import cli_store

    env = shell_env(embedded_cli_env, tmp_path)
    with cli_store(env) as store, store.writing():   # another writer holds the store
        done = run_cli(["--lock-timeout", "1", "query", "--write", "CREATE (:Company {id: 'x'})"], env)
    gave_up_after_one_second(done)
    assert company_count(env) == 0
