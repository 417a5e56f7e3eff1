"""The board secretary's desk: the agenda, notices to authors, watching a folder, rendering."""
