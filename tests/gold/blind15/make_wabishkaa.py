"""First Nation Chief and Council minutes (Canada): centred title block, boxed attendance with Chief /
Council / Regrets / Staff / Also present lines, then the whole meeting as one three-column ruled table
(Item | Discussion | Motion / Direction) whose narrow right column holds numbered motions (Moved/Seconded/
That.../CARRIED with vote counts) and "Direction:" lines, split across pages with a repeated header row."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch, mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind15-ca-wabishkaa-river-first-nation-chief-and-council-minutes-2024-10-08"
RED = colors.HexColor("#8a1c1c")


def build():
    fonts()
    F, FB = "DejaVuCond", "DejaVuCond-Bold"
    ctr = style("ctr", FB, 13, 17, alignment=1)
    ctr2 = style("ctr2", F, 10, 13, alignment=1)
    body = style("b", F, 9.5, 12.5)
    cell = style("c", F, 8.8, 11.2)
    cellb = style("cb", FB, 8.8, 11.2)
    s = [Paragraph("WABISHKAA RIVER FIRST NATION", style("t0", FB, 16, 20, alignment=1, textColor=RED)),
         Paragraph("Chief and Council – Regular Meeting", ctr),
         Paragraph("MINUTES", ctr),
         Paragraph("Tuesday, October 8, 2024 at 6:00 p.m.<br/>Council Chambers, Band Administration Office, "
                   "12 Migizi Road, Wabishkaa River", ctr2),
         Spacer(1, 8)]
    att = [["Chief:", "Chief Marlene Shawanda"],
           ["Council:", "Councillor Darren Migwans; Councillor Janine Wabegijig; Councillor Thomas Nahwegahbow; "
                        "Councillor Lorna Trudeau (by phone)"],
           ["Regrets:", "Councillor Reuben Toulouse"],
           ["Staff:", "Brenda Osawamick, Band Manager; Kyle Manitowabi, Housing Manager; Sheila Corbiere, "
                      "Recording Secretary"],
           ["Also present:", "Elder Agnes Kinoshameg; Paul Lafrenière, Northern Spruce Engineering Ltd. (Item 6)"],
           ["Quorum:", "Yes – 5 of 6 members of Council"]]
    a = Table([[Paragraph(x, cellb), Paragraph(y, cell)] for x, y in att], colWidths=[26 * mm, 160 * mm])
    a.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, RED), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    s += [a, Spacer(1, 10)]

    def M(no, moved, sec, text, result="CARRIED"):
        return (f"<b>MOTION #{no}</b><br/>Moved: {moved}<br/>Seconded: {sec}<br/>{text}<br/><b>{result}</b>")

    rows = [
        ("1", "Opening Prayer and Welcome",
         "Elder Agnes Kinoshameg offered the opening prayer. Chief Shawanda called the meeting to order at 6:07 p.m. "
         "and welcomed everyone.", ""),
        ("2", "Adoption of Agenda",
         "Councillor Migwans asked to add an item on the Halloween safety patrol.",
         M("2024-141", "Councillor Migwans", "Councillor Wabegijig",
           "That Chief and Council adopt the agenda as amended with the addition of Item 10, Halloween Safety Patrol.")),
        ("3", "Declarations of Conflict of Interest",
         "Councillor Nahwegahbow declared a conflict on Item 7 as an immediate family member is an applicant.", ""),
        ("4", "Approval of Minutes",
         "Minutes of the regular meeting of September 24, 2024 were reviewed. No errors were noted.",
         M("2024-142", "Councillor Trudeau", "Councillor Nahwegahbow",
           "That Chief and Council approve the minutes of the regular meeting of September 24, 2024.")),
        ("5", "Band Manager’s Report",
         "The Band Manager reported that the 2025-26 capital allocation from Indigenous Services Canada (ISC) has "
         "not yet been confirmed and that the new band office roof was completed on September 30, 2024.",
         M("2024-143", "Councillor Wabegijig", "Councillor Migwans",
           "That Chief and Council receive the Band Manager’s report for information.") +
         "<br/><br/><b>Direction:</b> Band Manager to write to ISC requesting the 2025-26 capital allocation letter "
         "by October 25, 2024."),
        ("6", "Water Treatment Plant Upgrade",
         "Paul Lafrenière of Northern Spruce Engineering Ltd. presented the tender results for the filter "
         "replacement. Three bids were received. Council asked about the risk of another boil water advisory while "
         "the plant is offline; the contractor will run a temporary treatment unit during the changeover.",
         M("2024-144 (BCR #2024-25-019)", "Councillor Migwans", "Councillor Trudeau",
           "That Chief and Council award the water treatment plant filter replacement contract to Northern Spruce "
           "Engineering Ltd. in the amount of $1,284,500 plus HST, funded by ISC, and authorize the Chief to sign a "
           "Band Council Resolution to that effect.", "CARRIED (4 in favour, 0 opposed)") +
         "<br/><br/><b>Direction:</b> Band Manager to hold a community information session on the plant upgrade "
         "before November 15, 2024."),
        ("7", "Housing Allocations – Sunrise Crescent",
         "Councillor Nahwegahbow left the room at 7:02 p.m. The Housing Manager presented the Housing Committee’s "
         "recommendations for the three new rental units. Councillor Nahwegahbow returned at 7:20 p.m.",
         M("2024-145", "Councillor Wabegijig", "Councillor Trudeau",
           "That Chief and Council approve the allocation of the three new rental units at Sunrise Crescent as "
           "recommended by the Housing Committee.", "CARRIED (3 in favour, 0 opposed, 1 abstention)")),
        ("8", "Community Safety and Well-Being Plan – Priorities",
         "The Community Safety and Well-Being Committee presented the priorities it proposes for 2025–2027, "
         "based on the summer community survey:<br/>1. Youth land-based programming<br/>2. Addictions and "
         "aftercare supports<br/>3. Elder safety and home checks<br/>4. Emergency preparedness for wildfire and "
         "flooding<br/>Council noted that the Ontario Provincial Police (OPP) detachment supports priorities 3 and 4.",
         M("2024-146", "Councillor Trudeau", "Councillor Wabegijig",
           "That Chief and Council endorse the four Community Safety and Well-Being priorities for 2025–2027.") +
         "<br/><br/><b>Direction:</b> The Committee to bring a costed plan to the December 10, 2024 meeting."),
        ("9", "Treaty Day Planning",
         "Chief Shawanda reported that the Treaty Day planning group will meet again in January. No decision "
         "was required.", ""),
        ("10", "Halloween Safety Patrol",
         "Council discussed patrol routes and volunteer numbers with the Wabishkaa River Volunteer Fire "
         "Department.",
         "<b>Direction:</b> Housing Manager to arrange the Halloween safety patrol with the OPP and the Volunteer "
         "Fire Department for October 31, 2024."),
        ("11", "Next Meeting", "Tuesday, October 22, 2024 at 6:00 p.m., Council Chambers.", ""),
        ("12", "Adjournment", "",
         M("2024-147", "Councillor Nahwegahbow", "Councillor Migwans", "That the meeting be adjourned at 8:42 p.m.")),
    ]
    data = [[Paragraph("Item", cellb), Paragraph("Discussion", cellb), Paragraph("Motion / Direction", cellb)]]
    for no, title, disc, mot in rows:
        data.append([Paragraph(f"<b>{no}.</b> {title}", cell), Paragraph(disc, cell), Paragraph(mot, cell)])
    t = Table(data, colWidths=[34 * mm, 90 * mm, 62 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f1dede"))]))
    s += [t, Spacer(1, 18),
          Paragraph("Approved by Chief and Council on: ____________________", body), Spacer(1, 14),
          Paragraph("______________________________&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                    "______________________________<br/>Chief&nbsp;" + "&nbsp;" * 62 + "Recording Secretary", body)]

    def footer(c, d):
        c.saveState()
        c.setFont(F, 7.5)
        c.drawCentredString(4.25 * inch, 0.45 * inch, f"WRFN Chief and Council Minutes – October 8, 2024 – {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=letter, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=16 * mm, title="WRFN Chief and Council Minutes")
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    build()
