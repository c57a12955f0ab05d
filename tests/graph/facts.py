"""Small hand-made article facts for store tests."""


def article(aid: str, commitments: list[dict], entities: list[dict] | None = None, **meta) -> dict:
    names = {c["from"] for c in commitments} | {c["to"] for c in commitments}
    ents = entities if entities is not None else [{"type": "Company", "name": n} for n in sorted(names)]
    return {"article": {"id": aid, "title": f"Article {aid}", **meta}, "entities": ents,
            "commitments": commitments}


def deal(kind, a, b, amount=None, gw=None, upper=False, status="announced", sentence=None, date=None, **extra):
    return {"kind": kind, "from": a, "to": b, "amount_usd": amount, "capacity_gw": gw, "upper_bound": upper,
            "status": status, "date": date, "sentence": sentence or f"{a} and {b} agreed a {kind}.",
            "start": 0, "end": 30, **extra}
