"""Reading, stage 2 (matching): which question a label on a sheet asks, by the board's words, known variants and key terms."""
