"""The reviewer's workbench end to end in Debian's headless Chromium.

A reviewer handles a two-page PDF with only the keyboard (least certain first, accept, reject one value
everywhere, undo, turn a kept-public name into a redaction), redacts a missed name by selecting it, and
downloads the redacted PDF, which reflects all of it. Every page passes axe-core (WCAG 2.1 A/AA and best
practices) with 0 violations. Screenshots go to ``$LAKMOES_TEST_SCREENSHOT_DIR`` (docs/img for docs/review.md).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pypdfium2 as pdfium
import pytest
from sqlalchemy.orm import Session

from api import crud
from api.auth import Role
from api.main import create_app
from tests.api.conftest import api_settings
from tests.api.fakes import MEMO, PUBLIC_REASON, FakeDetector
from tests.browser.harness import AXE, CHROMIUM, CHROMIUM_ARGS, Live, axe_violations, screenshot
from tests.browser.memo_pdf import KEPT_NAME, MISSED_NAME, memo_pdf

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium not installed (apt-get install chromium)"),
    pytest.mark.skipif(not AXE.exists() and not os.environ.get("CI"),
                       reason="axe-core not installed: run `make browser-deps`"),
]
REJECT_REASON = "Naam van de verzoeker zelf; die kent hij."
KEPT_REASON = "Treedt hier op als privépersoon, niet als wethouder."
MISSED_REASON = "Naam van een getuige."


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any, dict[str, str]]]:
    data = tmp_path_factory.mktemp("workbench")
    app = create_app(api_settings(f"sqlite:///{data / 'lakmoes.db'}", data), detector=FakeDetector())  # type: ignore[arg-type]
    with Live(app) as base_url:
        with Session(app.state.engine) as session:
            keys = {role.value: crud.create_api_key(session=session, name=f"{role.value}-wb", role=role)[1]
                    for role in (Role.TOOL, Role.REVIEWER)}
        yield base_url, app, keys


@pytest.fixture()
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def new_page(browser: Any, base_url: str) -> Any:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True, base_url=base_url)
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors: list[str] = []  # script errors, CSP reports, and failed requests other than the favicon
    page.on("console", lambda m: errors.append(m.text)
            if m.type == "error" and not m.text.startswith("Failed to load resource") else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}")
            if r.status >= 400 and not r.url.endswith("/favicon.ico") else None)
    page.errors = errors
    return page


def assert_accessible(page: Any) -> None:
    assert axe_violations(page) == []


def login_with_keyboard(page: Any, key: str) -> None:
    page.goto("/review")
    page.wait_for_selector("#key:focus")  # autofocus
    page.keyboard.type(key)
    page.keyboard.press("Enter")
    page.wait_for_selector("table")


def tab_to(page: Any, selector: str, limit: int = 40) -> None:
    """Press Tab until ``selector`` has the focus."""
    for _ in range(limit):
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{selector} never got the focus")


def classes(page: Any, selector: str) -> list[str]:
    return page.eval_on_selector_all(selector, "(nodes) => nodes.map((n) => n.getAttribute('class'))")


def upload_pdf(base_url: str, tool_key: str) -> dict[str, Any]:
    response = httpx.post(f"{base_url}/v1/documents", headers={"Authorization": f"Bearer {tool_key}"},
                          files={"file": ("memo.pdf", memo_pdf(), "application/pdf")},
                          data={"title": "Memo klacht (PDF)"}, timeout=60)
    assert response.status_code == 201, response.text
    return response.json()


def pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def test_text_document_and_login_pages_are_accessible(live: tuple[str, Any, dict[str, str]], browser: Any,
                                                      tmp_path: Path) -> None:
    base_url, _, keys = live
    created = httpx.post(f"{base_url}/v1/documents", json={"text": MEMO, "title": "Memo (tekst)"},
                         headers={"Authorization": f"Bearer {keys['tool']}"}, timeout=30)
    assert created.status_code == 201
    page = new_page(browser, base_url)
    page.goto("/review/login")
    assert_accessible(page)
    login_with_keyboard(page, keys["reviewer"])
    assert_accessible(page)
    page.goto(f"/review/documents/{created.json()['id']}")
    assert page.locator("#page-view").count() == 0  # text formats keep the text view only
    page.keyboard.press("j")
    page.wait_for_selector("#doc-text mark.selected")
    assert_accessible(page)
    page.keyboard.press("r")
    page.wait_for_selector("#reject-dialog[open]")
    assert_accessible(page)
    page.keyboard.press("Escape")

    # Keyboard only, without a selection: w asks for the text to find, then ground and reason.
    page.keyboard.press("Escape")
    page.keyboard.press("w")
    page.wait_for_selector("#redact-find:focus")
    assert_accessible(page)
    page.keyboard.type("Het college")
    tab_to(page, "#redact-reason")
    page.keyboard.type("Samenstelling nog vertrouwelijk.")
    tab_to(page, "#redact-form button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_selector('#doc-text mark.manual:text-is("Het college")')
    audit = httpx.get(f"{base_url}/v1/documents/{created.json()['id']}/audit",
                      headers={"Authorization": f"Bearer {keys['reviewer']}"}, timeout=30).json()
    assert (audit[-1]["action"], audit[-1]["start"], audit[-1]["ground"]) == ("manual", MEMO.index("Het college"),
                                                                            "5.1(2)e")
    assert page.errors == []


def test_reviewer_handles_a_two_page_pdf(live: tuple[str, Any, dict[str, str]], browser: Any, tmp_path: Path) -> None:
    base_url, _, keys = live
    created = upload_pdf(base_url, keys["tool"])
    doc_id = created["id"]
    jansen_1, email, jansen_2, bsn, opinion = created["suggestions"]
    assert [s["text"] for s in (jansen_1, jansen_2)] == ["Jansen", "Jansen"]
    page = new_page(browser, base_url)

    # Keyboard only: log in, Tab to the document in the list, open it.
    login_with_keyboard(page, keys["reviewer"])
    screenshot(page, "review-list.png", tmp_path)
    tab_to(page, f'a[href="/review/documents/{doc_id}"]')
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/review/documents/{doc_id}")
    page.wait_for_function("() => Array.from(document.images).every((i) => i.complete && i.naturalWidth > 0)")
    assert page.locator("#page-view figure.page").count() == 2
    assert_accessible(page)
    kept = page.locator("#doc-text mark[data-kept-public]")
    assert kept.count() == 1 and kept.inner_text() == KEPT_NAME
    assert kept.get_attribute("title") == f"Openbaar gelaten: {PUBLIC_REASON}"
    assert classes(page, '#page-view rect[data-ref^="p-"]') == ["box st-kept"]

    # Least certain first: n selects the opinion (score 0.86, the lowest), and its box on page 2 is selected with it.
    page.keyboard.press("n")
    page.wait_for_selector(f"#s-{opinion['id']}.selected")
    assert classes(page, f'#page-view rect[data-ref="s-{opinion["id"]}"]') == ["box st-open selected"]
    page.keyboard.press("a")
    page.wait_for_selector(f"#s-{opinion['id']}.st-accepted")
    # After a decision the next open one is selected: Jansen on page 1. Reject that value everywhere.
    page.wait_for_selector(f"#s-{jansen_1['id']}.selected")
    screenshot(page, "review-pdf.png", tmp_path)
    page.keyboard.press("R")
    page.wait_for_selector("#reject-dialog[open]")
    assert "Alle 2 voorkomens" in page.inner_text("#reject-scope")
    page.keyboard.type(REJECT_REASON)
    tab_to(page, "#reject-form button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_selector(f"#s-{jansen_2['id']}.st-rejected")
    assert classes(page, f'#page-view rect[data-ref="s-{jansen_2["id"]}"]') == ["box st-rejected"]
    # The other two, accepted with a and j; then undo the last one and accept it again.
    page.keyboard.press("j")
    page.wait_for_selector(f"#s-{email['id']}.selected")
    page.keyboard.press("a")
    page.wait_for_selector(f"#s-{bsn['id']}.selected")
    page.keyboard.press("a")
    page.wait_for_selector(f"#s-{bsn['id']}.st-accepted")
    assert page.inner_text("#open-count") == "0"
    page.keyboard.press("u")
    page.wait_for_selector(f"#s-{bsn['id']}.st-open")
    assert page.inner_text("#open-count") == "1"
    page.keyboard.press("j")
    page.wait_for_selector(f"#s-{bsn['id']}.selected")
    page.keyboard.press("a")
    page.wait_for_selector(f"#s-{bsn['id']}.st-accepted")

    # The kept-public name: p selects it, w asks ground (5.1(2)e preselected) and reason.
    page.keyboard.press("p")
    page.wait_for_selector("mark[data-kept-public].selected")
    page.keyboard.press("w")
    page.wait_for_selector("#redact-dialog[open]")
    assert page.inner_text("#redact-text") == KEPT_NAME
    page.keyboard.press("Tab")
    page.keyboard.type(KEPT_REASON)
    tab_to(page, "#redact-form button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_selector(f'#doc-text mark.manual:text-is("{KEPT_NAME}")')
    assert page.locator("#doc-text mark[data-kept-public]").count() == 0
    assert page.evaluate("() => document.activeElement.classList.contains('manual')")

    # A missed name, redacted by selecting it with the mouse.
    box = page.evaluate("""(word) => {
        const article = document.getElementById('doc-text');
        const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const at = walker.currentNode.data.indexOf(word);
          if (at >= 0) {
            const range = document.createRange();
            range.setStart(walker.currentNode, at);
            range.setEnd(walker.currentNode, at + word.length);
            range.startContainer.parentElement.scrollIntoView({block: 'center'});
            const r = range.getBoundingClientRect();
            return {x: r.left + r.width / 2, y: r.top + r.height / 2};
          }
        }
        return null;
    }""", MISSED_NAME)
    assert box is not None
    page.mouse.dblclick(box["x"], box["y"])
    assert page.evaluate("() => window.getSelection().toString().trim()") == MISSED_NAME
    page.keyboard.press("w")
    page.wait_for_selector("#redact-dialog[open]")
    assert page.inner_text("#redact-text") == MISSED_NAME
    page.select_option("#redact-ground", "5.1(2)e")
    page.fill("#redact-reason", MISSED_REASON)
    page.click("#redact-form button[type=submit]")
    page.wait_for_selector(f'#doc-text mark.manual:text-is("{MISSED_NAME}")')
    manual_boxes = classes(page, '#page-view rect[data-ref^="m-"]')
    assert len(manual_boxes) == 2 and all(c.startswith("box st-manual") for c in manual_boxes)
    page.wait_for_function("() => Array.from(document.images).every((i) => i.complete && i.naturalWidth > 0)")
    page.keyboard.press("Escape")
    screenshot(page, "review-pdf-decided.png", tmp_path)
    assert_accessible(page)

    # The redacted PDF reflects all of it.
    tab_to(page, "#download-pdf")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    redacted = Path(download.value.path()).read_bytes()
    assert page.errors == []

    remaining = pdf_text(redacted)
    for gone in (email["text"], bsn["text"], KEPT_NAME, MISSED_NAME, "Ik adviseer"):
        assert gone not in remaining
    assert remaining.count("Jansen") == 2  # rejected everywhere: stays readable
    assert remaining.count("5.1(2)e") == 3 and remaining.count("5.1(1)e") == 1 and remaining.count("5.2(1)") == 1

    audit = httpx.get(f"{base_url}/v1/documents/{doc_id}/audit",
                      headers={"Authorization": f"Bearer {keys['reviewer']}"}, timeout=30).json()
    steps = [(e["action"], e["suggestion_id"], e["bulk"], e["reason"]) for e in audit if e["action"] != "created"]
    assert steps[0] == ("accept", opinion["id"], None, None)
    assert sorted(steps[1:3]) == sorted([("reject", s["id"], "reject-everywhere:document", REJECT_REASON)
                                         for s in (jansen_1, jansen_2)])
    assert steps[3:7] == [
        ("accept", email["id"], None, None),
        ("accept", bsn["id"], None, None),
        ("undo", bsn["id"], None, "ongedaan gemaakt: accept"),
        ("accept", bsn["id"], None, None),
    ]
    assert [(a, r) for a, _, _, r in steps[7:]] == [("manual", KEPT_REASON), ("manual", MISSED_REASON)]


def test_request_view_is_accessible_and_links_to_the_conflict(live: tuple[str, Any, dict[str, str]], browser: Any,
                                                              tmp_path: Path) -> None:
    base_url, _, keys = live
    tool = {"Authorization": f"Bearer {keys['tool']}"}
    reviewer = {"Authorization": f"Bearer {keys['reviewer']}"}
    api = httpx.Client(base_url=base_url, timeout=30)
    request_id = api.post("/v1/requests", json={"subject": "Klacht over de buren", "received_on": "2026-11-02"},
                          headers=tool).json()["id"]
    files = [("files", ("1 memo.txt", MEMO.encode())), ("files", ("2 mail.txt", b"Jansen mailde opnieuw.\n"))]
    assert api.post(f"/v1/requests/{request_id}/documents", files=files, headers=tool).status_code == 201
    deadline = time.monotonic() + 60
    while api.get(f"/v1/requests/{request_id}", headers=reviewer).json()["status"] == "analysing":
        assert time.monotonic() < deadline
        time.sleep(0.1)
    rows = api.get(f"/v1/requests/{request_id}/documents", headers=reviewer).json()["data"]
    memo, mail = (api.get(f"/v1/documents/{r['document_id']}", headers=reviewer).json() for r in rows)
    in_memo = next(s for s in memo["suggestions"] if s["text"] == "Jansen")
    in_mail = next(s for s in mail["suggestions"] if s["text"] == "Jansen")
    api.post(f"/v1/suggestions/{in_memo['id']}/decision", json={"action": "accept", "version": 0}, headers=reviewer)
    api.post(f"/v1/suggestions/{in_mail['id']}/decision", headers=reviewer,
             json={"action": "reject", "version": 0, "reason": "Mag openbaar."})

    page = new_page(browser, base_url)
    login_with_keyboard(page, keys["reviewer"])
    page.goto("/review/requests")
    assert_accessible(page)
    tab_to(page, f'a[href="/review/requests/{request_id}"]')
    page.keyboard.press("Enter")
    page.wait_for_selector("#conflicts")
    assert_accessible(page)
    screenshot(page, "review-request.png", tmp_path)
    link = page.locator(f'a[href="/review/documents/{mail["id"]}#at-{in_mail["start"]}"]')
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector(f"#s-{in_mail['id']}.selected")
    assert_accessible(page)

    # Settle it for the whole request: scope "het hele verzoek", then A on the selected name.
    page.check('input[name="scope"][value="request"]')
    page.focus(f"#s-{in_mail['id']}")
    page.keyboard.press("A")
    page.wait_for_selector(f"#s-{in_mail['id']}.st-accepted")
    page.goto(f"/review/requests/{request_id}")
    assert "Tegenstrijdige beslissingen (0)" in page.inner_text("#conflicts")
    statuses = {s["id"]: s["status"] for d in (memo, mail)
                for s in api.get(f"/v1/documents/{d['id']}", headers=reviewer).json()["suggestions"]}
    assert statuses[in_memo["id"]] == statuses[in_mail["id"]] == "accepted"
    assert page.errors == []
