"""Academy trust board minutes: landscape, ruled 3-column table (No. | Minute | Action / owner / by),
trustees referred to by initials, Q:/A: challenge lines, lettered policy sub-items."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, register_fonts

STEM = "blind10-uk-fernhollow-learning-trust-board-minutes-2024-12-11"
register_fonts()
PURPLE = colors.HexColor("#4b2a6b")
base = ParagraphStyle("b", fontName="LibSerif", fontSize=10, leading=12.6, spaceAfter=3.5)
qs = ParagraphStyle("q", parent=base, leftIndent=14, firstLineIndent=-14, textColor=colors.HexColor("#222266"))
small = ParagraphStyle("s", parent=base, fontSize=9.2, leading=11.5)
title = ParagraphStyle("t", parent=base, fontName="LibSerif-Bold", fontSize=10.5)


def P(t, s=base):
    return Paragraph(t, s)


def hf(c, doc):
    w, h = landscape(A4)
    c.saveState()
    c.setFont("LibSerif-Italic", 8.5)
    c.drawString(15 * mm, h - 10 * mm, "Fernhollow Learning Trust \u2013 Board of Trustees \u2013 11.12.24")
    c.drawRightString(w - 15 * mm, h - 10 * mm, "Approved / Draft: DRAFT")
    c.drawString(15 * mm, 8 * mm, "Signed (Chair) ______________________   Date ____________")
    c.drawRightString(w - 15 * mm, 8 * mm, f"Page {doc.page}")
    c.restoreState()


def build():
    s = []
    s.append(P("<font size=15><b>FERNHOLLOW LEARNING TRUST</b></font>", ParagraphStyle("x", parent=base, leading=19,
                                                                                    textColor=PURPLE)))
    s.append(P("<b>Minutes of the Meeting of the Board of Trustees</b>", ParagraphStyle("y", parent=base, fontSize=12.5,
                                                                                     leading=15)))
    s.append(P("Held on Wednesday 11 December 2024 at 5.30pm in the Library, Fernhollow Academy, and via Microsoft "
               "Teams. The meeting was quorate throughout."))
    att = [
        [P("<b>Trustees present</b>", small), P("<b>In attendance</b>", small), P("<b>Apologies / absent</b>", small)],
        [P("Dr Nadia Okafor (NO) \u2013 Chair<br/>Peter Lindqvist (PL) \u2013 Vice Chair<br/>Harriet Greaves (HG)"
           "<br/>Colin Mbeki (CM) \u2013 joined remotely<br/>Revd Ann Fairweather (AF)", small),
         P("Sarah Whitlock (SW) \u2013 Chief Executive Officer<br/>Daniel Price (DP) \u2013 Chief Financial Officer"
           "<br/>Ruth Ambler (RA) \u2013 Governance Professional (minutes)", small),
         P("Imran Sheikh \u2013 apologies received and accepted<br/>Jonathan Reyes \u2013 absent, no apologies "
           "received", small)]]
    t = Table(att, colWidths=[85 * mm, 95 * mm, 85 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, PURPLE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#ece6f3"))]))
    s += [Spacer(1, 4), t, Spacer(1, 8)]

    rows = [[P("<b>No.</b>", small), P("<b>Minute</b>", small), P("<b>Action \u2013 owner \u2013 by</b>", small)]]

    def row(no, head, body, actions=""):
        cell = [P(f"<b>{head}</b>", title)] + [P(x, qs if x.startswith(("Q:", "A:")) else base) for x in body]
        rows.append([P(f"<b>{no}</b>", base), cell, [P(a, small) for a in actions] if actions else ""])

    row("1", "Welcome, apologies and quorum",
        ["NO welcomed trustees. Apologies from Imran Sheikh were received and accepted. Jonathan Reyes was absent "
         "without apologies; RA will contact him on behalf of the Chair.",
         "The meeting was confirmed as quorate."],
        ["RA to contact JR regarding attendance \u2013 RA \u2013 by 20.12.24"])
    row("2", "Declarations of business and pecuniary interests",
        ["No new interests were declared in respect of items on the agenda."])
    row("3", "Minutes of the meeting held on 2 October 2024 and matters arising",
        ["The minutes were APPROVED as an accurate record and signed by the Chair.",
         "Matters arising: the revised Scheme of Delegation has been published on the trust website (action "
         "complete). The action on the estates strategy is carried forward to item 6."])
    row("4", "CEO\u2019s report: autumn term",
        ["SW presented her report. The four Trust Improvement Plan priorities for 2024\u201325 remain:",
         "1) Reading fluency in KS1 and KS2<br/>2) Attendance and persistent absence<br/>3) Inclusion of pupils "
         "with SEND<br/>4) Staff wellbeing and retention",
         "Q: Persistent absence at Marlow Rise Primary is 19.4%, well above the national figure. What is the "
         "trust doing differently this term?",
         "A: SW explained that a shared attendance officer started in November and that first-day calling and "
         "early help referrals are now in place. Figures will be reported half-termly.",
         "Q: Are the Ofsted areas for improvement at Ashby Green Primary on track?",
         "A: Yes; the curriculum review of foundation subjects will be completed by Easter 2025.",
         "Trustees NOTED the report."],
        ["SW to present an attendance deep-dive for Marlow Rise Primary at the February meeting \u2013 SW \u2013 "
         "12.02.25"])
    row("5", "Finance: management accounts to 31 October 2024 and revised budget forecast",
        ["DP presented the management accounts. The revised forecast shows an in-year deficit of \u00a384,000 "
         "after the unfunded element of the teachers\u2019 pay award.",
         "Q: How long can reserves absorb a deficit of this size?",
         "A: DP said that free reserves of \u00a31.1m would cover it, but a three-year recovery model is needed.",
         "The Board APPROVED the revised 2024/25 budget forecast showing an in-year deficit of \u00a384,000."],
        ["DP to circulate the three-year budget model to the Finance, Audit and Risk Committee \u2013 DP \u2013 "
         "by 31.01.25"])
    row("6", "Estates: Condition Improvement Fund (CIF) bid",
        ["DP outlined the condition survey findings for the Fernhollow Academy sports hall roof.",
         "Trustees AGREED that a CIF bid for the sports hall roof replacement be submitted to the Department for "
         "Education (DfE)."],
        ["DP to submit the CIF bid before the DfE deadline \u2013 DP \u2013 by 09.01.25",
         "SW to bring the estates strategy to the February meeting \u2013 SW \u2013 12.02.25"])
    row("7", "Annual safeguarding report 2023\u201324",
        ["HG, as safeguarding link trustee, summarised the report. No Section 175 audit actions are outstanding.",
         "Q: Is there enough capacity in the designated safeguarding lead team at Marlow Rise?",
         "A: SW confirmed a second deputy DSL will be trained in January.",
         "The report was NOTED."],
        ["HG to carry out a safeguarding monitoring visit to Ashby Green Primary \u2013 HG \u2013 before Easter "
         "2025"])
    row("8", "Policies for approval",
        ["a) Whistleblowing Policy<br/>b) Charging and Remissions Policy<br/>c) Trustees\u2019 Expenses Policy",
         "RESOLVED: that the Whistleblowing Policy, the Charging and Remissions Policy and the Trustees\u2019 "
         "Expenses Policy be approved."],
        ["RA to publish the approved policies on the trust website \u2013 RA \u2013 by 20.12.24"])
    row("9", "Committee reports",
        ["The draft minutes of the Finance, Audit and Risk Committee (FARC) of 20 November 2024 and the "
         "Standards Committee of 27 November 2024 were received. PL reported that Kestrel Audit LLP had issued "
         "an unqualified opinion on the 2023/24 accounts.",
         "The Board NOTED the committee reports and APPROVED the audited accounts for the year ended 31 August "
         "2024 for submission to the ESFA."])
    row("10", "Any other business and date of next meeting",
        ["There was no other business. The next meeting will be held on Wednesday 12 February 2025 at 5.30pm.",
         "The meeting closed at 7.40pm."])

    t = Table(rows, colWidths=[14 * mm, 176 * mm, 77 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#ece6f3")),
                           ("BACKGROUND", (2, 1), (2, -1), colors.HexColor("#faf8e8"))]))
    s.append(t)
    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=landscape(A4), leftMargin=15 * mm,
                            rightMargin=15 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Board of Trustees minutes 11 December 2024")
    doc.build(s, onFirstPage=hf, onLaterPages=hf)


if __name__ == "__main__":
    build()
