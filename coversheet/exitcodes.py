"""Exit codes, as the README fixes them (Exit codes): 0 clean, 1 findings, 2 usage or configuration, 70 a bug of
coversheet's, 130 interrupted."""

EXIT_SUCCESS = 0  # nothing at error level (with --strict: nothing at warning level either)
EXIT_FAIL = 1  # at least one finding at that level, or a file that could not be read
EXIT_ERROR = 2  # usage or configuration error
EXIT_INTERNAL = 70  # a bug of coversheet's met on the way (sysexits' EX_SOFTWARE), said in one line
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for a command ended by Ctrl-C (or SIGTERM)
