"""US school district board of education minutes: consent agenda with decimal sub-items, item pulled for
separate action, AYES/NOES roll-call votes, LCAP goals, approved stamp, hanging-indent numbering in a
number column, running page header."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, style

STEM = "blind11-us-marlow-creek-usd-board-of-education-minutes-2024-03-12"


def build():
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    body = style("b", F, 11, 13.5, spaceAfter=4)
    bold = style("bb", FB, 11, 13.5)
    vote = style("v", FI, 10.5, 13, spaceAfter=5)
    s = []
    stamp = Table([[Paragraph("<b>APPROVED</b><br/>April 9, 2024", style("st", FB, 9, 11, alignment=1, textColor=colors.HexColor("#9c1c1c")))]],
                  colWidths=[1.3 * inch])
    stamp.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#9c1c1c"))]))
    top = Table([[Paragraph("MARLOW CREEK UNIFIED SCHOOL DISTRICT<br/>BOARD OF EDUCATION", style("t", FB, 14, 17)), stamp]],
                colWidths=[5.2 * inch, 1.3 * inch])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [top, Spacer(1, 4),
          Paragraph("MINUTES – REGULAR MEETING<br/>Tuesday, March 12, 2024 – 6:00 p.m.<br/>District Office Board Room, "
                    "2250 Sycamore Avenue, Marlow Creek, CA", style("t2", F, 11, 14)),
          Spacer(1, 8)]
    roll = [["Trustees Present:", "Linda Okafor, President; Mark Dellinger, Vice President; Rosa Jimenez-Hart, Clerk; "
                                   "Brian Castellanos, Member; Helen Wu, Member (arrived 6:14 p.m.)"],
            ["Student Board Member:", "Aiden Park (preferential vote)"],
            ["Trustees Absent:", "None"],
            ["Staff Present:", "Dr. Carmen Velasquez, Superintendent; Todd Ellsworth, Assistant Superintendent, "
                               "Business Services; Dr. Naomi Fischer, Assistant Superintendent, Educational Services; "
                               "Gloria Reyes, Executive Assistant (Recording Secretary)"]]
    t = Table([[Paragraph(a, bold), Paragraph(b, body)] for a, b in roll], colWidths=[1.7 * inch, 4.8 * inch])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s += [t, Spacer(1, 6)]

    def row(num, head, paras, sub=False):
        cells = [Paragraph(f"<b>{head}</b>" if not sub else f"<u>{head}</u>", body)] + paras
        t = Table([[Paragraph(f"<b>{num}</b>" if not sub else num, body), cells]],
                  colWidths=[0.55 * inch if not sub else 0.9 * inch, 5.95 * inch if not sub else 5.6 * inch])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("LEFTPADDING", (0, 0), (0, 0), 0 if not sub else 0.35 * inch)]))
        s.append(t)

    P = lambda x, st=body: Paragraph(x, st)
    row("1.0", "CALL TO ORDER", [P("President Okafor called the meeting to order at 6:02 p.m.")])
    row("2.0", "REPORT OUT OF CLOSED SESSION", [P("President Okafor reported that the Board met in closed session "
        "from 5:00 p.m. to 5:55 p.m. regarding public employee performance evaluation and took no reportable action.")])
    row("3.0", "PLEDGE OF ALLEGIANCE", [P("Student Board Member Park led the Pledge of Allegiance.")])
    row("4.0", "APPROVAL OF AGENDA", [
        P("Moved by Trustee Castellanos, seconded by Clerk Jimenez-Hart, to approve the agenda as presented. Motion carried 4-0."),
        P("AYES: Castellanos, Dellinger, Jimenez-Hart, Okafor; NOES: None; ABSENT: Wu", vote)])
    row("5.0", "PUBLIC COMMENT ON NON-AGENDA ITEMS", [
        P("Two speakers addressed the Board: Janelle Brooks, President of the Marlow Creek Teachers Association (MCTA), "
          "on class sizes at the middle school, and a parent on crossing guard coverage at Alder Elementary School.")])
    row("6.0", "CONSENT AGENDA", [
        P("All matters listed under the consent agenda are considered routine and are acted on by a single motion. "
          "Trustee Wu requested that item 6.5 be pulled for separate discussion."),
        P("Moved by Trustee Dellinger, seconded by Trustee Wu, to approve Consent Agenda items 6.1 through 6.4 and 6.6 "
          "as presented. Motion carried 5-0."),
        P("AYES: Castellanos, Dellinger, Jimenez-Hart, Okafor, Wu; NOES: None; Student preferential vote: Aye", vote)])
    row("6.1", "Approval of Minutes of the February 27, 2024 Regular Meeting", [], sub=True)
    row("6.2", "Ratification of Warrants for February 2024", [], sub=True)
    row("6.3", "Personnel Report No. 14 (Certificated and Classified)", [], sub=True)
    row("6.4", "Acceptance of Donations", [], sub=True)
    row("6.5", "Approval of Overnight Field Trip: Marlow Creek High School Robotics Team to Houston, Texas, "
               "April 17–21, 2024", [
        P("Trustee Wu asked how students would be supervised and how costs would be covered for families. Dr. Fischer "
          "confirmed a 1:8 chaperone ratio and that the Marlow Creek Education Foundation will fund travel for "
          "qualifying students."),
        P("Moved by Trustee Wu, seconded by Trustee Castellanos, to approve the overnight field trip as presented. "
          "Motion carried 5-0."),
        P("AYES: Castellanos, Dellinger, Jimenez-Hart, Okafor, Wu; NOES: None", vote)], sub=True)
    row("6.6", "Approval of Memorandum of Understanding with the Sequoia County Office of Education for Special "
               "Education Transportation, 2024-25", [], sub=True)
    row("7.0", "REPORTS", [])
    row("7.1", "Superintendent’s Report", [
        P("Dr. Velasquez reported that enrollment at census day was 8,412 and that the Measure K bond oversight "
          "committee will meet on March 28, 2024.")], sub=True)
    row("7.2", "Student Board Member Report", [
        P("Student Board Member Park reported on Spirit Week and the Marlow Creek High School mock trial team.")], sub=True)
    row("8.0", "ACTION ITEMS", [])
    row("8.1", "Resolution No. 23-24-31: Second Interim Financial Report, 2023-24", [
        P("Mr. Ellsworth presented the report, which projects the District will meet its financial obligations for "
          "the current and two subsequent fiscal years."),
        P("Moved by Clerk Jimenez-Hart, seconded by Trustee Dellinger, to adopt Resolution No. 23-24-31 approving a "
          "positive certification of the Second Interim Financial Report for 2023-24. Motion carried 5-0."),
        P("AYES: Castellanos, Dellinger, Jimenez-Hart, Okafor, Wu; NOES: None", vote)], sub=True)
    row("8.2", "Adoption of Local Control and Accountability Plan (LCAP) Goals for 2024-2027", [
        P("Dr. Fischer presented the three proposed LCAP goals, developed with the District English Learner Advisory "
          "Committee and the LCAP Parent Advisory Committee:"),
        P("Goal 1: All students will read and write at grade level by the end of third grade."),
        P("Goal 2: All students will graduate college and career ready."),
        P("Goal 3: Every school will provide a safe, welcoming and inclusive learning environment."),
        P("Vice President Dellinger stated that he could not support Goal 2 without a measurable CTE completion target."),
        P("Moved by Trustee Castellanos, seconded by President Okafor, to adopt the LCAP Goals for 2024-2027 as "
          "presented. Motion carried 4-1."),
        P("AYES: Castellanos, Jimenez-Hart, Okafor, Wu; NOES: Dellinger", vote),
        P("The full LCAP will come to the Board for a public hearing on June 11, 2024 and must be submitted to the "
          "Sequoia County Office of Education by July 1, 2024.")], sub=True)
    row("8.3", "Award of Contract to Brightline Facilities Group, Inc. for HVAC Replacement at Alder Elementary "
               "School ($1,248,600)", [
        P("Moved by Vice President Dellinger, seconded by Trustee Wu, to award Bid No. 24-03 to Brightline Facilities "
          "Group, Inc., the lowest responsive bidder, in the amount of $1,248,600, funded by Measure K. Motion carried 5-0."),
        P("AYES: Castellanos, Dellinger, Jimenez-Hart, Okafor, Wu; NOES: None", vote)], sub=True)
    row("8.4", "First Reading: Board Policy 5131.2 – Bullying", [
        P("The Board reviewed the revised policy. No action was taken. Staff were directed to bring the policy back "
          "for a second reading and adoption at the April 9, 2024 meeting.")], sub=True)
    row("9.0", "BOARD MEMBER REPORTS AND REQUESTS FOR FUTURE AGENDA ITEMS", [
        P("Trustee Castellanos requested a report on chronic absenteeism by school site at a future meeting."),
        P("Clerk Jimenez-Hart requested that staff present the 2024 summer school schedule at the April 9, 2024 meeting.")])
    row("10.0", "ADJOURNMENT", [
        P("There being no further business, President Okafor adjourned the meeting at 8:47 p.m. The next regular "
          "meeting of the Board of Education will be held on Tuesday, April 9, 2024 at 6:00 p.m.")])
    s += [Spacer(1, 18), P("______________________________&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;______________________________"),
          P("Rosa Jimenez-Hart, Clerk&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Dr. Carmen Velasquez, Secretary to the Board")]

    def page(c, d):
        c.saveState()
        c.setFont(FI, 9)
        if d.page > 1:
            c.drawString(1 * inch, 10.45 * inch, "MCUSD Board of Education – Regular Meeting Minutes – March 12, 2024")
            c.drawRightString(7.5 * inch, 10.45 * inch, f"Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=letter, leftMargin=1 * inch, rightMargin=1 * inch,
                            topMargin=0.75 * inch, bottomMargin=0.8 * inch, title="Regular Meeting Minutes March 12, 2024")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
