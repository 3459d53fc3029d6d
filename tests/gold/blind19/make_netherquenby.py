"""Nether Quenby Parish Council – Annual Meeting minutes (minute numbers 25/001 in a left margin)."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind19-uk-nether-quenby-pc-annual-meeting-minutes-2025-05-12"
F, FB = "DejaVuSerif", "DejaVuSerif-Bold"


def build():
    fonts()
    body = style("b", F, 9.5, leading=13, spaceAfter=3)
    num = style("n", FB, 9.5, leading=13)
    h = style("h", FB, 9.5, leading=13)

    def P(t, s=body):
        return Paragraph(t, s)

    def minute(n, title, *paras):
        cells = [P(title.upper(), h)] + [p if not isinstance(p, str) else P(p) for p in paras]
        t = Table([[P(n, num), cells]], colWidths=[20 * mm, 150 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        return t

    reps = Table([["Outside body", "Representative(s)"],
                  ["Nether Quenby Village Hall Management Committee", "Cllr Oakes"],
                  ["Wreford Vale Association of Local Councils", "Cllr Fothergill"],
                  ["Quenby Brook Flood Action Group", "Cllr Trevena, Cllr Haverstock"],
                  ["Upper Lenning Community Bus Trust", "Cllr Lyle-Cooper"],
                  ["Nether Quenby Poor's Land Charity", "Cllr Nwosu"]], colWidths=[95 * mm, 50 * mm])
    reps.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 8.5), ("FONT", (0, 0), (-1, 0), FB, 8.5),
                              ("GRID", (0, 0), (-1, -1), 0.4, colors.black)]))

    story = [P("NETHER QUENBY PARISH COUNCIL", style("t", FB, 15, alignment=1, leading=19)),
             P("Minutes of the Annual Meeting of the Parish Council held on Monday 12 May 2025 at 7.30pm in "
               "Nether Quenby Village Hall", style("s", F, 10, alignment=1, leading=13)), Spacer(1, 8),
             P("<b>Present:</b> Cllrs R. Fothergill, A. Nwosu, P. Haverstock, J. Lyle-Cooper, M. Trevena and S. Oakes"),
             P("<b>In attendance:</b> Mrs C. Dunmore (Clerk and RFO); District Cllr B. Stannard (Wreford Vale District "
               "Council); three members of the public"),
             Spacer(1, 2),
             P("The meeting was opened by the outgoing Chairman, Cllr Fothergill.", style("i", "Helvetica-Oblique", 9)),
             Spacer(1, 6),
             minute("25/001", "Election of Chairman of the Council",
                    "Cllr Haverstock proposed and Cllr Oakes seconded Cllr Fothergill. There were no other nominations.",
                    "<b>RESOLVED</b> that Cllr Fothergill be elected Chairman of the Council for 2025/26.",
                    "Cllr Fothergill signed the Declaration of Acceptance of Office as Chairman, which was witnessed by "
                    "the Clerk, and took the chair."),
             minute("25/002", "Election of Vice-Chairman of the Council",
                    "Two nominations were received: Cllr Nwosu (proposed by Cllr Trevena, seconded by Cllr Lyle-Cooper) "
                    "and Cllr Haverstock (proposed by Cllr Oakes, seconded by Cllr Fothergill). Following a vote by show "
                    "of hands (4 votes to 2):",
                    "<b>RESOLVED</b> that Cllr Nwosu be elected Vice-Chairman of the Council for 2025/26.",
                    "Cllr Nwosu signed the Declaration of Acceptance of Office as Vice-Chairman."),
             minute("25/003", "Apologies for absence",
                    "<b>RESOLVED</b> to accept the apologies of Cllr K. Ashdown (on holiday)."),
             minute("25/004", "Declarations of interest and requests for dispensations",
                    "None. Members were reminded that their registers of interests must be kept up to date. "
                    "<b>All councillors to notify the Clerk of any changes to their registers of interests by "
                    "9 June 2025.</b>"),
             minute("25/005", "Minutes",
                    "<b>RESOLVED</b> that the minutes of the meeting held on 14 April 2025 be approved and signed by the "
                    "Chairman as a correct record."),
             minute("25/006", "Review of Standing Orders and Financial Regulations",
                    "The Clerk reported that the National Association of Local Councils (NALC) had issued revised Model "
                    "Standing Orders in 2025. A proposal to extend public participation to 20 minutes was not seconded.",
                    "<b>RESOLVED</b> (i) to adopt the revised Standing Orders based on the NALC Model Standing Orders "
                    "2025, with public participation limited to 15 minutes (Standing Order 3(f)); and (ii) to re-adopt "
                    "the Financial Regulations without amendment.",
                    "<b>Clerk to publish the adopted Standing Orders and Financial Regulations on the Council's "
                    "website by 31 May 2025.</b>"),
             minute("25/007", "Appointment of committees and working groups",
                    "<b>RESOLVED</b> to appoint the Planning Committee (Cllrs Fothergill, Lyle-Cooper, Trevena and "
                    "Oakes) and the Playing Field Working Group (Cllrs Nwosu and Haverstock) for 2025/26, with terms of "
                    "reference unchanged."),
             minute("25/008", "Appointment of representatives to outside bodies",
                    "<b>RESOLVED</b> to appoint representatives to outside bodies for 2025/26 as follows:", reps,
                    Spacer(1, 3),
                    "Representatives are asked to provide a short written report to the Council after each meeting "
                    "they attend."),
             minute("25/009", "Review of insurance, asset register and subscriptions",
                    "The Clerk reported that the long-term agreement with Hallam Mutual Insurance ends on 31 May 2025. "
                    "<b>RESOLVED</b> to renew the insurance with Hallam Mutual Insurance on a three-year long-term "
                    "agreement at an annual premium of £1,284.16, to approve the asset register as at 31 March 2025, and "
                    "to renew subscriptions to the Wreford Vale Association of Local Councils and the Society of Local "
                    "Council Clerks (SLCC)."),
             minute("25/010", "Annual Governance and Accountability Return 2024/25",
                    "(a) <b>RESOLVED</b> to approve the Annual Governance Statement (Section 1) of the AGAR for "
                    "2024/25.",
                    "(b) <b>RESOLVED</b> to approve the Accounting Statements (Section 2) of the AGAR for 2024/25.",
                    "The internal auditor, Mrs Eleanor Brightside, had raised no matters of concern. The Clerk will "
                    "publish the notice of the period for the exercise of public rights, which will run from 2 June to "
                    "11 July 2025, and submit the AGAR to the external auditor by 30 June 2025."),
             minute("25/011", "Dates of ordinary meetings 2025/26",
                    "<b>RESOLVED</b> that ordinary meetings be held at 7.30pm on the second Monday of each month "
                    "except August and December, and that the Annual Parish Meeting be held on Monday 13 April 2026."),
             minute("25/012", "Date of next meeting",
                    "Monday 9 June 2025 at 7.30pm, Nether Quenby Village Hall."),
             P("There being no further business the meeting closed at 8.41pm."),
             ]

    def furniture(canv, doc):
        canv.saveState()
        canv.setFont(F, 7.5)
        canv.drawString(20 * mm, 288 * mm, "Nether Quenby Parish Council – Annual Meeting 12.05.2025")
        canv.drawRightString(190 * mm, 288 * mm, "Minutes 25/001 – 25/012")
        canv.drawString(20 * mm, 12 * mm, "Signed ........................ Chairman      Date ....................")
        canv.drawRightString(190 * mm, 12 * mm, f"Page {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


if __name__ == "__main__":
    build()
