"""Running checks: one file (read, validate, rules), finding files, many files in workers."""
