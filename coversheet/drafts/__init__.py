"""Drafts as text: reading YAML/JSON drafts, writing a new one, writing a sheet as a draft."""
