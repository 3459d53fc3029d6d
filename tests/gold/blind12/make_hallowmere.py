"""(4) NHS integrated care board committee minutes: header block with the committee name wrapped over two lines
and the date with superscript ordinals ("Thursday 16th January 2025"); attendance as a two-column name/title grid;
decisions in capitals inside the items; separate Decisions log and Action log tables at the end (actions appear
only there)."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind12-uk-hallowmere-dunstock-icb-quality-patient-safety-committee-minutes-2025-01-16"

F, FB = "LibSans", "LibSans-Bold"
NHSBLUE = colors.HexColor("#005eb8")
PALE = colors.HexColor("#e8f1fa")
B = style("b", F, 10, leading=12.8, spaceAfter=4)
C = style("c", F, 9, leading=11)
CB = style("cb", FB, 9, leading=11)
H = style("h", FB, 10.5, leading=13, spaceBefore=7, spaceAfter=2, textColor=NHSBLUE)


def th(d):
    return f"{d}<super><font size=6>th</font></super>"


MEMBERS = [
    ("Prof. Elaine Marchbank", "Non-Executive Member (Chair)"),
    ("Mr Ravi Sethuraman", "Non-Executive Member"),
    ("Mrs Gillian Pardoe", "Chief Nursing Officer"),
    ("Dr Tomasz Wojcik", "Chief Medical Officer"),
    ("Ms Abena Owusu", "Director of Performance and Delivery (via MS Teams)"),
    ("Mr Stuart Leckie", "Director of Adult Social Care, Hallowmere County Council (partner member)"),
]
ATTENDING = [
    ("Ms Denise Farrow", "Designated Nurse for Safeguarding Children"),
    ("Mrs Paula Strand", "Head of Maternity Quality, Hallowmere Teaching Hospitals NHS Foundation Trust (item 6)"),
    ("Mr Owen Bryce", "Chief Executive, Healthwatch Hallowmere (observer)"),
    ("Miss Leah Cardew", "Corporate Governance Officer (minutes)"),
]
APOLOGIES = [
    ("Dr Harriet Vane-Tempest", "Non-Executive Member"),
    ("Mr Colin Ashworth", "Director of Nursing, Dunstock Community Health NHS Trust"),
]

ITEMS = [
    ("1", "Welcome, introductions and apologies",
     ["The Chair welcomed members and noted that the meeting was quorate. Apologies were received as listed above."]),
    ("2", "Declarations of interest",
     ["Dr Wojcik declared his role as a GP partner at Mill Street Surgery, which is referenced in the Integrated "
      "Quality and Performance Report. The Chair agreed that no action was required."]),
    ("3", f"Minutes of the meeting held on {th(12)} December 2024 and action log",
     ["The minutes were APPROVED as an accurate record.",
      "The action log was reviewed: QPS-041 was closed; QPS-038 remains open, as recorded in the action log below."]),
    ("4", "Patient story",
     ["Mrs Pardoe presented the story of a family\u2019s experience of discharge from hospital to a care home. "
      "The Committee NOTED the learning and thanked the family for sharing it."]),
    ("5", "Integrated Quality and Performance Report (Month 8)",
     ["Ms Owusu reported that 4-hour performance in emergency departments was 71.2% in November 2024 against the "
      "operational standard of 78% by March 2025. Ambulance handover delays at Dunstock General Hospital remain "
      "the main concern. The Committee NOTED the report and took PARTIAL assurance on urgent and emergency care "
      "performance."]),
    ("6", "Maternity and neonatal services update",
     ["Mrs Strand presented the update from the Hallowmere and Dunstock Local Maternity and Neonatal System (LMNS), "
      "including the outcome of the Care Quality Commission (CQC) inspection of the Hallowmere Royal maternity unit "
      "in October 2024. The Committee APPROVED the LMNS Equity and Equality Action Plan 2025/26 for submission to "
      "the ICB Board on 6th February 2025."]),
    ("7", "Safeguarding adults and children \u2013 six-monthly report",
     ["Ms Farrow presented the report, which covered the period April to September 2024. The Committee RECEIVED "
      "the report and took SIGNIFICANT assurance."]),
    ("8", "Quality priorities 2025/26",
     ["Mrs Pardoe set out three proposed quality priorities for 2025/26, developed with providers and Healthwatch "
      "Hallowmere. The Committee ENDORSED the following quality priorities for inclusion in the Joint Forward Plan:",
      "a) Reducing harm from falls in care homes",
      "b) Improving timely access to children and young people\u2019s mental health services",
      "c) Learning from patient safety incidents under the Patient Safety Incident Response Framework (PSIRF)"]),
    ("9", "Risk register and Board Assurance Framework",
     ["The Committee AGREED to increase the score of risk QPS3 (community nursing workforce) from 12 to 16 and "
      "to escalate it to the ICB Board."]),
    ("10", "Any other business and date of next meeting",
     ["There was no other business. The next meeting will be held on " + f"Thursday {th(20)} March 2025" +
      " at 9.30am in the Boardroom, Dunstock House."]),
]

DECISIONS = [
    ("3", "Minutes of 12 December 2024 approved as an accurate record."),
    ("5", "Partial assurance on urgent and emergency care performance."),
    ("6", "LMNS Equity and Equality Action Plan 2025/26 approved for submission to the ICB Board."),
    ("7", "Significant assurance on safeguarding adults and children."),
    ("8", "Quality priorities 2025/26 endorsed for the Joint Forward Plan."),
    ("9", "Risk QPS3 increased from 12 to 16 and escalated to the ICB Board."),
]

ACTIONS = [
    ("QPS-038", "6 (Dec-24)", "Confirm the date for the Dunstock Community Health NHS Trust pressure ulcer "
                              "thematic review to be presented", "G Pardoe", "20/03/2025", "Open"),
    ("QPS-044", "5", "Bring a deep dive on ambulance handover delays at Dunstock General Hospital to the next "
                     "meeting", "A Owusu", "20/03/2025", "New"),
    ("QPS-045", "6", "Submit the LMNS Equity and Equality Action Plan 2025/26 to the ICB Board", "P Strand / "
                     "G Pardoe", "06/02/2025", "New"),
    ("QPS-046", "7", "Circulate the Hallowmere Safeguarding Children Partnership\u2019s practice review briefing "
                     "to members", "D Farrow", "31/01/2025", "New"),
    ("QPS-047", "8", "Include the three quality priorities in the Joint Forward Plan refresh", "G Pardoe",
     "31/03/2025", "New"),
]


def footer(c, doc):
    c.saveState()
    c.setFont(F, 8)
    c.drawString(18 * mm, 10 * mm, "QPSC minutes \u2013 16.01.2025 \u2013 unconfirmed until approved")
    c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"{doc.page}")
    c.restoreState()


def grid(rows, widths, header=True):
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7a9cc6")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        st.append(("BACKGROUND", (0, 0), (-1, 0), PALE))
    return Table(rows, colWidths=widths, repeatRows=1 if header else 0, style=TableStyle(st))


def build():
    fonts()
    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm, title="QPSC minutes 16 January 2025")
    title = [Paragraph("<font color='#ffffff'>NHS Hallowmere and Dunstock Integrated Care Board</font>",
                       style("t0", F, 10, leading=13)),
             Paragraph("<font color='#ffffff'><b>Quality and Patient Safety Committee</b></font>",
                       style("t", F, 20, leading=24))]
    when = Paragraph("<font color='#ffffff'>Minutes of the meeting held on<br/><b>Thursday " + th(16) +
                     " January 2025</b><br/>9.30am \u2013 12.00pm<br/>Boardroom, Dunstock House<br/>and via MS Teams"
                     "</font>", style("w", F, 9.5, leading=12, alignment=2))
    s = [Table([[title, when]], colWidths=[108 * mm, 66 * mm], style=TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), NHSBLUE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)])), Spacer(1, 10)]
    rows = []
    for label, people in (("Members present", MEMBERS), ("In attendance", ATTENDING), ("Apologies", APOLOGIES)):
        rows.append([Paragraph(f"<b>{label}</b>", C), ""])
        rows += [[Paragraph(n, C), Paragraph(r, C)] for n, r in people]
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c9d8ea"))]
    s += [Table(rows, colWidths=[55 * mm, 119 * mm], style=TableStyle(st)), Spacer(1, 6)]
    for n, head, paras in ITEMS:
        s.append(Paragraph(f"{n}.&nbsp;&nbsp;{head}", H))
        for p in paras:
            s.append(Paragraph(p, style("li", F, 10, leading=12.8, leftIndent=14, spaceAfter=2) if p[:2] in ("a)", "b)", "c)") else B))
    s += [Spacer(1, 8), Paragraph("Decisions log", H)]
    s.append(grid([[Paragraph("Item", CB), Paragraph("Decision", CB)]] +
                  [[Paragraph(a, C), Paragraph(b, C)] for a, b in DECISIONS], [16 * mm, 158 * mm]))
    s += [Spacer(1, 8), Paragraph("Action log", H)]
    s.append(grid([[Paragraph(h, CB) for h in ("Ref", "Item", "Action", "Lead", "Due", "Status")]] +
                  [[Paragraph(x, C) for x in r] for r in ACTIONS],
                  [20 * mm, 16 * mm, 75 * mm, 26 * mm, 22 * mm, 15 * mm]))
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    build()
