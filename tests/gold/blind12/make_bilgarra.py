"""(3) Australian shire council ordinary meeting: numbered sections 1-13 with decimal report items, RESOLUTION
yyyy/nnn blocks with "Moved by / Seconded by" side by side, THAT Council ... with numbered limbs, CARRIED/LOST
right-aligned, recorded divisions in a two-column For/Against box, a lost motion before a carried one."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind12-au-bilgarra-shire-council-ordinary-meeting-minutes-2025-02-19"

F, FB = "Helvetica", "Helvetica-Bold"
B = style("b", F, 10, leading=12.6, spaceAfter=4)
BB = style("bb", FB, 10, leading=12.6, spaceAfter=2)
H1 = style("h1", FB, 11.5, leading=14, spaceBefore=8, spaceAfter=3)
H2 = style("h2", FB, 10.5, leading=13, spaceBefore=6, spaceAfter=2)
R = style("r", FB, 10, leading=12.6, alignment=2)
IND = style("ind", F, 10, leading=12.6, leftIndent=14, spaceAfter=2)
GREEN = colors.HexColor("#2f5d3a")


def res(num, mover, seconder, text, limbs=(), result="CARRIED", division=None, label="RESOLUTION"):
    out = [Paragraph(f"{label} {num}" if num else label, BB),
           Table([[Paragraph(f"Moved by: {mover}", B), Paragraph(f"Seconded by: {seconder}", B)]],
                 colWidths=[80 * mm, 80 * mm], style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])),
           Paragraph(text, B)]
    out += [Paragraph(l, IND) for l in limbs]
    if division:
        out.append(Table([[Paragraph("<b>For:</b> " + division[0], B), Paragraph("<b>Against:</b> " + division[1], B)]],
                         colWidths=[85 * mm, 85 * mm], style=TableStyle([
                             ("BOX", (0, 0), (-1, -1), 0.6, GREEN), ("INNERGRID", (0, 0), (-1, -1), 0.6, GREEN),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")])))
    out.append(Paragraph(result, R))
    return [KeepTogether(out), Spacer(1, 4)]


def header(c, doc):
    c.saveState()
    c.setFont(F, 8)
    c.setFillColor(GREEN)
    if doc.page > 1:
        c.drawString(18 * mm, A4[1] - 12 * mm, "Bilgarra Shire Council")
        c.drawRightString(A4[0] - 18 * mm, A4[1] - 12 * mm, "Minutes \u2013 Ordinary Meeting of Council \u2013 19 February 2025")
        c.line(18 * mm, A4[1] - 14 * mm, A4[0] - 18 * mm, A4[1] - 14 * mm)
    c.setFillColor(colors.black)
    c.drawString(18 * mm, 10 * mm, "These minutes were confirmed at the meeting held on ..................... 2025")
    c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {doc.page}")
    c.drawRightString(A4[0] - 18 * mm, 16 * mm, "........................................ Mayor")
    c.restoreState()


def build():
    fonts()
    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=24 * mm, title="Ordinary Meeting of Council 19 February 2025")
    s = [Table([[Paragraph("<font color='#ffffff'><b>BILGARRA SHIRE COUNCIL</b></font>", style("x", FB, 16, leading=19)),
                 Paragraph("<font color='#ffffff'>14 Banksia Street<br/>Bilgarra 2894</font>",
                           style("y", F, 8.5, leading=10.5, alignment=2))]],
               colWidths=[120 * mm, 54 * mm], style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREEN),
                                                                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                                                ("TOPPADDING", (0, 0), (-1, -1), 6),
                                                                ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])),
         Spacer(1, 8),
         Paragraph("MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD IN THE COUNCIL CHAMBERS, 14 BANKSIA STREET, "
                   "BILGARRA ON WEDNESDAY 19 FEBRUARY 2025 COMMENCING AT 5.00PM", style("t", FB, 11, leading=14)),
         Spacer(1, 4),
         Paragraph("1 OPENING OF MEETING", H1),
         Paragraph("The Mayor declared the meeting open at 5.00pm.", B),
         Paragraph("2 ACKNOWLEDGEMENT OF COUNTRY", H1),
         Paragraph("The Mayor acknowledged the Traditional Custodians of the land on which the meeting was held and "
                   "paid respects to Elders past and present.", B),
         Paragraph("3 PRESENT", H1),
         Paragraph("<b>Councillors:</b> Cr R Whitfield (Mayor), Cr T Nguyen (Deputy Mayor), Cr J Armitage, "
                   "Cr L Castellano, Cr D McAlister, Cr S O\u2019Rourke, Cr P Yallop, Cr H Borg (via audio-visual link)", B),
         Paragraph("<b>Staff:</b> M Harcourt (General Manager), A Delacroix (Director Corporate Services), B Tonkin "
                   "(Director Infrastructure and Planning), K Sefton (Governance Officer \u2013 minute taker)", B),
         Paragraph("4 APOLOGIES AND APPLICATIONS FOR LEAVE OF ABSENCE", H1)]
    s += res("2025/018", "Cr Nguyen", "Cr Armitage",
             "THAT the apology from Cr F Dunstan be accepted and a leave of absence be granted for this meeting.")
    s += [Paragraph("5 DISCLOSURES OF INTEREST", H1),
          Paragraph("Cr Castellano declared a significant non-pecuniary interest in item 9.3 as a neighbour of the "
                    "subject land and advised that she would leave the chamber for that item.", B),
          Paragraph("6 CONFIRMATION OF MINUTES", H1)]
    s += res("2025/019", "Cr McAlister", "Cr Yallop",
             "THAT the minutes of the Ordinary Meeting of Council held on Wednesday 11 December 2024 be confirmed as a "
             "true and correct record.")
    s += [Paragraph("7 MAYORAL MINUTE", H1),
          Paragraph("7.1 REGIONAL DROUGHT SUPPORT", H2)]
    s += res("2025/020", "Cr Whitfield", "Cr O\u2019Rourke", "THAT Council:", [
        "1. Writes to the State Government requesting that the Bilgarra Shire be included in the Drought Assistance "
        "Package announced on 30 January 2025; and",
        "2. Raises the matter at the Western Plains Joint Organisation board meeting on 7 March 2025."])
    s += [Paragraph("8 PUBLIC FORUM", H1),
          Paragraph("Mr G Pettifer addressed Council on item 9.3 on behalf of the Mulga Creek Landcare Group. "
                    "Ms R Ansell addressed Council on item 9.2 on behalf of the Bilgarra Pastoral, Agricultural and "
                    "Horticultural Association.", B),
          Paragraph("9 REPORTS TO COUNCIL", H1),
          Paragraph("9.1 QUARTERLY BUDGET REVIEW STATEMENT \u2013 DECEMBER 2024", H2),
          Paragraph("<i>Responsible Officer: Director Corporate Services</i>", B)]
    s += res("2025/021", "Cr Armitage", "Cr Nguyen",
             "THAT Council adopt the Quarterly Budget Review Statement for the period ending 31 December 2024 and "
             "approve the budget variations set out in the report, resulting in a projected operating surplus of "
             "$412,000 for 2024/25.")
    s += [Paragraph("9.2 BILGARRA SHOWGROUND MASTERPLAN", H2),
          Paragraph("<i>Responsible Officer: Director Infrastructure and Planning</i>", B)]
    s += res("2025/022", "Cr O\u2019Rourke", "Cr McAlister", "THAT Council:", [
        "1. Adopt the Bilgarra Showground Masterplan 2025\u20132035 as exhibited;",
        "2. Request the General Manager to seek grant funding for Stage 1 (amenities and arena lighting); and",
        "3. Thank the Bilgarra Pastoral, Agricultural and Horticultural Association for its submission."],
        division=("Crs Whitfield, Nguyen, Armitage, McAlister, O\u2019Rourke and Borg", "Crs Castellano and Yallop"))
    s += [Paragraph("<i>Cr Castellano left the chamber at 5.52pm.</i>", B),
          Paragraph("9.3 DEVELOPMENT APPLICATION DA 2024/117 \u2013 POULTRY FARM, 412 MULGA CREEK ROAD", H2),
          Paragraph("<i>Responsible Officer: Director Infrastructure and Planning</i>", B)]
    s += res(None, "Cr Yallop", "Cr Armitage",
             "THAT Council approve Development Application DA 2024/117 subject to the conditions in Attachment 1.",
             result="LOST", division=("Crs Yallop and Armitage", "Crs Whitfield, Nguyen, McAlister, O\u2019Rourke and Borg"),
             label="MOTION")
    s += res("2025/023", "Cr Nguyen", "Cr O\u2019Rourke",
             "THAT Council refuse Development Application DA 2024/117 for the reasons that the proposal is inconsistent "
             "with the zone objectives and has not demonstrated acceptable odour impacts on neighbouring dwellings.",
             division=("Crs Whitfield, Nguyen, McAlister, O\u2019Rourke and Borg", "Crs Yallop and Armitage"))
    s += [Paragraph("<i>Cr Castellano returned to the chamber at 6.05pm.</i>", B),
          Paragraph("9.4 AUDIT, RISK AND IMPROVEMENT COMMITTEE \u2013 MINUTES OF 4 FEBRUARY 2025", H2),
          Paragraph("<i>Responsible Officer: General Manager</i>", B)]
    s += res("2025/024", "Cr McAlister", "Cr Borg",
             "THAT Council note the minutes of the Audit, Risk and Improvement Committee meeting held on 4 February 2025.")
    s += [Paragraph("10 NOTICES OF MOTION", H1),
          Paragraph("10.1 FOOTPATH \u2013 CLANCY STREET (CR O\u2019ROURKE)", H2)]
    s += res("2025/025", "Cr O\u2019Rourke", "Cr Castellano",
             "THAT Council request the General Manager to prepare a report on the cost of a shared path on Clancy "
             "Street between Banksia Street and Bilgarra Public School, for the Ordinary Meeting in April 2025.")
    s += [Paragraph("11 QUESTIONS WITH NOTICE", H1),
          Paragraph("Nil.", B),
          Paragraph("12 CONFIDENTIAL MATTERS", H1)]
    s += res("2025/026", "Cr Nguyen", "Cr Yallop",
             "THAT Council close the meeting to the public under section 10A(2)(d)(i) of the Local Government Act 1993 "
             "to consider item 12.1, as it contains commercial information of a confidential nature.")
    s += [Paragraph("12.1 TENDER T2025-03 \u2013 SUPPLY OF WATER TREATMENT CHEMICALS", H2)]
    s += res("2025/027", "Cr Armitage", "Cr McAlister",
             "THAT Council accept the tender from Coolabah Chemicals Pty Ltd for the supply of water treatment "
             "chemicals for a period of three years from 1 April 2025.")
    s += res("2025/028", "Cr Borg", "Cr Nguyen", "THAT Council resume in open session.")
    s += [Paragraph("The General Manager read out the resolutions made in closed session.", B),
          Paragraph("13 CLOSE OF MEETING", H1),
          Paragraph("There being no further business, the meeting closed at 6.41pm. The next Ordinary Meeting of "
                    "Council will be held on Wednesday 19 March 2025.", B)]
    doc.build(s, onFirstPage=header, onLaterPages=header)


if __name__ == "__main__":
    build()
