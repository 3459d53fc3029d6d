"""English parish council minutes, clerk-typed Word style: letterhead, wrapped bold title, Present / In
attendance paragraphs, minute refs 25/031 … in a left hanging column, lettered planning sub-paragraphs with
application refs, "Resolved:" lines, ruled payments table inside the finance minute, "Clerk to …" actions,
minute-book folio header and chairman's-initials footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind17-uk-much-pellingham-parish-council-minutes-2025-03-03"


def build():
    fonts()
    F, FB, FI = "LibSans", "LibSans-Bold", "LibSans-Italic"
    body = style("b", F, 10.5, 13.5, spaceAfter=5)
    res = style("r", FB, 10.5, 13.5, spaceAfter=5)
    act = style("a", FI, 10.5, 13.5, spaceAfter=5)
    head = style("h", FB, 10.5, 13.5, spaceAfter=3)
    sub = style("s", F, 10.5, 13.5, leftIndent=7 * mm, firstLineIndent=-7 * mm, spaceAfter=4)
    ind = style("i", F, 10.5, 13.5, leftIndent=7 * mm, spaceAfter=4)
    indres = style("ir", FB, 10.5, 13.5, leftIndent=7 * mm, spaceAfter=4)
    indact = style("ia", FI, 10.5, 13.5, leftIndent=7 * mm, spaceAfter=4)
    cell = style("c", F, 8.5, 10.5)
    cellr = style("cr", F, 8.5, 10.5, alignment=2)
    cellb = style("cb", FB, 8.5, 10.5)
    cellbr = style("cbr", FB, 8.5, 10.5, alignment=2)

    s = []
    s.append(Paragraph("MUCH PELLINGHAM PARISH COUNCIL", style("lh", FB, 15, 18, alignment=1, textColor=colors.HexColor("#1f3a5f"))))
    s.append(Paragraph("Clerk: Mrs Deborah Ashworth, 4 Church Lane, Much Pellingham &nbsp;|&nbsp; Tel: 01632 960418 "
                       "&nbsp;|&nbsp; clerk@muchpellingham-pc.org.uk", style("lh2", F, 8.5, 11, alignment=1)))
    line = Table([[""]], colWidths=[160 * mm], rowHeights=[3])
    line.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, colors.HexColor("#1f3a5f"))]))
    s += [line, Spacer(1, 8)]
    s.append(Paragraph("Minutes of the Meeting of Much Pellingham Parish Council held on Monday 3rd March 2025 at "
                       "7.30pm in the Village Hall", style("t", FB, 12.5, 16, alignment=1, spaceAfter=10)))
    hang = style("hang", F, 10.5, 13.5, leftIndent=26 * mm, firstLineIndent=-26 * mm, spaceAfter=4)
    s.append(Paragraph("<b>Present:</b>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Cllrs R Hatherley (Chairman), J Pruett (Vice-Chairman), "
                       "S Okonjo, M Fairbrother, P Lindqvist and A Demir", hang))
    s.append(Paragraph("<b>In attendance:</b>&nbsp;&nbsp;the Clerk (Mrs Deborah Ashworth), 2 members of the public, District "
                       "Cllr Graham Tolley (for minutes 25/031 to 25/035)", hang))
    s.append(Spacer(1, 6))

    rows = []

    def M(ref, title, paras):
        rows.append([Paragraph(f"<b>{ref}</b>", body), Paragraph(title, head)])
        for p in paras:
            rows.append(["", p])

    P = Paragraph
    M("25/031", "Apologies for absence", [
        P("Apologies were received from Cllr K Beddoe (work commitments). No apologies were received from Cllr T Rowntree.", body),
        P("Resolved: that the apologies of Cllr Beddoe be accepted for the reason given.", res)])
    M("25/032", "Declarations of interest and requests for dispensations", [
        P("Cllr Fairbrother declared a non-registerable interest in minute 25/036 b) as a neighbour of the site and took no "
          "part in the discussion or vote on that application. No requests for dispensations had been received.", body)])
    M("25/033", "Public participation", [
        P("The meeting was adjourned for public participation. A resident of Mill Road raised concerns about the speed of "
          "traffic approaching the school at drop-off times. A second resident reported that the surface of public "
          "footpath FP7 between Church Lane and Pellingham Brook was badly eroded and unsafe after the winter floods. "
          "The meeting was reconvened.", body),
        P("Clerk to report the condition of FP7 to the Lorneshire County Council Public Rights of Way team.", act)])
    M("25/034", "Minutes of the previous meeting", [
        P("Resolved: that the minutes of the meeting held on Monday 3rd February 2025, having been circulated, be approved "
          "as a true record and signed by the Chairman.", res)])
    M("25/035", "Reports from District and County Councillors", [
        P("District Cllr Tolley reported that Tenbridge District Council had set its budget on 20th February 2025 and that "
          "the district’s share of the Band D council tax for 2025/26 would rise by £5.94. The consultation on the "
          "Tenbridge Local Plan Review (Regulation 18) is open until 14th April 2025.", body),
        P("County Cllr Ann Mossop had sent a written report, which was noted; the resurfacing of Brook Road is programmed "
          "for summer 2025. District Cllr Tolley left the meeting at 8.02pm.", body),
        P("Resolved: that the Council submits a response to the Local Plan Review consultation.", res),
        P("Cllrs Pruett and Lindqvist to prepare a draft response for the April meeting.", act)])
    M("25/036", "Planning", [
        P("a)&nbsp;&nbsp;&nbsp;&nbsp;<b>25/00187/HOUS</b> – 12 Orchard Close – Single storey rear extension and replacement porch.", sub),
        P("Resolved: that the Council has no objection to the application.", indres),
        P("b)&nbsp;&nbsp;&nbsp;&nbsp;<b>25/00203/FUL</b> – Land adjacent to Brook Farm, Mill Road – Erection of two detached "
          "dwellings with new vehicular access. (Cllr Fairbrother left the room.) Members noted that the site lies outside "
          "the settlement boundary in the adopted Tenbridge Local Plan and that the proposed access is close to the school "
          "crossing point.", sub),
        P("Resolved: that the Council objects to the application on the grounds of highway safety on Mill Road and the "
          "site’s location outside the settlement boundary.", indres),
        P("Clerk to submit the objection to Tenbridge District Council by 14th March 2025.", indact),
        P("(Cllr Fairbrother returned to the meeting.)", ind),
        P("c)&nbsp;&nbsp;&nbsp;&nbsp;Decisions notified by Tenbridge District Council: 24/01876/HOUS – The Old Forge, High Street – "
          "Two storey side extension – Approved with conditions; 24/01932/LBC – Pellingham Manor Barn – Replacement "
          "windows – Refused.", sub),
        P("The decisions were noted.", ind)])
    pay = [["Payee", "Details", "Net £", "VAT £", "Total £"],
           ["D Ashworth", "Clerk’s salary, February 2025", "612.40", "0.00", "612.40"],
           ["HMRC", "PAYE and NI, February 2025", "153.10", "0.00", "153.10"],
           ["D Ashworth", "Clerk’s expenses (postage, printer ink)", "38.65", "0.00", "38.65"],
           ["Greenacre Grounds Maintenance Ltd", "Grass cutting and hedge work, February 2025", "385.00", "77.00", "462.00"],
           ["Much Pellingham Village Hall Management Committee", "Hall hire, meetings January–March 2025", "96.00", "0.00", "96.00"],
           ["Lorneshire Association of Local Councils", "Planning training (2 councillors)", "70.00", "14.00", "84.00"],
           ["Wyvern Play Inspections Ltd", "Quarterly play area inspection", "145.00", "29.00", "174.00"],
           ["", "Total", "1,500.15", "120.00", "1,620.15"]]
    prow = []
    for i, r in enumerate(pay):
        b = i == 0 or i == len(pay) - 1
        prow.append([Paragraph(r[0], cellb if b else cell), Paragraph(r[1], cellb if b else cell)] +
                    [Paragraph(x, cellbr if b else cellr) for x in r[2:]])
    pt = Table(prow, colWidths=[46 * mm, 52 * mm, 16 * mm, 14 * mm, 17 * mm])
    pt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e7e6e6"))]))
    M("25/037", "Finance", [
        P("a)&nbsp;&nbsp;&nbsp;&nbsp;<b>Payments.</b> The following payments were presented for approval:", sub),
        pt,
        P("Resolved: that the payments listed above, totalling £1,620.15, be approved, and that two councillors authorise "
          "the online payments.", indres),
        P("b)&nbsp;&nbsp;&nbsp;&nbsp;<b>Bank reconciliation.</b> The bank reconciliation to 28th February 2025 was checked and signed by "
          "Cllr Okonjo. The balance across both accounts was £31,204.17.", sub),
        P("c)&nbsp;&nbsp;&nbsp;&nbsp;<b>Grant application.</b> An application had been received from Much Pellingham Pre-School for "
          "£250 towards a new outdoor mud kitchen.", sub),
        P("Resolved: that a grant of £250 be awarded to Much Pellingham Pre-School under section 137 of the Local "
          "Government Act 1972.", indres),
        P("d)&nbsp;&nbsp;&nbsp;&nbsp;<b>Internal audit.</b>", sub),
        P("Resolved: that Mrs Helen Garside (Garside Audit Services) be appointed as internal auditor for 2024/25.", indres)])
    M("25/038", "Highways, footpaths and speeding", [
        P("Members discussed the concerns raised under minute 25/033. Cllr Demir reported that six volunteers had come "
          "forward for a Community Speedwatch group.", body),
        P("Resolved: that the Council sets up a Community Speedwatch group and applies to Lorneshire Police for training "
          "and equipment.", res),
        P("Clerk to ask Lorneshire County Council Highways to carry out a speed survey on Mill Road.", act),
        P("Cllr Demir to arrange the volunteers’ training with Lorneshire Police by the end of April 2025.", act)])
    M("25/039", "Annual Parish Meeting", [
        P("Resolved: that the Annual Parish Meeting be held on Monday 12th May 2025 at 7.00pm in the Village Hall, "
          "followed by the Annual Meeting of the Parish Council at 8.00pm.", res),
        P("Clerk to book the hall and invite the Police Community Support Officer and the Pellingham Brook Flood Action "
          "Group to give reports.", act)])
    M("25/040", "VE Day 80", [
        P("Members agreed to support the village commemoration of the 80th anniversary of VE Day on Thursday 8th May 2025, "
          "led by the Royal British Legion (Much Pellingham Branch).", body),
        P("Resolved: that up to £300 be spent from the Community Events budget on bunting, a beacon and refreshments.", res),
        P("Cllr Okonjo to liaise with the Village Hall Management Committee on the arrangements.", act)])
    M("25/041", "Correspondence", [
        P("The following items had been circulated to members: Lorneshire County Council – Parish Highways Forum, "
          "27th March 2025; Tenbridge District Council – Community Infrastructure Levy (CIL) parish allocation; "
          "Lorneshire Rural Community Council – spring newsletter.", body),
        P("The correspondence was noted.", body)])
    M("25/042", "Date of next meeting", [
        P("The next meeting of the Council will be held on Monday 7th April 2025 at 7.30pm in the Village Hall.", body),
        P("There being no further business, the Chairman closed the meeting at 9.14pm.", body)])
    t = Table(rows, colWidths=[20 * mm, 150 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    s.append(t)
    s.append(Spacer(1, 22))
    s.append(Paragraph("Signed: ……………………………………… Chairman&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Date: ……………………", body))

    def page(c, d):
        c.saveState()
        c.setFont(F, 8)
        c.drawRightString(190 * mm, 287 * mm, f"Folio {111 + d.page}")
        c.drawString(20 * mm, 12 * mm, "Much Pellingham Parish Council – Minutes 3rd March 2025")
        c.drawCentredString(105 * mm, 7 * mm, f"Page {d.page} of 3")
        c.drawRightString(190 * mm, 12 * mm, "Chairman’s initials ……")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=16 * mm, bottomMargin=20 * mm, title="Minutes 3 March 2025")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
