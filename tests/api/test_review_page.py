"""The reviewer page over HTTP (no browser): login with a key, document list, document view."""

from __future__ import annotations

import html
import re

from fastapi.testclient import TestClient

from api.auth import Role
from tests.api.conftest import Headers, make_key, upload
from tests.api.fakes import MEMO


def login(client: TestClient, key: str):
    return client.post("/review/login", data={"key": key}, follow_redirects=False)


def test_needs_login(client: TestClient) -> None:
    client.cookies.clear()
    response = client.get("/review", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/review/login"
    assert client.get("/", follow_redirects=False).headers["location"] == "/review"
    assert "API-sleutel" in client.get("/review/login").text


def test_login_refuses_unknown_and_tool_keys(client: TestClient) -> None:
    assert login(client, "lk_nope").status_code == 401
    refused = login(client, make_key(client, Role.TOOL, "tool-x"))
    assert refused.status_code == 401 and "reviewer" in refused.text
    assert "lakmoes_key" not in refused.headers.get("set-cookie", "")


def test_list_and_document_view(client: TestClient, tool_headers: Headers, reviewer_headers: Headers) -> None:
    created = upload(client, tool_headers, MEMO, title="Memo <scenario's>")
    response = login(client, reviewer_headers["Authorization"].removeprefix("Bearer "))
    assert response.status_code == 303
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    try:
        listing = client.get("/review")
        assert listing.status_code == 200
        assert "Memo &lt;scenario&#39;s&gt;" in listing.text
        assert "0 / 4 beoordeeld" in listing.text
        page = client.get(f"/review/documents/{created['id']}")
        assert page.status_code == 200
        article = re.search(r'<article id="doc-text"[^>]*>(.*?)</article>', page.text, re.S)
        assert article is not None
        # The text is shown exactly once, unchanged: offsets in the page are document offsets.
        assert html.unescape(re.sub(r"<[^>]+>", "", article.group(1))) == MEMO
        marks = re.findall(r'<mark id="s-(\d+)" class="sugg (g-\d+) st-open"', article.group(1))
        assert [int(m[0]) for m in marks] == [s["id"] for s in created["suggestions"]]
        assert marks[0][1] != marks[3][1]  # 5.1(2)e and 5.2(1) have different colours
        assert 'id="open-count">4<' in page.text
        assert f'href="/v1/documents/{created["id"]}/redacted"' in page.text
        picker = re.search(r'<select id="ground-select".*?</select>', page.text, re.S)
        assert picker is not None and picker.group(0).count("<option value=") == 19
    finally:
        client.post("/review/logout")
        client.cookies.clear()
    assert client.get("/review", follow_redirects=False).status_code == 303
