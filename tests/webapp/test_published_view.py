"""`dealgraph serve --reviewed-only` publishes a view: readers get every analysis page,
limited to reviewed facts, and no page or button that writes (no Review page, no Ingest).
Driven through the app's own HTTP endpoints (Flask's test client), no browser needed."""
from __future__ import annotations

import json

import pytest

from tests.graph.facts import article, deal
from webapp.app import create_app


def nothing(text: str, meta: dict) -> dict:
    return {}


def labels(node) -> list[str]:
    """The nav links' labels in a layout (its JSON as Dash serves it)."""
    if isinstance(node, list):
        return [label for child in node for label in labels(child)]
    if not isinstance(node, dict):
        return []
    props = node.get("props", {})
    own = [props["children"]] if node.get("type") == "NavLink" else []
    return own + labels(props.get("children"))


def page(client, path: str) -> str:
    """The page container's content for a path, as the routing callback returns it."""
    res = client.post("/_dash-update-component", json={
        "output": "page.children", "outputs": {"id": "page", "property": "children"},
        "inputs": [{"id": "url", "property": "pathname", "value": path}],
        "state": [{"id": "url", "property": "search", "value": ""}], "changedPropIds": ["url.pathname"]})
    assert res.status_code == 200, res.data[:300]
    return json.dumps(res.get_json(), separators=(",", ":"))


@pytest.mark.parametrize("published", [True, False])
def test_a_published_view_serves_no_page_or_button_that_writes(falkor_store, published):
    falkor_store.write_articles([article("a1", [deal("investment", "Tarnwell Capital", "Quarrystone", 2e9)])])
    app = create_app(falkor_store, preview=nothing, ingest=nothing, reviewed_only=published)
    client = app.server.test_client()
    nav = labels(client.get("/_dash-layout").get_json())
    assert ("Review" in nav, "Network" in nav, "Articles" in nav) == (not published, True, True)
    review = page(client, "/review")
    assert ("No page at /review" in review) == published
    articles = page(client, "/articles")
    ingest = articles[articles.index('"id":"a-ingest"') - 300:articles.index('"id":"a-ingest"') + 300]
    assert ('"disabled":true' in ingest) == published
