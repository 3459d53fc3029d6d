"""NHS place partnership board "Notes and actions": landscape A4, NHS-style identity block top right,
meeting facts in a small label grid, attendance as a ruled Name | Title | Organisation table with band rows
(Members present / In attendance / Apologies), the notes as a ruled four-column table (Item | Notes |
Outcome | Lead) with AGREED/ACTION markers and initials as leads, and an ACTION LOG of open actions at the end
(numeric dd.mm.yy dates, one carried-forward action)."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind14-uk-brantwick-place-partnership-board-notes-2025-02-20"
BLUE = colors.HexColor("#005eb8")
LIGHT = colors.HexColor("#e8f1fa")


def build():
    fonts()
    F, FB = "LibSans", "LibSans-Bold"
    cell = style("c", F, 8.5, 11)
    cellb = style("cb", FB, 8.5, 11)
    W = 267 * mm
    s = []
    logo = Table([[Paragraph("<font color='white'><b><i>NHS</i></b></font>", style("nhs", FB, 16, 18, alignment=1))]],
                 colWidths=[22 * mm], rowHeights=[10 * mm])
    logo.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BLUE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    ident = [logo, Paragraph("<b>Brant Valley</b><br/>Integrated Care Board", style("id", FB, 10, 12.5, alignment=2,
                                                                                   textColor=BLUE))]
    left = [Paragraph("Brantwick Place Partnership Board", style("t1", FB, 17, 21, textColor=BLUE)),
            Paragraph("Notes and actions", style("t2", F, 13, 17))]
    top = Table([[left, ident]], colWidths=[W - 60 * mm, 60 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    s += [top, Spacer(1, 6)]
    facts = Table([["Date:", "Thursday 20 February 2025", "Time:", "14:00 – 16:00",
                    "Venue:", "Committee Room 2, Brantwick Civic Centre and MS Teams"]],
                  colWidths=[12 * mm, 45 * mm, 12 * mm, 28 * mm, 15 * mm, 100 * mm])
    facts.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 9), ("FONT", (0, 0), (0, 0), FB, 9),
                               ("FONT", (2, 0), (2, 0), FB, 9), ("FONT", (4, 0), (4, 0), FB, 9),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("LINEBELOW", (0, 0), (-1, 0), 1, BLUE)]))
    s += [facts, Spacer(1, 8)]

    att = [["Name", "Title", "Organisation"], ["Members present"],
           ["Cllr Joyce Haddon (Chair)", "Cabinet Member for Adult Social Care", "Brantwick Borough Council"],
           ["Dr Anil Varma (Vice Chair)", "Clinical Director", "Brantwick North Primary Care Network (PCN)"],
           ["Helen Cartwright", "Place Director", "NHS Brant Valley ICB"],
           ["Martin Oakes", "Director of Adult Social Services", "Brantwick Borough Council"],
           ["Sophie Llewellyn", "Director of Public Health", "Brantwick Borough Council"],
           ["Gareth Nunn", "Chief Operating Officer", "Brant Valley Hospitals NHS Foundation Trust"],
           ["Nadia Rahman (MS Teams)", "Director of Operations", "Brantwick Community and Mental Health NHS Trust"],
           ["Colin Bright", "Chief Executive", "Brantwick CVS"],
           ["Lorraine Fisher", "Manager", "Healthwatch Brantwick"],
           ["In attendance"],
           ["Tom Whitaker", "Head of Place Development (item 5)", "NHS Brant Valley ICB"],
           ["Jade Morrow", "Governance Officer (notes)", "NHS Brant Valley ICB"],
           ["Apologies"],
           ["Cllr Alan Pearce", "Cabinet Member for Children and Families", "Brantwick Borough Council"],
           ["Dr Ruth Kessler", "GP Clinical Lead, Urgent Care", "NHS Brant Valley ICB"]]
    bands = [i for i, r in enumerate(att) if len(r) == 1]
    data = [[Paragraph(c, cellb if i == 0 else cell) for c in r] + ([""] * (3 - len(r))) for i, r in enumerate(att)]
    for i in bands:
        data[i] = [Paragraph(f"<b>{att[i][0]}</b>", cellb), "", ""]
    t = Table(data, colWidths=[70 * mm, 85 * mm, 112 * mm], repeatRows=1)
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fb7cf")), ("BACKGROUND", (0, 0), (-1, 0), BLUE),
          ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    data[0] = [Paragraph(f"<font color='white'><b>{c}</b></font>", cellb) for c in att[0]]
    for i in bands:
        st += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), LIGHT)]
    t = Table(data, colWidths=[70 * mm, 85 * mm, 112 * mm], repeatRows=1)
    t.setStyle(TableStyle(st))
    s += [t, Spacer(1, 10)]

    def C(x):
        return Paragraph(x, cell)

    notes = [
        ("1", "Welcome, introductions and apologies",
         "The Chair welcomed members. Apologies were noted as above. The meeting was quorate.", "", ""),
        ("2", "Declarations of interest",
         "Dr Varma declared an interest in item 6 as a partner at Millbrook Surgery, the proposed frailty hub site.",
         "Noted. Dr Varma did not take part in the decision on item 6.", ""),
        ("3", "Notes of the previous meeting (16 January 2025) and action log",
         "The notes were agreed as an accurate record. Actions 24/031 and 24/036 are closed. Action 24/040 remains "
         "open; MO reported that the revised due date is 30 April 2025.",
         "<b>AGREED:</b> notes of 16 January 2025 approved.<br/>Action 24/040 carried forward (see action log).", "MO"),
        ("4", "Brantwick Place Plan 2025/26 – priorities",
         "HC presented the refreshed Place Plan following the development session on 30 January 2025. The Board’s "
         "priorities for 2025/26 are:<br/>1. Ageing well and frailty<br/>2. Children and young people’s emotional "
         "wellbeing<br/>3. Reducing health inequalities (Core20PLUS5)<br/>4. Hospital discharge and intermediate care"
         "<br/>5. Healthy weight and physical activity<br/>Compared with 2024/25, healthy weight and physical activity "
         "is a new priority; winter resilience is no longer a standalone priority and has been absorbed into priority 4.",
         "<b>AGREED:</b> the five Place priorities for 2025/26, for submission to the ICB Board on 27 March 2025."
         "<br/><b>ACTION:</b> HC to submit the Place Plan 2025/26 to the ICB Board.", "HC"),
        ("5", "Better Care Fund (BCF) 2025/26",
         "TW outlined the national planning requirements. The BCF plan must be submitted to NHS England by "
         "31 March 2025, before the next Board meeting.",
         "<b>AGREED:</b> sign-off of the BCF plan 2025/26 delegated to the Chair and the Place Director, with the plan "
         "reported to the Brantwick Health and Wellbeing Board on 10 April 2025.<br/><b>ACTION:</b> TW to circulate "
         "the draft BCF plan to members by 7 March 2025.", "TW"),
        ("6", "Frailty hub proposal – Millbrook",
         "GN presented the proposal for a community frailty hub at Millbrook Surgery, jointly staffed by the acute "
         "and community trusts. Members asked how impact on admissions would be measured.",
         "<b>AGREED:</b> to support a 12-month pilot from 1 June 2025, subject to ICB investment approval."
         "<br/><b>ACTION:</b> GN to present the evaluation framework to the Board on 15 May 2025.", "GN"),
        ("7", "Healthwatch Brantwick – GP access report",
         "LF presented findings from 412 residents. Key themes were telephone access at 8am and awareness of "
         "extended access appointments.",
         "Report noted.<br/><b>ACTION:</b> HC and AV to provide a joint response to Healthwatch by 31 March 2025.",
         "HC / AV"),
        ("8", "Any other business",
         "CB reported that the VCSE winter grants scheme had supported 38 groups.", "", ""),
        ("9", "Date of next meeting", "Thursday 17 April 2025, 14:00, Brantwick Civic Centre.", "", ""),
    ]
    hdr = [Paragraph(f"<font color='white'><b>{h}</b></font>", cellb) for h in ("Item", "Notes", "Outcome", "Lead")]
    rows = [hdr] + [[C(f"<b>{n}. {t}</b>"), C(x), C(o), C(l)] for n, t, x, o, l in notes]
    nt = Table(rows, colWidths=[55 * mm, 112 * mm, 85 * mm, 15 * mm], repeatRows=1)
    nt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fb7cf")),
                            ("BACKGROUND", (0, 0), (-1, 0), BLUE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [nt, Spacer(1, 12)]
    s.append(Paragraph("ACTION LOG – open actions", style("al", FB, 11, 14, textColor=BLUE, spaceAfter=4)))
    log = [("Ref", "Raised", "Action", "Owner", "Due", "Status"),
           ("24/040", "21.11.24", "Provide a trajectory for clearing the carers’ assessment backlog", "MO",
            "30.04.25 (revised)", "Open"),
           ("25/004", "20.02.25", "Submit the Place Plan 2025/26 to the ICB Board", "HC", "27.03.25", "New"),
           ("25/005", "20.02.25", "Circulate the draft BCF plan 2025/26 to members", "TW", "07.03.25", "New"),
           ("25/006", "20.02.25", "Present the frailty hub evaluation framework", "GN", "15.05.25", "New"),
           ("25/007", "20.02.25", "Joint response to the Healthwatch GP access report", "HC / AV", "31.03.25", "New")]
    lt = Table([[Paragraph(f"<font color='white'><b>{c}</b></font>", cellb) if i == 0 else C(c) for c in r]
                for i, r in enumerate(log)], colWidths=[18 * mm, 20 * mm, 140 * mm, 22 * mm, 35 * mm, 20 * mm])
    lt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fb7cf")),
                            ("BACKGROUND", (0, 0), (-1, 0), BLUE)]))
    s.append(lt)

    def page(c, d):
        c.saveState()
        c.setFont(F, 7.5)
        c.setFillColor(colors.grey)
        c.drawString(15 * mm, 8 * mm, "Brantwick Place Partnership Board – notes and actions – 20 February 2025")
        c.drawCentredString(148 * mm, 8 * mm, "OFFICIAL")
        c.drawRightString(282 * mm, 8 * mm, f"{d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=12 * mm, bottomMargin=14 * mm, title="Brantwick PPB notes and actions")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
