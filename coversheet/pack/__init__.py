"""The board pack: one accessible, bookmarked, page-numbered PDF of a meeting's papers.

    (the meeting plan, coversheet.toml [pack], is coversheet.config.meeting_plan)
    items.py       the agenda rows of the pack, from the checked papers and the plan
    compose.py     the whole pack as one Word document: front page, agenda, papers
    libreoffice.py one LibreOffice run turns it into a tagged PDF (own profile, time limit)
    pdf.py         pikepdf afterwards: appendices, outline, page labels, /Lang, title
    tags.py        each PDF appendix's tags grafted into the pack's structure tree
    sheets.py      cover sheets for screen readers: their tables retagged in the PDF as classed in Word
    blank.py       the words on --duplex blank pages and appendix pages (reportlab, as a pagination artifact)
    record.py      what a pack contained, kept in its PDF: a supplement packs only what is new
    index.py       the HTML index beside the PDF: agenda and cover sheets linking into it
    build.py       the steps above in order, returning what was packed

The Word document itself is written by `coversheet.word.assembly` (the only code that knows
OOXML is in `coversheet.word`): compose.py says what goes where, by papers and bookmark names.

Nothing here is imported by the configuration; it all loads when a pack is built.
"""
