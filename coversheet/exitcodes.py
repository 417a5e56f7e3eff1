"""Exit codes, as CONTRACT.md fixes them."""

EXIT_SUCCESS = 0  # nothing at error level (with --strict: nothing at warning level either)
EXIT_FAIL = 1  # at least one finding at that level, or a file that could not be read
EXIT_ERROR = 2  # usage or configuration error
