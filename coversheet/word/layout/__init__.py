"""Reading, stage 1 (layout): a Word body as rows of cells and blocks in reading order, with each box's tick and the option words beside it."""
