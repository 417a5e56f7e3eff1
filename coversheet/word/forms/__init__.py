"""A board's form read for its questions (`profile init`), and an organisation's template checked against its sheet."""
