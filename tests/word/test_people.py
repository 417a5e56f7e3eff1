"""People as typed on cover sheets: "Name, Job title", "Name – Job title", "Name: Job title", or two lines."""

from __future__ import annotations

import pytest

from coversheet.word.answers.people import parse_people


@pytest.mark.parametrize(("text", "people"), [
    ("Jane Smith, Director of Finance", [("Jane Smith", "Director of Finance")]),
    ("Jane Smith – Director of Finance", [("Jane Smith", "Director of Finance")]),
    ("Jane Smith\nDirector of Finance", [("Jane Smith", "Director of Finance")]),
    ("Dr Helen Marsh\nChief Operating Officer", [("Dr Helen Marsh", "Chief Operating Officer")]),
    ("Jane Smith\nTom Brown", [("Jane Smith", None), ("Tom Brown", None)]),
    ("Jane Smith, Director of Finance\nTom Brown\nHead of Planning",
     [("Jane Smith", "Director of Finance"), ("Tom Brown", "Head of Planning")]),
    ("Cllr Amy Jones\nCllr Raj Patel", [("Cllr Amy Jones", None), ("Cllr Raj Patel", None)]),
    # A courtesy title is how a name is addressed, no part of it; a doctor's, a professor's and a
    # councillor's title say what the person is, and are kept.
    ("Mr Scott Urquhart, Director of Finance", [("Scott Urquhart", "Director of Finance")]),
    ("Mrs. Lesley Paterson – Deputy Director of Finance", [("Lesley Paterson", "Deputy Director of Finance")]),
    ("Ms Gillian Morton, Programme Director\nMiss Jo Bloggs", [("Gillian Morton", "Programme Director"), ("Jo Bloggs", None)]),
    # A role on the line below that has its own comma or dash is still the role.
    ("Gwen Morley\nManager, Healthwatch York", [("Gwen Morley", "Manager, Healthwatch York")]),
    ("Janet Pearce\nAssistant Director – Access, Prevention and Improvement",
     [("Janet Pearce", "Assistant Director – Access, Prevention and Improvement")]),
    # A contact block: name, role, department, telephone is one person.
    ("Priya Mistry\nPublic Health Specialist\nPublic Health\nTel: 01904 553412",
     [("Priya Mistry", "Public Health Specialist")]),
    # "Name: Job title", and the job title first when the name is plainly a name.
    ("Andrew Okafor: Strategic Director for Children's Services",
     [("Andrew Okafor", "Strategic Director for Children's Services")]),
    ("Cabinet Member for Finance: Councillor David Amos", [("Councillor David Amos", "Cabinet Member for Finance")]),
    ("Director of Finance, Jane Smith", [("Jane Smith", "Director of Finance")]),
    ("Chair, Audit Committee", [("Chair", "Audit Committee")]),  # no name: left as written
    # A telephone written straight after the name is how to reach them.
    ("Ian Mackenzie Tel: 03000 268 142", [("Ian Mackenzie", None)]),
    # A post with no one named is the role; a group is named as written.
    ("Medical Director", [(None, "Medical Director")]),
    ("Non-Executive Directors", [("Non-Executive Directors", None)]),
    # The job title on the next line after its own label, the contact after it.
    ("Robert Shaw\nTitle: Director of Commissioning & contact: robert.shaw@nhs.net",
     [("Robert Shaw", "Director of Commissioning")]),
    # How to reach them said in a clause after the post ("who can be contacted on ... or by e-mail at ...").
    ("Claire Hornsby, Chief Operating Officer, who can be contacted on 01522 573100 or by e-mail at c.h@ulh.nhs.uk",
     [("Claire Hornsby", "Chief Operating Officer")]),
    ("Jo Hughes on telephone number 0161 474 3012 or alternatively email jo.hughes@stockport.gov.uk", [("Jo Hughes", None)]),
    ("Jo Hughes on 0161 474 3012", [("Jo Hughes", None)]),
    ("Rhiannon Pugh, Financial Assessment and Charging Manager (E-mail: pughr@caerphilly.gov.uk)",
     [("Rhiannon Pugh", "Financial Assessment and Charging Manager")]),
    # A council's "Contact for enquiries" block: the address is where to write, no person.
    ("Name: Damian Furniss\nTelephone: 01392 383000\nAddress: County Hall, Topsham Road, Exeter, EX2 4QD",
     [("Damian Furniss", None)]),
    # "Name:" and "Post:" lines of a council's officer contact block.
    ("Name: Rachel Okafor\nPost: Head of Commissioning, Adults\nEmail: r.okafor@cambridgeshire.gov.uk",
     [("Rachel Okafor", "Head of Commissioning, Adults")]),
    # The post in brackets after the name.
    ("Paul Grundy (Chief Medical Officer)", [("Paul Grundy", "Chief Medical Officer")]),
    ("Finance Committee (March)", [("Finance Committee (March)", None)]),
    # ... or a cabinet member's portfolio
    ("Cllr. Mererid Owen (Health & Social Services)", [("Cllr. Mererid Owen", "Health & Social Services")]),
    # A signature's name and post with only tabs or spaces between them.
    ("Rhian Dawson\t\tHead of Adult Social Care", [("Rhian Dawson", "Head of Adult Social Care")]),
    ("Rhian Dawson Head of Adult Social Care", [("Rhian Dawson", "Head of Adult Social Care")]),
    ("Head of Service Jane Smith", [(None, "Head of Service Jane Smith")]),  # (no name first: left whole)
    ("Corporate Governance Officer", [(None, "Corporate Governance Officer")]),  # a post whole, no name in it
    # A post as councils write it, with a colon ("Director: Adult Social Care"): no one named.
    ("DIRECTOR: ADULT SOCIAL CARE", [(None, "DIRECTOR: ADULT SOCIAL CARE")]),
    ("Director: Neighbourhood & Enforcement Services", [(None, "Director: Neighbourhood & Enforcement Services")]),
    ("Director, Public Health", [(None, "Director, Public Health")]),
    ("Director: Jane Smith", [("Jane Smith", "Director")]),
    ("Mental Health Act Manager", [(None, "Mental Health Act Manager")]),
    # Two people joined by "and", each a name and a post; a post's own "and" is left whole.
    ("Dr David Somerfield, Chief Operating Officer and Sarah Brampton, Director of Finance",
     [("Dr David Somerfield", "Chief Operating Officer"), ("Sarah Brampton", "Director of Finance")]),
    ("Jane Smith, Director of Finance and Estates", [("Jane Smith", "Director of Finance and Estates")]),
    ("Rob Harrison, Managing Director / Chief Operating Officer", [("Rob Harrison", "Managing Director / Chief Operating Officer")]),
    ("Rob Harrison, Managing Director / Jane Smith, Director of Finance",
     [("Rob Harrison", "Managing Director"), ("Jane Smith", "Director of Finance")]),
    ("Rebecca Lloyd, Head of Urgent and Emergency Care, NHS North East London",
     [("Rebecca Lloyd", "Head of Urgent and Emergency Care, NHS North East London")]),
    ("Rhiannon Evans, Director of Adults, Housing & Communities", [("Rhiannon Evans", "Director of Adults, Housing & Communities")]),
    ("Anita Shah, Head of Finance, Adult Social Care and Public Health Tel: 020 7527 1234",
     [("Anita Shah", "Head of Finance, Adult Social Care and Public Health")]),
    ("Dr Helen Marsh, Chief Nursing Officer (Director of Infection Prevention and Control)",
     [("Dr Helen Marsh", "Chief Nursing Officer (Director of Infection Prevention and Control)")]),
    # A signature's third line is the directorate, no second person (no telephone under it).
    ("Callum Rowe\nAssistant Director of Adult Social Care\nAdults, Housing and Health",
     [("Callum Rowe", "Assistant Director of Adult Social Care")]),
    # The post first, commas and all, then the name after the last dash ("A. Jarrett"); but the
    # name first, then the post with its team after a dash
    ("Director of Social Services, Health and Housing – A. Jarrett",
     [("A. Jarrett", "Director of Social Services, Health and Housing")]),
    ("Martin Price, Head of Finance – Primary Care", [("Martin Price", "Head of Finance – Primary Care")]),
    # the telephone line under the contact, after the form's words "(For all enquiries)"
    ("Mark Ellison, Director of Public Health\n(For all enquiries)\t(01753) 875142",
     [("Mark Ellison", "Director of Public Health")]),
])
def test_people_as_typed(text, people):
    assert [(p["name"], p["role"]) for p in parse_people(text)] == people


def test_the_templates_placeholders_are_no_one():
    # "(name)" over "(title)", "[Report author]": the template's prompts left in place
    assert parse_people("(name)\n(title)\ntelephone: (0151) 666 xxxx") is None
    assert parse_people("[Report author]") is None
    assert [(p["name"], p["role"]) for p in parse_people("Jo Bloggs\n(Job title)")] == [("Jo Bloggs", None)]
