"""Health and wellbeing board minutes: two-column member grid with organisations, ruled action log at end."""
from reportlab.lib import colors
from reportlab.platypus import Spacer, Table, TableStyle
from lib import PDF, build_doc, P, style

STEM = "blind18-uk-marshfleet-health-and-wellbeing-board-minutes-2024-07-09"
TEAL = colors.HexColor("#00626b")


def build():
    F = "DejaVuSans"
    t = style("t", F + "-Bold", 15, 19, textColor=TEAL, spaceAfter=2)
    t2 = style("t2", F, 10, 13, spaceAfter=8)
    body = style("b", F, 9, 12, spaceAfter=5)
    cell = style("c", F, 8, 10)
    cellb = style("cb", F + "-Bold", 8, 10, textColor=colors.white)
    h = style("h", F + "-Bold", 10, 13, textColor=TEAL, spaceBefore=8, spaceAfter=3)
    res = style("r", F + "-Bold", 9, 12, spaceAfter=5, leftIndent=14)
    act = style("a", F + "-Bold", 9, 12, spaceAfter=5, textColor=colors.HexColor("#8a1538"))
    s = [P("Marshfleet Health and Wellbeing Board", t),
         P("Minutes of the meeting held on Tuesday 9 July 2024, 2.00pm \u2013 4.15pm, "
           "Meeting Room 4, Marshfleet Town Hall, Quayside, Marshfleet", t2),
         P("<b>Members present</b>", body)]
    members = [
        ("Cllr Joanne Pryce (Chair)", "Marshfleet Borough Council \u2013 Cabinet Member for Adult Social Care and Health"),
        ("Dr Amit Chaudhry (Vice-Chair)", "Sandmere and Marshfleet Integrated Care Board"),
        ("Cllr Owen Talbot", "Marshfleet Borough Council \u2013 Cabinet Member for Children and Families"),
        ("Helen Rourke", "Director of Public Health, Marshfleet Borough Council"),
        ("Mark Devereux", "Director of Adult Social Services, Marshfleet Borough Council"),
        ("Sarah Okonjo", "Director of Children's Services, Marshfleet Borough Council"),
        ("Peter Lyle", "Healthwatch Marshfleet"),
        ("Ch Supt Dawn Acheson", "Estuary Police"),
        ("Farida Begum", "Marshfleet Voluntary Action"),
        ("Neil Garside (for Karen Whitby)", "Sandmere Community Health NHS Trust"),
    ]
    grid = []
    for i in range(0, len(members), 2):
        row = []
        for n, o in members[i:i + 2]:
            row += [P(n, style("n", F + "-Bold", 8, 10)), P(o, cell)]
        grid.append(row)
    g = Table(grid, colWidths=[95, 140, 95, 140])
    g.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef6f6"))]))
    s += [g, Spacer(1, 5),
          P("<b>In attendance:</b> Tom Brierley (Health and Wellbeing Board Manager), Gemma Holt (Consultant in "
            "Public Health), Rachel Ince (Democratic Services Officer)", body),
          P("<b>Apologies:</b> Karen Whitby (Sandmere Community Health NHS Trust), Cllr Lisa Moran "
            "(Marshfleet Borough Council), Jon Pascoe (Estuary Fire and Rescue Service)", body)]
    s += [P("1. Welcome, introductions and apologies", h),
          P("The Chair welcomed members, in particular Ch Supt Dawn Acheson attending her first meeting. "
            "Apologies were noted as above.", body),
          P("2. Declarations of interest", h),
          P("None.", body),
          P("3. Minutes of the previous meeting and action log", h),
          P("The minutes of the meeting held on 16 April 2024 were agreed as an accurate record. The Board "
            "reviewed the action log (see end of these minutes); HWB-24-04 is complete.", body),
          P("4. Joint Local Health and Wellbeing Strategy 2024\u20132029: annual delivery report", h),
          P("Helen Rourke presented the first annual report. Of 22 delivery milestones, 15 were on track, 5 were "
            "delayed and 2 had not started. Smoking prevalence had fallen to 13.8% but childhood obesity at Year 6 "
            "remained above the England average. Members discussed the delay to the healthy weight pathway, which "
            "was linked to recruitment of dietitians by the Sandmere Community Health NHS Trust.", body),
          P("Farida Begum asked that the voluntary sector be represented on the delivery group for the healthy "
            "weight pathway.", body),
          P("RESOLVED: That the Board (a) notes the annual delivery report; and (b) agrees that a revised "
            "trajectory for the healthy weight pathway be brought to the October 2024 meeting.", res),
          P("ACTION: Gemma Holt to bring a revised healthy weight pathway trajectory, including voluntary sector "
            "representation on the delivery group, to the Board on 15 October 2024.", act),
          P("5. Better Care Fund 2024\u201325 plan and Q4 2023\u201324 return", h),
          P("Mark Devereux presented the Better Care Fund plan, which had been submitted to NHS England on 10 June "
            "2024 under delegated authority from the Chair. Total pooled budget for 2024\u201325 is \u00a324.6m. "
            "The Q4 return showed that the avoidable admissions metric had been met but the discharge to usual "
            "place of residence target had been missed.", body),
          P("RESOLVED: That the Board retrospectively approves the Better Care Fund 2024\u201325 plan and the "
            "Q4 2023\u201324 return as submitted.", res),
          P("ACTION: Mark Devereux and Dr Amit Chaudhry to provide a joint briefing on discharge performance to "
            "Board members by 31 August 2024.", act),
          P("6. Pharmaceutical Needs Assessment 2025: approach", h),
          P("Gemma Holt explained that the Board has a statutory duty to publish a Pharmaceutical Needs "
            "Assessment (PNA) by 1 October 2025. A steering group would be established with the Local "
            "Pharmaceutical Committee and the ICB. The 60-day public consultation is planned for spring 2025.", body),
          P("RESOLVED: That the Board approves the proposed approach and timetable for the PNA 2025 and "
            "delegates sign-off of the draft for consultation to the Director of Public Health.", res),
          P("7. Marshfleet Safeguarding Adults Board annual report 2023\u201324", h),
          P("The Board received the annual report for information. Members noted the increase in self-neglect "
            "referrals.", body),
          P("The report was noted.", res),
          P("8. Any other business and date of next meeting", h),
          P("Peter Lyle informed the Board that Healthwatch Marshfleet would publish its report on access to "
            "dentistry in September 2024. The next meeting will be held on Tuesday 15 October 2024 at 2.00pm.", body),
          Spacer(1, 8), P("Action log", h)]
    hdr = ["Ref", "Action", "Owner", "Due", "Status"]
    rows = [
        ["HWB-24-04", "Circulate final JLHWS outcomes framework to all partner boards", "Tom Brierley",
         "31 May 2024", "Complete"],
        ["HWB-24-06", "Report on uptake of the NHS Health Check programme in the three most deprived wards",
         "Gemma Holt", "15 Oct 2024", "Open"],
        ["HWB-24-07", "Agree data-sharing arrangements for the Family Hubs outcomes dashboard with Estuary Police",
         "Sarah Okonjo", "30 Sep 2024", "In progress"],
        ["HWB-24-09", "Revised healthy weight pathway trajectory to Board (incl. VCS representation)",
         "Gemma Holt", "15 Oct 2024", "New"],
        ["HWB-24-10", "Joint briefing to members on hospital discharge performance",
         "Mark Devereux / Dr Amit Chaudhry", "31 Aug 2024", "New"],
    ]
    data = [[P(x, cellb) for x in hdr]] + [[P(x, cell) for x in r] for r in rows]
    tb = Table(data, colWidths=[55, 210, 90, 55, 60], repeatRows=1)
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), TEAL),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(tb)

    def page(cv, d):
        cv.saveState()
        cv.setFillColor(TEAL)
        cv.rect(0, d.pagesize[1] - 18, d.pagesize[0], 18, stroke=0, fill=1)
        cv.setFillColor(colors.black)
        cv.setFont("DejaVuSans", 7)
        cv.drawString(55, 28, "Marshfleet Health and Wellbeing Board \u2013 9 July 2024 \u2013 Minutes (draft until "
                              "approved)")
        cv.drawRightString(d.pagesize[0] - 55, 28, f"{d.page}")
        cv.restoreState()
    build_doc(PDF / f"{STEM}.pdf", s, on_page=page, margins=(55, 55, 40, 50))


if __name__ == "__main__":
    build()
