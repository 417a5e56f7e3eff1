"""Headless Chromium for the tests that open our HTML pages, as a reader's browser would."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


def headless_chromium(download_dir: str | None = None) -> Iterator:
    """A Chromium WebDriver with a profile of its own (for a fixture: `yield from` it); the
    test is skipped with the reason when Chromium, its driver or selenium is absent.
    `download_dir`: where files the page downloads are saved, without asking."""
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("headless Chromium and chromedriver are not installed (Debian: apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="coversheet-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    # No network here: without these flags Chromium waits on connections it cannot make.
    for flag in (
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}", "--window-size=1280,1600",
    ):
        options.add_argument(flag)
    if download_dir is not None:
        options.add_experimental_option("prefs", {
            "download.default_directory": download_dir, "download.prompt_for_download": False,
            "safebrowsing.enabled": False,
        })
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
