"""`coversheet serve`: the board's cover sheet as a web page, checked as the author types.

The top layer beside the command line: it calls the same engine `check`, `extract` and
`render` call (the rules, the board's profile, the readers stay where they are), and nothing
below it imports it. Modules:

- `board`: the one place that loads the meeting folder's configuration;
- `questions`: the form, question by question, from the board's profile;
- `drafts`: a submitted form into a draft and a draft back into the form's values;
- `checking`: the check, the reading of an upload and the Word and YAML downloads;
- `sessions`, `limits`, `access`: who may do what (CSRF, sizes and time, the secretary's key);
- `submissions`: a passing paper written into the folder, never over another;
- `secretary`, `packs`: the folder as the secretary sees it, and its pack built as `pack` builds it;
- `app`, `secretary_pages`, `responses`: the Starlette application, its pages and what they share.
"""
