"""Dates as UK boards write them, and working days before a meeting."""
