"""End to end in headless Chromium: a reviewer logs in, accepts, rejects with a reason and changes a ground on
the /review page; the audit trail and the redacted export are then checked through the API."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy.orm import Session

from api import crud
from api.auth import Role
from api.main import create_app
from tests.api.conftest import api_settings
from tests.api.fakes import MEMO, FakeDetector
from tests.browser.harness import CHROMIUM, CHROMIUM_ARGS, SCREENSHOT_DIR_ENV, Live

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium not installed (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, object]]:
    data = tmp_path_factory.mktemp("browser")
    app = create_app(api_settings(f"sqlite:///{data / 'lakmoes.db'}", data), detector=FakeDetector())  # type: ignore[arg-type]
    with Live(app) as base_url:
        yield base_url, app


def keys(app: object) -> dict[str, str]:
    with Session(app.state.engine) as session:  # type: ignore[attr-defined]
        return {role.value: crud.create_api_key(session=session, name=f"{role.value}-e2e", role=role)[1]
                for role in (Role.TOOL, Role.REVIEWER)}


def test_review_in_headless_chromium(live: tuple[str, object], tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    base_url, app = live
    key = keys(app)
    api = httpx.Client(base_url=base_url, timeout=30)
    created = api.post("/v1/documents", json={"text": MEMO, "title": "Memo scenario's"},
                       headers={"Authorization": f"Bearer {key['tool']}"})
    assert created.status_code == 201, created.text
    doc_id = created.json()["id"]
    person, email, bsn, opinion = created.json()["suggestions"]

    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.set_default_timeout(15_000)
            page.goto(f"{base_url}/review")
            assert page.url.endswith("/review/login")
            page.fill("#key", key["reviewer"])
            page.click("button[type=submit]")
            page.wait_for_url(f"{base_url}/review")
            shot = Path(os.environ.get(SCREENSHOT_DIR_ENV, tmp_path)) / "review-open.png"
            page.screenshot(path=str(shot.with_name("review-list.png")), full_page=True)
            row = page.locator("tr", has_text="Memo scenario's")
            assert "0 / 4 beoordeeld" in row.inner_text()
            row.locator("a").click()
            page.wait_for_url(f"{base_url}/review/documents/{doc_id}")
            assert page.inner_text("#open-count") == "4"
            assert page.inner_text("#doc-text") == MEMO

            # Hover shows the ground and the explanation.
            page.hover(f"#s-{opinion['id']}")
            tip = page.locator("#tip")
            tip.wait_for(state="visible")
            assert "5.2(1)" in tip.inner_text() and opinion["explanation"] in tip.inner_text()
            page.screenshot(path=str(shot), full_page=True)

            # Accept with the keyboard shortcut.
            page.click(f"#s-{person['id']}")
            page.keyboard.press("a")
            page.wait_for_selector(f"#s-{person['id']}.st-accepted")
            assert page.inner_text("#open-count") == "3"

            # Reject with the button, giving a reason in the dialog.
            page.click(f"#s-{email['id']}")
            page.click("#btn-reject")
            page.fill("#reject-reason", "Functioneel adres van de gemeente.")
            page.click("#reject-form button[type=submit]")
            page.wait_for_selector(f"#s-{email['id']}.st-rejected")

            # Change the ground with the shortcut and the picker.
            page.click(f"#s-{bsn['id']}")
            page.keyboard.press("g")
            page.select_option("#ground-select", "5.1(2)e")
            page.fill("#ground-reason", "Geen BSN maar een dossiernummer van een burger.")
            page.click("#ground-form button[type=submit]")
            page.wait_for_selector(f"#s-{bsn['id']}.st-changed")
            assert page.inner_text("#open-count") == "1"
            page.screenshot(path=str(shot.with_name("review-decided.png")), full_page=True)

            with page.expect_download() as download:
                page.click("#download")
            downloaded = Path(download.value.path()).read_text("utf-8")
        finally:
            browser.close()

    reviewer = {"Authorization": f"Bearer {key['reviewer']}"}
    audit = api.get(f"/v1/documents/{doc_id}/audit", headers=reviewer).json()
    assert [(e["action"], e["suggestion_id"], e["ground"], e["reviewer"], e["reason"]) for e in audit] == [
        ("created", None, None, "tool-e2e", None),
        ("accept", person["id"], "5.1(2)e", "reviewer-e2e", None),
        ("reject", email["id"], None, "reviewer-e2e", "Functioneel adres van de gemeente."),
        ("change_ground", bsn["id"], "5.1(2)e", "reviewer-e2e", "Geen BSN maar een dossiernummer van een burger."),
    ]
    expected = MEMO.replace("Jansen", "[5.1(2)e]", 1).replace("111222333", "[5.1(2)e]")
    assert api.get(f"/v1/documents/{doc_id}/redacted", headers=reviewer).text == expected
    assert downloaded == expected
