"""The file cannot be read as a cover sheet at all.

What it does: reports a file that could not be opened, parsed or recognised: a YAML or JSON
syntax error, a duplicate key, a `!!python` tag, an alias bomb, a binary or non-UTF-8 file,
an empty file; for Word files a damaged or encrypted document, a `.doc` renamed `.docx`, or
XML with a DOCTYPE. The file's status is `error` and this is its only finding.

Why it matters: a secretary must know the paper was not checked, not that it passed.

Fails (a whole draft):
    title: ICS Finance Report
    title: ICS Finance Report (again)
Passes (a whole draft):
    title: ICS Finance Report
"""

from coversheet.findings import Severity

CODE = "CS001"
NAME = "unreadable-file"
SEVERITY = Severity.ERROR
HINT = "Fix the file so that it opens, or ask the author to send it again."
