"""Drive a Dash app's callbacks through its own HTTP endpoints (Flask's test client), as the
browser's requests do, for checks that need no rendering."""
from __future__ import annotations

import json


def callback(client, output: tuple[str, str], inputs: list[tuple[str, str, object]],
             state: list[tuple[str, str, object]] = ()) -> str:
    """The JSON (with plain slashes) a callback answers for these input and state values.

    >>> callback(client, ("page", "children"), [("url", "pathname", "/review"), ("url-popped", "data", None)],
    ...          [("url", "search", "")])                                       # doctest: +SKIP
    """
    res = client.post("/_dash-update-component", json={
        "output": ".".join(output), "outputs": {"id": output[0], "property": output[1]},
        "inputs": [{"id": i, "property": p, "value": v} for i, p, v in inputs],
        "state": [{"id": i, "property": p, "value": v} for i, p, v in state],
        "changedPropIds": [f"{inputs[0][0]}.{inputs[0][1]}"]})
    assert res.status_code == 200, res.get_data(as_text=True)[:300]
    return json.dumps(res.get_json(), separators=(",", ":"))
