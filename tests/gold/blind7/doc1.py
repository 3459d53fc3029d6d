"""Doc 1: Thornbridge Council Health and Wellbeing Board minutes (ruled attendance table, HWB/24/nn items)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from common import fonts, numbered_canvas

STEM = "blind7-uk-thornbridge-council-health-and-wellbeing-board-minutes-2024-09-18"

ATTEND = [
    ("Cllr Sarah Pennock (Chair)", "Thornbridge Council – Cabinet Member for Adults and Health", "✓"),
    ("Helen Castleford (Vice-Chair)", "NHS Northshire Integrated Care Board – Place Director", "✓ (MS Teams)"),
    ("Cllr Darren Whitlock", "Thornbridge Council – Cabinet Member for Children and Families", "A"),
    ("Cllr Marion Oduya", "Thornbridge Council – Opposition Group Representative", "✓"),
    ("Dr Jane Morrow", "Thornbridge Council – Director of Public Health", "✓"),
    ("Raj Bhandari", "Thornbridge Council – Director of Adult Social Services", "✓"),
    ("Claire Ashdown", "Thornbridge Council – Director of Children's Services", "A"),
    ("Ch Supt Anna Kowal", "Northshire Police – Local Policing Commander", "A"),
    ("Supt Mark Ellery (substitute)", "Northshire Police", "✓"),
    ("Gillian Forsyth", "Healthwatch Thornbridge – Manager", "✓"),
    ("Tariq Mahmood", "Thornbridge Voluntary Action (TVA) – Chief Executive", "✓ (MS Teams)"),
    ("Station Manager Leon Price", "Northshire Fire and Rescue Service", "A"),
]
IN_ATTENDANCE = ("In attendance: Owen Tallis (Consultant in Public Health), Beth Carrow (Community Safety "
                 "Manager) and Priya Nair (Democratic Services Officer).")

# items: (ref, title, [blocks]) ; block = ("p", text) | ("res", lead, [lettered]) | ("act", initials, rest) | ("bul", [..])
ITEMS = [
    ("HWB/24/12", "Apologies and Substitutions", [
        ("p", "Apologies were received from Cllr Darren Whitlock, Claire Ashdown, Ch Supt Anna Kowal and "
              "Station Manager Leon Price. Supt Mark Ellery attended as substitute for Ch Supt Kowal."),
    ]),
    ("HWB/24/13", "Declarations of Interest", [
        ("p", "Tariq Mahmood declared a non-pecuniary interest in item HWB/24/16 as Chief Executive of Thornbridge "
              "Voluntary Action, which receives a grant from the Household Support Fund. He took no part in the "
              "decision on that item. No other declarations were made."),
    ]),
    ("HWB/24/14", "Minutes of the Previous Meeting", [
        ("res", "The Board RESOLVED to:", [
            "(a) approve the minutes of the meeting held on 10 July 2024 as a correct record, subject to the "
            "correction of the spelling of Mr Mahmood's name at minute HWB/24/07; and",
            "(b) authorise the Chair to sign them."]),
    ]),
    ("HWB/24/15", "Joint Health and Wellbeing Strategy 2025–2030: Refresh", [
        ("p", "Owen Tallis presented the draft refreshed Joint Health and Wellbeing Strategy 2025–2030, which had "
              "been shaped by the Joint Strategic Needs Assessment (JSNA) and by 14 community conversations held "
              "over the summer. The draft proposes four priorities:"),
        ("bul", ["Best start in life", "Healthy minds, healthy lives", "Healthy homes and places",
                 "Ageing well in Thornbridge"]),
        ("p", "Healthy homes and places is a new stand-alone priority; in the 2019–2024 strategy, housing was part "
              "of the Wider determinants of health priority. Tackling loneliness, previously a priority in its own "
              "right, will become a cross-cutting theme alongside Reducing health inequalities."),
        ("p", "Members welcomed the shorter list. Cllr Oduya asked that the consultation reach people who are "
              "digitally excluded; Gillian Forsyth offered the Healthwatch Thornbridge volunteer network to run "
              "paper surveys in libraries and GP surgeries."),
        ("res", "The Board RESOLVED to:", [
            "(a) endorse the four draft priorities for the Joint Health and Wellbeing Strategy 2025–2030 set out "
            "in paragraph 3.2 of the report;",
            "(b) approve a public consultation on the draft strategy from 1 October to 24 November 2024; and",
            "(c) receive the final strategy for adoption at its meeting on 22 January 2025."]),
        ("act", "OT", "to publish the consultation and circulate the engagement plan to Board members by "
                      "27 September 2024."),
        ("act", "GF", "to confirm Healthwatch volunteer sessions for paper surveys by 4 October 2024."),
    ]),
    ("HWB/24/16", "Household Support Fund and Cost of Living Update", [
        ("p", "Raj Bhandari reported that the Council had received £2.41m from the Department for Work and "
              "Pensions (DWP) for round 5 of the Household Support Fund, covering 1 April to 30 September 2024. "
              "Take-up among pensioner households remained low at 38% of those eligible."),
        ("res", "The Board RESOLVED to:", [
            "(a) note the allocation of £2.41m for Household Support Fund round 5; and",
            "(b) ask the Thornbridge Cost of Living Partnership to report to the Board on take-up among pensioner "
            "households at its next meeting."]),
        ("act", "RB", "to provide a ward-level breakdown of take-up to Cllr Oduya by 31 October 2024."),
    ]),
    ("HWB/24/17", "Safer Communities: Serious Violence Strategic Needs Assessment", [
        ("p", "Beth Carrow presented the annual refresh of the strategic needs assessment prepared with Northshire "
              "Police and the Northshire Violence Reduction Unit (VRU) under the Serious Violence Duty. Violence "
              "with injury had fallen by 6% but knife-enabled robbery in the town centre had risen. Supt Ellery "
              "described the summer hotspot patrols funded through the VRU."),
        ("res1", "The Board RESOLVED to note the refreshed Serious Violence Strategic Needs Assessment and the "
                 "partnership response strategy."),
        ("act", "BC and ME", "to bring a joint update on knife crime hotspots to the January 2025 meeting."),
    ]),
    ("HWB/24/18", "Better Care Fund 2024/25: Quarter 1 Return", [
        ("p", "The Board considered the Quarter 1 return, which had been submitted to NHS England on 30 August "
              "2024 ahead of the Board meeting to meet the national deadline."),
        ("res", "The Board RESOLVED to:", [
            "(a) retrospectively approve the Better Care Fund 2024/25 Quarter 1 return; and",
            "(b) delegate approval of the Quarter 2 return to the Director of Adult Social Services in "
            "consultation with the Chair and the ICB Place Director."]),
    ]),
    ("HWB/24/19", "Forward Plan and Date of Next Meeting", [
        ("p", "The forward plan was noted. The next meeting will be held on Wednesday 27 November 2024 at "
              "2.00 pm in Committee Room 2, Thornbridge Civic Centre."),
    ]),
]


def draw_page(c, page, total):
    w, h = A4
    c.saveState()
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.HexColor("#4b4b4b"))
    c.drawString(20 * mm, h - 12 * mm, "Thornbridge Council")
    c.drawRightString(w - 20 * mm, h - 12 * mm, "Health and Wellbeing Board – 18 September 2024")
    c.setStrokeColor(colors.HexColor("#00587a"))
    c.setLineWidth(1.2)
    c.line(20 * mm, h - 14 * mm, w - 20 * mm, h - 14 * mm)
    c.setLineWidth(0.4)
    c.line(20 * mm, 16 * mm, w - 20 * mm, 16 * mm)
    c.drawString(20 * mm, 11 * mm, "Chair's initials ..........")
    c.drawRightString(w - 20 * mm, 11 * mm, f"Page {page} of {total}")
    c.restoreState()


def build(path):
    fonts()
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.2, spaceAfter=5)
    h_title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=colors.HexColor("#00587a"))
    h_sub = ParagraphStyle("s", fontName="Helvetica", fontSize=10.5, leading=14)
    h_item = ParagraphStyle("i", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=9, spaceAfter=4)
    letter = ParagraphStyle("l", parent=base, leftIndent=22, firstLineIndent=-16, spaceAfter=3)
    bullet = ParagraphStyle("bu", parent=base, leftIndent=22, spaceAfter=1)
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
    cellh = ParagraphStyle("ch", fontName="Helvetica-Bold", fontSize=9, leading=11, textColor=colors.white)
    tick = ParagraphStyle("tk", fontName="DejaVu", fontSize=9, leading=11, alignment=1)
    story = [
        Paragraph("MINUTES of the meeting of the Thornbridge Health and Wellbeing Board", h_title),
        Spacer(1, 3),
        Paragraph("held on Wednesday 18 September 2024 at 2.00 pm in Committee Room 2, Thornbridge Civic Centre, "
                  "Market Street, Thornbridge", h_sub),
        Spacer(1, 8),
        Paragraph("<b>Attendance</b>", base),
    ]
    data = [[Paragraph("Name", cellh), Paragraph("Organisation", cellh), Paragraph("Present/Apologies", cellh)]]
    for n, o, s in ATTEND:
        data.append([Paragraph(n, cell), Paragraph(o, cell), Paragraph(s, tick)])
    t = Table(data, colWidths=[50 * mm, 86 * mm, 34 * mm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f7f7f")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#00587a")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef4f7")]),
    ]))
    story += [t, Spacer(1, 3),
              Paragraph("<font size=8>Key: ✓ = present; A = apologies; (MS Teams) = attended remotely</font>",
                        ParagraphStyle("k", parent=base, fontName="DejaVu")),
              Paragraph(IN_ATTENDANCE, base)]
    for ref, title, blocks in ITEMS:
        part = [Paragraph(f"{ref}&nbsp;&nbsp;&nbsp;{title}", h_item)]
        for b in blocks:
            if b[0] == "p":
                part.append(Paragraph(b[1], base))
            elif b[0] == "bul":
                part += [Paragraph("•&nbsp;&nbsp;" + x, bullet) for x in b[1]]
                part.append(Spacer(1, 4))
            elif b[0] == "res":
                part.append(Paragraph(b[1].replace("RESOLVED", "<b>RESOLVED</b>"), base))
                part += [Paragraph(x, letter) for x in b[2]]
                part.append(Spacer(1, 3))
            elif b[0] == "res1":
                part.append(Paragraph(b[1].replace("RESOLVED", "<b>RESOLVED</b>"), base))
            elif b[0] == "act":
                part.append(Paragraph(f"<b>ACTION:</b> <b>{b[1]}</b> {b[2]}", base))
        story.append(KeepTogether(part[:3]))
        story += part[3:]
    story += [Spacer(1, 14), Paragraph("The meeting closed at 4.05 pm.", base), Spacer(1, 18),
              Paragraph("Chair ............................................ &nbsp;&nbsp; Date ....................", base)]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                            bottomMargin=22 * mm, title="Health and Wellbeing Board minutes 18 September 2024",
                            author="Thornbridge Council Democratic Services")
    doc.build(story, canvasmaker=numbered_canvas(draw_page))
