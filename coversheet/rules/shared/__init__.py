"""Helpers that several rules use; a rule imports these, never another rule."""
