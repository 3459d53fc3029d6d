"""Welsh county borough council Cabinet record of decisions: bilingual (Welsh / English) headings, a boxed
members-present grid with portfolios, a declarations box, one ruled five-column table per decision with a
bilingual header row, call-in note, bilingual footer with "Tudalen x o y / Page x of y"."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, numbered_canvas, style

STEM = "blind23-uk-cwmderwen-cbc-cabinet-record-of-decisions-2025-01-22"
RED = colors.HexColor("#a4262c")
GREY = colors.HexColor("#eeeeee")

DECISIONS = [
    ("CAB/25/01", "Revenue Budget Monitoring 2024/25 – Quarter 3",
     "Report of the Corporate Director of Resources",
     "Cabinet noted the projected overspend of £2.61m for 2024/25 and agreed that Corporate Directors will implement "
     "the spending controls set out in paragraph 5.2 of the report with immediate effect.",
     "To ensure the Council delivers a balanced budget for 2024/25.",
     "Immediately (not subject to call-in – urgency)"),
    ("CAB/25/02", "Draft Revenue Budget 2025/26 and Medium Term Financial Plan 2025/26 – 2027/28",
     "Report of the Corporate Director of Resources",
     "Cabinet agreed the draft budget proposals for public consultation, including a proposed Council Tax increase "
     "of 6.5% for 2025/26, and agreed that the consultation will run from 23 January 2025 to 14 February 2025.",
     "To enable the Council to set a balanced budget and the Council Tax for 2025/26 by 6 March 2025, as required "
     "by law.",
     "Immediately (not subject to call-in – urgency)"),
    ("CAB/25/03", "Welsh Language Promotion Strategy 2025–2030 (Strategaeth Hybu’r Gymraeg 2025–2030)",
     "Report of the Head of Policy and Partnerships",
     "Cabinet approved the Welsh Language Promotion Strategy 2025–2030 and its three priorities:<br/>"
     "(a) Welsh in the early years and in education;<br/>(b) Welsh in the workplace and public services;<br/>"
     "(c) Welsh in the community and social life.",
     "To comply with Welsh Language Standard 145 made under the Welsh Language (Wales) Measure 2011 and to support "
     "the national strategy Cymraeg 2050.",
     "3 February 2025"),
    ("CAB/25/04", "School Organisation Proposal: Ysgol Gynradd Nant y Pandy and Ysgol Gynradd Tregwyn",
     "Report of the Corporate Director of Education",
     "Cabinet approved the publication of a statutory notice proposing to close Ysgol Gynradd Nant y Pandy and "
     "Ysgol Gynradd Tregwyn and to open a new Welsh-medium primary school on the Tregwyn site from 1 September 2026.",
     "To remove 164 surplus places, to improve the learning environment and to increase Welsh-medium provision in "
     "line with the Welsh in Education Strategic Plan 2022–2032.",
     "3 February 2025"),
    ("CAB/25/05", "Housing Revenue Account Business Plan 2025/26 and Rent Setting",
     "Report of the Head of Housing",
     "Cabinet approved the Housing Revenue Account Business Plan 2025/26 and an average rent increase of 2.7% from "
     "7 April 2025, and authorised the Head of Housing to submit the Business Plan to the Welsh Government by "
     "31 March 2025.",
     "To comply with the Welsh Government’s Policy for Social Housing Rents and to maintain the Welsh Housing "
     "Quality Standard 2023.",
     "3 February 2025"),
    ("CAB/25/06", "Active Travel Network Map – Annual Progress Report",
     "Report of the Head of Highways, Transport and Fleet",
     "Cabinet noted the progress report and agreed that the Head of Highways, Transport and Fleet will submit the "
     "2025/26 active travel funding bid to Transport for Wales by 28 February 2025.",
     "To secure external funding for the schemes in the Active Travel Network Map.",
     "3 February 2025"),
    ("CAB/25/07", "Disposal of Land at Heol y Felin Industrial Estate, Pontderwen (exempt)",
     "Report of the Corporate Director of Place (exempt under paragraph 14 of Part 4 of Schedule 12A to the Local "
     "Government Act 1972)",
     "Cabinet approved the disposal of 1.8 hectares of land at Heol y Felin Industrial Estate to Derwen Valley "
     "Engineering Ltd on the terms set out in the exempt report.",
     "To support the expansion of a local employer and to generate a capital receipt.",
     "3 February 2025"),
]


def build():
    fonts()
    F, FB = "LibSans", "LibSans-Bold"
    body = style("b", F, 10, 13, spaceAfter=4)
    small = style("s", F, 9, 11.5)
    smallb = style("sb", FB, 9, 11.5)
    hdr = style("hdr", FB, 8.5, 10.5, textColor=colors.white)
    h2 = style("h2", FB, 11.5, 14.5, textColor=RED, spaceBefore=10, spaceAfter=5)
    s = []
    logo = Table([[Paragraph("CYNGOR BWRDEISTREF SIROL<br/><b>CWMDERWEN</b><br/>COUNTY BOROUGH COUNCIL",
                             style("lg", F, 8.5, 11, textColor=colors.white, alignment=1))]],
                 colWidths=[52 * mm], rowHeights=[20 * mm])
    logo.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), RED), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    title = [Paragraph("Cofnod o Benderfyniadau", style("t1", FB, 17, 21, textColor=RED)),
             Paragraph("Record of Decisions", style("t2", FB, 17, 21)),
             Spacer(1, 3),
             Paragraph("Cabinet", style("t3", FB, 12, 15))]
    top = Table([[title, logo]], colWidths=[128 * mm, 52 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                             ("RIGHTPADDING", (-1, 0), (-1, 0), 0)]))
    s += [top, Spacer(1, 6)]
    meta = [["Dyddiad / Date:", "Dydd Mercher, 22 Ionawr 2025 / Wednesday, 22 January 2025, 10.00 am"],
            ["Lleoliad / Venue:", "Siambr y Cyngor, Canolfan Ddinesig, Pontderwen / Council Chamber, Civic Centre, "
                                  "Pontderwen (hybrid meeting)"],
            ["Cyhoeddwyd / Published:", "24 Ionawr 2025 / 24 January 2025"]]
    t = Table([[Paragraph(a, smallb), Paragraph(b, small)] for a, b in meta], colWidths=[44 * mm, 136 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.6, RED)]))
    s += [t, Spacer(1, 8)]

    members = [("Cllr Rhian Prosser", "Leader of the Council (Chair)"),
               ("Cllr Gareth Llewellyn", "Deputy Leader; Cabinet Member for Finance and Resources"),
               ("Cllr Sioned Bevan", "Cabinet Member for Education and the Welsh Language"),
               ("Cllr Dafydd Harries", "Cabinet Member for Housing and Regeneration"),
               ("Cllr Amanda Pugh", "Cabinet Member for Social Care and Wellbeing (attended remotely)"),
               ("Cllr Tomos Griffiths", "Cabinet Member for Environment and Climate Change"),
               ("Cllr Leanne Morris", "Cabinet Member for Communities and Leisure")]
    rows = [[Paragraph("<b>Aelodau’n bresennol / Members present</b>", small), ""]]
    rows += [[Paragraph(a, small), Paragraph(b, small)] for a, b in members]
    rows += [[Paragraph("<b>Ymddiheuriadau / Apologies</b>", small), ""],
             [Paragraph("Cllr Huw Watkins", small), Paragraph("Cabinet Member for Highways and Transport", small)],
             [Paragraph("<b>Hefyd yn bresennol / Also present</b>", small), ""],
             [Paragraph("Cllr Bethan Rees", small),
              Paragraph("Chair of the Overview and Scrutiny Management Committee", small)],
             [Paragraph("<b>Swyddogion / Officers</b>", small), ""]]
    officers = [("Mererid Owen", "Chief Executive"),
                ("Paul Rowlands", "Corporate Director of Resources (Section 151 Officer)"),
                ("Owain Price", "Corporate Director of Education"),
                ("Ceri Jenkins", "Head of Legal and Democratic Services (Monitoring Officer)"),
                ("Nia Roberts", "Democratic Services Officer")]
    rows += [[Paragraph(a, small), Paragraph(b, small)] for a, b in officers]
    box = Table(rows, colWidths=[48 * mm, 132 * mm])
    spans = [i for i, r in enumerate(rows) if r[1] == ""]
    ts = [("BOX", (0, 0), (-1, -1), 0.9, RED), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    for i in spans:
        ts += [("SPAN", (0, i), (1, i)), ("BACKGROUND", (0, i), (1, i), GREY)]
    box.setStyle(TableStyle(ts))
    s += [box, Spacer(1, 8)]

    s.append(Paragraph("Datganiadau o Fuddiant / Declarations of Interest", h2))
    s.append(Paragraph("Cllr Sioned Bevan declared a personal and prejudicial interest in decision CAB/25/04 as a "
                       "governor of Ysgol Gynradd Tregwyn and left the meeting while it was considered. Cllr Gareth "
                       "Llewellyn chaired that item.", body))
    s.append(Paragraph("Galw i mewn / Call-in", h2))
    s.append(Paragraph("Unless stated otherwise, the decisions below may be implemented after the call-in period "
                       "ends at 5.00 pm on Monday 3 February 2025, unless called in by the Overview and Scrutiny "
                       "Management Committee. Decisions marked as urgent are not subject to call-in.", body))
    s.append(Paragraph("Penderfyniadau / Decisions", h2))

    head = ["Rhif / Decision No", "Adroddiad / Report", "Penderfyniad / Decision", "Rheswm / Reason",
            "Dyddiad gweithredu / Implementation date"]
    for no, title, author, dec, reason, impl in DECISIONS:
        t = Table([[Paragraph(h, hdr) for h in head],
                   [Paragraph(f"<b>{no}</b>", small),
                    [Paragraph(f"<b>{title}</b>", small), Spacer(1, 2), Paragraph(author, small)],
                    Paragraph(dec, small), Paragraph(reason, small), Paragraph(impl, small)]],
                  colWidths=[22 * mm, 38 * mm, 54 * mm, 36 * mm, 30 * mm], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                               ("BACKGROUND", (0, 0), (-1, 0), RED), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s += [KeepTogether(t), Spacer(1, 7)]
    s.append(Paragraph("Daeth y cyfarfod i ben am 12.05 pm / The meeting closed at 12.05 pm.", body))
    s.append(Paragraph("Ymholiadau / Enquiries: Nia Roberts, Democratic Services, democratic.services@cwmderwen.gov.wales",
                       style("enq", F, 8.5, 11, textColor=colors.HexColor("#555555"), spaceBefore=6)))

    def draw(c, n, total):
        c.saveState()
        c.setStrokeColor(RED)
        c.line(15 * mm, 16 * mm, 195 * mm, 16 * mm)
        c.setFont(F, 8)
        c.drawString(15 * mm, 11 * mm, "Cofnod o Benderfyniadau – Cabinet – 22 Ionawr 2025 / Record of Decisions – "
                                       "Cabinet – 22 January 2025")
        c.drawRightString(195 * mm, 11 * mm, f"Tudalen {n} o {total} / Page {n} of {total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=22 * mm, title="Record of Decisions - Cabinet - 22 January 2025")
    doc.build(s, canvasmaker=numbered_canvas(draw))


if __name__ == "__main__":
    build()
