"""Canadian (Ontario) town council regular meeting minutes: letter size, centred corporate title, label/value
attendance table (Council Present / Staff Present / Regrets), dotted section numbers, resolution blocks
'R-2025-1xx' with Moved by / Seconded by and a right-aligned CARRIED / DEFEATED, recorded vote, by-law readings."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, numbered_canvas, style

STEM = "blind22-ca-minnowbrook-town-council-regular-meeting-minutes-2025-09-23"
GREEN = colors.HexColor("#1d4d3a")


def build():
    fonts()
    F, FB = "Times-Roman", "Times-Bold"
    body = style("b", F, 11, 14, spaceAfter=6)
    h1 = style("h1", FB, 12, 15, spaceBefore=8, spaceAfter=3, textColor=GREEN)
    h2 = style("h2", FB, 11, 14, spaceBefore=4, spaceAfter=3, leftIndent=0.3 * inch)
    ind = style("i", F, 11, 14, spaceAfter=5, leftIndent=0.3 * inch)
    lab = style("l", FB, 11, 14)
    val = style("v", F, 11, 14)
    s = []
    s.append(Paragraph("THE CORPORATION OF THE TOWN OF MINNOWBROOK", style("t", FB, 15, 19, alignment=1, textColor=GREEN)))
    s.append(Paragraph("Regular Council Meeting Minutes", style("t2", F, 13, 17, alignment=1)))
    s.append(Paragraph("Tuesday, September 23, 2025 – 6:00 p.m.<br/>Council Chambers, Municipal Office, 40 Front Street West",
                       style("t3", F, 11, 14, alignment=1, spaceAfter=10)))
    rows = [["Council Present:", "Mayor Diane Lachapelle<br/>Deputy Mayor Trevor Osei<br/>Councillor Marguerite Fontaine<br/>"
             "Councillor Raj Dhaliwal<br/>Councillor Hollis Brandt<br/>Councillor Shannon McIver (electronic participation)"],
            ["Regrets:", "Councillor Paul Kowalczyk"],
            ["Staff Present:", "Andrea Beaulieu, Chief Administrative Officer<br/>Gordon Tse, Director of Corporate Services/Clerk<br/>"
             "Nadia Farouk, Director of Finance/Treasurer<br/>Ken Wyborn, Director of Public Works<br/>"
             "Lisa Marchetti, Manager of Planning<br/>Erin Pollard, Deputy Clerk (Recording Secretary)"]]
    t = Table([[Paragraph(a, lab), Paragraph(b, val)] for a, b in rows], colWidths=[1.5 * inch, 5.0 * inch])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [t, Spacer(1, 4)]

    def R(no, mover, seconder, text, result):
        lines = [[Paragraph(f"<b>Resolution No. {no}</b>", val), ""],
                 [Paragraph(f"Moved by: {mover}", val), ""],
                 [Paragraph(f"Seconded by: {seconder}", val), ""]]
        for para in text:
            lines.append([Paragraph(para, val), ""])
        lines.append(["", Paragraph(f"<b>{result}</b>", style("res", FB, 11, 14, alignment=2))])
        rt = Table(lines, colWidths=[5.0 * inch, 1.2 * inch])
        rt.setStyle(TableStyle([("SPAN", (0, i), (1, i)) for i in range(len(lines) - 1)] +
                               [("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        outer = Table([[rt]], colWidths=[6.3 * inch])
        outer.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0.3 * inch), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        return KeepTogether([outer])

    P = lambda x, st=ind: Paragraph(x, st)
    s += [Paragraph("1. Call to Order", h1),
          P("Mayor Lachapelle called the meeting to order at 6:00 p.m. and noted that Councillor McIver was participating "
            "electronically.")]
    s += [Paragraph("2. Land Acknowledgement", h1),
          P("Mayor Lachapelle read the Town’s land acknowledgement.")]
    s += [Paragraph("3. Disclosure of Pecuniary Interest", h1),
          P("Councillor Dhaliwal declared a pecuniary interest in item 7.3, as he operates a short-term rental, and did "
            "not take part in the discussion or vote on that item.")]
    s += [Paragraph("4. Adoption of Agenda", h1),
          R("R-2025-118", "Councillor Fontaine", "Deputy Mayor Osei",
            ["That the agenda for the Regular Council Meeting of September 23, 2025 be adopted as presented."], "CARRIED")]
    s += [Paragraph("5. Adoption of Minutes", h1),
          Paragraph("5.1 Regular Council Meeting – September 9, 2025", h2),
          R("R-2025-119", "Councillor Brandt", "Councillor Fontaine",
            ["That the minutes of the Regular Council Meeting held on September 9, 2025 be adopted as circulated."], "CARRIED")]
    s += [Paragraph("6. Delegations", h1),
          Paragraph("6.1 Minnowbrook Minor Hockey Association – Ice Allocation 2025-2026", h2),
          P("Carla Dufresne, President, asked Council to restore two weekend ice slots at the Minnowbrook Community Arena "
            "that had been reallocated to adult leagues."),
          R("R-2025-120", "Councillor McIver", "Councillor Brandt",
            ["That the delegation from the Minnowbrook Minor Hockey Association be received; and",
             "That staff be directed to review the 2025-2026 ice allocation policy and report back to Council by "
             "November 25, 2025."], "CARRIED"),
          Paragraph("6.2 Friends of Birchmere Marsh – Boardwalk Repairs", h2),
          P("Owen Greaves presented photographs of the damaged boardwalk and advised that the group had secured a grant "
            "of $18,000 from the Ontario Trillium Foundation towards the repairs."),
          R("R-2025-121", "Deputy Mayor Osei", "Councillor Dhaliwal",
            ["That the delegation from the Friends of Birchmere Marsh be received for information."], "CARRIED")]
    s += [Paragraph("7. Staff Reports", h1),
          Paragraph("7.1 Report FIN-2025-19 – 2026 Budget Timeline and Public Engagement", h2),
          P("Nadia Farouk, Director of Finance/Treasurer, presented the timeline, with the draft 2026 budget to be "
            "tabled on November 4, 2025 and deliberations on December 2, 2025."),
          R("R-2025-122", "Councillor Fontaine", "Councillor McIver",
            ["That Report FIN-2025-19 be received; and",
             "That Council approve the 2026 Budget Timeline, with final budget adoption scheduled for January 13, 2026."],
            "CARRIED"),
          Paragraph("7.2 Report PW-2025-31 – Lakeshore Road Reconstruction, Tender Award", h2),
          P("Ken Wyborn, Director of Public Works, advised that five bids were received and that the project is funded "
            "in part by the Canada Community-Building Fund. Councillor Brandt requested a recorded vote."),
          R("R-2025-123", "Deputy Mayor Osei", "Councillor Dhaliwal",
            ["That Council award Tender PW-T-2025-07 for the reconstruction of Lakeshore Road to Norhaven Paving Ltd. "
             "in the amount of $2,846,300, plus HST; and",
             "That the Mayor and Clerk be authorized to execute the contract."], "CARRIED"),
          P("<b>Recorded Vote:</b><br/>In favour: Mayor Lachapelle, Deputy Mayor Osei, Councillor Dhaliwal, Councillor Fontaine<br/>"
            "Opposed: Councillor Brandt, Councillor McIver<br/>Absent: Councillor Kowalczyk<br/>CARRIED (4 to 2)"),
          Paragraph("7.3 Report PLN-2025-44 – Short-Term Rental Licensing Framework", h2),
          P("Councillor Dhaliwal left the Council Chambers at 7:12 p.m. Lisa Marchetti, Manager of Planning, presented "
            "options for licensing short-term rentals, including a cap of 80 licences town-wide."),
          R("R-2025-124", "Councillor Brandt", "Councillor McIver",
            ["That Council adopt Option 2 of Report PLN-2025-44 and cap short-term rental licences at 80 town-wide, "
             "effective March 1, 2026."], "DEFEATED"),
          R("R-2025-125", "Councillor Fontaine", "Deputy Mayor Osei",
            ["That Report PLN-2025-44 be received; and",
             "That staff be directed to prepare a draft Short-Term Rental Licensing By-law based on Option 1, without a "
             "licence cap, and hold a public open house before bringing the by-law to Council in February 2026."],
            "CARRIED"),
          P("Councillor Dhaliwal returned to the Council Chambers at 7:40 p.m.")]
    s += [Paragraph("8. By-laws", h1),
          Paragraph("8.1 By-law 2025-067 – Zoning By-law Amendment, 450 Pine Street (Cedarline Homes Inc.)", h2),
          R("R-2025-126", "Councillor Dhaliwal", "Councillor Fontaine",
            ["That By-law 2025-067, being a By-law to amend Zoning By-law 2014-40 to rezone 450 Pine Street from "
             "Residential Type 1 (R1) to Residential Type 3 (R3), be read a first, second and third time and finally passed."],
            "CARRIED")]
    s += [Paragraph("9. Notice of Motion", h1),
          P("Councillor Brandt gave notice that she will bring forward a motion at the October 14, 2025 meeting asking "
            "staff to investigate a community improvement plan for the downtown.")]
    s += [Paragraph("10. Confirming By-law", h1),
          R("R-2025-127", "Councillor McIver", "Councillor Brandt",
            ["That By-law 2025-068, being a By-law to confirm the proceedings of Council at its meeting held on "
             "September 23, 2025, be read a first, second and third time and finally passed."], "CARRIED")]
    s += [Paragraph("11. Adjournment", h1),
          R("R-2025-128", "Deputy Mayor Osei", "Councillor Fontaine",
            ["That Council adjourn at 8:05 p.m."], "CARRIED"),
          Spacer(1, 24)]
    sig = Table([["_____________________________", "_____________________________"],
                 ["Mayor Diane Lachapelle", "Gordon Tse, Clerk"]], colWidths=[3.2 * inch, 3.2 * inch])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 11), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(sig)

    def draw(c, n, total):
        c.saveState()
        c.setFont(F, 9)
        c.setStrokeColor(GREEN)
        c.line(1 * inch, 0.75 * inch, 7.5 * inch, 0.75 * inch)
        c.drawString(1 * inch, 0.55 * inch, "Town of Minnowbrook – Regular Council Meeting Minutes – September 23, 2025")
        c.drawRightString(7.5 * inch, 0.55 * inch, f"Page {n} of {total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=letter, leftMargin=1 * inch, rightMargin=1 * inch,
                            topMargin=0.8 * inch, bottomMargin=1 * inch, title="Regular Council Meeting Minutes")
    doc.build(s, canvasmaker=numbered_canvas(draw))


if __name__ == "__main__":
    build()
