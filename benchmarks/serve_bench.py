"""`coversheet serve` under 50 authors at once, each leaving field after field on localhost.

The server is started as a user starts it (`coversheet serve FOLDER --port 0`). Each simulated
author opens the form (a visit, its CSRF token), then fills in a complete cover sheet one
answer at a time: after each answer they "leave the field" and the page posts the whole
draft so far to /check, as the page's script does. Between two fields an author pauses for
a think time drawn from a seeded generator (default 0.5-2.5 s: a fast typist moving on).
Bounded: 50 authors x 24 fields = 1,200 checks, stopping by itself.

Prints the latency of a field's check as the author sees it (request sent to answer read):
p50, p95, p99 and the largest, the checks a second, and any error (a non-200 answer or a
failed connection). Asserts nothing. `python benchmarks/serve_bench.py --authors 10` for a
quick look.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def answers(meeting: str) -> list[tuple[str, str]]:
    """A complete cover sheet of the default board, field by field, in the form's order."""
    return [
        ("board", "ICS Board"), ("meeting_date", meeting), ("title", "ICS Finance Report"),
        ("presented_by.0.name", "Gary Raphael"), ("presented_by.0.role", "ICS Executive Lead for Finance"),
        ("authors.0.name", "Elaine Collier"), ("authors.0.role", "ICS Head of Finance"),
        ("sponsor.name", "Gary Raphael"), ("agenda_item", "10"), ("confidential", "false"),
        ("purpose.categories", "information"), ("purpose.text", "For noting."),
        ("executive_summary", "This paper reports on month 7 financial performance for the L&SC system. "
         "It covers the revenue and capital positions of all partners and the position on central functions. "
         "This paper also updates on the final submission of our phase 3 financial plans."),
        ("recommendations.0", "The Board is asked to note the updates to the financial position."),
        ("governance.none", "on"), ("conflicts_of_interest", "None identified"),
        ("implications.quality.answer", "n/a"), ("implications.equality.answer", "n/a"),
        ("implications.privacy.answer", "n/a"), ("implications.financial.answer", "yes"),
        ("implications.financial.note", "Section 2 sets out the revenue and capital positions."),
        ("risks.associated", "yes"), ("risks.on_register", "no"),
        ("risks.references.0.id", "FIN-07"),
    ]


def start(folder: Path):
    command = [sys.executable, "-m", "coversheet", "serve", str(folder), "--port", "0"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    while True:
        line = process.stderr.readline()
        if not line:
            raise SystemExit("coversheet serve did not start")
        if (found := re.search(r"http://127\.0\.0\.1:(\d+)", line)):
            # Go on emptying its stderr, so that a full pipe never stalls the server measured.
            threading.Thread(target=lambda: [None for _ in process.stderr], daemon=True).start()
            return process, int(found.group(1))


class AuthorRun(threading.Thread):
    def __init__(self, port: int, seed: int, think: tuple[float, float], meeting: str, start_line: threading.Barrier):
        super().__init__(daemon=True)
        self.port, self.random, self.think, self.meeting, self.start_line = port, random.Random(seed), think, meeting, start_line
        self.latencies: list[float] = []
        self.errors: list[str] = []

    def run(self) -> None:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            connection.request("GET", "/")
            response = connection.getresponse()
            page = response.read().decode()
            cookie = response.getheader("set-cookie").split(";")[0]
            token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        except Exception as exc:  # noqa: BLE001 - counted, not raised: the figure says how many
            self.errors.append(f"opening the form: {exc}")
            return
        self.start_line.wait()
        so_far: list[tuple[str, str]] = []
        for answer in answers(self.meeting):
            time.sleep(self.random.uniform(*self.think))
            so_far.append(answer)
            body = urllib.parse.urlencode(so_far)
            headers = {"Cookie": cookie, "X-CSRF-Token": token, "Content-Type": "application/x-www-form-urlencoded"}
            sent = time.perf_counter()
            try:
                connection.request("POST", "/check", body, headers)
                response = connection.getresponse()
                data = response.read()
                elapsed = time.perf_counter() - sent
                if response.status != 200:
                    self.errors.append(f"HTTP {response.status}")
                    continue
                json.loads(data)
                self.latencies.append(elapsed)
            except Exception as exc:  # noqa: BLE001
                self.errors.append(str(exc))
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--authors", type=int, default=50)
    parser.add_argument("--think", type=float, nargs=2, default=(0.5, 2.5), metavar=("MIN", "MAX"))
    options = parser.parse_args()
    meeting = dt.date.today() + dt.timedelta(days=40)
    with tempfile.TemporaryDirectory(prefix="serve-bench-") as folder:
        (Path(folder) / "coversheet.toml").write_text(f'board = "ICS Board"\nmeetings = [{meeting.isoformat()}]\n')
        process, port = start(Path(folder))
        try:
            barrier = threading.Barrier(options.authors)
            authors = [AuthorRun(port, seed, tuple(options.think), meeting.isoformat(), barrier) for seed in range(options.authors)]
            began = time.perf_counter()
            for author in authors:
                author.start()
            for author in authors:
                author.join(timeout=600)
            took = time.perf_counter() - began
        finally:
            process.terminate()
            process.wait(timeout=20)
    latencies = sorted(x for a in authors for x in a.latencies)
    errors = [e for a in authors for e in a.errors]
    if not latencies:
        raise SystemExit(f"no check answered; errors: {errors[:5]}")
    cuts = statistics.quantiles(latencies, n=100)
    print(f"coversheet serve: {options.authors} authors at once, think time {options.think[0]}-{options.think[1]} s, "
          f"{len(latencies)} field checks in {took:.1f} s ({len(latencies) / took:.1f} a second)")
    print(f"  a field's check, as the author waits for it: p50 {cuts[49] * 1000:.0f} ms, p95 {cuts[94] * 1000:.0f} ms, "
          f"p99 {cuts[98] * 1000:.0f} ms, largest {latencies[-1] * 1000:.0f} ms")
    print(f"  errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))


if __name__ == "__main__":
    main()
