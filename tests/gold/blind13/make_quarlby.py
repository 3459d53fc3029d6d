"""Parish council minutes: every minute is one paragraph opening "Min 25/0xx Title:" (no heading line),
resolutions "It was RESOLVED to ...", sub-points (a)(b)(c) run on inside paragraphs, a payments schedule table,
minute-book page numbering and a signature footer on every page."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind13-uk-quarlby-pc-parish-council-minutes-2025-03-11"


def build():
    fonts()
    F, FB = "LibSans", "LibSans-Bold"
    body = style("b", F, 10.5, 13.5, spaceAfter=7, alignment=4)
    sub = style("s", F, 10.5, 13.5, spaceAfter=4, leftIndent=10 * mm, alignment=4)
    cell = style("c", F, 9, 11)
    cellr = style("cr", F, 9, 11, alignment=2)
    cellb = style("cb", FB, 9, 11)
    s = []
    s.append(Paragraph("QUARLBY PARISH COUNCIL", style("t", FB, 15, 19, alignment=1)))
    s.append(Paragraph("Clerk: Mrs J. Pemberton, 2 Tanners Yard, Quarlby, Harnshire &nbsp;|&nbsp; "
                       "clerk@quarlby-pc.org.uk", style("t2", F, 8.5, 11, alignment=1, textColor=colors.grey)))
    s.append(Spacer(1, 8))
    s.append(Paragraph("<u>Minutes of the Ordinary Meeting of Quarlby Parish Council held on Tuesday 11 March 2025 "
                       "at 7.30pm in Quarlby Village Hall, Church Lane</u>", style("t3", FB, 10.5, 13.5, alignment=1)))
    s.append(Spacer(1, 8))

    def P(x, st=body):
        s.append(Paragraph(x, st))

    P("<b>Present:</b> Cllr Peter Ainsworth (Chairman), Cllr Rachel Dobbs (Vice-Chairman), Cllr Martin Fairclough, "
      "Cllr Sana Khan, Cllr Tom Whitlock and Cllr Gwen Ashby-Tait.")
    P("<b>In attendance:</b> Mrs Judith Pemberton (Clerk and RFO); District Cllr Henry Osei (Ousebrook District "
      "Council); County Cllr Alison Grayling (Harnshire County Council) from Min 25/038; PCSO Dan Frayne "
      "(Harnshire Police) for Min 25/033 only; and five members of the public.")

    def M(num, title, text):
        P(f"<b>Min {num} {title}:</b> {text}")

    M("25/031", "Apologies for absence", "Apologies were received from Cllr Lena Varga (work commitments). "
      "It was RESOLVED to accept the reason for absence.")
    M("25/032", "Declarations of interest and requests for dispensations", "Cllr Fairclough declared a "
      "non-pecuniary interest in Min 25/036(b) as a neighbour of the applicant. No requests for dispensations had "
      "been received.")
    M("25/033", "Public participation", "The meeting was adjourned at 7.32pm. Two residents raised concerns about "
      "speeding on Mill Road, particularly near the school at drop-off times. PCSO Frayne reported 14 recorded "
      "crimes in the ward in February, including two thefts from vans, and reminded residents to report incidents "
      "online. The meeting was reconvened at 7.49pm.")
    M("25/034", "Minutes of the previous meeting", "It was RESOLVED that the minutes of the Ordinary Meeting held on "
      "11 February 2025 be approved as a true record and signed by the Chairman.")
    M("25/035", "Clerk’s report and matters arising", "Further to Min 25/018, the Clerk reported that the "
      "replacement bus shelter for The Green had been ordered from Shelterwise Ltd, with delivery expected in April "
      "2025. Harnshire Highways had confirmed that the pothole on Back Lane is scheduled for repair by 31 March 2025. "
      "The Clerk to chase Harnshire County Council for the Speed Indicator Device data for January and February.")
    M("25/036", "Planning", "The following applications were considered:")
    P("(a) 25/00112/HOUS – 4 Orchard Rise – single storey rear extension. It was RESOLVED to make no objection.", sub)
    P("(b) 25/00127/FUL – Land adjacent to Hollow Farm, Mill Road – erection of two detached dwellings. Cllr "
      "Fairclough left the room. Following discussion it was RESOLVED to object on the grounds of highway safety "
      "and development outside the settlement boundary, and to ask the Ward Member to call the application in to "
      "the Ousebrook District Council Planning Committee. Cllr Fairclough returned to the meeting.", sub)
    P("(c) The Council noted that application 24/01985/FUL (Quarlby Garage, High Street) had been approved by "
      "Ousebrook District Council on 20 February 2025.", sub)
    M("25/037", "Finance", "")
    P("(a) It was RESOLVED to approve the payments listed in the schedule below, totalling £3,486.20.", sub)
    rows = [["Payee", "Details", "Method", "Amount £"],
            ["J Pemberton", "Clerk salary, March 2025", "BACS", "1,046.50"],
            ["HM Revenue & Customs", "PAYE/NI, March 2025", "BACS", "261.40"],
            ["Ousebrook Grounds Maintenance Ltd", "Grass cutting and hedge work, Q4", "BACS", "1,380.00"],
            ["Quarlby Village Hall Trust", "Hall hire, January–March 2025", "BACS", "96.00"],
            ["Everbright Energy Ltd", "Street lighting electricity", "Direct debit", "290.30"],
            ["Harnshire Association of Local Councils", "Councillor training (2 places)", "BACS", "412.00"],
            ["", "", "Total", "3,486.20"]]
    t = Table([[Paragraph(c, cellb if i == 0 or (i == len(rows) - 1 and j >= 2) else (cellr if j == 3 else cell))
                for j, c in enumerate(r)] for i, r in enumerate(rows)],
              colWidths=[55 * mm, 58 * mm, 25 * mm, 22 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -2), 0.4, colors.black), ("BOX", (2, -1), (-1, -1), 0.4, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd"))]))
    s.append(Table([[t]], colWidths=[170 * mm], style=[("LEFTPADDING", (0, 0), (-1, -1), 10 * mm)]))
    s.append(Spacer(1, 5))
    P("(b) It was RESOLVED to note the bank reconciliation to 28 February 2025, signed by Cllr Dobbs, showing "
      "combined balances of £41,302.77.", sub)
    P("(c) It was RESOLVED to renew the Council’s membership of the Harnshire Association of Local Councils (HALC) "
      "for 2025/26 at a cost of £388.00.", sub)
    P("(d) It was RESOLVED to appoint Fenwright Audit Services as internal auditor for the year ending 31 March "
      "2025. The Clerk to send the letter of engagement.", sub)
    M("25/038", "Highways and speeding", "County Cllr Grayling joined the meeting at 8.20pm. Members discussed the "
      "concerns raised under Min 25/033. It was RESOLVED to register with the Harnshire Community Speedwatch scheme "
      "and to seek volunteers through the parish newsletter. Cllr Khan agreed to co-ordinate the volunteer group. "
      "County Cllr Grayling to ask Harnshire Highways for an automatic traffic count on Mill Road before the summer.")
    M("25/039", "Annual Parish Meeting", "It was RESOLVED that the Annual Parish Meeting be held on Tuesday 22 April "
      "2025 at 7.00pm in the Village Hall, and that Quarlby Community Shop and the 1st Quarlby Scout Group "
      "be invited to give reports. The Clerk to prepare and display the notice by 8 April 2025.")
    M("25/040", "Play area", "The annual inspection report from the Royal Society for the Prevention of Accidents "
      "(RoSPA), dated 3 March 2025, identified two medium-risk items. It was RESOLVED to accept the quotation of "
      "£1,150.00 plus VAT from Playsafe Services Ltd for repairs to the zip wire and the gate closer. The Clerk to "
      "place the order.")
    M("25/041", "Neighbourhood Plan", "Cllr Dobbs reported that the Steering Group had completed the pre-submission "
      "draft and that Regulation 14 consultation would run from 24 March 2025 to 5 May 2025. It was RESOLVED to "
      "approve the pre-submission draft Quarlby Neighbourhood Plan for consultation. Cllr Dobbs and the Clerk "
      "to arrange two drop-in sessions in the Village Hall during the consultation.")
    M("25/042", "Reports from District and County Councillors", "District Cllr Osei reported that Ousebrook District "
      "Council had set its 2025/26 budget with a 2.99% increase in its share of council tax. County Cllr Grayling "
      "reported that the Harnshire Local Transport Plan consultation closes on 30 April 2025.")
    M("25/043", "Correspondence", "The Clerk had circulated items received from Harnshire County Council (road "
      "closure, Back Lane, 17–19 March 2025) and from the Ousebrook Rural Community Council (village halls survey).")
    M("25/044", "Date of next meeting", "Tuesday 8 April 2025 at 7.30pm in the Village Hall.")
    P("There being no further business the Chairman closed the meeting at 9.14pm.")

    def page(c, d):
        c.saveState()
        c.setFont(F, 8.5)
        c.drawString(20 * mm, 12 * mm, "Signed ..................................... Chairman     Date ....................")
        c.drawRightString(190 * mm, 12 * mm, f"Minute book page {412 + d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=22 * mm, title="Quarlby PC minutes 11 March 2025")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
