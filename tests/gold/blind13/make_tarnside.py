"""NHS foundation trust board minutes (meeting held in public): attendance table with initials, the whole body
is a three-column grid (minute ref "BM/24/31" in a left margin column | text | "Action" column holding only the
owner's initials), table splits across pages with a repeated header, running header and footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind13-uk-coldbeck-and-tarnside-nhs-ft-board-of-directors-minutes-2024-10-03"
NHSBLUE = colors.HexColor("#005eb8")


def build():
    fonts()
    F, FB = "LibSans", "LibSans-Bold"
    body = style("b", F, 9.5, 12.5)
    bold = style("bb", FB, 9.5, 12.5)
    refst = style("r", FB, 9, 12.5)
    actst = style("a", FB, 9.5, 12.5, alignment=1)
    cell = style("c", F, 9, 11.5)
    cellb = style("cb", FB, 9, 11.5)
    s = []
    s.append(Table([[Paragraph("<font color='white'><b>NHS</b></font>", style("logo", FB, 16, 18, alignment=1))]],
                   colWidths=[22 * mm], rowHeights=[10 * mm], hAlign="RIGHT",
                   style=[("BACKGROUND", (0, 0), (-1, -1), NHSBLUE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s.append(Paragraph("Coldbeck and Tarnside", style("tr", FB, 11, 13, alignment=2)))
    s.append(Paragraph("NHS Foundation Trust", style("tr2", F, 10, 12, alignment=2, textColor=NHSBLUE)))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Minutes of the Board of Directors Meeting held in Public", style("t", FB, 13, 16)))
    s.append(Paragraph("Thursday 3 October 2024 at 10.00am, Boardroom, Trust Headquarters, Coldbeck Road, Tarnside",
                       style("t2", F, 10, 13)))
    s.append(Spacer(1, 6))
    att = [
        ("Present", "", ""),
        ("Jane Thornton", "JT", "Chair"),
        ("Peter Danvers", "PD", "Non-Executive Director and Vice Chair"),
        ("Rachel Imrie", "RI", "Non-Executive Director"),
        ("Tomasz Wojcik", "TW", "Non-Executive Director (via MS Teams)"),
        ("Dr Michael Oyelaran", "MO", "Chief Executive"),
        ("Kathryn Oakes", "KO", "Chief Operating Officer"),
        ("Andrew Beckwith", "AB", "Director of Finance"),
        ("Dr Sunita Rao", "SR", "Medical Director"),
        ("Lesley Carmichael", "LC", "Chief Nurse"),
        ("In attendance", "", ""),
        ("Fiona McBride", "FM", "Director of Corporate Affairs and Trust Secretary"),
        ("Gemma Hollis", "GH", "Freedom to Speak Up Guardian (item BM/24/40)"),
        ("Owen Farrar", "OF", "Lead Governor (observer)"),
        ("Natalie Shaw", "NS", "Corporate Governance Officer (minutes)"),
        ("Apologies", "", ""),
        ("Dr Hugh Penrose", "HP", "Non-Executive Director"),
        ("Yusuf Adeleke", "YA", "Director of People"),
    ]
    rows = []
    sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    for i, (a, b, c) in enumerate(att):
        if not b:
            rows.append([Paragraph(a, cellb), "", ""])
            sty += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#e8f1fa"))]
        else:
            rows.append([Paragraph(a, cell), Paragraph(b, cell), Paragraph(c, cell)])
    t = Table(rows, colWidths=[50 * mm, 14 * mm, 106 * mm])
    t.setStyle(TableStyle(sty))
    s.append(t)
    s.append(Spacer(1, 10))

    grid = [[Paragraph("Minute", cellb), Paragraph("", cellb), Paragraph("Action", style("ah", FB, 9, 11.5, alignment=1))]]
    gsty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f1fa")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, NHSBLUE), ("BOX", (0, 0), (-1, -1), 0.5, NHSBLUE),
            ("LINEAFTER", (0, 0), (0, -1), 0.5, NHSBLUE), ("LINEAFTER", (1, 0), (1, -1), 0.5, NHSBLUE),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]

    def item(ref, title, paras):
        start = len(grid)
        grid.append([Paragraph(ref, refst), Paragraph(title, bold), ""])
        for p in paras:
            if isinstance(p, tuple):
                text, who = p
                grid.append(["", Paragraph(text, body), Paragraph(who, actst)])
            else:
                grid.append(["", Paragraph(p, body), ""])
        gsty.append(("LINEABOVE", (0, start), (-1, start), 0.5, NHSBLUE))

    item("BM/24/31", "Chair’s welcome and apologies",
         ["The Chair welcomed members, governors and members of the public. Apologies were noted as above. The "
          "meeting was quorate."])
    item("BM/24/32", "Declarations of interest",
         ["Rachel Imrie declared that she is a trustee of Tarnside Hospice; this was not relevant to any item on the "
          "agenda. No other interests were declared."])
    item("BM/24/33", "Minutes of the previous meeting held on 5 September 2024",
         ["The minutes were approved as an accurate record."])
    item("BM/24/34", "Matters arising and action log",
         ["Actions BM/24/12 and BM/24/19 were closed. There were no matters arising."])
    item("BM/24/35", "Patient story",
         ["Mrs Eileen Allan described her husband’s discharge from the stroke unit and the delay in arranging "
          "community support. Board members reflected on the need for earlier discharge planning.",
          ("The learning from the story to be shared with the Quality Committee and included in the discharge "
           "improvement programme.", "LC")])
    item("BM/24/36", "Chief Executive’s report",
         ["The Chief Executive highlighted the Care Quality Commission (CQC) unannounced inspection of maternity "
          "services on 10–11 September 2024, the opening of the new endoscopy suite, and joint work with Tarn and "
          "Fells Integrated Care Board (ICB) on the winter plan.",
          "The Board noted the report."])
    item("BM/24/37", "Integrated performance report – Month 5",
         ["Performance against the 4-hour emergency department standard was 71.2% in August against the "
          "national target of 78% by March 2025. Cancer 62-day performance remained below plan at 64.5%. Non-executive "
          "directors challenged whether the theatre productivity gains would be sustained over winter.",
          ("A recovery trajectory for 62-day cancer performance to be presented to the December Board.", "KO"),
          "The Board noted the report and the actions being taken to recover performance."])
    item("BM/24/38", "Finance report – Month 5",
         ["The year-to-date deficit was £4.8m against a planned deficit of £3.9m, driven by temporary staffing "
          "costs and industrial action. The Director of Finance set out the mitigations.",
          "The Board approved the revised forecast outturn of a £6.2m deficit for 2024/25 for submission to NHS "
          "England.",
          ("The financial recovery plan to be reviewed in detail by the Finance and Performance Committee on "
           "18 November 2024.", "AB")])
    item("BM/24/39", "Board Assurance Framework",
         ["The Trust Secretary presented the quarter 2 Board Assurance Framework (BAF).",
          "The Board approved the Board Assurance Framework, including the increase in the score of strategic risk "
          "SR3 (workforce supply) from 16 to 20.",
          ("The revised BAF format to be circulated to non-executive directors by 31 October 2024.", "FM")])
    item("BM/24/40", "Freedom to Speak Up Guardian report",
         ["Gemma Hollis reported 41 concerns raised in quarters 1 and 2, of which 12 related to behaviours. The "
          "Board discussed the themes and the support for managers.",
          "The Board noted the report and endorsed the revised Speaking Up Policy.",
          ("Speaking up themes to be triangulated with the 2024 NHS Staff Survey results and reported to the People "
           "Committee in March 2025.", "YA")])
    item("BM/24/41", "Reports from Board committees",
         ["The chairs’ reports from the Quality Committee (24 September 2024) and the Audit Committee (1 October 2024) "
          "were presented.",
          "The Board noted the committee chairs’ reports.",
          "The Board ratified the Audit Committee’s approval of the revised Standing Financial Instructions."])
    item("BM/24/42", "Questions from governors and the public",
         ["Owen Farrar asked how governors would be involved in the winter plan. The Chief Executive agreed to brief "
          "the Council of Governors at its meeting on 21 November 2024.",
          ("Winter plan briefing for the Council of Governors.", "MO")])
    item("BM/24/43", "Any other business",
         ["There was no other business."])
    item("BM/24/44", "Date and time of next meeting",
         ["Thursday 5 December 2024 at 10.00am, Boardroom, Trust Headquarters."])
    g = Table(grid, colWidths=[22 * mm, 130 * mm, 18 * mm], repeatRows=1)
    g.setStyle(TableStyle(gsty))
    s.append(g)
    s.append(Spacer(1, 12))
    s.append(Paragraph("Signed (Chair): ...................................................&nbsp;&nbsp;&nbsp;"
                       "Date: ........................", body))

    def page(c, d):
        c.saveState()
        c.setFont(F, 7.5)
        c.setFillColor(colors.HexColor("#444444"))
        if d.page > 1:
            c.drawString(20 * mm, 287 * mm, "Board of Directors (Public) – 3 October 2024 – Minutes")
        c.drawString(20 * mm, 10 * mm, "Coldbeck and Tarnside NHS Foundation Trust")
        c.drawRightString(190 * mm, 10 * mm, f"Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, title="Board of Directors minutes 3 October 2024")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
