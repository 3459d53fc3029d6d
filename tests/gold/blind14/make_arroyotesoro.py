"""US water district board minutes: centred caps heading with no date; the date, time, place and presiding
officer only in the narrative call-to-order sentence; roll call as sentences; lettered sub-items 5A-6C; motions
"It was moved by … and seconded by … . Motion carried 4-0-1." followed by Ayes:/Noes:/Absent: lines;
letter size, Times-like face, footer with numeric date."""
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import inch
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind14-us-arroyo-tesoro-water-district-board-minutes-2025-03-04"
DIRS = ["Okamura", "Delgado", "Whitfield", "Brennan"]


def build():
    fonts()
    F, FB = "LibSerif", "LibSerif-Bold"
    body = style("b", F, 11, 14, spaceAfter=6)
    sec = style("s", FB, 11, 14, spaceBefore=6, spaceAfter=4)
    sub = style("sb", FB, 11, 14, leftIndent=0.4 * inch, spaceAfter=3)
    ind = style("i", F, 11, 14, leftIndent=0.4 * inch, spaceAfter=6)
    s = [Paragraph("ARROYO TESORO WATER DISTRICT", style("h1", FB, 14, 17, alignment=1)),
         Paragraph("MINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS", style("h2", FB, 11, 14, alignment=1)),
         Spacer(1, 14)]

    def vote(ayes, noes, absent, x=0.4 * inch):
        t = Table([["Ayes:", ayes], ["Noes:", noes], ["Absent:", absent]], colWidths=[1.05 * inch, 4.5 * inch])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 11), ("LEFTPADDING", (0, 0), (0, -1), x),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return [t, Spacer(1, 6)]

    s += [Paragraph("1.&nbsp;&nbsp;CALL TO ORDER", sec),
          Paragraph("The regular meeting of the Board of Directors of the Arroyo Tesoro Water District was called to "
                    "order at 6:30 p.m. on March 4, 2025 by President Linda Okamura in the Board Room of the District "
                    "Office, 4100 Canyon Oak Drive, Arroyo Tesoro, California.", ind)]
    s += [Paragraph("2.&nbsp;&nbsp;ROLL CALL", sec),
          Paragraph("Directors present: President Linda Okamura, Vice President Robert Delgado, Director Janet Whitfield "
                    "and Director Samuel Brennan. Director Kenji Saito was absent. Staff present were General Manager "
                    "Tom Reyes, District Engineer Priya Natarajan, Finance Manager Carla Benson, Board Secretary Maria "
                    "Ochoa and General Counsel Mark Ellison of Ellison &amp; Pratt LLP. Seven members of the public "
                    "attended.", ind)]
    s += [Paragraph("3.&nbsp;&nbsp;PLEDGE OF ALLEGIANCE", sec),
          Paragraph("Director Whitfield led the Pledge of Allegiance.", ind)]
    s += [Paragraph("4.&nbsp;&nbsp;PUBLIC COMMENT", sec),
          Paragraph("Mr. Dale Hutchins, a resident of Canyon Oak Drive, spoke about low water pressure on the upper "
                    "part of his street since January. President Okamura asked the General Manager to follow up with "
                    "Mr. Hutchins and report back to the Board.", ind)]
    s += [Paragraph("5.&nbsp;&nbsp;CONSENT CALENDAR", sec),
          Paragraph("5A.&nbsp;&nbsp;Approval of Minutes of the February 18, 2025 Regular Meeting", sub),
          Paragraph("5B.&nbsp;&nbsp;Ratification of Warrant List for February 2025 in the Amount of $1,284,552.17", sub),
          Paragraph("5C.&nbsp;&nbsp;Quarterly Investment Report for the Period Ending December 31, 2024", sub),
          Paragraph("It was moved by Director Whitfield and seconded by Vice President Delgado to approve the Consent "
                    "Calendar as presented. Motion carried 4-0-1.", ind),
          *vote(", ".join(DIRS), "None", "Saito")]
    s += [Paragraph("6.&nbsp;&nbsp;ACTION ITEMS", sec),
          Paragraph("6A.&nbsp;&nbsp;Resolution No. 2025-07 Declaring a Stage 2 Water Shortage Condition", sub),
          Paragraph("General Manager Reyes reported that the District’s imported supply allocation for 2025 had been set "
                    "at 15 percent and that groundwater levels in the Arroyo Basin remained below the five-year average. "
                    "Staff recommended a Stage 2 condition under the District’s Water Shortage Contingency Plan.", ind),
          Paragraph("It was moved by Vice President Delgado and seconded by Director Brennan to adopt Resolution "
                    "No. 2025-07 declaring a Stage 2 Water Shortage Condition effective April 1, 2025, and limiting "
                    "outdoor irrigation to two days per week. Motion carried 4-0-1.", ind),
          *vote(", ".join(DIRS), "None", "Saito"),
          Paragraph("Director Brennan requested that staff bring back a report on expanding the leak detection rebate "
                    "program at the March 18, 2025 meeting.", ind),
          Paragraph("6B.&nbsp;&nbsp;Award of Construction Contract – Reservoir 3 Interior Recoating Project", sub),
          Paragraph("District Engineer Natarajan reported that five bids were opened on February 20, 2025 and that "
                    "Pacific Coatings, Inc. was the lowest responsive and responsible bidder. Director Brennan stated that "
                    "he could not support the award until the condition assessment of Reservoir 5 was complete.", ind),
          Paragraph("It was moved by Director Whitfield and seconded by President Okamura to award the construction "
                    "contract for the Reservoir 3 Interior Recoating Project to Pacific Coatings, Inc. in the amount of "
                    "$486,200 and authorize the General Manager to execute the agreement. Motion carried 3-1-1.", ind),
          *vote("Okamura, Delgado, Whitfield", "Brennan", "Saito"),
          Paragraph("6C.&nbsp;&nbsp;Appointment of Representatives to the Arroyo Basin Groundwater Sustainability Agency",
                    sub),
          Paragraph("It was moved by President Okamura and seconded by Director Brennan to appoint Director Whitfield as "
                    "the District’s representative and Vice President Delgado as alternate to the Arroyo Basin "
                    "Groundwater Sustainability Agency Board for calendar year 2025. Motion carried 4-0-1.", ind),
          *vote(", ".join(DIRS), "None", "Saito")]
    s += [Paragraph("7.&nbsp;&nbsp;INFORMATION ITEMS", sec),
          Paragraph("7A.&nbsp;&nbsp;General Manager’s Report", sub),
          Paragraph("Mr. Reyes reported that rehabilitation of Well 9 was completed on February 26, 2025 and that the "
                    "State Water Resources Control Board had approved the District’s annual water loss audit. Staff will "
                    "hold a customer workshop on the Stage 2 restrictions on March 27, 2025.", ind),
          Paragraph("7B.&nbsp;&nbsp;Strategic Plan Mid-Year Update", sub),
          Paragraph("Finance Manager Benson presented the mid-year update on the five goals of the District’s Strategic "
                    "Plan 2023–2027:", ind),
          *[Paragraph(g, style("g", F, 11, 14, leftIndent=0.8 * inch)) for g in [
              "Goal 1 – Water Supply Reliability", "Goal 2 – Infrastructure Renewal", "Goal 3 – Financial Sustainability",
              "Goal 4 – Customer Service and Outreach", "Goal 5 – Workforce and Organizational Excellence"]],
          Spacer(1, 5),
          Paragraph("Ms. Benson noted that the draft Fiscal Year 2025-26 budget will be presented at a budget workshop on "
                    "May 6, 2025. No action was taken.", ind)]
    s += [Paragraph("8.&nbsp;&nbsp;DIRECTORS’ REPORTS", sec),
          Paragraph("Director Whitfield reported on the Southern Counties Water Association spring conference held "
                    "February 24–26, 2025.", ind)]
    s += [Paragraph("9.&nbsp;&nbsp;CLOSED SESSION", sec),
          Paragraph("The Board adjourned to closed session at 8:05 p.m. to confer with legal counsel regarding "
                    "anticipated litigation pursuant to Government Code Section 54956.9(d)(2) (one case).", ind)]
    s += [Paragraph("10.&nbsp;&nbsp;REPORT FROM CLOSED SESSION", sec),
          Paragraph("The Board reconvened in open session at 8:36 p.m. General Counsel Ellison reported that no "
                    "reportable action was taken.", ind)]
    s += [Paragraph("11.&nbsp;&nbsp;ADJOURNMENT", sec),
          Paragraph("There being no further business, President Okamura adjourned the meeting at 8:42 p.m. to the next "
                    "regular meeting on March 18, 2025 at 6:30 p.m.", ind)]
    s += [Spacer(1, 18), KeepTogether([Paragraph("Respectfully submitted,", body), Spacer(1, 16),
                                       Paragraph("______________________________<br/>Maria Ochoa, Board Secretary", body)])]

    def page(c, d):
        c.saveState()
        c.setFont(F, 9)
        c.drawString(1 * inch, 0.55 * inch, "ATWD Board Minutes – 03/04/2025")
        c.drawRightString(7.5 * inch, 0.55 * inch, f"Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=LETTER, leftMargin=1 * inch, rightMargin=1 * inch,
                            topMargin=0.8 * inch, bottomMargin=0.9 * inch, title="ATWD Board Minutes")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
