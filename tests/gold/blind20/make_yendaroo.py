"""Australian (Queensland-style) shire council ordinary meeting minutes: A4, logo banner, PRESENT/OFFICERS/
APOLOGIES label column, three-level item numbers (10 / 10.3 / 10.3.2) with wrapped CAPS titles, OFFICER
RECOMMENDATION and boxed COUNCIL RESOLUTION blocks, Moved/Seconded line, CARRIED n/n with For/Against division
lists, a resolution that amends the officer recommendation, declaration of interest table, closed session."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, count_pages, fonts, style

STEM = "blind20-au-yendaroo-shire-council-ordinary-meeting-minutes-2025-04-16"
GREEN = colors.HexColor("#2f5d2a")
OCHRE = colors.HexColor("#c9822b")
W = 174 * mm


def story():
    F, FB = "DejaVuSans", "DejaVuSans-Bold"
    body = style("b", F, 9, 12.5, spaceAfter=4)
    lab = style("l", FB, 9, 12.5)
    h1 = style("h1", FB, 11, 14, textColor=GREEN, spaceBefore=8, spaceAfter=3)
    h2 = style("h2", FB, 10, 13, textColor=GREEN, spaceBefore=6, spaceAfter=2)
    h3 = style("h3", FB, 9.5, 12.5, spaceBefore=6, spaceAfter=3)
    meta = style("m", F, 8, 10.5, textColor=colors.HexColor("#555555"), spaceAfter=4)
    cap = style("c", FB, 8.5, 11, spaceBefore=3, spaceAfter=2)
    cell = style("ce", F, 8, 10)
    cellb = style("cb", FB, 8, 10)
    right = style("r", FB, 9, 12, alignment=2)
    s = [Spacer(1, 24 * mm)]

    def P(x, st=body):
        s.append(Paragraph(x, st))

    def labelled(rows):
        t = Table([[Paragraph(a, lab), [Paragraph(x, body) for x in b]] for a, b in rows],
                  colWidths=[32 * mm, W - 32 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        s.append(t)

    def rec(text):
        s.append(Paragraph("OFFICER RECOMMENDATION", cap))
        s.append(Paragraph(text, body))

    def res(num, text, moved, seconded, result, division=None):
        inner = [Paragraph(f"COUNCIL RESOLUTION {num}", cap)]
        inner += [Paragraph(x, body) for x in text]
        mv = Table([[Paragraph(f"<b>Moved:</b> Cr {moved}", body), Paragraph(f"<b>Seconded:</b> Cr {seconded}", body)]],
                   colWidths=[60 * mm, 100 * mm])
        mv.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
        inner += [mv, Paragraph(result, right)]
        if division:
            inner += [Paragraph(f"<b>For:</b> {division[0]}", body), Paragraph(f"<b>Against:</b> {division[1]}", body)]
        t = Table([[inner]], colWidths=[W])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, GREEN), ("BACKGROUND", (0, 0), (-1, -1),
                                                                          colors.HexColor("#f1f5ee")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
        s.append(Spacer(1, 2))
        s.append(t)
        s.append(Spacer(1, 4))

    P("MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD IN THE COUNCIL CHAMBERS, 42 HOVELL STREET, YENDAROO ON "
      "WEDNESDAY 16 APRIL 2025 COMMENCING AT 9.00AM", style("t", FB, 10.5, 14, spaceAfter=8))
    P("1&nbsp;&nbsp;&nbsp;OPENING OF MEETING", h1)
    P("The Mayor declared the meeting open at 9.02am and welcomed Councillors, officers and members of the gallery.")
    P("2&nbsp;&nbsp;&nbsp;ACKNOWLEDGEMENT OF TRADITIONAL CUSTODIANS", h1)
    P("The Mayor acknowledged the Traditional Custodians of the land on which the meeting was held and paid "
      "respect to Elders past and present.")
    P("3&nbsp;&nbsp;&nbsp;ATTENDANCE AND APOLOGIES", h1)
    labelled([
        ("PRESENT:", ["Cr Bronwyn Hartigan (Mayor) – Chair", "Cr Dale Kurtz (Deputy Mayor)", "Cr Sophie Nguyen",
                      "Cr Trevor Mahony", "Cr Lachlan Pryce", "Cr Janelle Witt",
                      "Cr Raymond Oakes (by audio-visual link)"]),
        ("OFFICERS:", ["Mr Craig Dunstan – Chief Executive Officer", "Ms Priya Raman – Director Corporate Services",
                       "Mr Tom Bellchambers – Director Infrastructure and Planning",
                       "Ms Leah Corrigan – Senior Planner (item 10.3.2 only)",
                       "Ms Kerry Ashdown – Minute Secretary"]),
        ("APOLOGIES:", ["Cr Fiona McCallister"]),
        ("GALLERY:", ["Five members of the public"]),
    ])
    res("2025/139", ["That the apology from Cr Fiona McCallister be accepted and leave of absence granted for this "
                     "meeting."], "Witt", "Pryce", "CARRIED 7/0")
    P("4&nbsp;&nbsp;&nbsp;DECLARATIONS OF INTEREST", h1)
    P("The following declarations of interest were made under Chapter 5B of the <i>Local Government Act 2009</i>:")
    rows = [["Councillor", "Item", "Nature of interest", "Type of conflict", "Action taken"],
            ["Cr Trevor Mahony", "10.3.2", "Owns and farms land adjoining the subject site on Bungil Creek Road",
             "Prescribed conflict of interest", "Left the meeting for the item"],
            ["Cr Janelle Witt", "11.1", "Committee member of the Yendaroo Show Society Inc.",
             "Declarable conflict of interest", "Remained; Council resolved she may participate and vote"]]
    t = Table([[Paragraph(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(rows)],
              colWidths=[28 * mm, 13 * mm, 55 * mm, 35 * mm, 43 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe8d9"))]))
    s += [t, Spacer(1, 4)]
    res("2025/140", ["That Cr Witt may participate in the discussion and vote on item 11.1, as a reasonable person "
                     "would trust that the final decision is made in the public interest."], "Kurtz", "Nguyen",
        "CARRIED 6/0")
    P("Cr Witt did not vote on resolution 2025/140.", meta)
    P("5&nbsp;&nbsp;&nbsp;CONFIRMATION OF MINUTES", h1)
    res("2025/141", ["That the Minutes of the Ordinary Meeting held on 19 March 2025 be confirmed as a true and "
                     "correct record."], "Pryce", "Oakes", "CARRIED 7/0")
    P("6&nbsp;&nbsp;&nbsp;BUSINESS ARISING FROM MINUTES", h1)
    P("Nil.")
    P("7&nbsp;&nbsp;&nbsp;DEPUTATIONS", h1)
    P("7.1&nbsp;&nbsp;&nbsp;YENDAROO LANDCARE GROUP – BUNGIL CREEK REVEGETATION", h2)
    P("Ms Helen Sturt, Secretary of the Yendaroo Landcare Group, addressed Council from 9.12am to 9.22am seeking "
      "Council’s support for a Landcare Australia grant application to revegetate 3.4 km of the Bungil Creek "
      "riparian zone. The Mayor thanked Ms Sturt and advised that the Chief Executive Officer would respond in "
      "writing within 14 days.")
    P("8&nbsp;&nbsp;&nbsp;MAYORAL REPORT", h1)
    res("2025/142", ["That the Mayoral Report for the period 19 March 2025 to 15 April 2025 be received."],
        "Hartigan", "Kurtz", "CARRIED 7/0")
    P("9&nbsp;&nbsp;&nbsp;NOTICES OF MOTION", h1)
    P("9.1&nbsp;&nbsp;&nbsp;NOTICE OF MOTION – CR SOPHIE NGUYEN – FOOTPATH LIGHTING, COBB STREET", h2)
    res("2025/143", ["That Council requests the Chief Executive Officer to prepare a report for the June 2025 "
                     "Ordinary Meeting on the cost of installing solar footpath lighting along Cobb Street between "
                     "Yendaroo State School and the Apex Park sports ground."], "Nguyen", "Kurtz", "CARRIED 7/0")
    P("10&nbsp;&nbsp;&nbsp;OFFICER REPORTS", h1)
    P("10.1&nbsp;&nbsp;&nbsp;OFFICE OF THE CHIEF EXECUTIVE OFFICER", h2)
    P("10.1.1&nbsp;&nbsp;&nbsp;OPERATIONAL PLAN 2024/25 – QUARTER 3 PROGRESS REPORT", h3)
    P("File: CM-12/04/07 &nbsp;&nbsp; Author: Chief Executive Officer &nbsp;&nbsp; Attachments: 1. Q3 Progress "
      "Report", meta)
    P("The report sets out progress to 31 March 2025 against the 64 activities of the Operational Plan 2024/25, "
      "grouped under the five themes of the Corporate Plan 2024–2029:")
    for x in ["Strong Local Economy", "Liveable and Connected Communities", "Healthy Natural Environment",
              "Reliable Infrastructure and Services", "Accountable and Engaged Leadership"]:
        P(f"•&nbsp;&nbsp;{x}", style("bl", F, 9, 12, leftIndent=6 * mm))
    P("Fifty-one activities (80%) were on track, nine were behind schedule and four had not commenced.")
    rec("That Council receives the Operational Plan 2024/25 Quarter 3 Progress Report.")
    res("2025/144", ["That Council receives the Operational Plan 2024/25 Quarter 3 Progress Report."],
        "Kurtz", "Witt", "CARRIED 7/0")
    P("10.2&nbsp;&nbsp;&nbsp;CORPORATE SERVICES", h2)
    P("10.2.1&nbsp;&nbsp;&nbsp;PENSIONER RATES CONCESSION POLICY – REVIEW", h3)
    P("File: FM-03/11/02 &nbsp;&nbsp; Author: Director Corporate Services &nbsp;&nbsp; Attachments: 1. Revised "
      "Policy", meta)
    rec("That Council:<br/>1. adopts the revised Pensioner Rates Concession Policy as attached; and<br/>"
        "2. increases the maximum concession from $220 to $260 per annum from 1 July 2025.")
    P("Cr Nguyen moved an amendment to the amount of the concession, which was accepted by the mover and "
      "seconder and became the motion.")
    res("2025/145", ["That Council:", "1. adopts the revised Pensioner Rates Concession Policy as attached; and",
                     "2. increases the maximum concession from $220 to $300 per annum from 1 July 2025."],
        "Nguyen", "Oakes", "CARRIED 5/2",
        ("Crs Hartigan, Kurtz, Nguyen, Oakes and Witt", "Crs Mahony and Pryce"))
    P("<b>Reason for departing from the officer recommendation:</b> Council considered that the higher concession "
      "better reflects increases in the cost of living for pensioners since the policy was last reviewed in 2019.")
    P("10.2.2&nbsp;&nbsp;&nbsp;FINANCIAL REPORT FOR THE PERIOD ENDING 31 MARCH 2025", h3)
    rec("That Council receives the Financial Report for the period ending 31 March 2025.")
    res("2025/146", ["That Council receives the Financial Report for the period ending 31 March 2025."],
        "Pryce", "Mahony", "CARRIED 7/0")
    P("10.3&nbsp;&nbsp;&nbsp;INFRASTRUCTURE AND PLANNING", h2)
    P("10.3.1&nbsp;&nbsp;&nbsp;TENDER T2025-04 – BITUMEN RESEAL PROGRAM 2025/26", h3)
    P("File: TD-2025-04 &nbsp;&nbsp; Author: Director Infrastructure and Planning &nbsp;&nbsp; Attachments: "
      "1. Tender evaluation (confidential)", meta)
    rec("That Council awards Tender T2025-04 Bitumen Reseal Program 2025/26 to Coolibah Seal Pty Ltd for "
        "$1,284,600 (excluding GST).")
    res("2025/147", ["That Council:",
                     "1. awards Tender T2025-04 Bitumen Reseal Program 2025/26 to Coolibah Seal Pty Ltd for "
                     "$1,284,600 (excluding GST); and",
                     "2. requests the Chief Executive Officer to write to the Department of Transport and Main Roads "
                     "seeking a contribution towards the reseal of the Yendaroo–Bungil Creek Road under the "
                     "Transport Infrastructure Development Scheme."],
        "Kurtz", "Pryce", "CARRIED 7/0")
    s.append(Paragraph("Cr Mahony, having declared a prescribed conflict of interest in item 10.3.2, left the "
                       "meeting at 10.14am.", meta))
    P("10.3.2&nbsp;&nbsp;&nbsp;MATERIAL CHANGE OF USE – RURAL WORKERS’ ACCOMMODATION (SIX UNITS), LOT 4 ON "
      "RP81223, 118 BUNGIL CREEK ROAD, YENDAROO", h3)
    P("File: MCU24/0031 &nbsp;&nbsp; Author: Senior Planner &nbsp;&nbsp; Attachments: 1. Conditions of approval; "
      "2. Submissions", meta)
    P("The application is impact assessable and attracted four submissions, two in support and two raising "
      "concerns about traffic and effluent disposal. Ms Corrigan answered questions on the proposed conditions.")
    rec("That Council approves development application MCU24/0031 for a Material Change of Use for Rural Workers’ "
        "Accommodation (six units) on Lot 4 on RP81223, 118 Bungil Creek Road, Yendaroo, subject to the "
        "conditions in Attachment 1.")
    res("2025/148", ["That Council approves development application MCU24/0031 for a Material Change of Use for "
                     "Rural Workers’ Accommodation (six units) on Lot 4 on RP81223, 118 Bungil Creek Road, Yendaroo, "
                     "subject to the conditions in Attachment 1."], "Witt", "Oakes", "CARRIED 6/0")
    P("Cr Mahony returned to the meeting at 10.31am.", meta)
    P("11&nbsp;&nbsp;&nbsp;GENERAL BUSINESS", h1)
    P("11.1&nbsp;&nbsp;&nbsp;YENDAROO SHOW 2025 – IN-KIND SUPPORT", h2)
    P("Cr Witt remained in the meeting in accordance with resolution 2025/140.", meta)
    res("2025/149", ["That Council provides in-kind support to the value of $4,500 to the Yendaroo Show Society "
                     "Inc. for the 2025 Yendaroo Show to be held on 9 and 10 August 2025."], "Pryce", "Oakes",
        "CARRIED 6/1", ("Crs Hartigan, Kurtz, Nguyen, Oakes, Pryce and Witt", "Cr Mahony"))
    P("12&nbsp;&nbsp;&nbsp;CONFIDENTIAL ITEMS", h1)
    res("2025/150", ["That the meeting be closed to the public at 10.52am under section 254J(3)(c) of the "
                     "<i>Local Government Regulation 2012</i> to discuss item 12.1, which relates to the local "
                     "government’s budget."], "Kurtz", "Nguyen", "CARRIED 7/0")
    P("12.1&nbsp;&nbsp;&nbsp;SALE OF LAND FOR OVERDUE RATES", h2)
    res("2025/151", ["That the meeting be reopened to the public at 11.20am."], "Witt", "Pryce", "CARRIED 7/0")
    res("2025/152", ["That Council commences the procedure to sell the land listed in confidential Attachment 1 "
                     "for overdue rates and charges under section 140 of the <i>Local Government Regulation 2012</i>."],
        "Kurtz", "Witt", "CARRIED 7/0")
    P("13&nbsp;&nbsp;&nbsp;CLOSURE OF MEETING", h1)
    P("There being no further business, the Mayor declared the meeting closed at 11.24am. The next Ordinary "
      "Meeting of Council will be held on Wednesday 21 May 2025 at 9.00am.")
    s.append(Spacer(1, 14))
    P("Confirmed at the Ordinary Meeting held on ........................................")
    P("........................................................ Mayor")
    return s


def build():
    fonts()

    def page(c, d, total):
        c.saveState()
        if d.page == 1:
            c.setFillColor(GREEN)
            c.rect(0, 262 * mm, 210 * mm, 35 * mm, stroke=0, fill=1)
            c.setFillColor(OCHRE)
            c.rect(0, 259.5 * mm, 210 * mm, 2.5 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.circle(30 * mm, 279.5 * mm, 11 * mm, stroke=0, fill=1)
            c.setFillColor(OCHRE)
            c.wedge(19 * mm, 268.5 * mm, 41 * mm, 290.5 * mm, 200, 140, stroke=0, fill=1)
            c.setFillColor(GREEN)
            c.rect(22 * mm, 272 * mm, 16 * mm, 1.2 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DejaVuSans-Bold", 19)
            c.drawString(47 * mm, 282 * mm, "YENDAROO SHIRE COUNCIL")
            c.setFont("DejaVuSans", 11)
            c.drawString(47 * mm, 274 * mm, "Ordinary Meeting of Council  |  MINUTES")
            c.setFont("DejaVuSans", 8)
            c.drawString(47 * mm, 267.5 * mm, "PO Box 18, Yendaroo QLD 4471  •  (07) 4698 2200")
        else:
            c.setFont("DejaVuSans", 7.5)
            c.setFillColor(GREEN)
            c.drawString(18 * mm, 286 * mm, "YENDAROO SHIRE COUNCIL")
            c.setFillColor(colors.grey)
            c.drawRightString(192 * mm, 286 * mm, "Ordinary Meeting – 16 April 2025")
        c.setFillColor(colors.grey)
        c.setFont("DejaVuSans", 7.5)
        c.line(18 * mm, 15 * mm, 192 * mm, 15 * mm)
        c.drawString(18 * mm, 11 * mm, "These minutes are subject to confirmation at the next Ordinary Meeting of Council.")
        c.drawRightString(192 * mm, 11 * mm, f"Page {d.page} of {total}")
        c.restoreState()

    def make(total):
        doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                topMargin=18 * mm, bottomMargin=20 * mm,
                                title="Yendaroo Shire Council Ordinary Meeting Minutes 16 April 2025")
        st = story()
        doc.build(st, onFirstPage=lambda c, d: page(c, d, total), onLaterPages=lambda c, d: page(c, d, total))

    count_pages(make)


if __name__ == "__main__":
    build()
