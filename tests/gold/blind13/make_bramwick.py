"""UK borough council Cabinet minutes: two-column ruled attendance table (Members present | Officers present),
items 1-10 with bold CAPS titles on their own line, report/key-decision reference line under the title,
"Decision:" paragraphs with numbered limbs, "Reasons for decision" and "Alternative options" paragraphs that are
not decisions, call-in note at the end, running header."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether

from lib import PDF, fonts, style

STEM = "blind13-uk-bramwick-bc-cabinet-minutes-2025-01-15"


def build():
    fonts()
    F, FB = "DejaVuSans", "DejaVuSans-Bold"
    body = style("b", F, 9.5, 13, spaceAfter=5, leftIndent=12 * mm)
    limb = style("l", F, 9.5, 13, spaceAfter=3, leftIndent=20 * mm, firstLineIndent=-7 * mm)
    head = style("h", FB, 10, 13, spaceBefore=8, spaceAfter=3, leftIndent=12 * mm, firstLineIndent=-12 * mm)
    refst = style("r", F, 8.5, 11, spaceAfter=4, leftIndent=12 * mm, textColor=colors.HexColor("#555555"))
    cell = style("c", F, 9, 12)
    cellb = style("cb", FB, 9, 12)
    s = []
    s.append(Paragraph("Bramwick Borough Council", style("t0", FB, 16, 20, textColor=colors.HexColor("#5b2a86"))))
    s.append(Paragraph("CABINET", style("t1", FB, 12, 16)))
    s.append(Spacer(1, 4))
    s.append(Paragraph("MINUTES of the meeting of the Cabinet held on Wednesday 15 January 2025 at 6.00 pm in the "
                       "Council Chamber, Bramwick Town Hall, Market Square, Bramwick", style("t2", F, 9.5, 13)))
    s.append(Spacer(1, 6))
    mem = ["Cllr Ayesha Rahman (Leader of the Council) (Chair)",
           "Cllr David Pryce (Deputy Leader; Finance and Resources)",
           "Cllr Sophie Marchetti (Housing and Homelessness)",
           "Cllr Nathan Oduya (Environment and Climate)",
           "Cllr Lorna Kiely (Communities and Leisure)",
           "Cllr Imran Shafiq (Planning and Regeneration) – attended remotely, did not vote"]
    off = ["Mark Fellowes – Chief Executive",
           "Helen Okonjo – Director of Finance and Section 151 Officer",
           "Gareth Lyle – Head of Legal Services and Monitoring Officer",
           "Priya Venkat – Head of Housing",
           "Simon Astbury – Democratic Services Officer", ""]
    rows = [[Paragraph("Members present", cellb), Paragraph("Officers present", cellb)]]
    rows += [[Paragraph(a, cell), Paragraph(b, cell)] for a, b in zip(mem, off)]
    rows += [[Paragraph("<b>Also present:</b> Cllr Bryony Hale (Leader of the Opposition); Cllr Peter Quist (Chair of "
                        "the Overview and Scrutiny Committee) for item 9", cell), ""]]
    t = Table(rows, colWidths=[88 * mm, 82 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#5b2a86")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#ece4f3")),
                           ("SPAN", (0, -1), (-1, -1)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)

    def H(n, title, ref=None):
        s.append(Paragraph(f"{n}.<font color='white'>_</font>&nbsp;&nbsp;&nbsp;{title}".replace(
            "<font color='white'>_</font>", ""), head))
        if ref:
            s.append(Paragraph(ref, refst))

    def P(x, st=body):
        s.append(Paragraph(x, st))

    H("1", "APOLOGIES FOR ABSENCE")
    P("Apologies for absence were received from Cllr Frances Doyle (Cabinet Member for Health and Wellbeing).")
    H("2", "DECLARATIONS OF INTEREST")
    P("Cllr Marchetti declared a non-registrable interest in item 6 as a trustee of Bramwick Women’s Refuge. She "
      "remained in the meeting but did not vote on that item.")
    H("3", "MINUTES")
    P("<b>Decision:</b> That the minutes of the meeting of the Cabinet held on 4 December 2024 be approved as a "
      "correct record and signed by the Chair.")
    H("4", "PUBLIC QUESTIONS")
    P("Mr Alan Whitby asked whether the Council would reconsider the closure of the Riverside Walk car park on "
      "Sundays. The Leader responded that the matter was under review. Cllr Oduya agreed to provide a written "
      "response to Mr Whitby within ten working days.")
    H("5", "MEDIUM TERM FINANCIAL STRATEGY 2025/26 TO 2028/29 AND DRAFT BUDGET 2025/26",
      "Report CAB/25/001 – Key Decision KD 24/031")
    P("The Deputy Leader introduced the report. The Director of Finance advised that the provisional local "
      "government finance settlement had been received on 18 December 2024 and that a funding gap of £1.6m "
      "remained in 2026/27. Cabinet considered the comments of the Overview and Scrutiny Committee from its meeting "
      "on 9 January 2025.")
    P("<b>Decision:</b> That Cabinet:")
    P("(1)&nbsp;&nbsp;recommends to Council a net revenue budget of £18.42m for 2025/26 and a Band D council tax of "
      "£231.48, an increase of 2.99%;", limb)
    P("(2)&nbsp;&nbsp;recommends to Council the capital programme for 2025/26 to 2027/28 of £24.7m; and", limb)
    P("(3)&nbsp;&nbsp;notes the statement of the Section 151 Officer on the robustness of the estimates and the "
      "adequacy of reserves.", limb)
    P("<b>Reasons for decision:</b> The Council must set a balanced budget and council tax before 11 March 2025. "
      "The recommendations protect frontline services while reducing the use of reserves.")
    P("<b>Alternative options considered and rejected:</b> A council tax increase below 2.99% was rejected because it "
      "would increase the funding gap by £0.3m a year.")
    H("6", "HOUSING ALLOCATIONS POLICY REVIEW", "Report CAB/25/002 – Key Decision KD 24/027")
    P("Cllr Marchetti presented the revised policy following a twelve-week consultation with residents and with "
      "Bramwick Homes Partnership. The Head of Housing confirmed that the new banding scheme will be reviewed after "
      "twelve months.")
    P("<b>Decision:</b> That the revised Housing Allocations Policy be approved, to take effect from 1 April 2025, and "
      "that the Head of Housing be authorised to make minor amendments in consultation with the Cabinet Member for "
      "Housing and Homelessness.")
    P("<b>Reasons for decision:</b> To reflect the Domestic Abuse Act 2021 and reduce the time households spend in "
      "temporary accommodation.")
    H("7", "TOWN CENTRE REGENERATION – ACQUISITION OF 12–18 BRIDGE STREET", "Report CAB/25/003 – Key Decision KD 24/033")
    P("Cllr Shafiq introduced the report; Appendix B was exempt and was not discussed. The Director of Finance "
      "confirmed that the purchase would be funded from the Town Centre Investment Reserve.")
    P("<b>Decision:</b> That Cabinet:")
    P("(1)&nbsp;&nbsp;approves the acquisition of 12–18 Bridge Street, Bramwick for £2.1m plus costs; and", limb)
    P("(2)&nbsp;&nbsp;delegates authority to the Chief Executive, in consultation with the Leader, to agree final "
      "terms and complete the purchase.", limb)
    P("<b>Reasons for decision:</b> Ownership of the site will enable the Council to bring forward the Bridge Street "
      "Quarter scheme with Midland Vale Combined Authority.")
    H("8", "CLIMATE ACTION PLAN – ANNUAL PROGRESS REPORT 2024", "Report CAB/25/004")
    P("Cllr Oduya reported that the Council’s own emissions had fallen by 31% against the 2019/20 baseline. He will "
      "bring a refreshed Climate Action Plan to Cabinet in July 2025.")
    P("<b>Decision:</b> That the report be noted.")
    H("9", "RECOMMENDATIONS OF THE OVERVIEW AND SCRUTINY COMMITTEE: FLY-TIPPING TASK AND FINISH GROUP",
      "Report CAB/25/005")
    P("Cllr Quist presented the Task and Finish Group’s four recommendations. The Leader thanked the Group for its work.")
    P("<b>Decision:</b> That Cabinet accepts recommendations 1, 2 and 4 of the Fly-Tipping Task and Finish Group, "
      "and does not accept recommendation 3 (free bulky waste collections) for the reason set out in the report.")
    P("<b>Reasons for decision:</b> Recommendation 3 would cost an estimated £140,000 a year, which is not provided "
      "for in the draft budget.")
    P("The Chief Executive to report progress on the accepted recommendations to the Overview and Scrutiny "
      "Committee in July 2025.")
    H("10", "URGENT BUSINESS")
    P("There was no urgent business.")
    s.append(Spacer(1, 6))
    P("The meeting closed at 7.42 pm.")
    P("<b>Call-in:</b> These minutes were published on Friday 17 January 2025. The decisions at items 6, 7 and 9 will "
      "come into force on Monday 27 January 2025 unless called in. The recommendations at item 5 will be considered "
      "by Council on 26 February 2025.")
    s.append(Spacer(1, 10))
    P("CHAIR ........................................................")

    def page(c, d):
        c.saveState()
        c.setFont(F, 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        if d.page > 1:
            c.drawString(20 * mm, 287 * mm, "Cabinet – 15 January 2025")
        c.drawRightString(190 * mm, 10 * mm, f"{d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title="Cabinet minutes 15 January 2025")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
