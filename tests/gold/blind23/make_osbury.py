"""UK town council full council minutes laid out entirely as one ruled four-column table (Minute No | Item and
discussion | Resolution | Action by) with a repeated header row, attendance rows spanning the first three
columns, councillors as "Cllr A. Surname", initials in the action column, Mayor's initials box in the footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, numbered_canvas, style

STEM = "blind23-uk-market-osbury-tc-full-council-minutes-2024-11-11"
PLUM = colors.HexColor("#4b2e5a")

ROWS = [
    ("24/131", "<b>Apologies for absence</b><br/>Apologies were received from Cllr T. Quennell (work commitments) "
               "and Cllr F. Osei (illness). Cllr C. Brandon was absent.",
     "RESOLVED that the reasons for absence of Cllr T. Quennell and Cllr F. Osei be accepted.", ""),
    ("24/132", "<b>Declarations of interest</b><br/>Cllr R. Tanner declared a non-pecuniary interest in minute 24/138 "
               "as a trustee of Osbury Youth Hub and took no part in the vote. No requests for dispensations had "
               "been received.", "", ""),
    ("24/133", "<b>Public participation</b><br/>Three residents attended. A resident of Pound Lane raised concerns "
               "about speeding traffic near Osbury Primary School. PCSO Grainger reported that Hardenshire "
               "Constabulary had carried out two speed checks in October.<br/>Clerk to ask the Community Speedwatch "
               "co-ordinator to add Pound Lane to the rota.", "", "KA"),
    ("24/134", "<b>Minutes of the previous meeting</b><br/>Proposed Cllr H. Lyle, seconded Cllr J. Yelland; "
               "all in favour.",
     "RESOLVED that the minutes of the Full Council meeting held on 14 October 2024 be approved and signed by the "
     "Mayor as a true record.", ""),
    ("24/135", "<b>Reports from County and District Councillors</b><br/>Cllr N. Cole reported that Hardenshire County "
               "Council will resurface the A3102 Station Road between January and March 2025. Cllr G. Farrant "
               "reported that South Hardenshire District Council’s new waste contract starts on 1 April 2025.",
     "Reports noted.", ""),
    ("24/136", "<b>Finance</b><br/>(a) The schedule of payments for October 2024 had been circulated.<br/>"
               "(b) Budget monitoring to 31 October 2024: expenditure was 54% of budget at month 7.<br/>"
               "(c) The Deputy Clerk presented the draft budget for 2025/26, requiring a precept of £412,600 (a "
               "4.9% increase on a Band D property).<br/>Deputy Clerk to publish the approved payments on the website "
               "by 22 November 2024.",
     "RESOLVED (a) to approve the schedule of payments for October 2024 totalling £18,462.37; (b) to note the "
     "budget monitoring report; and (c) to refer the draft budget for 2025/26 to the Finance and General Purposes "
     "Committee for recommendation to Full Council on 13 January 2025.", "DP"),
    ("24/137", "<b>Planning</b><br/>The following applications from South Hardenshire District Council were "
               "considered:<br/>24/01877/FUL – 14 Mill Street – single storey rear extension<br/>24/01902/LBC – "
               "The George Hotel, Market Place – replacement windows",
     "RESOLVED to respond to South Hardenshire District Council: 24/01877/FUL – no objection; 24/01902/LBC – "
     "objection, as uPVC windows would harm the character of the listed building.", "KA"),
    ("24/138", "<b>Grant to Osbury Youth Hub</b><br/>Cllr R. Tanner left the room. Council considered the Youth "
               "Hub’s request for continued funding of the Friday youth club. Proposed Cllr M. O’Keefe, seconded "
               "Cllr S. Bhatt; 6 in favour, 1 against.",
     "RESOLVED to award a grant of £6,000 to Osbury Youth Hub for 2025/26 under section 137 of the Local "
     "Government Act 1972.", "DP"),
    ("24/139", "<b>Christmas lights switch-on</b><br/>The switch-on will take place on Friday 29 November 2024 in the "
               "Market Place, organised with Market Osbury Chamber of Trade.<br/>Cllr J. Yelland to confirm the "
               "stall holders and road closure with the Chamber of Trade by 15 November 2024.",
     "RESOLVED to approve expenditure of up to £2,500 on the Christmas lights switch-on.", "JY / DP"),
    ("24/140", "<b>Market Osbury Neighbourhood Plan</b><br/>Cllr P. Daventry, chair of the Neighbourhood Plan "
               "Steering Group, presented the pre-submission draft plan. Regulation 14 consultation will run from "
               "6 January to 17 February 2025.<br/>Clerk to book two drop-in consultation events at the Corn "
               "Exchange in January 2025.",
     "RESOLVED to approve the pre-submission draft Neighbourhood Plan for Regulation 14 consultation.", "PD / KA"),
    ("24/141", "<b>Allotment rents</b><br/>The Deputy Clerk reported that rents had not been reviewed since 2021. "
               "Tenants must be given twelve months’ notice of any increase.<br/>Deputy Clerk to issue notices to "
               "all allotment tenants by 30 November 2024.",
     "RESOLVED to increase allotment rents to £48 per full plot and £26 per half plot from 1 December 2025.", "DP"),
    ("24/142", "<b>Recreation Grounds Committee</b><br/>The minutes of the Recreation Grounds Committee meeting held "
               "on 21 October 2024 were received. Cllr H. Lyle presented the committee’s recommendation to replace "
               "the junior play equipment at Vicarage Field, following three quotations.",
     "RESOLVED to accept the quotation of £38,950 from Playscape Leisure Ltd for replacement play equipment at "
     "Vicarage Field, funded from the Play Area earmarked reserve and section 106 contributions.", "DP"),
    ("24/143", "<b>Co-option to fill a casual vacancy (North Ward)</b><br/>Two candidates addressed the meeting. A "
               "ballot was held: Mr L. Voss 5 votes, Ms A. Perrin 3 votes.<br/>Clerk to arrange for Mr Voss to sign "
               "the declaration of acceptance of office before the December meeting.",
     "RESOLVED to co-opt Mr L. Voss as a councillor for the North Ward.", "KA"),
    ("24/144", "<b>Remembrance Sunday</b><br/>The Mayor thanked the Market Osbury branch of the Royal British "
               "Legion, Osbury Scouts and the Town Band for the parade on 10 November 2024; around 600 people "
               "attended the service at the war memorial.", "Noted.", ""),
    ("24/145", "<b>Clerk’s report and correspondence</b><br/>The Clerk reported on the Hardenshire Association of "
               "Local Councils training programme and a letter of thanks from Osbury in Bloom.", "Noted.", ""),
    ("24/146", "<b>Date of next meeting</b><br/>Monday 9 December 2024 at 7.00 pm in the Council Chamber.", "", ""),
    ("24/147", "<b>Exclusion of the press and public</b>",
     "RESOLVED under the Public Bodies (Admission to Meetings) Act 1960 to exclude the press and public for minute "
     "24/148 owing to the confidential nature of the business to be transacted.", ""),
    ("24/148", "<b>Staffing Committee recommendation</b><br/>Council considered the Staffing Committee’s "
               "recommendation following the review of the Deputy Clerk’s duties.<br/>Mayor to write to the Deputy "
               "Clerk confirming the new grade.",
     "RESOLVED to accept the Staffing Committee’s recommendation to regrade the Deputy Clerk post to SCP 24 with "
     "effect from 1 April 2025.", "AW"),
]


def build():
    F, FB = "Helvetica", "Helvetica-Bold"
    cell = style("c", F, 10, 12.8)
    cellb = style("cb", FB, 9.5, 12)
    hdr = style("h", FB, 9.5, 12, textColor=colors.white)
    s = []
    logo = Table([[Paragraph("<b>MO</b>", style("lo", FB, 20, 22, alignment=1, textColor=colors.white))]],
                 colWidths=[18 * mm], rowHeights=[18 * mm])
    logo.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PLUM), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    top = Table([[logo, [Paragraph("MARKET OSBURY TOWN COUNCIL", style("t", FB, 15, 18, textColor=PLUM)),
                         Paragraph("The Corn Exchange, High Street, Market Osbury, Hardenshire OB7 2QE · "
                                   "Town Clerk: Mrs K. Ashworth", style("a", F, 8.5, 11))]]],
                colWidths=[22 * mm, 158 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    s += [top, Spacer(1, 6),
          Paragraph("Minutes of the Meeting of the Full Council held on Monday 11 November 2024 at 7.00 pm in the "
                    "Council Chamber, Corn Exchange, Market Osbury", style("st", FB, 11, 14)),
          Spacer(1, 6)]
    data = [[Paragraph(h, hdr) for h in ("Minute No", "Item and discussion", "Resolution", "Action by")]]
    att = [("Present:", "Cllr A. Whitlock (Town Mayor, in the Chair), Cllr P. Daventry (Deputy Mayor), Cllr S. Bhatt, "
                        "Cllr G. Farrant, Cllr H. Lyle, Cllr M. O’Keefe, Cllr R. Tanner, Cllr J. Yelland"),
           ("In attendance:", "Mrs K. Ashworth (Town Clerk), Mr D. Penrose (Deputy Clerk and RFO), Cllr N. Cole "
                              "(Hardenshire County Council), PCSO L. Grainger (Hardenshire Constabulary) and three "
                              "members of the public")]
    for a, b in att:
        data.append([Paragraph(f"<b>{a}</b>", cell), Paragraph(b, cell), "", ""])
    for no, item, res, act in ROWS:
        data.append([Paragraph(f"<b>{no}</b>", cell), Paragraph(item, cell), Paragraph(res, cell),
                     Paragraph(f"<b>{act}</b>", style("ac", FB, 9.5, 12, alignment=1))])
    data.append(["", Paragraph("There being no further business, the Mayor closed the meeting at 9.12 pm.", cell), "", ""])
    t = Table(data, colWidths=[24 * mm, 84 * mm, 54 * mm, 18 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("BACKGROUND", (0, 0), (-1, 0), PLUM),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("SPAN", (1, 1), (3, 1)), ("SPAN", (1, 2), (3, 2)),
                           ("SPAN", (1, len(data) - 1), (3, len(data) - 1)),
                           ("BACKGROUND", (0, 1), (-1, 2), colors.HexColor("#f1ecf4"))]))
    s.append(t)
    s += [Spacer(1, 20), Paragraph("Signed: ...................................... (Town Mayor)"
                                   "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Date: ........................", cell)]

    def draw(c, n, total):
        c.saveState()
        c.setFont(F, 8)
        c.drawString(15 * mm, 10 * mm, "Market Osbury Town Council – Full Council – 11 November 2024")
        c.drawCentredString(118 * mm, 10 * mm, f"Page {n} of {total}")
        c.rect(168 * mm, 7 * mm, 27 * mm, 9 * mm)
        c.setFont(F, 6.5)
        c.drawString(169.5 * mm, 13 * mm, "Mayor’s initials")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=22 * mm, title="Full Council Minutes 11 November 2024")
    doc.build(s, canvasmaker=numbered_canvas(draw))


if __name__ == "__main__":
    build()
