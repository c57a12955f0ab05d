"""A FalkorDB server speaking Bolt, reachable only on 127.0.0.1.

FalkorDB's Bolt listener binds every interface and has no bind option, so
the server runs in a network namespace of its own (``unshare -n``, loopback
only) and a small relay in the test process listens on 127.0.0.1 and
forwards each connection into that namespace (a thread that has joined the
namespace opens the inner socket). The relay also works around a FalkorDB
Bolt quirk, see ``_pump_then_poke``.
"""
from __future__ import annotations

import os
import socket
import subprocess
import threading
import time

INNER_PORT = 7687


def _pump(src: socket.socket, dst: socket.socket) -> None:
    try:
        while data := src.recv(65536):
            dst.sendall(data)
    except OSError:
        pass
    finally:
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class BoltServer:
    def __init__(self, redis_server: str, module: str, folder: str):
        script = (f"ip link set lo up && exec {redis_server} --port 0 --unixsocket {folder}/redis.sock "
                  f"--dir {folder} --save '' --appendonly no --loadmodule {module} BOLT_PORT {INNER_PORT}")
        self.proc = subprocess.Popen(["unshare", "-n", "sh", "-c", script],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._ns_ready = threading.Event()
        self._pending: list = []
        self._cond = threading.Condition()
        self._stop = False
        threading.Thread(target=self._inner, daemon=True).start()
        threading.Thread(target=self._accept, daemon=True).start()
        self._wait_ready()

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    def _inner(self) -> None:
        """Joins the server's namespace and opens the inner half of each relay."""
        time.sleep(0.2)
        fd = os.open(f"/proc/{self.proc.pid}/ns/net", os.O_RDONLY)
        os.setns(fd, os.CLONE_NEWNET)  # this thread only
        os.close(fd)
        self._ns_ready.set()
        while True:
            with self._cond:
                while not self._pending and not self._stop:
                    self._cond.wait()
                if self._stop:
                    return
                outer, reply = self._pending.pop(0)
            try:
                reply.append(socket.create_connection(("127.0.0.1", INNER_PORT), timeout=2))
            except OSError as exc:
                reply.append(exc)
            reply_event = reply[0]
            reply_event.set()

    def _connect_inner(self):
        ev = threading.Event()
        reply: list = [ev]
        with self._cond:
            self._pending.append((None, reply))
            self._cond.notify()
        ev.wait(5)
        return reply[1] if len(reply) > 1 else OSError("no reply")

    def _accept(self) -> None:
        self._ns_ready.wait()
        while not self._stop:
            try:
                outer, _ = self.listener.accept()
            except OSError:
                return
            inner = self._connect_inner()
            if isinstance(inner, Exception):
                outer.close()
                continue
            inner.settimeout(None)
            threading.Thread(target=_pump, args=(outer, inner), daemon=True).start()
            threading.Thread(target=self._pump_then_poke, args=(inner, outer), daemon=True).start()

    def _pump_then_poke(self, inner, outer) -> None:
        """FalkorDB's Bolt listener swallows the handshake of the first
        connection after a Bolt session ends; a bare connect-and-close
        absorbs that, so the next client's handshake is answered."""
        _pump(inner, outer)
        poke = self._connect_inner()
        if not isinstance(poke, Exception):
            poke.close()

    def _wait_ready(self, timeout: float = 20) -> None:
        self._ns_ready.wait(timeout)
        deadline = time.time() + timeout
        while time.time() < deadline:
            inner = self._connect_inner()
            if not isinstance(inner, Exception):
                inner.close()
                return
            time.sleep(0.2)
        self.stop()
        raise RuntimeError("the FalkorDB Bolt server did not start")

    def stop(self) -> None:
        self._stop = True
        with self._cond:
            self._cond.notify_all()
        self.listener.close()
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
