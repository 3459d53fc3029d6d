"""UK metropolitan borough scrutiny committee minutes in ModernGov style: run-on PRESENT paragraph with a
shared "Councillors" prefix, "Also in attendance" and "Officers" paragraphs, minute numbers continuing
from the previous meeting (41-49) in a hanging number column, apologies as a numbered minute with a
substitute, RESOLVED - That (a)/(b)/(c) limbs on separate indented lines, "(Action: Head of Housing)"
tails, a bulleted strategy priority list inside a minute, centred page numbers and a Chair signature."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind16-uk-calderbrook-mbc-housing-communities-scrutiny-committee-minutes-2025-01-21"


def build():
    fonts()
    F, FB = "LibSans", "LibSans-Bold"
    body = style("b", F, 10.5, 13.5, spaceAfter=6)
    head = style("h", FB, 10.5, 13.5, spaceAfter=4)
    num = style("n", FB, 10.5, 13.5)
    limb = style("l", F, 10.5, 13.5, leftIndent=9 * mm, firstLineIndent=-9 * mm, spaceAfter=4)
    bullet = style("bl", F, 10.5, 13.5, leftIndent=10 * mm, firstLineIndent=-5 * mm, spaceAfter=1)
    s = []
    s.append(Paragraph("Calderbrook Metropolitan Borough Council", style("t0", F, 10, 12, alignment=2,
                                                                         textColor="#5a5a5a", spaceAfter=6)))
    s.append(Paragraph("HOUSING AND COMMUNITIES SCRUTINY COMMITTEE", style("t", FB, 13, 16, spaceAfter=8)))
    s.append(Paragraph(
        "MINUTES of a meeting of the Housing and Communities Scrutiny Committee held at Committee Room 2, "
        "Calderbrook Town Hall, Market Street, Calderbrook on Tuesday, 21 January 2025 at 6.00 pm", body))
    s.append(Paragraph(
        "<b>PRESENT:</b> Councillor Naseem Akhtar (Chair); Councillors Bryony Tate (Vice-Chair), Elaine Brough, "
        "Dermot Fairclough, Ioana Petrescu, Kenneth Stobart and Gail Whitlow; and Mrs Valerie Hinde (Co-opted "
        "Member, Calderbrook Tenants’ Federation).", body))
    s.append(Paragraph(
        "<b>Also in attendance:</b> Councillor Rhys Mabbott (Cabinet Member for Housing and Regeneration) and "
        "Councillor Sunita Varma (Cabinet Member for Communities and Neighbourhoods).", body))
    s.append(Paragraph(
        "<b>Officers:</b> Carl Yeadon (Director of Housing and Neighbourhoods), Fiona Ashworth (Head of Housing), "
        "Martin Pryce (Private Sector Housing Manager) and Leanne Crossley (Democratic Services Officer).", body))
    s.append(Paragraph(
        "<b>Brookside Community Homes (for Minute 45):</b> Paula Kerrigan (Chief Executive) and Imran Qadir "
        "(Director of Property).", body))
    s.append(Spacer(1, 6))

    def minute(n, title, paras):
        rows = [[Paragraph(n, num), Paragraph(title, head)]] + [["", p] for p in paras]
        t = Table(rows, colWidths=[15 * mm, 155 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0)]))
        s.append(t)

    P = lambda x, st=body: Paragraph(x, st)
    R = lambda x: Paragraph("<b>RESOLVED –</b> " + x, body)
    minute("41.", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", [
        P("Apologies for absence were received from Councillors Harpreet Sangha and Tom Riddiough. Councillor "
          "Elaine Brough attended as substitute for Councillor Sangha.")])
    minute("42.", "DECLARATIONS OF INTEREST", [
        P("Councillor Whitlow declared a non-registrable interest in Minute 45 as a tenant of Brookside Community "
          "Homes and remained in the meeting for that item.")])
    minute("43.", "MINUTES OF THE PREVIOUS MEETING", [
        R("That the minutes of the meeting held on 26 November 2024 be approved as a correct record and signed "
          "by the Chair.")])
    minute("44.", "DRAFT HOUSING ALLOCATIONS POLICY 2025", [
        P("The Head of Housing presented a report on the draft Housing Allocations Policy, which will replace the "
          "2019 policy from 1 July 2025 if approved. There are currently 9,412 households on the housing register, "
          "of whom 1,186 are in Band A. The review supports the three priorities of the Calderbrook Housing "
          "Strategy 2023–2028:"),
        P("•&nbsp;&nbsp;&nbsp;More affordable homes in every township", bullet),
        P("•&nbsp;&nbsp;&nbsp;Safe, warm and decent homes in the private rented sector", bullet),
        P("•&nbsp;&nbsp;&nbsp;Ending rough sleeping and reducing the use of temporary accommodation", bullet),
        P("Members raised concerns about the proposed three-year local connection requirement and its effect on "
          "care leavers and armed forces families. The Cabinet Member for Housing and Regeneration confirmed that "
          "both groups would be exempt. The Head of Housing undertook to circulate the full equality impact "
          "assessment to members of the Committee by 31 January 2025. <b>(Action: Head of Housing)</b>"),
        R("That"),
        P("(a)&nbsp;&nbsp;&nbsp;&nbsp;the comments of the Committee on the draft Housing Allocations Policy, as set out "
          "above, be referred to Cabinet for consideration at its meeting on 12 February 2025;", limb),
        P("(b)&nbsp;&nbsp;&nbsp;&nbsp;the Head of Housing provide a breakdown of the housing register by band and ward "
          "to the next meeting of the Committee <b>(Action: Head of Housing)</b>; and", limb),
        P("(c)&nbsp;&nbsp;&nbsp;&nbsp;a further report on the first six months of the new policy be added to the "
          "Committee’s work programme for 2025/26.", limb)])
    minute("45.", "DAMP AND MOULD – PROGRESS REPORT FROM BROOKSIDE COMMUNITY HOMES", [
        P("Paula Kerrigan, Chief Executive of Brookside Community Homes, reported that 2,204 damp and mould cases "
          "had been raised since April 2024, of which 318 remained open. All Category 1 hazards identified in the "
          "stock condition survey had been inspected within 14 days. Mrs Hinde said that tenants in the Stennard "
          "high-rise blocks were still waiting too long for follow-up visits."),
        P("Members asked that Brookside Community Homes report the number of open cases by ward each quarter, "
          "starting with the quarter ending 31 March 2025. <b>(Action: Chief Executive, Brookside Community Homes)</b>"),
        R("That the report be noted.")])
    minute("46.", "SELECTIVE LICENSING SCHEME – ANNUAL REVIEW", [
        P("The Private Sector Housing Manager reported on the first year of the Selective Licensing Scheme in the "
          "Hollybank and Stennard wards, which came into force on 1 October 2023. 1,947 properties had been "
          "licensed and 36 civil penalties issued. The Director of Housing and Neighbourhoods will write to the "
          "Ministry of Housing, Communities and Local Government about the cost of enforcement once the consultation on the Renters’ Rights Bill concludes."),
        R("That"),
        P("(a)&nbsp;&nbsp;&nbsp;&nbsp;the progress made in the first year of the Selective Licensing Scheme be noted; and", limb),
        P("(b)&nbsp;&nbsp;&nbsp;&nbsp;Cabinet be recommended to consult on extending the scheme to the Lowerfold ward.", limb)])
    minute("47.", "HOUSING REVENUE ACCOUNT BUDGET AND RENT SETTING 2025/26", [
        P("The Director of Housing and Neighbourhoods presented the proposed Housing Revenue Account budget for "
          "2025/26, including a rent increase of 2.7% (CPI + 1%) from 7 April 2025 and a capital programme of "
          "£38.6 million. Councillor Stobart asked for the Committee’s concern about the level of service charges "
          "in sheltered schemes to be recorded."),
        R("That Cabinet be advised that the Committee supports the proposed Housing Revenue Account budget and rent "
          "increase for 2025/26, and asks that sheltered housing service charges be reviewed before 2026/27.")])
    minute("48.", "WORK PROGRAMME 2024/25", [
        P("The Democratic Services Officer presented the Committee’s work programme for the rest of the municipal year."),
        R("That the work programme be agreed, subject to the addition of an item on temporary accommodation costs "
          "at the meeting on 18 March 2025.")])
    minute("49.", "DATE AND TIME OF NEXT MEETING", [
        P("The next meeting of the Committee will be held on Tuesday, 18 March 2025 at 6.00 pm.")])
    s.append(Spacer(1, 10))
    s.append(Paragraph("The meeting started at 6.00 pm and ended at 8.05 pm", body))
    s.append(Spacer(1, 24))
    s.append(KeepTogether([Paragraph("Chair", style("c", FB, 10.5, 13.5, alignment=2))]))

    def page(c, d):
        c.saveState()
        c.setFont(F, 9)
        c.drawCentredString(105 * mm, 12 * mm, str(d.page))
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=22 * mm,
                            title="Minutes - Housing and Communities Scrutiny Committee, 21/01/2025")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
