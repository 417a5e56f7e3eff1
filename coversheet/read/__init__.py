"""From a file to the model: the reader for each kind of file, then validation."""
