"""Word out, for the board pack: its papers assembled into one Word document.

The pack (`coversheet.pack`) decides what goes where, in its own terms (papers, bookmarks by
name, page ranges); this writes it:

    document.py  the pack's document: front page, sections, each paper appended (a Word
                 paper, a draft's sheet and body, pages held for PDFs), bookmarks, footers
    agenda.py    the agenda table: a link to each paper, its pages as PAGEREF fields
    composer.py  docxcompose's Composer, doing its per-block work only where a block needs it
    sheets.py    the cover sheets made readable: a heading per paper, each cell classed
    fields.py    PAGE, NUMPAGES, PAGEREF and REF fields; the agenda's ranges mended after export
"""
