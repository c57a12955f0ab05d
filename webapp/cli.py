"""``dealgraph serve``: the explorer on 127.0.0.1 by default."""
from __future__ import annotations

import signal
from typing import TYPE_CHECKING, Callable

import typer
from rich.console import Console

if TYPE_CHECKING:  # imported by the command itself: `dealgraph --help` never loads Dash or the store
    from graph.store import GraphStore

console = Console(stderr=True)


def _stop_on_signals() -> None:
    """SIGTERM and SIGHUP stop serve as Ctrl+C does: the store is closed on the way out.

    (Were serve killed outright, the kernel would still drop its hold on the
    engine and the engine's watchdog would stop it: see graph.engine.)
    """
    def stop(signum, _frame):
        raise KeyboardInterrupt(signal.Signals(signum).name)

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, stop)


def register(app: typer.Typer, open_store: Callable[[], GraphStore], open_demo_store: Callable[[], GraphStore],
             make_callables: Callable[[GraphStore], tuple[Callable, Callable]]) -> None:
    @app.command("serve")
    def serve(host: str = typer.Option("127.0.0.1", "--host", help="address to bind (127.0.0.1: this machine only)"),
              port: int = typer.Option(8050, "--port"),
              demo: bool = typer.Option(False, "--demo", help="load the sample articles into a fresh demo store first"),
              debug: bool = typer.Option(False, "--debug", help="Dash debug mode (never on a shared host)")):
        """Serve the Dash explorer (network, loops, concentration, Cypher console, articles)."""
        from .app import create_app

        _stop_on_signals()
        store = open_demo_store() if demo else open_store()
        try:
            preview, ingest = make_callables(store)
            if host not in ("127.0.0.1", "localhost", "::1"):
                console.print(f"warning: serving on {host}; anyone who can reach it can read the graph "
                              "and add articles", style="yellow")
            console.print(f"dealgraph explorer on http://{host}:{port}/ ({store.describe()}); Ctrl+C to stop")
            create_app(store, preview, ingest).run(host=host, port=port, debug=debug)
        except KeyboardInterrupt as stop:
            console.print(f"stopped ({stop.args[0] if stop.args else 'Ctrl+C'}); the store is closed")
        finally:
            store.close()
