"""US school district board of education regular meeting minutes."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import LETTER
from reportlab.platypus import Spacer, HRFlowable
from lib import PDF, build_doc, P, style

STEM = "blind18-us-quarry-falls-sd-board-of-education-regular-meeting-minutes-2024-05-14"


def build():
    F = "Times-Roman"
    c = style("c", "Times-Bold", 13, 16, alignment=TA_CENTER)
    c2 = style("c2", F, 11, 14, alignment=TA_CENTER)
    body = style("b", F, 11, 14, spaceAfter=6, leftIndent=28)
    sec = style("h", "Times-Bold", 11, 14, spaceBefore=8, spaceAfter=4)
    sub = style("s", F, 11, 14, leftIndent=52, firstLineIndent=-24, spaceAfter=4)
    subb = style("sb", F, 11, 14, leftIndent=52, spaceAfter=5)
    vote = style("v", "Times-Italic", 11, 14, leftIndent=28, spaceAfter=6)
    s = [P("QUARRY FALLS SCHOOL DISTRICT", c), P("Board of Education", c2),
         P("Minutes of the Regular Meeting", c2),
         P("Tuesday, May 14, 2024 \u2022 6:00 p.m. \u2022 District Administration Center Board Room, "
           "2210 Ledgeview Drive", c2),
         Spacer(1, 6), HRFlowable(width="100%", thickness=1, color=colors.black), Spacer(1, 6)]
    s += [P("I. CALL TO ORDER", sec),
          P("President Linda Okafor called the meeting to order at 6:02 p.m.", body),
          P("II. ROLL CALL", sec),
          P("<b>Present:</b> President Linda Okafor; Vice President Raymond Szabo; Clerk Teresa Bright; Directors "
            "Marcus Fielding, Ana Lucia Ferreira, Jonathan Kwan and Patrice Dumont. Student Representative Elena "
            "Marsh (non-voting).", body),
          P("<b>Absent:</b> None.", body),
          P("<b>Staff:</b> Dr. Gregory Halvorsen, Superintendent; Renee Castellano, Assistant Superintendent for "
            "Business Services; Dr. Walter Ames, Assistant Superintendent for Instruction; Kim Nguyen, Executive "
            "Assistant and Recording Secretary.", body),
          P("III. PLEDGE OF ALLEGIANCE", sec),
          P("Student Representative Marsh led the Pledge of Allegiance.", body),
          P("IV. APPROVAL OF THE AGENDA", sec),
          P("Motion by Director Kwan, second by Vice President Szabo, to approve the agenda as presented. Motion "
            "carried 7-0.", body),
          P("V. PUBLIC COMMENT", sec),
          P("Three members of the public addressed the Board. Two parents from Birchleaf Elementary spoke about "
            "the proposed attendance boundary change; a representative of the Quarry Falls Education Association "
            "spoke regarding item VII.B.", body),
          P("VI. CONSENT AGENDA", sec),
          P("A.\u00a0\u00a0\u00a0Approval of Minutes of the Regular Meeting of April 23, 2024", sub),
          P("B.\u00a0\u00a0\u00a0Approval of Warrants and Payroll for April 2024 in the amount of $4,812,306.55", sub),
          P("C.\u00a0\u00a0\u00a0Acceptance of Donation from the Ledgeview Rotary Club ($2,500) for the Quarry Falls "
            "High School Robotics Team", sub),
          P("D.\u00a0\u00a0\u00a0Approval of Out-of-State Travel: FFA National Convention, Indianapolis, "
            "October 23-26, 2024", sub),
          P("E.\u00a0\u00a0\u00a0Approval of Personnel Report No. 24-09 (Certificated and Classified)", sub),
          P("Motion by Director Ferreira, second by Clerk Bright, to approve Consent Agenda items A through E as "
            "presented. Roll call vote: Ayes: Okafor, Szabo, Bright, Fielding, Ferreira, Kwan, Dumont; Nays: none. "
            "Motion carried 7-0.", body),
          P("VII. ACTION ITEMS", sec),
          P("A.\u00a0\u00a0\u00a0Adoption of the 2024-25 Instructional Calendar", sub),
          P("Dr. Ames presented the proposed calendar, with the first day of instruction on August 21, 2024 and "
            "the last day on June 5, 2025. Director Dumont asked whether the February break could be aligned with "
            "neighboring districts; staff indicated that it already was.", subb),
          P("Motion by Director Dumont, second by Director Fielding, to adopt the 2024-25 Instructional Calendar "
            "as presented. Roll call vote: Ayes: Okafor, Szabo, Bright, Fielding, Ferreira, Kwan, Dumont; Nays: "
            "none. Motion carried 7-0.", subb),
          P("B.\u00a0\u00a0\u00a0Approval of Contract with Brightpath Student Transportation, Inc. for Home-to-School "
            "Transportation Services, 2024-2027", sub),
          P("Ms. Castellano reported that the three-year contract, at an annual cost not to exceed $1,960,000, "
            "would replace the district-operated routes at Birchleaf Elementary and Cold Spring Middle School. "
            "Director Fielding expressed concern about the impact on classified drivers and asked that the "
            "decision be delayed. Director Dumont asked how many employees would be affected; Ms. Castellano "
            "stated eleven drivers would be offered positions at other sites.", subb),
          P("Motion by Vice President Szabo, second by Director Kwan, to approve the contract with Brightpath "
            "Student Transportation, Inc. for the period July 1, 2024 through June 30, 2027. Roll call vote: Ayes: "
            "Okafor, Szabo, Bright, Ferreira, Kwan; Nays: Fielding, Dumont. Motion carried 5-2.", subb),
          P("The Board directed the Superintendent to report back at the August 13, 2024 regular meeting on "
            "on-time performance and the placement of affected drivers.", subb),
          P("C.\u00a0\u00a0\u00a0First Reading: Board Policy 5131.2 \u2013 Bullying", sub),
          P("The Board received the revised policy for first reading. Clerk Bright requested that staff bring "
            "back the policy for second reading on June 11, 2024 with the wording on cyberbullying reviewed by "
            "district legal counsel. No action was taken.", subb),
          P("VIII. SUPERINTENDENT'S REPORT", sec),
          P("Dr. Halvorsen reported that graduation ceremonies will be held on June 6, 2024 at Quarry Falls High "
            "School and June 7, 2024 at Ridgeline Continuation High School. He thanked the Quarry Falls Education "
            "Foundation for its spring grant cycle, which funded 19 classroom projects.", body),
          P("IX. BOARD MEMBER REPORTS", sec),
          P("Director Ferreira reported on the Tri-County School Boards Association dinner. President Okafor "
            "reminded members that the budget study session will be held on May 28, 2024.", body),
          P("X. ADJOURNMENT", sec),
          P("Motion by Director Kwan, second by Director Bright, to adjourn. Motion carried 7-0. The meeting was "
            "adjourned at 8:11 p.m.", body),
          Spacer(1, 14),
          P("Approved by the Board of Education on June 11, 2024.", body),
          Spacer(1, 14),
          P("______________________________ &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; ______________________________", body),
          P("Teresa Bright, Clerk &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Dr. Gregory Halvorsen, Secretary to the Board", body)]

    def page(cv, d):
        cv.saveState()
        cv.setFont("Times-Roman", 9)
        if d.page > 1:
            cv.drawString(72, d.pagesize[1] - 40, "QFSD Board of Education \u2013 Regular Meeting")
            cv.drawRightString(d.pagesize[0] - 72, d.pagesize[1] - 40, "May 14, 2024")
        cv.drawCentredString(d.pagesize[0] / 2, 32, f"Page {d.page}")
        cv.restoreState()
    build_doc(PDF / f"{STEM}.pdf", s, on_page=page, pagesize=LETTER, margins=(72, 72, 60, 60))


if __name__ == "__main__":
    build()
