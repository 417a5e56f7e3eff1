"""People as typed on cover sheets: "Name, Role", "Name – Role", "Name: Role" (or the role
first, "Cabinet Member for Finance: Councillor David Amos"), several joined by " / ".

"Emily Kruger Collier – Head of ICS PMO / Denise Wyn-Jones – PMO Programme Manager" is two
people; "Denise Wyn-Jones" keeps its hyphen, because only a dash with spaces round it (or an
en/em dash) separates a name from a role. A name with the job title on the line below it
("Jane Smith" / "Director of Finance") is one person.
"""

from __future__ import annotations

import re

from coversheet.dates.uk import parse_uk_date

# Between people: " / ", ";", " and " between two full entries is too ambiguous to split.
# Words before the first comma or dash: "Professor Sir Jonathan Van-Tam" is 5, a post written
# whole ("Deputy Director of Quality and Clinical Standards") 7; more is a sentence.
_LONGEST_NAME = 10
# Between a name and a role: the first comma, en/em dash, or a spaced hyphen.
_DASH = re.compile(r"\s*[–—]\s*|\s+-\s+")
_NAME_ROLE = re.compile(r"\s*,\s*|\s*[–—]\s*|\s+-\s+|\s*:\s+")  # ... or a colon ("Andrew Okafor: Strategic Director")


# Words that make a line a job title, not a person's name.
_JOB_WORDS = re.compile(
    r"\b(director|officer|manager|head|chief|lead|chair(?:man|woman|person)?|secretary|consultant|nurse|"
    r"executive|deputy|associate|assistant|clinician|medical|governor|commissioner|co-?ordinator|specialist|"
    r"advis[eo]r|partner|analyst|accountant|controller|practitioner|registrar|programme|project|team|member|"
    r"president|principal|superintendent|matron|pharmacist|surgeon|physician|psychiatrist|therapist|"
    r"administrator|officer|engineer|strategist|treasurer|clerk|solicitor|lawyer|barrister|auditor|planner|"
    r"ceo|cfo|coo|cno|cmo)\b",
    re.IGNORECASE,
)
_COURTESY = re.compile(r"^(?:mr|mrs|ms|miss|mx)\.?\s+(?=\S+\s+\S)", re.IGNORECASE)
# ("Mr Scott Urquhart" is "Scott Urquhart"; "Mr Smith", a surname alone, keeps its title)
_HONORIFIC = re.compile(r"^(dr|mr|mrs|ms|miss|mx|prof(?:essor)?|cllr|councillor|sir|dame)\b\.?\s", re.IGNORECASE)


# A contact officer's details: "Tel: 01273 290457", "tel. 0161 793 2143", "Email: a@b.gov.uk".
_CONTACT = re.compile(
    r"^(?:(?:tel(?:ephone)?|phone|mobile|ext(?:ension)?|e[- ]?mail)\b\.?\s*:?.*|(?:postal\s+)?address\s*:.*|\S+@\S+|\+?[\d ()-]{7,})$",
    re.IGNORECASE)


def is_contact_detail(text: str) -> bool:
    """"Ext. 4108", "Tel: 01273 290457", an e-mail address: how to reach the person above (also
    after the form's words "(For all enquiries)")."""
    return bool(_CONTACT.fullmatch(_ENQUIRIES.sub("", text.strip()).strip()))


_ENQUIRIES = re.compile(r"^\((?:for\s+)?(?:all\s+|any\s+|further\s+)?enquiries\)\s*", re.IGNORECASE)


# "[Report author]", "(name)", "(job title)": the template's prompts
_PROMPT = re.compile(r"\[[^\]]*\]|\((?:insert\s+|enter\s+)?(?:full\s+)?(?:name|(?:job\s+)?title|role|post|position|designation|author)\)",
                     re.IGNORECASE)
# "Director of Public Health<tab><tab>Date: 24 February 2026": another label of the form's, set
# after the post by tabs, and its answer: no part of the person
_TABBED_LABEL = re.compile(r"\t+\s*[A-Z][\w ()/&'-]{0,40}:.*$", re.MULTILINE)
_NOTE = re.compile(r"^(?:note|n\.?b\.?|please note)\s*[:–—-]\s+", re.IGNORECASE)
_NAME_PROMPT = re.compile(r"^name\s*:\s*", re.IGNORECASE)  # "Name: Kate Gilchrist"


def parse_people(text: str | None) -> list[dict[str, str | None]] | None:
    """[{name, role}] for each person in `text`; None when there is no text at all.

    A contact officer's telephone and e-mail, on lines of their own or after the role
    ("Sarah Whitworth, Assistant Director, tel. 0161 793 2143, sarah@salford.gov.uk"), are
    how to reach them, not people or parts of a role: they are left out."""
    if text is None or not text.strip():
        return None
    text = _TABBED_LABEL.sub("", text)
    people: list[dict[str, str | None]] = []
    parts = [piece for part in _split_people(_contact_blocks(text)) for piece in _joined_people(part)]
    for part in parts:
        part = _without_contact(_NAME_PROMPT.sub("", part.strip())).strip(" ,.")
        if not part or _PROMPT.fullmatch(part):  # "[Report author]": the template's prompt, left
            continue
        if _NOTE.match(part):  # "Note: Members are invited to contact the author …": the form's note, no one
            continue
        if people and parse_uk_date(part) is not None and len(part.split()) <= 4:
            continue  # "18 November 2026" under the author's name and post: when they signed, no one
        if len(_split_once(part)[0].split()) > _LONGEST_NAME:
            # "A risk assessment has been undertaken around the legal issues ...": the form's next
            # paragraph under a label left blank, a sentence, no one's name or post
            continue
        role_label = _ROLE_LABEL.match(part)
        if role_label and people and people[-1]["role"] is None:
            # "Robert Shaw" then "Title: Director of Commissioning & contact: ...": his job title
            people[-1]["role"] = part[role_label.end():].strip() or None
            continue
        if role_label and not people and part[role_label.end():].strip():
            people.append({"name": None, "role": part[role_label.end():].strip()})  # "Post Title: Director of Public Health", no one named
            continue
        if people and people[-1]["name"] and people[-1]["role"] and is_department(part):
            # "Callum Rowe" / "Assistant Director of Adult Social Care" / "Adults, Housing and
            # Health": the third line of a signature is his directorate, no one else
            continue
        if people and people[-1]["role"] is None and is_job_title(_split_once(part)[0]):
            # "Jane Smith" then "Director of Finance" (or "Manager, Healthwatch York") on the next line
            people[-1]["role"] = part
            continue
        people.append(parse_person(part))
    return people or None


# The words of a council's or trust's directorates and departments ("Public Health", "Adults,
# Housing and Health", "Corporate Resources"): a line of these and joining words is no one's name.
_DEPARTMENT_WORD = re.compile(
    r"public|health|adults?|children|young|people|families|housing|social|care|finance|financial|resources|corporate|"
    r"governance|communities|community|place|environment|environmental|education|strategy|commissioning|"
    r"operations|nursing|medical|quality|safeguarding|wellbeing|transformation|planning|performance|"
    r"services?|directorate|department|team|and|&|of|the|for", re.IGNORECASE)


def is_department(text: str) -> bool:
    """Is the line a directorate's or department's name, every word one of theirs?"""
    words = [word for word in re.split(r"[\s,]+", text.strip(" .")) if word]
    return 1 <= len(words) <= 6 and all(_DEPARTMENT_WORD.fullmatch(word) for word in words)


_BETWEEN_PEOPLE = re.compile(r"(\s+/\s+|\s*;\s*|\n+)")


def _split_people(text: str) -> list[str]:
    """`text` cut at the marks between people (a new line, ";", " / "), except a " / " between
    one person's two posts ("Rob Harrison, Managing Director / Chief Operating Officer")."""
    pieces = _BETWEEN_PEOPLE.split(text)
    parts: list[str] = [pieces[0]]
    for mark, piece in zip(pieces[1::2], pieces[2::2]):
        held = _split_once(parts[-1])
        if mark.strip() == "/" and held[2].strip() and is_job_title(piece) and not looks_like_name(piece) \
                and not _split_once(piece)[2].strip() and not _GROUP.search(piece.strip()):  # (not "/ ICS Programme Teams")
            parts[-1] += " / " + piece.strip()
        else:
            parts.append(piece)
    return parts


_AND = re.compile(r"(\s+(?:and|&)\s+)")


def _joined_people(part: str) -> list[str]:
    """"Dr David Somerfield, Chief Operating Officer and Sarah Brampton, Director of Finance":
    two people joined by "and", each a name and a post (a post's own "and", "Director of
    Finance and Estates", is left whole)."""
    pieces = _AND.split(part)  # [text, joining word, text, ...]
    if len(pieces) < 3:
        return [part]
    people: list[str] = [pieces[0]]
    for joining, piece in zip(pieces[1::2], pieces[2::2]):
        candidate = _without_contact(piece).strip()  # ("… and Public Health Tel: 020 …": how to reach her, no post)
        name = _split_once(candidate)[0].strip()
        held = _split_once(people[-1])
        if (held[2].strip() and _split_once(candidate)[2].strip() and looks_like_name(name) and looks_like_name(held[0].strip())
                and not any(_DEPARTMENT_WORD.fullmatch(word) for word in name.split())):
            # (not "Head of Urgent and Emergency Care, NHS …": "Emergency Care" is a service's words)
            people.append(piece)
        else:
            people[-1] += joining + piece  # (as written: "Housing & Communities" keeps its "&")
    return people


def _contact_blocks(text: str) -> str:
    """A contact block ("Priya Mistry" / "Public Health Specialist" / "Public Health" / "Tel: 01904
    …") is one person: the lines after the name and role, down to the telephone or e-mail,
    are their department, not another person."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not any(is_contact_detail(line) for line in lines):
        return text
    kept: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if line and not is_contact_detail(line):
            block.append(line)
            continue
        kept.extend(block[:2] if len(block) > 2 and "," not in block[0] and is_job_title(block[1]) else block)
        block = []
    return "\n".join(kept)


def is_job_title(text: str) -> bool:
    """Whether `text` reads as a job title rather than a name ("Director of Finance")."""
    return bool(_JOB_WORDS.search(text)) and not _HONORIFIC.match(text)


_ROLE_IN_BRACKETS = re.compile(r"(?P<name>[^()]+?)\s*\((?P<role>[^()]+)\)\s*")


def parse_person(text: str) -> dict[str, str | None]:
    bracketed = _ROLE_IN_BRACKETS.fullmatch(text.strip())
    if (bracketed and looks_like_name(bracketed["name"]) and not _NAME_ROLE.search(bracketed["name"])
            and (is_job_title(bracketed["role"]) or is_department(bracketed["role"]))):
        # "Paul Grundy (Chief Medical Officer)": the name, the post in brackets (or a cabinet
        # member's portfolio: "Cllr. Mererid Owen (Health & Social Services)")
        return {"name": _COURTESY.sub("", bracketed["name"]), "role": bracketed["role"].strip()}
    name, between, role = (piece.strip() for piece in _split_once(text))
    post, last = _after_last_dash(text)
    if (between == "," and last and not looks_like_name(name) and looks_like_name(last) and not _NAME_ROLE.search(last)
            and is_job_title(post) and not looks_like_name(post)):
        # "Director of Social Services, Health and Housing – A. Jarrett": the post (commas and
        # all), then the name after the last dash
        return {"name": _COURTESY.sub("", last), "role": post}
    if between == ":" and len(name.split()) == 1 and is_job_title(name) and role and not looks_like_name(role):
        return {"name": None, "role": text.strip()}  # "Director: Neighbourhood & Enforcement Services": a post as councils write it
    if name and not role and (run_on := _name_then_post(name)):
        return run_on
    if name and not role and is_job_title(name) and not looks_like_name(name) and not _GROUP.search(name):
        return {"name": None, "role": name}  # "Medical Director": a post, no one named ("Non-Executive Directors": a group, named)
    if name and role and is_job_title(name) and looks_like_name(role) and not is_department(role):
        name, role = role, name  # "Cabinet Member for Finance: Councillor David Amos": the role first
    elif name and role and is_job_title(name) and not looks_like_name(name) and not _GROUP.search(name) and (
            len(name.split()) > 1 or is_department(role)):
        # "Chief Delivery Officer, Staffordshire ICB", "DIRECTOR: ADULT SOCIAL CARE": a post, no one named
        return {"name": None, "role": text.strip()}
    return {"name": _COURTESY.sub("", name) or None if name else None, "role": role or None}


def _after_last_dash(text: str) -> tuple[str, str]:
    """(the words before the line's last dash, the words after it), or ("", "") without a dash."""
    dashes = list(_DASH.finditer(text.strip()))
    if not dashes:
        return "", ""
    return text.strip()[:dashes[-1].start()].strip(), text.strip()[dashes[-1].end():].strip()


_POST_OPENING = re.compile(r"(?:head|director|deputy|assistant|associate|chief|executive|senior|lead|interim|acting|"
                           r"strategic|service|programme|corporate|principal)\b", re.IGNORECASE)


def _name_then_post(text: str) -> dict[str, str | None] | None:
    """"Rhian Dawson Head of Adult Social Care" (a signature's name and post with only spaces, or
    tabs, between them): the name and the post; None for any other text."""
    words = text.split()
    for count in (2, 3):
        name, post = " ".join(words[:count]), " ".join(words[count:])
        # (not "Corporate Governance Officer", "Mental Health Act Manager": a post whole)
        if (_POST_OPENING.match(post) and len(post.split()) >= 2 and looks_like_name(name) and is_job_title(post)
                and not looks_like_name(post)):
            return {"name": _COURTESY.sub("", name), "role": post}
    return None


def looks_like_name(text: str) -> bool:
    """"Councillor David Amos", "Jane Smith": an honorific, or two to four capitalised words
    that are no job title."""
    if _HONORIFIC.match(text):
        return True
    words = text.split()
    return 2 <= len(words) <= 4 and all(word[:1].isupper() for word in words) and not is_job_title(text) \
        and not re.search(r"\d", text) and not _BODY_WORDS.search(text) and not _JOINING_WORD.search(text)


# "HEALTH AND WELLBEING", "Director of Adults": words that join a post's or a body's words, never a name's
_JOINING_WORD = re.compile(r"\b(?:and|of|for|the)\b|&", re.IGNORECASE)


_GROUP = re.compile(r"\b(directors|members|governors|officers|managers|leads|chairs|executives|trustees|partners|teams?|groups?|committees?|boards?)$", re.I)
# Words that make a line a body, not a person ("Audit Committee", "Public Health Team").
_BODY_WORDS = re.compile(r"\b(committee|board|group|council|trust|team|services?|department|directorate|"
                         r"partnership|forum|panel|office|unit|nhs|icb|ics|healthwatch|locality|hospitals?|authority|"
                         r"ccg|hscp|ijb|university|alliance|network|agency)\b", re.IGNORECASE)


def is_body(text: str) -> bool:
    """"Aberdeenshire Health and Social Care Partnership", "Public Health Team": a line naming a
    body (under a signature's post), not a sentence."""
    text = text.strip()
    return bool(_BODY_WORDS.search(text)) and len(text.split()) <= 10 and not text.endswith((".", ":"))


def _split_once(text: str) -> tuple[str, str, str]:
    match = _NAME_ROLE.search(text)
    if match is None:
        return text, "", ""
    return text[: match.start()], match.group(), text[match.end():]


# "… Tel: 0161 …", "… & contact: …": the details that follow; "contact" only before a colon, since a
# post may end in the word ("LeDeR Local Area Contact")
# ("… Jo Hughes on telephone number 0161 474 3012 or alternatively email …", "Jo Hughes on 0161 474 3012")
_CONTACT_TAIL = re.compile(
    r"\s+(?:&\s*|and\s+|on\s+)?(?:(?:tel(?:ephone)?|phone|mobile|e[- ]?mail)\b\.?\s*:?|contact(?:\s+details)?\s*:).*$"
    r"|\s+on\s+\+?\d[\d ()-]{6,}.*$", re.IGNORECASE)
_BRACKETED_CONTACT = re.compile(r"\s*\((?:tel(?:ephone)?|phone|mobile|e[- ]?mail|ext)\b[^()]*\)", re.IGNORECASE)
# "Senior Scrutiny Officer – 0115 977 4000", "Gerald Hartley (0191) 433 2914" (a UK number after a space)
_PHONE_TAIL = re.compile(r"\s*(?:[–—]|\s-)\s*\+?\d[\d ()-]{6,}$|\s+\(?0\d{2,4}\)?\s?\d[\d ]{5,}$")
_ROLE_LABEL = re.compile(r"^(?:job\s+|post\s+)?(?:title|role|position|designation|post)\s*:\s*", re.IGNORECASE)  # "Title: Director of Commissioning"
# "Post Title: Director of Public Health" under a contact officer's name: their post, not a question of the form's
_POST_WORDS = r"(?:(?:job|post)\s+title|position|designation)"
_POST_LINE = re.compile(rf"^{_POST_WORDS}\s*:", re.IGNORECASE)


def is_post_line(text: str) -> bool:
    """"Post Title: …", "Job title: …", "Position: …": the post of the person named above."""
    return bool(_POST_LINE.match(text.strip()))


_POST_LABEL = re.compile(rf"{_POST_WORDS}\s*:?", re.IGNORECASE)


def is_post_label(text: str) -> bool:
    """"DESIGNATION", "Job title:" alone in a table's first cell: the row gives the post of the
    person named in the row above."""
    return bool(_POST_LABEL.fullmatch(text.strip()))


def _without_contact(part: str) -> str:
    """`part` without the telephone and e-mail pieces after a comma ("…, tel. 0161 …, a@b.gov.uk")
    or after the name ("Ian Mackenzie Tel: 03000 268 142")."""
    pieces = re.split(r"\s*,\s*", part)
    kept = [piece for piece in pieces if not _CONTACT.match(piece.strip())]
    if len(kept) != len(pieces):  # "Clare Platt, Tel: (01772) 536287, Head of Public Health Commissioning"
        part = ", ".join(kept)
    part = _BRACKETED_CONTACT.sub("", part)  # "… Charging Manager (E-mail: pughr@caerphilly.gov.uk)"
    return _PHONE_TAIL.sub("", _CONTACT_TAIL.sub("", _CONTACTED.sub("", part)))


# "Claire Hornsby, Chief Operating Officer, who can be contacted on 01522 … or by e-mail at …"
_CONTACTED = re.compile(r"\s*,?\s+who\s+(?:can|may|should)\s+be\s+(?:contacted|reached)\b.*$", re.IGNORECASE | re.DOTALL)


# The column names of a table of people ("Name | Title / Organisation", "Officer Contact Name |
# Tel | Email"): which columns hold the name, which the post, which how to reach them.
_NAME_COLUMN = re.compile(r"^(?:(?:officer\s+)?(?:contact\s+)?(?:full\s+)?name|officer|author|person)s?$", re.IGNORECASE)
_ROLE_COLUMN = re.compile(
    r"^(?:(?:job\s+)?title|role|post|position|designation|organi[sz]ation|department|directorate|service|team)"
    r"(?:\s*(?:/|and|&)\s*(?:(?:job\s+)?title|role|post|position|designation|organi[sz]ation|department|directorate|service|team))*$",
    re.IGNORECASE)
_CONTACT_COLUMN = re.compile(r"^(?:tel(?:ephone)?(?:\s+no\.?)?|phone|mobile|e[- ]?mail(?:\s+address)?|contact(?:\s+details)?)$", re.IGNORECASE)


def people_columns(headers: list[str]) -> list[str] | None:
    """"name", "role" or "contact" for each column name of a table of people; None unless every
    column is one of them and one holds the name."""
    kinds = []
    for header in headers:
        text = " ".join(header.split()).strip(" :")
        kind = "name" if _NAME_COLUMN.match(text) else "role" if _ROLE_COLUMN.match(text) else \
            "contact" if _CONTACT_COLUMN.match(text) else None
        if kind is None:
            return None
        kinds.append(kind)
    return kinds if "name" in kinds else None


def people_in_rows(kinds: list[str], rows: list[list[str]]) -> str | None:
    """The people of a table under `people_columns`, a line each as "Name, Role" (how to reach
    them left out)."""
    lines = []
    for texts in rows:
        if len(texts) != len(kinds):
            continue
        name = " ".join(text for kind, text in zip(kinds, texts) if kind == "name" and text)
        role = ", ".join(text for kind, text in zip(kinds, texts) if kind == "role" and text)
        if name:
            lines.append(f"{name}, {role}" if role else name)
    return "\n".join(lines) or None


def signature(text: str) -> str | None:
    """"PHILIP BAKER" over "Deputy Chief Executive", two lines of one paragraph or cell: "Philip
    Baker, Deputy Chief Executive" (a name in capitals, as signatures print it, in a name's
    case); None for any other text."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if (len(lines) != 2 or ":" in text or "," in lines[0] or not looks_like_name(lines[0]) or not is_job_title(lines[1])
            or looks_like_name(lines[1])):
        return None  # (not "SWYDDOG ADRODD:" over "REPORTING OFFICER:", a label in two languages)
    name = lines[0].title() if lines[0].isupper() else lines[0]
    return f"{name}, {lines[1]}"
