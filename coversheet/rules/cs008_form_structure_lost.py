"""A form of ours whose controls lost both their tags and their titles.

What it does: notes that a cover-sheet form was saved by a program that dropped what marks
each control's field, so it was read by its labels, like a hand-made sheet. Prompts left in
the form still count as not answered.

Why it matters: reading by labels is reliable for the standard layout but not exact; the
secretary knows to look again at any answer the report questions.

Fails (on a Word sheet):
    The form saved by a program that keeps neither tags nor titles of content controls
Passes (on a Word sheet):
    The form filled in Word, or in LibreOffice (which keeps the titles)
"""

from coversheet.findings import Severity

CODE = "CS008"
NAME = "form-structure-lost"
SEVERITY = Severity.INFO
HINT = "Fill in a fresh form (`coversheet new form.docx --docx`) in Word or LibreOffice, or check the answers read."
