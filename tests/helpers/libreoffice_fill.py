"""Fill in or re-save a Word document in LibreOffice Writer through its UNO API, as an author would.

Run with the system Python that has LibreOffice's `uno` module (Debian's python3-uno), not the
project's virtual environment:

    /usr/bin/python3 libreoffice_fill.py SOFFICE PROFILE_DIR PORT IN.docx OUT.docx ACTIONS.json

It starts its own LibreOffice (its own profile folder, listening on PORT), opens IN.docx,
performs the actions and saves OUT.docx with the "MS Word 2007 XML" filter, then stops
LibreOffice. ACTIONS.json is a list of steps:

    {"type": ["Title of the paper", "ICS Finance Report"]}   replace a prompt by an answer
    {"tick": ["Quality Impact Assessment Completed", "Yes"]} tick the box beside "Yes" in that row
    {"tick": [null, "For information"]}                      tick the box beside that text
    {"date": ["Pick the date of the meeting", "2020-12-02"]} pick a date in a date control
    {"add_row": ["Committee or group", ["Finance Committee", "4 November 2020", "Noted"]]}
                                                             a table row after the prompt's row
    {"version": true}                                        print LibreOffice's version

The version is printed on the first line of standard output.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time

import uno  # noqa: F401  (LibreOffice's bridge; only in the system Python)
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(port: int, process: subprocess.Popen):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(240):
        if process.poll() is not None:
            raise SystemExit(f"LibreOffice exited with code {process.returncode}")
        try:
            return resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
        except NoConnectException:
            time.sleep(0.25)
    raise SystemExit("LibreOffice did not accept a connection within a minute")


def paragraphs(text):
    """Every paragraph of a text, descending into tables (cell by cell)."""
    enum = text.createEnumeration()
    while enum.hasMoreElements():
        element = enum.nextElement()
        if element.supportsService("com.sun.star.text.TextTable"):
            for name in element.getCellNames():
                yield from paragraphs(element.getCellByName(name).getText())
        else:
            yield element


def portions(paragraph):
    enum = paragraph.createEnumeration()
    while enum.hasMoreElements():
        yield enum.nextElement()


def content_controls(paragraph):
    """(control, text before it in the paragraph, text after it) for each content control."""
    parts = list(portions(paragraph))
    found = []
    for index, part in enumerate(parts):
        if part.TextPortionType != "ContentControl":
            continue
        before = "".join(p.getString() for p in parts[:index] if p.TextPortionType == "Text")
        after = "".join(p.getString() for p in parts[index + 1:] if p.TextPortionType == "Text")
        found.append((part, before, after))
    return found


def tables(document):
    for index in range(document.TextTables.Count):
        yield document.TextTables.getByIndex(index)


def rows_of(table):
    """{row number: [cell names in column order]} from the table's cell names (A1, B1, ...)."""
    rows: dict[int, list[str]] = {}
    for name in table.getCellNames():
        letters = name.rstrip("0123456789").split(".")[0]
        if "." in name:
            continue  # a split cell
        rows.setdefault(int(name[len(letters):]), []).append(name)
    return rows


def cell_text(table, name):
    return table.getCellByName(name).getString().strip()


def control_text(control) -> str:
    """The text inside a content control (the portion before it is only its start)."""
    enum = control.createEnumeration()
    parts = []
    while enum.hasMoreElements():
        parts.append(enum.nextElement().getString())
    return "".join(parts)


def set_control_text(control, text: str) -> None:
    enum = control.createEnumeration()
    ranges = []
    while enum.hasMoreElements():
        ranges.append(enum.nextElement())
    ranges[0].setString(text)
    for extra in ranges[1:]:
        extra.setString("")


def set_checked(part):
    """What a click on the box does: ticked, and showing its ticked glyph."""
    box = part.ContentControl
    box.Checked = True
    set_control_text(box, box.CheckedState or "\u2612")


def tick(document, label, option):
    if label is None:
        for paragraph in paragraphs(document.Text):
            for part, before, after in content_controls(paragraph):
                box = part.ContentControl
                if box.Checkbox and (after.strip().startswith(option) or before.strip().endswith(option)):
                    if after.strip().startswith(option) or not after.strip():
                        set_checked(part)
                        return
        raise SystemExit(f"no box beside {option!r}")
    for table in tables(document):
        for names in rows_of(table).values():
            if not names or not cell_text(table, names[0]).startswith(label):
                continue
            texts = [cell_text(table, name) for name in names]
            for column, text in enumerate(texts[:-1]):
                if text == option:
                    for paragraph in paragraphs(table.getCellByName(names[column + 1]).getText()):
                        for part, _, _ in content_controls(paragraph):
                            if part.ContentControl.Checkbox:
                                set_checked(part)
                                return
            # a box beside the word in a paragraph of the row: "Yes [box] No [box]", "[box] None"
            for beside in (lambda before, after: before.strip().endswith(option),
                           lambda before, after: after.strip().startswith(option)):
                for name in names:
                    for paragraph in paragraphs(table.getCellByName(name).getText()):
                        for part, before, after in content_controls(paragraph):
                            if part.ContentControl.Checkbox and beside(before, after):
                                set_checked(part)
                                return
    raise SystemExit(f"no box for {option!r} in the row {label!r}")


def type_over(document, prompt, answer):
    """Type into the text control showing `prompt` (LibreOffice shows it as an input field)."""
    for paragraph in paragraphs(document.Text):
        for part in portions(paragraph):
            if part.TextPortionType == "TextField" and part.TextField.supportsService(
                    "com.sun.star.text.TextField.Input") and part.TextField.Content == prompt:
                part.TextField.Content = answer
                return
    raise SystemExit(f"no text control showing {prompt!r}")


def pick_date(document, prompt, iso):
    """Pick a date in the date control showing `prompt`, as the date picker does."""
    day = dt.date.fromisoformat(iso)
    for paragraph in paragraphs(document.Text):
        parts = list(portions(paragraph))
        for index, part in enumerate(parts):
            if part.TextPortionType != "ContentControl" or not part.ContentControl.Date:
                continue
            control = part.ContentControl
            if control_text(control).strip() == prompt:
                control.CurrentDate = f"{iso}T00:00:00Z"
                control.ShowingPlaceHolder = False
                set_control_text(control, f"{day.day} {day:%B %Y}")
                return
    raise SystemExit(f"no date control showing {prompt!r}")


def add_row(context, document, prompt, cells):
    """Insert a row below the row holding `prompt` (Table > Insert > Rows Below) and type into it."""
    for table in tables(document):
        for number, names in rows_of(table).items():
            holding = [name for name in names if cell_text(table, name) == prompt]
            if not holding:
                continue
            controller = document.CurrentController
            controller.select(table.getCellByName(holding[0]).getText().getStart())
            dispatcher = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
            dispatcher.executeDispatch(controller.Frame, ".uno:InsertRowsAfter", "", 0, ())
            new = rows_of(table)[number + 1]
            for name, text in zip(new, cells):
                table.getCellByName(name).setString(text)
            return
    raise SystemExit(f"no table row holding {prompt!r}")


def main() -> None:
    soffice, profile, port, source, target, actions_file = sys.argv[1:7]
    with open(actions_file, encoding="utf-8") as handle:
        actions = json.load(handle)
    process = subprocess.Popen(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--invisible", "--norestore",
         "--nologo", "--nodefault", f"--accept=socket,host=127.0.0.1,port={port};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # its own process group: the launcher and soffice.bin are stopped together
    try:
        context = connect(int(port), process)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        provider = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.configuration.ConfigurationProvider", context)
        about = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationAccess", (prop("nodepath", "/org.openoffice.Setup/Product"),))
        print(f"{about.ooName} {about.ooSetupVersionAboutBox}", flush=True)
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
        for action in actions:
            (kind, arguments), = action.items()
            if kind == "type":
                type_over(document, *arguments)
            elif kind == "tick":
                tick(document, *arguments)
            elif kind == "date":
                pick_date(document, *arguments)
            elif kind == "add_row":
                add_row(context, document, *arguments)
        document.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "MS Word 2007 XML"),))
        document.close(True)
        try:
            desktop.terminate()
        except Exception:  # noqa: BLE001 - the bridge goes away as LibreOffice quits
            pass
        process.wait(timeout=60)
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait()


if __name__ == "__main__":
    main()
