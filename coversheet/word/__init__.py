"""Word (.docx) out and in: the only code that knows about OOXML."""
