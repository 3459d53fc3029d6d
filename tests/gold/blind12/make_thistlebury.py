"""(1) English town council, Full Council minutes: running minute references TC/24/nnn in a left margin
column, PRESENT/IN ATTENDANCE paragraphs, RESOLVED that ..., lettered sub-minutes, a recorded vote."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind12-uk-thistlebury-tc-full-council-minutes-2025-03-11"

F, FB = "LibSerif", "LibSerif-Bold"
TITLE = style("t", FB, 15, alignment=1, spaceAfter=2)
SUB = style("s", F, 11.5, alignment=1, leading=14)
BODY = style("b", F, 11, leading=13.6, spaceAfter=4)
HEAD = style("h", FB, 11, leading=13.6)
REF = style("r", FB, 11, leading=13.6)

MINUTES = [
    ("TC/24/141", "APOLOGIES FOR ABSENCE", [
        "Apologies were received from Cllr K. Ibbotson (work commitments) and Cllr W. Stanier (illness). "
        "It was proposed by Cllr Gwynne, seconded by Cllr Fairclough and <b>RESOLVED</b> that the reasons for "
        "absence be accepted and approved.",
        "No apologies were received from Cllr B. Norcott, who was absent.",
    ]),
    ("TC/24/142", "DECLARATIONS OF INTEREST AND DISPENSATIONS", [
        "Cllr Devereux declared a non-registerable interest in minute TC/24/149(b) as a trustee of the "
        "Thistlebury Community Association and left the room for that item. No requests for dispensations "
        "had been received.",
    ]),
    ("TC/24/143", "PUBLIC PARTICIPATION", [
        "The meeting was adjourned at 7.04pm. Two residents of Mill Lane raised concerns about heavy goods "
        "vehicles using the lane as a short cut to the Copse Lane industrial units, and a representative of "
        "Thistlebury in Bloom thanked the Council for its support in 2024. The Town Mayor thanked them for "
        "attending. <b>Clerk to forward the residents' concerns about HGV use of Mill Lane to Corvenshire "
        "County Council Highways.</b> The meeting was reconvened at 7.19pm.",
    ]),
    ("TC/24/144", "POLICE REPORT", [
        "PCSO Whitlock presented the monthly report of the Thistlebury Neighbourhood Policing Team: 23 crimes "
        "had been recorded in the parish in February, including four thefts from vehicles in the Station Road "
        "car park. Cllr Maddox arrived at 7.22pm. The report was noted. PCSO Whitlock left the meeting at 7.27pm.",
    ]),
    ("TC/24/145", "MINUTES OF PREVIOUS MEETINGS", [
        "(a) It was <b>RESOLVED</b> that the minutes of the Full Council meeting held on 11 February 2025 be "
        "approved as a correct record and signed by the Chair.",
        "(b) It was <b>RESOLVED</b> that the minutes of the Extraordinary Council meeting held on 25 February 2025 "
        "be approved as a correct record, subject to minute TC/24/139 being amended to read \u201cseven\u201d in "
        "place of \u201csix\u201d.",
    ]),
    ("TC/24/146", "REPORTS FROM COUNTY AND DISTRICT COUNCILLORS", [
        "County Councillor Aske reported that Corvenshire County Council had set its budget on 20 February 2025 "
        "and that the resurfacing of Station Road was programmed for June 2025. Cllr Quayle, as district "
        "councillor, reported that the Vale of Corven District Council Local Plan (Regulation 19) consultation "
        "would run from 3 March to 14 April 2025. The reports were noted.",
    ]),
    ("TC/24/147", "FINANCE", [
        "(a) <u>Schedule of payments.</u> Proposed by Cllr Gwynne, seconded by Cllr Okafor and <b>RESOLVED</b> "
        "that the schedule of payments for March 2025 totalling \u00a318,426.37, as circulated, be approved.",
        "(b) <u>Bank reconciliation.</u> The bank reconciliation to 28 February 2025 was received and was "
        "signed by Cllr Gwynne as the member responsible for financial checks.",
        "(c) <u>Internal audit.</u> <b>RESOLVED</b> that Fenwright Audit Services Ltd be appointed as the "
        "Council\u2019s internal auditor for the year 2024/25 at a fee of \u00a3640.",
    ]),
    ("TC/24/148", "CLIMATE AND BIODIVERSITY WORKING GROUP", [
        "Cllr Brightwell presented the draft Climate Action Plan prepared by the Climate and Biodiversity "
        "Working Group. Following discussion it was proposed by Cllr Brightwell, seconded by Cllr Tennant and "
        "<b>RESOLVED</b> that: (a) the draft Climate Action Plan be adopted; (b) \u00a32,500 be allocated from "
        "the Environment earmarked reserve to tree planting at Jubilee Field; and (c) the Council join the "
        "Corvenshire Climate Network. (For 7, Against 1, Abstentions 1.)",
        "<b>Cllr Brightwell to arrange a community planting day at Jubilee Field with the 1st Thistlebury "
        "Scout Group before the end of April 2025.</b>",
    ]),
    ("TC/24/149", "GRANT APPLICATIONS", [
        "(a) <b>RESOLVED</b> that a grant of \u00a3750 be awarded to Thistlebury in Bloom towards summer "
        "planting in the Market Place.",
        "(b) Cllr Devereux left the room. <b>RESOLVED</b> that a grant of \u00a31,200 be awarded to the "
        "Thistlebury Community Association towards the replacement of the Market Hall kitchen. Cllr Devereux "
        "returned to the meeting.",
    ]),
    ("TC/24/150", "PLANNING APPLICATIONS", [
        "25/00184/FUL, 14 Orchard Rise \u2013 single-storey rear extension. No objection.",
        "25/00201/FUL, Land off Copse Lane \u2013 erection of nine dwellings. <b>RESOLVED</b> that the Council "
        "objects to the application on the grounds of highway safety and the loss of the green gap between "
        "Thistlebury and Upper Wick. <b>Clerk to submit the objection to the Vale of Corven District Council by "
        "21 March 2025.</b>",
    ]),
    ("TC/24/151", "ANNUAL TOWN MEETING", [
        "<b>RESOLVED</b> that the Annual Town Meeting be held on Wednesday 23 April 2025 at 7.00pm in the "
        "Market Hall. <b>Clerk to book the Market Hall and publicise the meeting.</b>",
    ]),
    ("TC/24/152", "CORRESPONDENCE", [
        "A letter from the Corvenshire Association of Local Councils (CALC) about new councillor training "
        "dates was noted. Councillors wishing to attend should inform the Clerk.",
    ]),
    ("TC/24/153", "EXCLUSION OF PRESS AND PUBLIC", [
        "<b>RESOLVED</b> that, in accordance with the Public Bodies (Admission to Meetings) Act 1960, the press "
        "and public be excluded for the following item owing to the confidential nature of the business to be "
        "transacted. The members of the public left the meeting.",
    ]),
    ("TC/24/154", "STAFFING", [
        "<b>RESOLVED</b> that the recommendation of the Staffing Committee of 4 March 2025 on the regrading of "
        "the Assistant Clerk post be approved, with effect from 1 April 2025.",
    ]),
    ("TC/24/155", "DATE OF NEXT MEETING", [
        "The next meeting of the Full Council will be held on Tuesday 8 April 2025 at 7.00pm in the Council "
        "Chamber. The meeting closed at 9.12pm.",
    ]),
]


def footer(c, doc):
    c.saveState()
    c.setFont(F, 9)
    c.drawString(20 * mm, 12 * mm, "Full Council 11.03.2025")
    c.drawCentredString(A4[0] / 2, 12 * mm, f"Page {doc.page} of 3")
    c.drawRightString(A4[0] - 20 * mm, 12 * mm, "Chair\u2019s initials ..........")
    c.restoreState()


def build():
    fonts()
    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=22 * mm, title="Full Council minutes 11 March 2025")
    s = [Paragraph("THISTLEBURY TOWN COUNCIL", TITLE),
         Paragraph("Town Clerk: Mrs C. Rendell, Market Hall, High Street, Thistlebury TH7 2QA", SUB),
         Spacer(1, 8),
         Paragraph("<b>MINUTES</b> of the meeting of the <b>FULL COUNCIL</b> held on Tuesday 11 March 2025 at "
                   "7.00pm in the Council Chamber, Market Hall, Thistlebury.", style("m", F, 11.5, leading=14)),
         Spacer(1, 8),
         Paragraph("<b>PRESENT:</b> Councillors J. Halloran (Town Mayor) (Chair), M. Okafor (Deputy Town Mayor), "
                   "S. Brightwell, A. Devereux, L. Fairclough, T. Gwynne, P. Maddox (from minute TC/24/144), "
                   "R. Quayle and H. Tennant.", BODY),
         Paragraph("<b>IN ATTENDANCE:</b> Mrs C. Rendell (Town Clerk), Mr N. Oyelaran (Assistant Clerk and RFO), "
                   "PCSO D. Whitlock (Corvenshire Police, for minutes TC/24/141 to TC/24/144), County Councillor "
                   "F. Aske and seven members of the public.", BODY),
         Spacer(1, 6)]
    rows, st = [], [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]
    for ref, head, paras in MINUTES:
        st.append(("TOPPADDING", (0, len(rows)), (-1, len(rows)), 7))
        rows.append([Paragraph(ref, REF), Paragraph(head, HEAD)])
        for p in paras:
            rows.append(["", Paragraph(p, BODY)])
    t = Table(rows, colWidths=[30 * mm, None], style=TableStyle(st))
    s.append(t)
    s += [Spacer(1, 24), Paragraph("Signed ......................................... (Chair)"
                                   "&nbsp;&nbsp;&nbsp;&nbsp;Date ............................", BODY)]
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    build()
