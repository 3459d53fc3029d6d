"""Scottish council committee minute: sederunt run-on, numbered items, Decision / The Committee agreed:-."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import Spacer, Table, TableStyle
from lib import PDF, build_doc, P, style

STEM = "blind18-uk-auchterbrae-council-education-children-families-committee-minutes-2024-11-05"


def build():
    F = "LibSerif"
    c = style("c", F + "-Bold", 12, 15, alignment=TA_CENTER, spaceAfter=3)
    body = style("b", F, 10.5, 13.5, spaceAfter=5)
    hd = style("h", F + "-Bold", 10.5, 13.5, spaceAfter=4)
    num = style("n", F + "-Bold", 10.5, 13.5)
    limb = style("l", F, 10.5, 13.5, leftIndent=22, firstLineIndent=-22, spaceAfter=3)
    s = [P("AUCHTERBRAE COUNCIL", c),
         P("EDUCATION, CHILDREN AND FAMILIES COMMITTEE", c), Spacer(1, 6),
         P("MINUTE of MEETING of the EDUCATION, CHILDREN AND FAMILIES COMMITTEE held in the Council Chamber, "
           "Burgh Chambers, Kirkgate, Drumlessie on Tuesday 5 November 2024 at 10.00 am.", body),
         P("<b>Sederunt:</b> Councillor Morag Lindsay (Convener); Councillor Fraser Boyd (Vice-Convener); "
           "Councillors Eilidh Carmichael, Ross Dunbar, Shona McAteer, Graham Nisbet (remotely), Aileen Pollock, "
           "Kenneth Sturrock and Iain Wardlaw; Mr Colin Tait, Mrs Rhona Gillespie and Father Anthony Devlin "
           "(Religious Representatives); and Ms Laura Haddow (Teacher Representative).", body),
         P("<b>In attendance:</b> Moira Kennedy, Chief Education Officer; Dr Stuart Cowan, Chief Social Work "
           "Officer; Gillian Ure, Head of Inclusion and Wellbeing; Alasdair Reid, Service Manager (School "
           "Estate); and Fiona Laing, Committee Officer.", body),
         P("<b>Apologies:</b> Councillor Derek Moffat and Ms Ishbel Rae (Parent Council Representative).", body),
         Spacer(1, 4),
         P("<b>Councillor Morag Lindsay, Convener, in the Chair</b>", body), Spacer(1, 4)]
    rows = []

    def add(n, parts):
        for i, p in enumerate(parts):
            rows.append([P(n if i == 0 else "", num), p])

    add("1.", [P("DECLARATIONS OF INTEREST", hd),
               P("Councillor Pollock declared a connection with item 5 (Early Learning and Childcare Provider "
                 "Rates) as a director of Kirkgate Playgroup SCIO. She considered that this did not amount to an "
                 "interest requiring her to leave the meeting, having applied the objective test in the Councillors' "
                 "Code of Conduct. No other declarations were made.", body)])
    add("2.", [P("MINUTE OF PREVIOUS MEETING", hd),
               P("There was submitted the minute of the meeting of the Committee of 3 September 2024.", body),
               P("<b>Decision</b>", body),
               P("The Committee approved the minute as a correct record.", body)])
    add("3.", [P("ATTAINMENT AND ACHIEVEMENT: SQA RESULTS 2024", hd),
               P("There was submitted a report (ECF/24/118) by the Chief Education Officer summarising the "
                 "performance of Auchterbrae secondary schools in the 2024 SQA examination diet, including the "
                 "proportion of S4 pupils achieving five or more awards at SCQF level 5, which had risen to 61%. "
                 "Members welcomed the improvement at Drumlessie Academy and asked about the gap between pupils "
                 "living in SIMD quintile 1 and quintile 5.", body),
               P("<b>Decision</b>", body),
               P("The Committee agreed:-", body),
               P("(1)\u00a0\u00a0to note the contents of the report;", limb),
               P("(2)\u00a0\u00a0to commend pupils and staff on the improved results; and", limb),
               P("(3)\u00a0\u00a0to instruct the Chief Education Officer to report to the Committee in March 2025 "
                 "on actions being taken to close the poverty-related attainment gap in S4.", limb)])
    add("4.", [P("LEARNING ESTATE STRATEGY: KILBRACKIE PRIMARY SCHOOL AND NURSERY CLASS", hd),
               P("There was submitted a report (ECF/24/121) by the Service Manager (School Estate) seeking approval "
                 "to commence a statutory consultation under the Schools (Consultation) (Scotland) Act 2010 on a "
                 "proposal to relocate Kilbrackie Primary School and Nursery Class to a new building on the "
                 "Tollcairn Road site from August 2027.", body),
               P("Councillor Boyd, seconded by the Convener, moved that the recommendations in the report be "
                 "approved.", body),
               P("Councillor Sturrock, seconded by Councillor Dunbar, moved as an amendment that consideration of "
                 "the matter be deferred to allow further engagement with the Kilbrackie Parent Council.", body),
               P("On a division, there voted for the motion 8 and for the amendment 4, and the motion was "
                 "accordingly carried.", body),
               P("<b>Decision</b>", body),
               P("The Committee agreed:-", body),
               P("(1)\u00a0\u00a0to approve the commencement of a statutory consultation on the proposal to "
                 "relocate Kilbrackie Primary School and Nursery Class to the Tollcairn Road site, with the "
                 "consultation to run from 13 January 2025 to 7 March 2025;", limb),
               P("(2)\u00a0\u00a0to approve the proposal paper attached as Appendix 1 to the report; and", limb),
               P("(3)\u00a0\u00a0to note that the outcome of the consultation and the report by Education Scotland "
                 "would be reported to the Committee no later than June 2025.", limb)])
    add("5.", [P("EARLY LEARNING AND CHILDCARE: FUNDED PROVIDER SUSTAINABLE RATES 2025/26", hd),
               P("There was submitted a report (ECF/24/124) by the Chief Education Officer proposing the hourly "
                 "rate to be paid to funded providers of early learning and childcare in partner settings from "
                 "1 April 2025.", body),
               P("<b>Decision</b>", body),
               P("The Committee agreed:-", body),
               P("(1)\u00a0\u00a0to approve an hourly rate of £6.35 for children aged 3 and 4 and £7.10 for "
                 "eligible two year olds, effective from 1 April 2025; and", limb),
               P("(2)\u00a0\u00a0to request that the Head of Inclusion and Wellbeing write to all funded providers "
                 "confirming the new rates by 20 December 2024.", limb)])
    add("6.", [P("CHILDREN'S SERVICES PLAN 2023-2026: ANNUAL REPORT", hd),
               P("There was submitted a joint report (ECF/24/126) by the Chief Education Officer and the Chief "
                 "Social Work Officer presenting the annual report of the Auchterbrae Children's Services "
                 "Partnership for 2023/24, as required by the Children and Young People (Scotland) Act 2014. "
                 "The Chief Social Work Officer advised that the number of looked after children in kinship care "
                 "had increased to 142.", body),
               P("<b>Decision</b>", body),
               P("The Committee agreed to note the annual report and that it would be published on the Council's "
                 "website by 30 November 2024.", body)])
    add("7.", [P("EXCLUSION OF PRESS AND PUBLIC", hd),
               P("The Committee resolved in terms of Section 50A(4) of the Local Government (Scotland) Act 1973 to "
                 "exclude the press and public from the meeting for the following item of business on the grounds "
                 "that it involved the likely disclosure of exempt information of the class described in "
                 "paragraph 8 of Part 1 of Schedule 7A of the Act.", body)])
    add("8.", [P("SCHOOL TRANSPORT CONTRACTS: TENDER AWARD", hd),
               P("There was submitted a report (ECF/24/129) by the Service Manager (School Estate) on the outcome "
                 "of the tender for school transport routes in the Balnacraig cluster.", body),
               P("<b>Decision</b>", body),
               P("The Committee agreed to award the contracts for Lots 1 to 4 to Tollievale Coaches Ltd for the "
                 "period 1 February 2025 to 31 January 2029, as set out in the report.", body)])
    tbl = Table(rows, colWidths=[30, 430])
    tbl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    s.append(tbl)
    s.append(Spacer(1, 10))
    s.append(P("The meeting concluded at 12.25 pm.", body))

    def page(cv, d):
        cv.saveState()
        cv.setFont("LibSerif-Italic", 8.5)
        cv.drawString(60, 30, "Education, Children and Families Committee \u2013 5 November 2024")
        cv.drawRightString(d.pagesize[0] - 60, 30, f"Page {d.page}")
        cv.restoreState()
    build_doc(PDF / f"{STEM}.pdf", s, on_page=page, margins=(60, 60, 55, 55))


if __name__ == "__main__":
    build()
