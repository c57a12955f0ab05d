"""``dealgraph serve``: the explorer on 127.0.0.1 by default."""
from __future__ import annotations

import signal
import socketserver
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


def _serve(app, host: str, port: int, started: str) -> None:
    """Serve the app's Flask server with one start line, said once the port is bound.

    Dash's ``run`` prints its own start lines on top of Flask's banner, with
    colour codes even into a file; this serves the same WSGI app the way a
    deployment does, and logs requests (``--verbose``) without colour codes.
    """
    from werkzeug.serving import WSGIRequestHandler, make_server

    class PlainRequestLog(WSGIRequestHandler):
        def log_request(self, code="-", size="-") -> None:
            self.log("info", '"%s" %s %s', self.requestline, code, size)

    app.enable_dev_tools(False)   # what Dash's run does without --debug: dev tools off
    try:
        server = make_server(host, port, app.server, threaded=True, request_handler=PlainRequestLog)
    except OSError as exc:
        raise RuntimeError(f"cannot serve on {host}:{port}: {exc.strerror or exc}") from None
    console.print(started, highlight=False, soft_wrap=True)
    try:
        # socketserver's loop, not werkzeug's: that one swallows Ctrl+C and SIGTERM, and serve would
        # end without saying so
        socketserver.BaseServer.serve_forever(server)
    finally:
        server.server_close()


def register(app: typer.Typer, open_store: Callable[[], GraphStore], open_demo_store: Callable[[], GraphStore],
             make_callables: Callable[[GraphStore], tuple[Callable, Callable]]) -> None:
    @app.command("serve")
    def serve(host: str = typer.Option("127.0.0.1", "--host", help="address to bind (127.0.0.1: this machine only)"),
              port: int = typer.Option(8050, "--port"),
              demo: bool = typer.Option(False, "--demo", help="load the sample articles into a fresh demo store first"),
              debug: bool = typer.Option(False, "--debug", help="Dash debug mode (never on a shared host)"),
              reviewed_only: bool = typer.Option(False, "--reviewed-only",
                                                 help="show only facts a person accepted or edited, to everyone "
                                                      "(the app's switch is locked on): a view to publish")):
        """Serve the Dash explorer (network, loops, concentration, Cypher console, articles)."""
        from .app import create_app

        _stop_on_signals()
        store = open_demo_store() if demo else open_store()
        try:
            preview, ingest = make_callables(store)
            if host not in ("127.0.0.1", "localhost", "::1"):
                console.print(f"warning: serving on {host}; anyone who can reach it can read the graph"
                              + ("" if reviewed_only else " and add articles"), style="yellow")
            app = create_app(store, preview, ingest, reviewed_only)
            started = f"dealgraph explorer on http://{host}:{port}/ ({store.describe()}); Ctrl+C to stop"
            if reviewed_only:
                started += "; reviewed facts only: every page shows what a person accepted or edited"
            if debug:   # Dash's own server: reloader, dev tools and its banner
                console.print(started, highlight=False, soft_wrap=True)
                app.run(host=host, port=port, debug=True)
            else:
                _serve(app, host, port, started)
        except KeyboardInterrupt as stop:
            console.print(f"stopped ({stop.args[0] if stop.args else 'Ctrl+C'}); the store is closed", highlight=False)
        finally:
            store.close()
