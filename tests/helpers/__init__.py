"""Helpers the tests share: imported as `helpers.X` (tests/ is on pytest's pythonpath), never from conftest.py."""
