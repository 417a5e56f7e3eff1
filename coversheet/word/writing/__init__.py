"""Word out: the standard sheet and form (docxtpl), a board's own sheet from its profile, the agenda's table document;
sheet_document.py chooses which sheet a draft gets under a profile (render, the pack and the web page ask it)."""
