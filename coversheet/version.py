"""The version of coversheet, in one place (the package, `--version` and SARIF logs read it)."""

__version__ = "0.1.0"
