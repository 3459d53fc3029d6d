"""English NHS integrated care board (fictional ICB) public board minutes: A4, Helvetica, NHS lozenge top right,
ruled attendance table Name | Title | Organisation with spanning section rows (Members / Participants /
In attendance / Apologies), items numbered "ICB 25/041" in a hanging left column, bold "The Board APPROVED /
NOTED ..." decisions, "ACTION:" lines, an action log table (Ref | Action | Owner | Due | Status) at the end
that repeats the actions with dd/mm/yyyy or month due dates and carries one forward from January."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, count_pages, style

STEM = "blind20-uk-hexmoor-dunsley-icb-board-meeting-in-public-minutes-2025-03-27"
NHSBLUE = colors.HexColor("#005eb8")
DARK = colors.HexColor("#003087")
W = 174 * mm
IND = 26 * mm


def story():
    F, FB = "Helvetica", "Helvetica-Bold"
    body = style("b", F, 9.5, 12.5, spaceAfter=4, leftIndent=IND)
    dec = style("d", FB, 9.5, 12.5, spaceAfter=4, leftIndent=IND)
    act = style("a", FB, 9.5, 12.5, spaceAfter=5, leftIndent=IND, textColor=DARK)
    bl = style("bl", F, 9.5, 12.5, leftIndent=IND + 6 * mm, bulletIndent=IND + 1 * mm, spaceAfter=1)
    cell = style("c", F, 8.5, 10.5)
    cellb = style("cb", FB, 8.5, 10.5)
    cellw = style("cw", FB, 8.5, 10.5, textColor=colors.white)
    s = []

    def P(x, st=body):
        s.append(Paragraph(x, st))

    def H(ref, title):
        t = Table([[Paragraph(ref, style("hr", FB, 10, 13, textColor=NHSBLUE)), Paragraph(title, style("ht", FB, 10, 13))]],
                  colWidths=[IND, W - IND])
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        s.append(t)

    P("Minutes of the Meeting of the Board held in Public", style("t", FB, 15, 19, textColor=DARK, spaceAfter=3))
    P("Thursday 27 March 2025, 10:00 – 13:15<br/>Boardroom, Wolsey House, 2 Canal Street, Dunsley",
      style("st", F, 10, 13.5, spaceAfter=8))
    ICB = "NHS Hexmoor and Dunsley ICB"
    sections = [
        ("Members", [
            ("Dame Patricia Olowe", "Chair", ICB),
            ("Andrew Keswick", "Chief Executive", ICB),
            ("Dr Rehana Malik", "Chief Medical Officer", ICB),
            ("Susan Pargeter", "Chief Nursing Officer", ICB),
            ("Gareth Ellison", "Chief Finance Officer", ICB),
            ("Professor Mark Thursby", "Non-Executive Member", ICB),
            ("Yvonne Achebe", "Non-Executive Member and Chair of the Audit Committee", ICB),
            ("Cllr Denise Harland", "Partner Member – Local Authorities", "Dunsley Metropolitan Borough Council"),
            ("Dr Omar Farooq (via MS Teams)", "Partner Member – Primary Medical Services", "Brookfold Medical Practice"),
            ("Helen Crabtree", "Partner Member – NHS Trusts and Foundation Trusts",
             "Hexmoor Teaching Hospitals NHS Foundation Trust")]),
        ("Participants", [
            ("Dr Ian Gowrie", "Director of Public Health", "Hexmoor County Council"),
            ("Jo Whitlam", "Chief Executive", "Healthwatch Dunsley"),
            ("Marcia Obi", "Chair", "Hexmoor and Dunsley VCSE Alliance")]),
        ("In attendance", [
            ("Lucy Brennan", "Director of Corporate Governance and Board Secretary", ICB),
            ("Kamal Hussain", "Director of Strategy and Transformation", ICB),
            ("Nadia Petrov", "Director of Primary Care (for item ICB 25/047)", ICB),
            ("Rachel Onions", "Corporate Governance Officer (minutes)", ICB)]),
        ("Apologies", [
            ("Michael Stannard", "Non-Executive Member", ICB),
            ("Cllr Peter Vause", "Partner Member – Local Authorities", "Hexmoor County Council")]),
    ]
    data = [[Paragraph("Name", cellw), Paragraph("Title", cellw), Paragraph("Organisation", cellw)]]
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a9bb0")), ("BACKGROUND", (0, 0), (-1, 0), NHSBLUE),
          ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for sec, people in sections:
        st += [("SPAN", (0, len(data)), (-1, len(data))),
               ("BACKGROUND", (0, len(data)), (-1, len(data)), colors.HexColor("#e8edee"))]
        data.append([Paragraph(sec, cellb), "", ""])
        for p in people:
            data.append([Paragraph(x, cell) for x in p])
    t = Table(data, colWidths=[48 * mm, 68 * mm, 58 * mm], repeatRows=1)
    t.setStyle(TableStyle(st))
    s += [t, Spacer(1, 6)]

    H("ICB 25/041", "Welcome, introductions and apologies for absence")
    P("The Chair welcomed members, participants and members of the public, including Marcia Obi, attending her first "
      "meeting as the participant for the voluntary, community and social enterprise sector. Apologies were noted as "
      "above. The meeting was quorate.")
    H("ICB 25/042", "Declarations of interest")
    P("Dr Omar Farooq declared an interest in item ICB 25/047 as a GP partner at Brookfold Medical Practice, which "
      "hosts an NHS dental practice. The Chair ruled that Dr Farooq could take part in the discussion but not in the "
      "decision.")
    P("The Board NOTED the declaration and the Chair’s ruling.", dec)
    H("ICB 25/043", "Minutes of the previous meeting held on 30 January 2025")
    P("The Board APPROVED the minutes of the meeting held on 30 January 2025 as an accurate record.", dec)
    H("ICB 25/044", "Action log and matters arising")
    P("Actions ICB 24/118 (winter communications evaluation) and ICB 25/009 (Healthwatch Dunsley contract extension) "
      "were reported as complete. Action ICB 25/012 remains open and is on track.")
    P("The Board NOTED the action log and AGREED to close actions ICB 24/118 and ICB 25/009.", dec)
    H("ICB 25/045", "Questions from members of the public")
    P("Two questions had been received in advance, about the future of the Mill Lane walk-in centre and about "
      "waiting times for adult ADHD assessment. Andrew Keswick responded at the meeting.")
    P("ACTION: Lucy Brennan to publish the written responses to both questions on the ICB website.", act)
    H("ICB 25/046", "Chair’s and Chief Executive’s report")
    P("Andrew Keswick reported on the national announcement of 13 March 2025 that integrated care boards would be "
      "required to reduce their running costs by around 50%, and on the support being offered to staff. Jo Whitlam "
      "asked that Healthwatch Dunsley be involved in any review of engagement functions.")
    P("The Board NOTED the report.", dec)
    P("ACTION: Andrew Keswick to bring a paper setting out the ICB’s response to the running cost reduction to the "
      "next meeting of the Board.", act)
    H("ICB 25/047", "Dental Access Plan 2025/26")
    P("Nadia Petrov presented the plan, which would fund 14,600 additional urgent dental care sessions and a "
      "targeted oral health programme for children in the 20% most deprived neighbourhoods. Dr Farooq took no part in "
      "the decision.")
    P("The Board APPROVED the Dental Access Plan 2025/26, including investment of £2.1m in urgent dental care sessions.",
      dec)
    P("ACTION: Nadia Petrov to bring a six-month review of the urgent dental care sessions to the Primary Care "
      "Commissioning Committee.", act)
    H("ICB 25/048", "Draft Operational Plan and Financial Plan 2025/26, including the system capital plan and the "
                    "efficiency programme")
    P("Gareth Ellison presented the draft plans. The system is planning a deficit of £14.6m after an efficiency "
      "programme of £96m (4.8%). Kamal Hussain explained that the plan is built around the ICB’s four priorities for "
      "2025/26:")
    for x in ["Reduce the time people wait for planned care",
              "Improve urgent and emergency care flow and ambulance handover times",
              "Make it easier to get a GP or dental appointment",
              "Shift resources into prevention, starting with cardiovascular disease"]:
        s.append(Paragraph(x, bl, bulletText="•"))
    s.append(Spacer(1, 4))
    P("Helen Crabtree noted that the elective activity plan relied on the new Hexmoor surgical hub opening on time in "
      "September 2025.")
    P("The Board APPROVED the draft Operational Plan 2025/26 for submission to NHS England on 30 April 2025 and "
      "delegated final sign-off to the Chair and the Chief Executive.", dec)
    P("The Board NOTED the planned system deficit of £14.6m and the associated risks.", dec)
    P("ACTION: Gareth Ellison to circulate the final submitted Operational Plan 2025/26 to Board members.", act)
    H("ICB 25/049", "Integrated Performance Report – Month 10")
    P("Susan Pargeter and Dr Rehana Malik presented the report. Four-hour A&amp;E performance was 71.2% against the "
      "March 2025 target of 78%, and ambulance handovers over 45 minutes had risen.")
    P("The Board NOTED the Integrated Performance Report and the actions being taken to recover four-hour A&amp;E "
      "performance.", dec)
    P("ACTION: Susan Pargeter to present a deep dive on ambulance handover delays at the next meeting.", act)
    H("ICB 25/050", "Board Assurance Framework")
    P("Lucy Brennan presented the Board Assurance Framework. Members discussed whether the controls for BAF4 "
      "(financial sustainability) reflected the new running cost requirement.")
    P("The Board APPROVED the updated Board Assurance Framework, including the increase in the score of risk BAF4 "
      "from 16 to 20.", dec)
    P("ACTION: Lucy Brennan to revise the wording and controls of BAF4.", act)
    H("ICB 25/051", "Joint Forward Plan 2025–2030 refresh")
    P("Kamal Hussain presented the refreshed Joint Forward Plan, which had been shared with both health and wellbeing "
      "boards.")
    P("The Board APPROVED the refreshed Joint Forward Plan 2025–2030 for publication, subject to endorsement by the "
      "Hexmoor Health and Wellbeing Board and the Dunsley Health and Wellbeing Board.", dec)
    H("ICB 25/052", "Reports from Board committees")
    P("The Board received assurance reports from the Audit Committee (Yvonne Achebe), the Quality Committee "
      "(Professor Mark Thursby), the Finance and Performance Committee and the Primary Care Commissioning Committee.")
    P("The Board NOTED the committee assurance reports.", dec)
    H("ICB 25/053", "Any other business and date of next meeting")
    P("There was no other business. The next meeting of the Board in public will be held on Thursday 29 May 2025 at "
      "10:00 at Hexmoor Civic Centre. The meeting closed at 13:15.")

    s.append(Spacer(1, 10))
    s.append(Paragraph("Action log – Board meeting in public", style("al", FB, 12, 15, textColor=DARK, spaceAfter=4)))
    log = [["Ref", "Action", "Owner", "Due", "Status"],
           ["ICB 25/012", "Report on progress with the Dunsley community diagnostic centre, including MRI capacity",
            "Kamal Hussain", "May 2025", "Open – on track"],
           ["ICB 25/045", "Publish written responses to public questions on the ICB website", "Lucy Brennan",
            "25/04/2025", "New"],
           ["ICB 25/046", "Paper on the ICB’s response to the running cost reduction", "Andrew Keswick",
            "29/05/2025", "New"],
           ["ICB 25/047", "Six-month review of urgent dental care sessions to the Primary Care Commissioning Committee",
            "Nadia Petrov", "October 2025", "New"],
           ["ICB 25/048", "Circulate the final submitted Operational Plan 2025/26 to Board members", "Gareth Ellison",
            "02/05/2025", "New"],
           ["ICB 25/049", "Deep dive on ambulance handover delays", "Susan Pargeter", "29/05/2025", "New"],
           ["ICB 25/050", "Revise the wording and controls of BAF4", "Lucy Brennan", "29/05/2025", "New"]]
    t = Table([[Paragraph(c, cellw if i == 0 else cell) for c in r] for i, r in enumerate(log)],
              colWidths=[22 * mm, 82 * mm, 28 * mm, 20 * mm, 22 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a9bb0")),
                           ("BACKGROUND", (0, 0), (-1, 0), NHSBLUE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(Paragraph("Closed actions have been removed from the log.", style("n", "Helvetica-Oblique", 8, 10,
                                                                               spaceBefore=3)))
    return s


def build():
    def page(c, d, total):
        c.saveState()
        if d.page == 1:
            c.setFillColor(NHSBLUE)
            c.rect(166 * mm, 272 * mm, 26 * mm, 11 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-BoldOblique", 19)
            c.drawCentredString(179 * mm, 274.5 * mm, "NHS")
            c.setFillColor(NHSBLUE)
            c.setFont("Helvetica-Bold", 10.5)
            c.drawRightString(192 * mm, 266 * mm, "Hexmoor and Dunsley")
            c.setFont("Helvetica", 10.5)
            c.drawRightString(192 * mm, 261.5 * mm, "Integrated Care Board")
        else:
            c.setFont("Helvetica", 7.5)
            c.setFillColor(colors.grey)
            c.drawRightString(192 * mm, 287 * mm, "NHS Hexmoor and Dunsley Integrated Care Board")
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.grey)
        c.drawString(18 * mm, 10 * mm, "ICB Board meeting in public – 27 March 2025 – minutes (approved 29 May 2025)")
        c.drawRightString(192 * mm, 10 * mm, f"Page {d.page} of {total}")
        c.restoreState()

    def make(total):
        doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                topMargin=18 * mm, bottomMargin=18 * mm,
                                title="NHS Hexmoor and Dunsley ICB Board minutes 27 March 2025")

        def first(c, d):
            page(c, d, total)

        def later(c, d):
            page(c, d, total)
        doc.build(story(), onFirstPage=first, onLaterPages=later)

    count_pages(make)


if __name__ == "__main__":
    build()
