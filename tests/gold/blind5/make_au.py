"""Doc 1: Australian shire council ordinary meeting minutes."""
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether, NextPageTemplate)
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from common import styles

W, H = A4
TEAL = colors.HexColor("#1f5f5b")


def build(path):
    S = styles("Sans", 9)
    P = lambda t, st="body": Paragraph(t, S[st])
    S["h2"].spaceBefore = 6
    S["h2"].fontSize = 11
    S["h2"].leading = 14
    S["h3"].spaceBefore = 4
    sec = lambda t: Paragraph(t, S["h2"])
    sub = lambda t: Paragraph(t, S["h3"])

    def box(title, lines, dark=True):
        inner = [Paragraph(f"<b>{title}</b>", S["tight"]), Spacer(1, 3)] + [Paragraph(l, S["tight"]) for l in lines]
        t = Table([[inner]], colWidths=[W - 46 * mm])
        t.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 1.4 if dark else 0.6, TEAL if dark else colors.grey),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef5f4") if dark else colors.HexColor("#f4f4f4")),
            ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return KeepTogether([Spacer(1, 2), t, Spacer(1, 4)])

    def meta(file_no, author, att):
        t = Table([["File No:", file_no], ["Author:", author], ["Attachments:", att]], colWidths=[28 * mm, 120 * mm])
        t.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Sans-B", 9), ("FONT", (1, 0), (1, -1), "Sans", 9),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return t

    def cover(c, d):
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, H - 95 * mm, W, 95 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Sans-B", 30)
        c.drawString(25 * mm, H - 45 * mm, "Yarrabin Shire Council")
        c.setFont("Sans", 13)
        c.drawString(25 * mm, H - 56 * mm, "Tallong East  ·  Bindaree  ·  Mitta Flat  ·  Coolabah Springs")
        c.setFillColor(colors.black)
        c.setFont("Sans-B", 34)
        c.drawString(25 * mm, H - 130 * mm, "MINUTES")
        c.setFont("Sans", 18)
        c.drawString(25 * mm, H - 143 * mm, "Ordinary Council Meeting")
        c.setFont("Sans-B", 14)
        c.drawString(25 * mm, H - 160 * mm, "Tuesday 23 July 2024")
        c.setFont("Sans", 11)
        c.drawString(25 * mm, H - 168 * mm, "Commencing at 5.00pm")
        c.drawString(25 * mm, H - 176 * mm, "Council Chambers, 14 Meldrum Street, Tallong East")
        c.setStrokeColor(TEAL)
        c.setLineWidth(1)
        c.rect(25 * mm, 40 * mm, W - 50 * mm, 32 * mm)
        c.setFont("Sans-B", 10)
        c.drawString(30 * mm, 64 * mm, "Confirmation of Minutes")
        c.setFont("Sans", 9.5)
        c.drawString(30 * mm, 57 * mm, "These minutes are subject to confirmation at the Ordinary Council Meeting to be held on")
        c.drawString(30 * mm, 52 * mm, "Tuesday 27 August 2024.")
        c.drawString(30 * mm, 45 * mm, "Mayor: ______________________________        Date: ____________________")
        c.setFont("Sans", 8)
        c.setFillColor(colors.grey)
        c.drawString(25 * mm, 20 * mm, "PO Box 61, Tallong East VIC 3799  |  (03) 5799 2100  |  www.yarrabin.vic.gov.au.example")
        c.restoreState()

    def later(c, d):
        c.saveState()
        c.setFont("Sans-B", 8.5)
        c.setFillColor(TEAL)
        c.drawString(25 * mm, H - 14 * mm, "YARRABIN SHIRE COUNCIL")
        c.setFont("Sans", 8.5)
        c.drawRightString(W - 25 * mm, H - 14 * mm, "Ordinary Council Meeting Minutes – 23 July 2024")
        c.setStrokeColor(TEAL)
        c.line(25 * mm, H - 16 * mm, W - 25 * mm, H - 16 * mm)
        c.setFillColor(colors.black)
        c.line(25 * mm, 18 * mm, W - 25 * mm, 18 * mm)
        c.setFont("Sans", 8)
        c.drawString(25 * mm, 13 * mm, "Mayor's initials: ________")
        c.drawRightString(W - 25 * mm, 13 * mm, f"Page {d.page}")
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, title="Ordinary Council Meeting Minutes 23 July 2024",
                          author="Yarrabin Shire Council")
    fr = Frame(22 * mm, 20 * mm, W - 44 * mm, H - 38 * mm, id="f")
    doc.addPageTemplates([PageTemplate("cover", [Frame(0, 0, W, H)], onPage=cover),
                          PageTemplate("body", [fr], onPage=later)])
    st = [NextPageTemplate("body"), PageBreak()]
    st += [sec("1. OPENING OF MEETING"),
           P("The Mayor, Cr Ellen Daintree, declared the meeting open at 5.02pm."),
           sec("2. ACKNOWLEDGEMENT OF COUNTRY"),
           P("The Mayor read the Acknowledgement of Country."),
           sub("PRESENT"),
           P("Cr Ellen Daintree (Mayor), Cr Robert Quill (Deputy Mayor), Cr Janice Mollard, Cr Tomas Vukovic, Cr Harriet Bellamy, Cr Declan O'Shea and Cr Priya Ramanathan (via audio-visual link)."),
           sub("OFFICERS IN ATTENDANCE"),
           P("Martin Greaves – Chief Executive Officer<br/>Linda Papadopoulos – Director Infrastructure Services<br/>Sam Okafor – Director Community and Corporate<br/>Bree Whitlock – Governance Coordinator (Minute Taker)"),
           sec("3. APOLOGIES AND LEAVE OF ABSENCE"),
           sub("3.1 Apologies"),
           P("An apology was received from Cr Neville Ashcombe."),
           box("COUNCIL RESOLUTION", ["Moved Cr Quill&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Seconded Cr Mollard", "That the apology received from Cr Neville Ashcombe be accepted.", "<b>CARRIED UNANIMOUSLY</b>"]),
           sub("3.2 Leave of Absence"),
           P("Cr Fiona Lachlan is on leave of absence as granted at the Ordinary Council Meeting held on Tuesday 25 June 2024."),
           P("Cr Vukovic requested a leave of absence for the period 19 August to 6 September 2024."),
           box("COUNCIL RESOLUTION", ["Moved Cr O'Shea&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Seconded Cr Bellamy", "That Council grant Cr Tomas Vukovic leave of absence from Monday 19 August 2024 to Friday 6 September 2024 inclusive.", "<b>CARRIED UNANIMOUSLY</b>"]),
           sec("4. DECLARATIONS OF CONFLICT OF INTEREST"),
           P("Cr Harriet Bellamy declared a general conflict of interest in Item 10.2.2 Community Grants Program – Round 2 Allocations, as she is a committee member of the Tallong East Bowls Club, which is an applicant."),
           sec("5. CONFIRMATION OF MINUTES"),
           sub("5.1 Ordinary Council Meeting – 25 June 2024"),
           box("COUNCIL RESOLUTION", ["Moved Cr Mollard&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Seconded Cr Ramanathan", "That the minutes of the Ordinary Council Meeting held on Tuesday 25 June 2024, as circulated, be confirmed as a true and correct record.", "<b>CARRIED UNANIMOUSLY</b>"]),
           sec("6. PUBLIC QUESTION TIME"),
           P("Mr Alan Ferris of Mitta Flat asked when the Mitta Flat Recreation Reserve toilet block would be reopened. The Director Infrastructure Services advised that works are scheduled to be completed by Friday 16 August 2024."),
           sec("7. PETITIONS"),
           sub("7.1 Petition – Footpath, Wattle Grove Road, Tallong East"),
           P("A petition containing 64 signatures, coordinated by the Tallong East Progress Association, was tabled requesting a sealed footpath along Wattle Grove Road between Meldrum Street and the Tallong East Primary School."),
           box("COUNCIL RESOLUTION", ["Moved Cr Bellamy&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Seconded Cr Quill", "That Council receive the petition and refer it to the Director Infrastructure Services for a report to the Ordinary Council Meeting on Tuesday 22 October 2024.", "<b>CARRIED UNANIMOUSLY</b>"]),
           sec("8. MAYORAL REPORT"),
           P("The Mayor reported on her attendance at the Municipal Association of Victoria (MAV) State Council, the Country Fire Authority (CFA) Bindaree brigade open day and meetings with the Department of Transport and Planning regarding the Yarrabin–Mitta Road."),
           box("COUNCIL RESOLUTION", ["Moved Cr Ramanathan&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Seconded Cr Mollard", "That the Mayoral Report for the period 20 June 2024 to 18 July 2024 be received.", "<b>CARRIED UNANIMOUSLY</b>"]),
           sec("9. INFRASTRUCTURE SERVICES REPORTS"),
           sub("9.1 Tender C2024-07 – Meldrum Street Streetscape Renewal"),
           meta("F24/1182", "Director Infrastructure Services", "1. Tender Evaluation Report (Confidential – circulated separately)"),
           Spacer(1, 4),
           P("Five tenders were received for the Meldrum Street Streetscape Renewal. The evaluation panel recommends Ridgeback Civil Pty Ltd as the tender offering best value to Council. The project is jointly funded by Council and Regional Development Victoria."),
           box("OFFICER RECOMMENDATION", ["That Council:", "1. Awards Contract C2024-07 Meldrum Street Streetscape Renewal to Ridgeback Civil Pty Ltd for the lump sum of $2,418,650 (excluding GST); and", "2. Authorises the Chief Executive Officer to execute the contract documents."], dark=False),
           P("<b>AMENDMENT</b><br/>Moved Cr Vukovic&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Seconded Cr O'Shea<br/>That the matter be deferred to the Ordinary Council Meeting on Tuesday 27 August 2024 to allow a community information session to be held."),
           P("<b>LOST 2/5</b><br/>For: Crs Vukovic and O'Shea<br/>Against: Crs Daintree, Quill, Mollard, Bellamy and Ramanathan"),
           box("COUNCIL RESOLUTION", ["Moved Cr Quill&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Seconded Cr Mollard", "That Council:",
                                      "1. Awards Contract C2024-07 Meldrum Street Streetscape Renewal to Ridgeback Civil Pty Ltd for the lump sum of $2,418,650 (excluding GST);",
                                      "2. Authorises the Chief Executive Officer to execute the contract documents; and",
                                      "3. Notes that practical completion is required by 30 May 2025.",
                                      "<b>CARRIED 5/2</b>", "For: Crs Daintree, Quill, Mollard, Bellamy and Ramanathan<br/>Against: Crs Vukovic and O'Shea"]),
           sub("9.2 Rural Roads Resealing Program 2024/25"),
           meta("F24/0977", "Manager Assets and Engineering", "1. Draft Resealing Program 2024/25"),
           Spacer(1, 4),
           P("The report presents the proposed resealing program of 41.6 km of rural sealed roads for the 2024/25 financial year, within the adopted budget of $1.35 million."),
           box("OFFICER RECOMMENDATION", ["That Council adopt the Rural Roads Resealing Program 2024/25 as attached."], dark=False),
           box("COUNCIL RESOLUTION", ["Moved Cr O'Shea&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Seconded Cr Vukovic", "That Council:",
                                      "1. Adopts the Rural Roads Resealing Program 2024/25 as attached, with Bindaree Road (Ch 0.0 – 3.2 km) brought forward from the 2025/26 program; and",
                                      "2. Requests the Chief Executive Officer to write to the Department of Transport and Planning seeking a funding contribution to the sealing of the Yarrabin–Mitta Road.",
                                      "<b>CARRIED 6/1</b>", "For: Crs Daintree, Quill, Vukovic, Bellamy, O'Shea and Ramanathan<br/>Against: Cr Mollard"]),
           sec("10. COMMUNITY AND CORPORATE REPORTS"),
           sub("10.1 Draft Community Safety and Wellbeing Action Plan 2024–2026 – Public Exhibition"),
           meta("F24/1201", "Coordinator Community Development", "1. Draft Community Safety and Wellbeing Action Plan 2024–2026"),
           Spacer(1, 4),
           P("The draft plan was prepared with Victoria Police, Yarrabin Health and the Yarrabin Landcare Network following community consultation in May 2024."),
           box("COUNCIL RESOLUTION", ["Moved Cr Bellamy&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Seconded Cr Ramanathan", "That Council:",
                                      "1. Places the Draft Community Safety and Wellbeing Action Plan 2024–2026 on public exhibition from Monday 5 August 2024 to Friday 30 August 2024; and",
                                      "2. Requests officers to present a further report, including a summary of submissions, to the Ordinary Council Meeting in October 2024.",
                                      "<b>CARRIED UNANIMOUSLY</b>"]),
           sub("10.2 Finance Reports"),
           sub("10.2.1 Financial Report – June 2024"),
           box("COUNCIL RESOLUTION", ["Moved Cr Quill&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Seconded Cr Bellamy", "That Council receive the Financial Report for the period ended 30 June 2024.", "<b>CARRIED UNANIMOUSLY</b>"]),
           sub("10.2.2 Community Grants Program – Round 2 Allocations"),
           P("<i>Having declared a general conflict of interest, Cr Bellamy left the Chamber at 6.14pm.</i>"),
           box("OFFICER RECOMMENDATION", ["That Council approve Round 2 Community Grants totalling $48,200 to the 11 applicants listed in Attachment 1."], dark=False),
           box("COUNCIL RESOLUTION", ["Moved Cr Mollard&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Seconded Cr O'Shea", "That Council approve Round 2 Community Grants totalling $48,200 to the 11 applicants listed in Attachment 1, including $6,500 to the Tallong East Bowls Club for shade sail installation.", "<b>CARRIED 6/0</b>"]),
           P("<i>Cr Bellamy returned to the Chamber at 6.20pm.</i>"),
           sub("10.2.3 Instrument of Delegation – Council to Chief Executive Officer"),
           box("COUNCIL RESOLUTION", ["Moved Cr Ramanathan&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Seconded Cr Quill",
                                      "That Council, in the exercise of the powers conferred by section 11(1)(b) of the Local Government Act 2020, delegate to the person holding the position of Chief Executive Officer the powers, duties and functions set out in the attached Instrument of Delegation, effective from 1 August 2024.",
                                      "<b>CARRIED 5/2</b>", "For: Crs Daintree, Quill, Mollard, Bellamy and Ramanathan<br/>Against: Crs Vukovic and O'Shea"]),
           sec("11. NOTICES OF MOTION"),
           sub("11.1 Notice of Motion 04/2024 – Cr O'Shea – Roadside Weed Control"),
           P("<b>MOTION</b><br/>Moved Cr O'Shea&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Seconded Cr Vukovic<br/>That Council allocate an additional $80,000 in the 2024/25 budget for roadside weed control on the Bindaree and Coolabah Springs road networks."),
           P("<b>LOST 2/5</b><br/>For: Crs O'Shea and Vukovic<br/>Against: Crs Daintree, Quill, Mollard, Bellamy and Ramanathan"),
           sec("12. URGENT BUSINESS"),
           P("Nil."),
           sec("13. CONFIDENTIAL ITEMS"),
           box("COUNCIL RESOLUTION", ["Moved Cr Quill&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Seconded Cr Mollard",
                                      "That the meeting be closed to members of the public pursuant to section 66(2)(a) of the Local Government Act 2020 to consider confidential information relating to contractual matters.",
                                      "<b>CARRIED UNANIMOUSLY</b>"]),
           P("The meeting was closed to the public at 6.52pm."),
           sub("13.1 Contractual Matter – Kerbside Waste Collection Services"),
           P("The resolution for this item is recorded in the confidential minutes."),
           P("The meeting was reopened to the public at 7.15pm."),
           sec("14. CLOSE OF MEETING"),
           P("There being no further business, the Mayor declared the meeting closed at 7.18pm."),
           P("The next Ordinary Council Meeting will be held on Tuesday 27 August 2024 at 5.00pm in the Council Chambers."),
           ]
    doc.build(st)
