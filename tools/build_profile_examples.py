"""Write the Word papers of examples-profiles/ from their drafts, and the boards' draft schemas.

Each draft becomes a .docx beside it, drawn from its board's profile exactly as `coversheet
render` draws it, but written even when the draft has defects (render refuses those), so the
Word paper carries the same planted defects for `check` to find. Each shipped profile's draft
schema goes to schemas/profiles/NAME.schema.json (the drafts' editor modelines point there).
Run with `make examples`; the tests fail when a file here is stale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from coversheet.config.profile import shipped_profile, shipped_profiles
from coversheet.config.sheet_model import profile_schema
from coversheet.run.configuration import config_for
from coversheet.run.one_file import read_sheet
from coversheet.word.writing.profile_sheet import profile_sheet_bytes

ROOT = Path(__file__).resolve().parent.parent


def word_papers() -> dict[Path, bytes]:
    papers = {}
    for draft in sorted((ROOT / "examples-profiles").glob("*/*.yaml")):
        config = config_for(draft)
        reading = read_sheet(draft, config)
        data = reading.sheet.model_dump(mode="json")
        papers[draft.with_suffix(".docx")] = profile_sheet_bytes(config.custom_profile, data, board=config.board)
    return papers


def schemas() -> dict[Path, str]:
    return {
        ROOT / "schemas" / "profiles" / f"{name}.schema.json": json.dumps(
            profile_schema(shipped_profile(name)), indent=2, ensure_ascii=False
        ) + "\n"
        for name in shipped_profiles()
        if not shipped_profile(name).default
    }


def main() -> int:
    for path, content in word_papers().items():
        path.write_bytes(content)
        print(f"wrote {path.relative_to(ROOT)}")
    for path, text in schemas().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
