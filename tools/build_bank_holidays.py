"""Write coversheet/data/bank-holidays.txt: England and Wales bank holidays from `holidays`.

The `holidays` package is where coversheet's bank holidays come from, but importing it
loads every country it knows (about 0.17 s, a quarter of a `check`'s start-up) to answer a
question about one. So the years a board will ever ask about are written out here, once,
and shipped; `coversheet.dates.working_days` reads this table and asks `holidays` itself only for a
year outside it. The test suite compares the table with the installed `holidays` for every
year, so a new release that adds a holiday (a coronation, a jubilee) fails CI until this is
run again: `make data`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import holidays

FIRST_YEAR, LAST_YEAR = 2000, 2045
TARGET = Path(__file__).resolve().parent.parent / "coversheet" / "data" / "bank-holidays.txt"


def table() -> str:
    calendar = holidays.country_holidays("GB", subdiv="ENG", years=range(FIRST_YEAR, LAST_YEAR + 1))
    lines = [
        "# England and Wales bank holidays, written by tools/build_bank_holidays.py",
        f"# from holidays {holidays.__version__} (GB, subdivision ENG). Do not edit by hand.",
        f"# years {FIRST_YEAR}-{LAST_YEAR}",
    ]
    lines += [f"{day.isoformat()} {name}" for day, name in sorted(calendar.items())]
    return "\n".join(lines) + "\n"


def main() -> None:
    text = table()
    if "--check" in sys.argv[1:]:
        sys.exit(0 if TARGET.read_text(encoding="utf-8") == text else f"{TARGET} is stale: run make data")
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
