"""UK district council Overview and Scrutiny Committee minutes, ModernGov-like: crest block, run-on PRESENT
paragraph, minute numbers OSC/25/xx in a left margin column, RESOLVED with lettered limbs, recorded vote,
ACTION lines, footer 'Page x of y' and a Chairman's signature line."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, numbered_canvas, style

STEM = "blind22-uk-thrushbury-dc-overview-scrutiny-committee-minutes-2025-10-14"


def build():
    fonts()
    F, FB = "LibSans", "LibSans-Bold"
    body = style("b", F, 11.5, 15.5, spaceAfter=7)
    bodyi = style("bi", F, 11.5, 15.5, spaceAfter=4, leftIndent=8 * mm)
    numst = style("n", FB, 11.5, 15.5)
    head = style("h", FB, 11.5, 15.5, spaceAfter=4)
    s = []
    crest = Table([[Paragraph("<b>THRUSHBURY</b><br/>DISTRICT COUNCIL", style("c", FB, 13, 15, textColor=colors.HexColor("#5b1e5e"))),
                    Paragraph("Council Offices<br/>Market Street<br/>Thrushbury<br/>TH4 2QJ", style("ad", F, 8.5, 10.5, alignment=2))]],
                  colWidths=[110 * mm, 60 * mm])
    crest.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1.5, colors.HexColor("#5b1e5e")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [crest, Spacer(1, 10)]
    s.append(Paragraph("OVERVIEW AND SCRUTINY COMMITTEE", style("t", FB, 14, 18, spaceAfter=8)))
    s.append(Paragraph("MINUTES of a meeting of the Overview and Scrutiny Committee held in the Council Chamber, "
                       "Council Offices, Market Street, Thrushbury on Tuesday, 14th October 2025 at 6.30 pm.", body))
    s.append(Paragraph("<b>PRESENT:</b> Councillors Gareth Penhallow (Chairman), Priya Venkatesan (Vice-Chairman), "
                       "Douglas Ashby, Nerys Calloway, Martin Drabble, Yvonne Esterhuizen, Callum Fairlie, "
                       "Rosalind Hatt and Terence Oakhurst (substitute for Councillor Imogen Brightwell).", body))
    s.append(Paragraph("<b>Also in attendance:</b> Councillor Sandra Whitlock (Leader of the Council) and Councillor "
                       "Kieran Moyles (Portfolio Holder for Housing and Homelessness).", body))
    s.append(Paragraph("<b>Officers:</b> Helen Aspinall (Director of Place), Jonathan Kerr (Head of Housing Services), "
                       "Beverley Tranter (Parking and Transport Manager), Anwen Pryce (Scrutiny Officer) and "
                       "Luke Garside (Democratic Services Officer).", body))
    s.append(Spacer(1, 4))

    def M(num, title, paras):
        rows = [[Paragraph(num, numst), Paragraph(title.upper(), head)]]
        for p in paras:
            rows.append(["", p])
        t = Table(rows, colWidths=[26 * mm, 144 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        t.splitByRow = 1
        return [t, Spacer(1, 6)]

    P = lambda x, st=body: Paragraph(x, st)
    s += M("OSC/25/31", "Apologies for Absence and Substitutions", [
        P("Apologies for absence were received from Councillors Imogen Brightwell and Stuart Lanyon. Councillor "
          "Terence Oakhurst attended as a substitute for Councillor Brightwell.")])
    s += M("OSC/25/32", "Declarations of Interest", [
        P("Councillor Rosalind Hatt declared a non-registrable interest in minute OSC/25/36 as a tenant of Thrushbury "
          "Homes Partnership, and remained in the meeting for the item. Councillor Callum Fairlie declared that he was "
          "a member of the Thrushbury Town Traders’ Association in relation to minute OSC/25/35; he considered that "
          "this did not prevent him from taking part.")])
    s += M("OSC/25/33", "Minutes", [
        P("<b>RESOLVED</b> that the minutes of the meeting of the Committee held on 9th September 2025 be approved as a "
          "correct record and signed by the Chairman.")])
    s += M("OSC/25/34", "Public Participation", [
        P("There were two public speakers. Mr Alan Dimmock, on behalf of the Thrushbury Town Traders’ Association, "
          "spoke against the proposed increase in short-stay car parking charges. Mrs Janet Ogilvie spoke about delays "
          "to damp and mould repairs in her street. The Chairman thanked both speakers.")])
    s += M("OSC/25/35", "Call-in: Cabinet Decision CAB/25/58 – Car Parking Charges and Tariff Review", [
        P("The Committee considered the call-in, submitted by Councillors Drabble, Esterhuizen and Calloway, of the "
          "decision taken by Cabinet on 24th September 2025 to increase short-stay tariffs in the Sheepmarket and "
          "Tanyard car parks from 1st January 2026."),
        P("Councillor Drabble, as lead signatory, set out the reasons for the call-in: that the Cabinet had not "
          "considered the equality impact assessment in full and that town centre businesses had not been consulted. "
          "The Leader of the Council responded that the tariff review had been subject to a six-week consultation and "
          "that the increase was needed to meet the cost of resurfacing. Beverley Tranter explained that income from the "
          "two car parks had fallen by 11% since 2023/24."),
        P("Members asked questions about free parking after 3 pm, the cost of the Christmas free-parking offer and the "
          "use of the car parks by blue badge holders. In response, the Leader agreed that the consultation responses "
          "from businesses would be published in full."),
        P("It was moved by Councillor Drabble and seconded by Councillor Calloway that the decision be referred back "
          "to Cabinet for reconsideration. In accordance with Council Procedure Rule 16.5, a recorded vote was taken:"),
        P("<b>For (4):</b> Councillors Calloway, Drabble, Esterhuizen and Fairlie.", bodyi),
        P("<b>Against (4):</b> Councillors Ashby, Hatt, Oakhurst and Venkatesan.", bodyi),
        P("<b>Abstain (0).</b>", bodyi),
        P("With the votes tied, the Chairman used his casting vote for the motion, and it was"),
        P("<b>RESOLVED</b> that:"),
        P("(a) the decision of Cabinet on 24th September 2025 (CAB/25/58) be referred back to Cabinet for reconsideration;", bodyi),
        P("(b) Cabinet be asked to consider the full equality impact assessment, in particular the effect on blue badge holders;", bodyi),
        P("(c) Cabinet be asked to consult the Thrushbury Town Traders’ Association and the Thrushbury Business "
          "Improvement District before taking a further decision; and", bodyi),
        P("(d) the Committee’s comments on free parking after 3 pm be forwarded to Cabinet.", bodyi),
        P("<b>ACTION:</b> Democratic Services Officer to refer the decision to Cabinet for its meeting on 5th November 2025."),
        P("<b>ACTION:</b> Parking and Transport Manager to publish the business consultation responses on the Council’s "
          "website by 31st October 2025."),
    ])
    s += M("OSC/25/36", "Housing Repairs Performance – Quarter 1 2025/26", [
        P("Councillor Kieran Moyles introduced the report, which set out performance of the responsive repairs service "
          "delivered by Thrushbury Homes Partnership and its contractor, Calder Mainline Services Ltd. Jonathan Kerr "
          "reported that 87.2% of emergency repairs had been completed within 24 hours against a target of 98%, and that "
          "142 damp and mould cases were open at 30th June 2025."),
        P("Members were concerned at the number of open damp and mould cases and asked how the Council would meet the "
          "requirements of Awaab’s Law, which applies to social landlords from 27th October 2025. The Head of Housing "
          "Services said that a new case management system would be in place by December 2025 and that the Housing "
          "Ombudsman had been kept informed."),
        P("<b>RESOLVED</b> that:"),
        P("(a) the report be noted;", bodyi),
        P("(b) the Portfolio Holder be asked to provide a written update on damp and mould cases to each meeting of the Committee until March 2026; and", bodyi),
        P("(c) the Committee’s concern about emergency repairs performance be reported to Cabinet.", bodyi),
        P("<b>ACTION:</b> Head of Housing Services to circulate the damp and mould improvement plan to all members of "
          "the Committee by 24th October 2025."),
    ])
    s += M("OSC/25/37", "Flood Resilience Task and Finish Group – Final Report", [
        P("Councillor Yvonne Esterhuizen, chair of the Task and Finish Group, presented the group’s final report, "
          "which followed six evidence sessions with the Environment Agency, Marlshire County Council as lead local "
          "flood authority, and the Upper Thrush Internal Drainage Board."),
        P("<b>RESOLVED</b> that the final report of the Flood Resilience Task and Finish Group be endorsed and its "
          "nine recommendations be submitted to Cabinet on 5th November 2025 for a response within two months."),
    ])
    s += M("OSC/25/38", "Corporate Performance and Budget Monitoring – Quarter 1 2025/26", [
        P("Helen Aspinall presented the quarterly performance report against the Corporate Plan 2024–2028. Of 34 key "
          "performance indicators, 22 were on target, 7 were within tolerance and 5 were off target. The revenue budget "
          "was forecast to overspend by £412,000, mainly because of temporary accommodation costs."),
        P("Members asked about the rise in households in bed and breakfast accommodation. The Portfolio Holder for "
          "Housing and Homelessness said that the Council had bid to the Ministry of Housing, Communities and Local "
          "Government for additional funding and that a decision was expected in December 2025."),
        P("<b>RESOLVED</b> that the Quarter 1 performance and budget monitoring report be noted and that temporary "
          "accommodation costs be added to the work programme as a standing item."),
    ])
    s += M("OSC/25/39", "Work Programme 2025/26", [
        P("Anwen Pryce presented the work programme. Members asked that the Thrushbury Leisure Trust be invited to the "
          "January meeting to report on the leisure centre contract."),
        P("<b>RESOLVED</b> that the work programme for 2025/26 be agreed, subject to the addition of the leisure centre "
          "contract to the meeting on 13th January 2026."),
        P("<b>ACTION:</b> Scrutiny Officer to invite the Chief Executive of Thrushbury Leisure Trust to the meeting on "
          "13th January 2026."),
    ])
    s += M("OSC/25/40", "Date of Next Meeting", [
        P("The next meeting of the Committee will be held on Tuesday, 11th November 2025 at 6.30 pm.")])
    s += [Spacer(1, 6), P("The meeting closed at 8.52 pm."), Spacer(1, 18),
          P("Chairman ..........................................................&nbsp;&nbsp;&nbsp;&nbsp;Date ........................")]

    def draw(c, n, total):
        c.saveState()
        c.setFont(F, 8.5)
        c.drawString(20 * mm, 12 * mm, "Overview and Scrutiny Committee – 14 October 2025")
        c.drawRightString(190 * mm, 12 * mm, f"Page {n} of {total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=22 * mm, title="Overview and Scrutiny Committee minutes")
    doc.build(s, canvasmaker=numbered_canvas(draw))


if __name__ == "__main__":
    build()
