"""Where each company sits on the network: one force-directed layout of every company,
computed once and kept, so filtering only hides elements and never moves the rest.

A company that arrives later is placed among the ones already there, which stay put.

>>> p = Positions()
>>> first = p.of([("A", "B"), ("B", "C")])
>>> p.of([("A", "B"), ("B", "C"), ("C", "D")])["A"] == first["A"]
True
"""
from __future__ import annotations

import threading

import numpy as np

SPACING = 70.0      # px between neighbouring companies, roughly
ITERATIONS = 60
WIDER = 1.6


def force_layout(names: list[str], pairs: list[tuple[int, int]], fixed: dict[int, tuple[float, float]],
                 seed: int = 7) -> np.ndarray:
    """Fruchterman–Reingold positions (px) for ``names`` linked by index ``pairs``; rows in
    ``fixed`` keep the position given. Deterministic for a given input."""
    n = len(names)
    rng = np.random.default_rng(seed)
    side = SPACING * np.sqrt(max(n, 1))
    pos = rng.uniform(-side / 2, side / 2, (n, 2))
    pinned = np.zeros(n, dtype=bool)
    for i, (x, y) in fixed.items():
        pos[i], pinned[i] = (x / WIDER, y), True
    if n < 2:
        return pos
    adj = np.zeros((n, n), dtype=np.float32)
    for a, b in pairs:
        adj[a, b] = adj[b, a] = 1.0
    k = side / np.sqrt(n)
    temperature = side / 10
    x, y = pos[:, 0].astype(np.float32), pos[:, 1].astype(np.float32)
    for _ in range(ITERATIONS):
        dx, dy = x[:, None] - x[None, :], y[:, None] - y[None, :]
        d2 = np.maximum(dx * dx + dy * dy, 1e-4)
        factor = k * k / d2 - adj * np.sqrt(d2) / k    # repulsion from all, attraction along links
        mx, my = (factor * dx).sum(axis=1), (factor * dy).sum(axis=1)
        length = np.maximum(np.hypot(mx, my), 0.01)
        scale = np.where(pinned, 0.0, np.minimum(length, temperature) / length)
        x += mx * scale
        y += my * scale
        temperature *= 0.93
    pos[:, 0], pos[:, 1] = x * WIDER, y   # the canvas is about twice as wide as it is tall
    return pos


class Positions:
    """Positions of every company seen so far; thread-safe."""

    def __init__(self):
        self._lock = threading.Lock()
        self._pos: dict[str, tuple[float, float]] = {}

    def of(self, pairs: list[tuple[str, str]]) -> dict[str, tuple[float, float]]:
        """Positions for the companies in ``pairs`` (company name pairs that are linked)."""
        names = sorted({n for p in pairs for n in p})
        with self._lock:
            if any(n not in self._pos for n in names):
                self._place(names, pairs)
            return {n: self._pos[n] for n in names}

    def _place(self, names: list[str], pairs: list[tuple[str, str]]) -> None:
        index = {n: i for i, n in enumerate(names)}
        links = sorted({(index[a], index[b]) for a, b in pairs if a != b})
        fixed = {index[n]: self._pos[n] for n in names if n in self._pos}
        for name, (x, y) in zip(names, force_layout(names, links, fixed)):
            self._pos[name] = (round(float(x), 1), round(float(y), 1))
