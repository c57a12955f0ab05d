"""Each article keeps where it was read from and the outlet it names, on both engines."""
from tests.conftest import cli_store, run_cli

FILE_TEXT = "Harbor Capital put $40 million into Quill Robotics to build warehouse arms, the two said."
STDIN_TEXT = "Lumen Ventures will invest $90 million in Orbit Labs, which makes satellite radios."


def test_file_and_stdin_sources_and_outlet_are_stored(cli_env, tmp_path):
    story = tmp_path / "quill.txt"
    story.write_text(FILE_TEXT)
    done = run_cli(["ingest", str(story)], cli_env)
    assert done.returncode == 0, done.stderr
    piped = run_cli(["ingest", "-", "--outlet", "Our Wire", "--url", "https://example.org/orbit"], cli_env,
                    input=STDIN_TEXT)
    assert piped.returncode == 0, piped.stderr
    with cli_store(cli_env) as store:
        got = sorted((a.get("source"), a.get("outlet"), a.get("url"), a.get("published")) for a in store.articles())
    assert got == [(str(story), None, None, None), ("stdin", "Our Wire", "https://example.org/orbit", None)]
