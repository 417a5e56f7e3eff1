"""Word out: the standard sheet and form (docxtpl), a board's own sheet from its profile, the agenda's table document."""
