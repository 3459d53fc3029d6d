"""UK fire and rescue authority committee minutes: red header band with white text (body name on the left,
date on the right of the same line), venue/time line under it, attendance as two side-by-side lists
(Members | Officers) plus an "also in attendance" sentence, apologies as item 1, bold RESOLVED paragraphs,
actions flagged by owner initials in a right-hand "Action" column, a CRMP priorities table inside an item."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind14-uk-stourmere-fire-authority-audit-governance-committee-minutes-2025-01-14"
RED = colors.HexColor("#9e1b1e")


def build():
    fonts()
    F, FB = "DejaVuSans", "DejaVuSans-Bold"
    body = style("b", F, 9, 12.5)
    bold = style("bb", FB, 9, 12.5)
    W = 174 * mm
    s = []
    band = Table([[Paragraph("<font color='white'><b>Stourmere Fire and Rescue Authority</b></font>", style("b1", FB, 13, 16)),
                   Paragraph("<font color='white'><b>14 January 2025</b></font>", style("b2", FB, 13, 16, alignment=2))],
                  [Paragraph("<font color='white'>Audit and Governance Committee – Minutes</font>", style("b3", F, 10.5, 14)), ""]],
                 colWidths=[124 * mm, 50 * mm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), RED), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("TOPPADDING", (0, 0), (-1, 0), 9), ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
                              ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    s += [band, Spacer(1, 6),
          Paragraph("Meeting held at Service Headquarters, Bellfield Road, Stourmere, commencing at 10.30am", body),
          Spacer(1, 8)]
    members = ["Cllr Patricia Ainsworth (Chair)", "Cllr Graham Doyle (Vice-Chair)", "Cllr Hannah Moss",
               "Cllr Imran Shah", "Mr Jonathan Pell (Independent Member)"]
    officers = ["Darren Whitlock – Chief Fire Officer", "Louise Carrow – Treasurer", "Amira Jaffer – Clerk and Monitoring Officer",
                "Neil Ferris – Area Manager, Corporate Assurance", "Rachel Oduya – Democratic Services Officer"]
    rows = [[Paragraph("<b>Members</b>", bold), Paragraph("<b>Officers</b>", bold)]]
    rows += [[Paragraph(a, body), Paragraph(b, body)] for a, b in zip(members, officers)]
    t = Table(rows, colWidths=[80 * mm, 94 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, RED), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    s += [t, Spacer(1, 6),
          Paragraph("Also in attendance: Katie Marsh (Mercer Hale LLP, external auditor) and Tom Glynn (Shire Audit "
                    "Partnership, internal audit).", body), Spacer(1, 8)]

    def H(num, title):
        t = Table([[Paragraph(f"<b>{num}.</b>", bold), Paragraph(f"<b>{title}</b>", bold), Paragraph("<b>Action</b>" if num == "1" else "", bold)]],
                  colWidths=[10 * mm, 144 * mm, 20 * mm])
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 6),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.HexColor("#cccccc"))]))
        return t

    def P(text, owner="", st=body):
        t = Table([["", Paragraph(text, st), Paragraph(f"<b>{owner}</b>", bold)]], colWidths=[10 * mm, 144 * mm, 20 * mm])
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("LEFTPADDING", (1, 0), (1, 0), 2), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        if owner:  # the minute-taker's Word table has borders set to white: invisible, but still ruled cells
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.white)]))
        return t

    s += [H("1", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"),
          P("Apologies were received from Cllr Samuel Pryce and Cllr Denise Okafor. Cllr Hannah Moss attended as "
            "substitute for Cllr Pryce.")]
    s += [H("2", "DECLARATIONS OF INTEREST"), P("There were no declarations of interest.")]
    s += [H("3", "MINUTES OF THE MEETING HELD ON 15 OCTOBER 2024"),
          P("RESOLVED: That the minutes of the meeting held on 15 October 2024 be approved as a correct record and "
            "signed by the Chair.", st=bold)]
    s += [H("4", "MATTERS ARISING"),
          P("Minute 6 (fleet replacement): the Treasurer will present the revised fleet replacement profile to the "
            "Fire Authority on 24 February 2025.", "LC")]
    s += [H("5", "INTERNAL AUDIT PROGRESS REPORT 2024/25"),
          P("Tom Glynn presented the report. Six of the nine audits in the 2024/25 plan had been completed. The audit of "
            "payroll overtime had received limited assurance, with four recommendations agreed by management. "
            "Members asked whether overtime controls at on-call stations differed from wholetime stations."),
          P("RESOLVED: That the internal audit progress report be noted.", st=bold),
          P("Area Manager Ferris to report progress on the payroll overtime recommendations to the next meeting of the "
            "Committee.", "NF")]
    s += [H("6", "EXTERNAL AUDIT – ANNUAL AUDITOR’S REPORT 2023/24"),
          P("Katie Marsh presented the Annual Auditor’s Report. An unqualified opinion had been issued on the 2023/24 "
            "statement of accounts on 29 November 2024 and no significant weaknesses in value for money arrangements "
            "had been identified."),
          P("RESOLVED: That the Committee (a) note the Annual Auditor’s Report 2023/24; and (b) recommend it to the Fire "
            "Authority for publication.", st=bold)]
    crmp = [["CRMP strategic priority", "Risks on register", "Highest current score"],
            ["Prevent – fewer fires and emergencies in our communities", "3", "12 (Amber)"],
            ["Protect – safer buildings and businesses", "2", "16 (Red)"],
            ["Respond – a fast and effective emergency response", "4", "15 (Red)"],
            ["People and Resources – a skilled, inclusive and well-resourced Service", "5", "20 (Red)"]]
    ct = Table([[Paragraph(c, bold if i == 0 else body) for c in r] for i, r in enumerate(crmp)],
               colWidths=[94 * mm, 25 * mm, 30 * mm])
    ct.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f3dede"))]))
    wrap = Table([[ct]], colWidths=[W])
    wrap.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 10 * mm)]))
    s += [H("7", "CORPORATE RISK REGISTER"),
          P("Neil Ferris presented the register, which is now grouped under the four strategic priorities of the "
            "Stourmere Fire and Rescue Service Community Risk Management Plan (CRMP) 2024–2028:"),
          wrap, Spacer(1, 3),
          P("Members noted that the highest scoring risk related to the recruitment and retention of on-call "
            "firefighters. The Chief Fire Officer agreed to add a separate risk on on-call appliance availability "
            "before the next review.", "DW"),
          P("RESOLVED: That the Corporate Risk Register be approved.", st=bold)]
    s += [H("8", "HMICFRS INSPECTION – AREAS FOR IMPROVEMENT ACTION PLAN"),
          P("The Committee received an update on the action plan following the inspection by His Majesty’s Inspectorate "
            "of Constabulary and Fire &amp; Rescue Services (HMICFRS) published in August 2023. Twelve of the seventeen "
            "areas for improvement had been closed."),
          P("The Clerk was asked to circulate the HMICFRS letter of 6 December 2024 to all members of the Fire Authority.",
            "AJ"),
          P("RESOLVED: That progress against the HMICFRS action plan be noted and a further update be received in "
            "July 2025.", st=bold)]
    s += [H("9", "DATE OF NEXT MEETING"), P("Tuesday 8 April 2025 at 10.30am, Service Headquarters.")]
    s += [Spacer(1, 8), P("The meeting closed at 12.20pm."), Spacer(1, 14),
          KeepTogether([P("Chair ……………………………………………&nbsp;&nbsp;&nbsp;&nbsp;Date ……………………")])]

    def page(c, d):
        c.saveState()
        c.setFont(F, 7.5)
        c.setFillColor(colors.grey)
        if d.page > 1:
            c.setFillColor(RED)
            c.rect(18 * mm, 286 * mm, 174 * mm, 3 * mm, stroke=0, fill=1)
            c.setFillColor(colors.grey)
            c.drawRightString(192 * mm, 281 * mm, "Audit and Governance Committee – 14.01.25")
        c.drawString(18 * mm, 10 * mm, "Stourmere Fire and Rescue Authority")
        c.drawRightString(192 * mm, 10 * mm, f"Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm, title="Audit and Governance Committee minutes")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
