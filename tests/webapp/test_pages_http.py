"""Pages checked through the app's own HTTP endpoints (Flask's test client), no browser needed:
a published view (`dealgraph serve --reviewed-only`) serves every analysis page, limited to
reviewed facts, and no page or button that writes (no Review page, no Ingest); the Articles
list says where each article was read from."""
from __future__ import annotations

import json

import pytest

from tests.graph.facts import article, deal
from tests.webapp.dash_http import callback
from webapp.app import create_app
from webapp.plotly_bundle import BUNDLE, DCC_PATH


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
    return callback(client, ("page", "children"), [("url", "pathname", path), ("url-popped", "data", None)],
                    [("url", "search", "")])


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


def test_the_articles_list_says_where_each_article_was_read_from(falkor_store):
    falkor_store.write_articles([article("a1", [deal("investment", "Tarnwell Capital", "Quarrystone", 2e9)],
                                         source="feeds/deals.xml#2", title="Tarnwell backs Quarrystone")])
    client = create_app(falkor_store).server.test_client()
    listing = json.loads(callback(client, ("articles-list", "children"),
                                  [("url", "pathname", "/articles"), ("a-result", "children", None)]))
    table = listing["response"]["articles-list"]["children"]["props"]
    assert [c["name"] for c in table["columns"]] == ["title", "outlet", "published", "source", "deals"]
    assert [(r["title"], r["source"], r["commitments"]) for r in table["data"]] == [
        ("Tarnwell backs Quarrystone", "feeds/deals.xml#2", 1)]


def test_plotly_js_is_the_basic_bundle_and_revalidates_without_a_resend(falkor_store):
    """The URL dcc.Graph loads plotly.js from answers with the shipped basic bundle (1.2 MB, not
    Dash's 4.8 MB full one); a browser asking again with what it has gets 304 and no body."""
    client = create_app(falkor_store).server.test_client()
    res = client.get("/" + DCC_PATH)
    assert res.status_code == 200 and res.mimetype == "text/javascript"
    assert res.data == BUNDLE.read_bytes() and len(res.data) < 1_300_000
    again = client.get("/" + DCC_PATH, headers={"If-None-Match": res.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""
