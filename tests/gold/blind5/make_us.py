"""Doc 4: US county board of supervisors regular meeting minutes."""
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, KeepTogether)
from reportlab.lib.pagesizes import letter
from reportlab.lib import colors
from reportlab.lib.units import inch
from common import styles

W, H = letter


def build(path):
    S = styles("Serif", 11)
    P = lambda t, st="body": Paragraph(t, S[st])

    def page(c, d):
        c.saveState()
        c.setFont("Serif-I", 9)
        c.drawString(1 * inch, 0.55 * inch, "Calvera County Board of Supervisors – Minutes – August 6, 2024")
        c.drawRightString(W - 1 * inch, 0.55 * inch, f"Page {d.page} of 3")
        c.setFont("Serif", 8)
        c.drawString(1 * inch, 0.4 * inch, "Minute Book 47")
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=letter, title="Board of Supervisors Minutes August 6, 2024",
                          author="Clerk of the Board, County of Calvera")
    doc.addPageTemplates([PageTemplate("p", [Frame(1 * inch, 0.8 * inch, W - 2 * inch, H - 1.6 * inch)], onPage=page)])

    def vote(ayes, nays, abst, absent, result):
        t = Table([["AYES:", ayes], ["NAYS:", nays], ["ABSTAIN:", abst], ["ABSENT:", absent]], colWidths=[0.9 * inch, 4.6 * inch])
        t.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Serif-B", 10), ("FONT", (1, 0), (1, -1), "Serif", 10),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return KeepTogether([Table([[t]], colWidths=[5.6 * inch], style=[("LEFTPADDING", (0, 0), (-1, -1), 36)]),
                             P(f"<b>{result}</b>", "body")])

    h = lambda t: P(f"<b><u>{t}</u></b>", "h3")
    title = [P("<b>CALVERA COUNTY BOARD OF SUPERVISORS</b>", "center"),
             P("<b>MINUTES OF REGULAR MEETING</b>", "center"),
             P("Tuesday, August 6, 2024 – 9:00 a.m.<br/>Board Chambers, County Administration Center<br/>1100 Sutter Avenue, San Reyes, California", "center"),
             Spacer(1, 4)]
    board = Table([[P("<b>BOARD MEMBERS</b>", "small"), ""],
                   [P("Eileen Park, Vice Chair – District 1", "small"), P("Dana Whitcomb – District 2", "small")],
                   [P("Raymond Tillman, Chair – District 3", "small"), P("Luis Arredondo – District 4", "small")],
                   [P("Margaret Ostrowski – District 5", "small"), ""]], colWidths=[3.2 * inch, 3.2 * inch])
    board.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (0, 0), (1, 0))]))
    st = title + [board, Spacer(1, 8),
        h("1. CALL TO ORDER"),
        P("Chair Tillman called the regular meeting of the Calvera County Board of Supervisors to order at 9:00 a.m."),
        h("2. ROLL CALL"),
        P("<b>Present:</b> Supervisors Whitcomb, Arredondo, Ostrowski, Vice Chair Park and Chair Tillman<br/><b>Absent:</b> None"),
        P("<b>Also Present:</b> Karen Lindqvist, County Administrative Officer; Michael Duarte, County Counsel; Rosa Villanueva, Clerk of the Board"),
        h("3. PLEDGE OF ALLEGIANCE"),
        P("Supervisor Arredondo led the Pledge of Allegiance."),
        h("4. APPROVAL OF AGENDA"),
        P("Motion by Supervisor Whitcomb, seconded by Vice Chair Park, to approve the agenda as posted."),
        P("<b>Motion carried unanimously (5-0).</b>"),
        h("5. PUBLIC COMMENT ON NON-AGENDA ITEMS"),
        P("Jim Hollis, Pine Flat, spoke about response times of the Pine Flat Volunteer Fire Department. Carla Nuñez, Calvera Valley Farm Bureau, spoke about rural road maintenance."),
        h("6. CONSENT AGENDA"),
        P("(a) Approve the minutes of the July 23, 2024 regular meeting.", "ind"),
        P("(b) Approve Agreement No. 24-0412 with Sierra Foothills Behavioral Health, Inc. for crisis stabilization services for the period July 1, 2024 through June 30, 2027, in an amount not to exceed $1,245,000.", "ind"),
        P("(c) Adopt RESOLUTION NO. 2024-86 proclaiming August 6, 2024 as National Night Out in Calvera County.", "ind"),
        P("(d) Accept the Calvera County Sheriff's Office Quarterly Report for April – June 2024.", "ind"),
        P("(e) Approve Budget Transfer No. 25-003 moving $75,000 from Contingencies to the Probation Department for FY 2024-25 electronic monitoring costs.", "ind"),
        P("(f) Authorize the Director of Public Works to execute a cooperative agreement with the California Department of Transportation (Caltrans) for the State Route 49 / Oak Flat Road intersection project.", "ind"),
        P("Supervisor Ostrowski requested that Item 6(d) be pulled for separate discussion."),
        P("Motion by Supervisor Arredondo, seconded by Supervisor Whitcomb, to approve Consent Agenda Items 6(a) through 6(f), excluding Item 6(d)."),
        vote("Whitcomb, Arredondo, Ostrowski, Park, Tillman", "None", "None", "None", "Motion carried 5-0."),
        P("<i>Item 6(d):</i> Undersheriff Tom Becerra answered questions about patrol staffing vacancies. Motion by Supervisor Ostrowski, seconded by Chair Tillman, to accept the Sheriff's Office Quarterly Report and direct staff to return with a patrol staffing and recruitment plan on September 17, 2024."),
        vote("Whitcomb, Arredondo, Ostrowski, Park, Tillman", "None", "None", "None", "Motion carried 5-0."),
        h("7. PUBLIC HEARING – ORDINANCE NO. 2024-17 – SHORT-TERM RENTAL PERMITS"),
        P("Planning Director Anita Shah presented the staff report. Chair Tillman opened the public hearing at 9:42 a.m. Three members of the public spoke: two in support and one opposed. Chair Tillman closed the public hearing at 10:05 a.m."),
        P("Motion by Supervisor Arredondo, seconded by Vice Chair Park, to waive the second reading and adopt ORDINANCE NO. 2024-17, An Ordinance of the Board of Supervisors of the County of Calvera Amending Chapter 9.24 of the Calvera County Code Relating to Short-Term Rental Permits."),
        vote("Arredondo, Park, Whitcomb, Tillman", "Ostrowski", "None", "None", "Motion carried 4-1."),
        P("Ordinance No. 2024-17 shall take effect on September 5, 2024, thirty days after adoption."),
        h("8. RESOLUTION NO. 2024-87 – COMMUNITY CORRECTIONS PARTNERSHIP PLAN FY 2024-25"),
        P("Chief Probation Officer Denise Holloway presented the Community Corrections Partnership (CCP) Plan for FY 2024-25, which was approved by the CCP Executive Committee on July 11, 2024. Supervisor Ostrowski stated that she would abstain because a member of her household is employed by the Probation Department."),
        P("Motion by Vice Chair Park, seconded by Supervisor Whitcomb, to adopt RESOLUTION NO. 2024-87 approving the Calvera County Community Corrections Partnership Plan for Fiscal Year 2024-25 and directing the Chief Probation Officer to submit the Plan to the Board of State and Community Corrections (BSCC) by October 1, 2024."),
        vote("Park, Whitcomb, Arredondo, Tillman", "None", "Ostrowski", "None", "Motion carried 4-0-1."),
        h("9. BOARD MEMBER AND CAO REPORTS"),
        P("Supervisor Whitcomb reported on the Calvera County Fire Safe Council meeting of July 30, 2024. CAO Lindqvist reported that the FY 2024-25 Recommended Budget hearings will begin on September 10, 2024. No action was taken."),
        h("10. CLOSED SESSION"),
        P("The Board adjourned to closed session at 11:02 a.m. to confer with labor negotiators pursuant to Government Code Section 54957.6 (Employee Organization: Calvera County Deputy Sheriffs' Association) and reconvened in open session at 11:45 a.m. County Counsel Duarte reported that there was no reportable action."),
        h("11. ADJOURNMENT"),
        P("There being no further business, Chair Tillman adjourned the meeting at 11:48 a.m. in memory of former Supervisor Harold Jessup. The next regular meeting of the Board of Supervisors will be held on Tuesday, August 20, 2024 at 9:00 a.m."),
        Spacer(1, 20),
        Table([[P("ATTEST:<br/><br/>______________________________<br/>Rosa Villanueva<br/>Clerk of the Board", "tight"),
                P("APPROVED:<br/><br/>______________________________<br/>Raymond Tillman<br/>Chair, Board of Supervisors", "tight")]], colWidths=[3.2 * inch, 3.2 * inch]),
        ]
    doc.build(st)
