"""London borough O&S sub-committee minutes: Minute No. in a left margin column, RESOLVED: That (a)(b)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from lib import register_fonts, pdf_path

STEM = "blind9-uk-harrowfield-lb-housing-scrutiny-subcommittee-minutes-2025-01-14"
register_fonts()
F, FB = "LibSans", "LibSans-Bold"
body = ParagraphStyle("b", fontName=F, fontSize=10.5, leading=14, spaceAfter=6)
bold = ParagraphStyle("bb", parent=body, fontName=FB)
head = ParagraphStyle("h", parent=body, fontName=FB, fontSize=11, spaceAfter=4)
res = ParagraphStyle("r", parent=body, leftIndent=8 * mm, firstLineIndent=-8 * mm)
title = ParagraphStyle("t", fontName=FB, fontSize=15, leading=19, spaceAfter=4)


def on_page(c, doc):
    c.saveState()
    c.setFont(F, 8.5)
    c.drawString(20 * mm, 287 * mm, "Housing and Regeneration Scrutiny Sub-Committee - 14 January 2025")
    c.line(20 * mm, 285.5 * mm, 190 * mm, 285.5 * mm)
    c.drawCentredString(105 * mm, 12 * mm, f"- {doc.page + 140} -")
    c.restoreState()


def minute(no, heading, paras):
    """One minute: number in the margin column, heading and paragraphs in the main column."""
    rows = [[Paragraph(f"{no}.", bold), Paragraph(heading, head)]]
    for p in paras:
        rows.append(["", p if not isinstance(p, str) else Paragraph(p, body)])
    t = Table(rows, colWidths=[20 * mm, 150 * mm], splitByRow=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [t, Spacer(1, 4)]


def R(letter, text):
    return Paragraph(f"({letter})&nbsp;&nbsp;{text}", res)


story = [
    Paragraph("LONDON BOROUGH OF HARROWFIELD", ParagraphStyle("lb", fontName=FB, fontSize=10, leading=13)),
    Spacer(1, 6),
    Paragraph("HOUSING AND REGENERATION SCRUTINY SUB-COMMITTEE", title),
    Paragraph("MINUTES", title),
    Spacer(1, 4),
    Paragraph("<b>14 JANUARY 2025</b>", body),
    Table([
        [Paragraph("<b>Chair:</b>", body), Paragraph("* Councillor Priya Ramanathan", body)],
        [Paragraph("<b>Councillors:</b>", body), Paragraph(
            "* Tom Oduya (Vice-Chair)&nbsp;&nbsp; * Bernadette Kelleher&nbsp;&nbsp; * Marcus Hale<br/>"
            "* Shazia Iqbal&nbsp;&nbsp; * Gareth Wynne-Jones&nbsp;&nbsp; * Leon Fairbrother (2)", body)],
        [Paragraph("<b>Co-optee (non-voting):</b>", body),
         Paragraph("Mrs Doreen Achterberg, Harrowfield Tenants' and Residents' Federation", body)],
        [Paragraph("<b>In attendance:</b><br/>(Councillors)", body), Paragraph(
            "Fiona McTeer (Cabinet Member for Housing) for Minute 45<br/>"
            "Colin Aske (Minute 46) - attended virtually", body)],
        [Paragraph("<b>Officers:</b>", body), Paragraph(
            "Dermot Quayle, Director of Housing<br/>Ruth Abebe, Head of Tenancy Services<br/>"
            "Simon Clay, Senior Scrutiny Officer", body)],
        [Paragraph("<b>Apologies received:</b>", body), Paragraph(
            "Councillor Amira Shah<br/>Councillor Peter Danvers", body)],
    ], colWidths=[42 * mm, 128 * mm], style=[("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]),
    Paragraph("* Denotes Member present<br/>(2) Denotes category of Reserve Member", ParagraphStyle(
        "n", parent=body, fontSize=8.5, leading=11)),
    Spacer(1, 8),
]

story += minute(41, "Attendance by Reserve Members", [
    "<b>RESOLVED:</b> To note the attendance at this meeting of the following duly appointed Reserve Member:",
    Table([["Ordinary Member", "Reserve Member"], ["Councillor Amira Shah", "Councillor Leon Fairbrother"]],
          colWidths=[60 * mm, 60 * mm], style=[("FONTNAME", (0, 0), (-1, 0), FB), ("FONTNAME", (0, 1), (-1, -1), F),
                                               ("FONTSIZE", (0, 0), (-1, -1), 10)]),
    Spacer(1, 6),
])
story += minute(42, "Declarations of Interest", [
    "<b>RESOLVED:</b> To note that the following interest was declared:",
    "<u>Agenda Item 7 - Damp and Mould in Council Homes: Progress Report</u>",
    "Councillor Bernadette Kelleher declared a non-pecuniary interest in that she was a secure tenant of the "
    "Council. She would remain in the room while the matter was considered and voted upon.",
])
story += minute(43, "Minutes", [
    "<b>RESOLVED:</b> That the minutes of the meeting held on 12 November 2024, be taken as read and signed "
    "as a correct record.",
])
story += minute(44, "Public Questions and Petitions", [
    "<b>RESOLVED:</b> To note that no public questions were put, or petitions received, at this meeting.",
])
story.append(Paragraph("<b>RESOLVED ITEMS</b>", ParagraphStyle("ri", parent=body, alignment=1)))
story += minute(45, "Damp and Mould in Council Homes: Progress Report and Response to the Housing "
                    "Ombudsman Spotlight Report", [
    "The Sub-Committee received a report of the Director of Housing setting out progress against the damp and "
    "mould action plan agreed by Cabinet in July 2024, and the Council's response to the Housing Ombudsman's "
    "spotlight report on damp and mould.",
    "The Director of Housing reported that the number of open damp and mould cases had fallen from 1,214 at "
    "the end of June 2024 to 688 on 31 December 2024. All cases classed as category 1 hazards were now "
    "inspected within 10 working days. The Council's repairs contractor, Kestrel Property Services Ltd, had "
    "recruited an additional surveying team in September.",
    "In response to questions from Members, officers advised that:",
    Paragraph("&bull;&nbsp; the new statutory timescales for investigating hazards (Awaab's Law) were expected "
              "to apply to social landlords from October 2025, and the service was preparing for them now;", res),
    Paragraph("&bull;&nbsp; a self-referral to the Regulator of Social Housing had not been required, but the "
              "Council had shared its action plan with the Regulator;", res),
    Paragraph("&bull;&nbsp; the Harrowfield Tenants' and Residents' Federation had been invited to join the "
              "damp and mould steering group.", res),
    "Mrs Achterberg welcomed the progress but reported that tenants in the Northgate estate still waited too "
    "long for follow-up works. The Head of Tenancy Services undertook to circulate the revised repairs "
    "timescales to Members by the end of January 2025.",
    "The Cabinet Member for Housing thanked the Sub-Committee for its continued interest and confirmed that "
    "the Cabinet would consider the Sub-Committee's comments at its meeting on 20 February 2025.",
    "<b>RESOLVED:</b> That",
    R("a", "the progress made in reducing the number of open damp and mould cases be noted;"),
    R("b", "the Director of Housing provide a breakdown of open damp and mould cases by ward, and by tenure, "
           "to the next meeting of the Sub-Committee;"),
    R("c", "the Sub-Committee's concern at the time taken to complete follow-up works be referred to the "
           "Cabinet Member for Housing for a response within 28 days."),
])
story += minute(46, "Temporary Accommodation Placements Outside the Borough", [
    "The Sub-Committee considered a report of the Director of Housing on the use of temporary accommodation "
    "(TA) outside the borough. At 30 November 2024, 1,032 households were in TA, of whom 371 had been placed "
    "outside Harrowfield, mostly in the neighbouring London Borough of Brentmere and in Essex.",
    "Councillor Colin Aske, who attended virtually, asked about the notification of receiving boroughs. The "
    "Head of Tenancy Services confirmed that the Council followed the pan-London inter-borough "
    "accommodation agreement and notified receiving authorities within two working days of each placement.",
    "Members noted the work of the charity Shelter and of Harrowfield Citizens Advice in supporting placed "
    "households, and the Ministry of Housing, Communities and Local Government (MHCLG) funding announced on "
    "17 December 2024 through the Homelessness Prevention Grant.",
    "The Chair requested that officers arrange a site visit to the Northgate Lane hostel for Members before "
    "the March meeting.",
    "<b>RESOLVED:</b> That the report be noted.",
])
story += minute(47, "Sub-Committee Work Programme 2024/25", [
    "The Senior Scrutiny Officer introduced the draft work programme for the remainder of the 2024/25 "
    "municipal year.",
    "<b>RESOLVED:</b> That",
    R("a", "the work programme be agreed, subject to the addition of an item on the Housing Revenue Account "
           "Business Plan at the meeting on 11 March 2025;"),
    R("b", "a scrutiny review of the housing allocations policy be scoped by the Senior Scrutiny Officer and "
           "reported to the Overview and Scrutiny Committee on 3 April 2025."),
])
story += minute(48, "Any Other Urgent Business", ["None."])
story += [
    Spacer(1, 10),
    Paragraph("(Note: The meeting, having commenced at 7.00 pm, closed at 9.12 pm).", body),
    Spacer(1, 16),
    Paragraph("(Signed) COUNCILLOR PRIYA RAMANATHAN<br/>Chair", body),
]

doc = SimpleDocTemplate(pdf_path(STEM), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                        topMargin=20 * mm, bottomMargin=22 * mm, title="Minutes")
doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
print("made", STEM)
