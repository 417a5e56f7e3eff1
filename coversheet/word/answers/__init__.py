"""Reading, stage 3 (answers): the text under a question turned into a value of its kind (dates, people, history, Yes/No/N/A in words, lists)."""
