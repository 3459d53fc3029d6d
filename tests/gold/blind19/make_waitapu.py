"""Waitapu Local Board (NZ) business meeting minutes – Auckland-style resolution blocks."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind19-nz-waitapu-local-board-business-meeting-minutes-2025-03-19"
F, FB = "DejaVuSans", "DejaVuSans-Bold"


def build():
    fonts()
    body = style("b", F, 9, leading=12, spaceAfter=4)
    h = style("h", FB, 10.5, leading=13, spaceBefore=8, spaceAfter=3)
    limb = style("l", F, 9, leading=12, leftIndent=14 * mm, firstLineIndent=-6 * mm, spaceAfter=2)
    resn = style("rn", FB, 9, leading=12, spaceBefore=3)
    carried = style("c", FB, 9, leading=12, alignment=2, spaceAfter=4)
    title = style("t", FB, 16, leading=20)

    def P(t, s=body):
        return Paragraph(t, s)

    def H(n, t):
        return Table([[P(n, h), P(t, h)]], colWidths=[14 * mm, 156 * mm],
                     style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")])

    def resolution(num, moved, lead, limbs, result="CARRIED"):
        parts = [P(f"Resolution number {num}", resn) if num else Spacer(1, 2), P(moved)]
        parts.append(P(lead))
        parts += [P(f"{l})&nbsp;&nbsp;&nbsp;{t}", limb) for l, t in limbs]
        parts.append(P(result, carried))
        box = Table([[parts]], colWidths=[170 * mm])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
        return box

    present = Table([
        [P("<b>PRESENT</b>")],
        [P("Chairperson"), P("Aroha Tane-Whitfield")],
        [P("Deputy Chairperson"), P("Grant McKellar")],
        [P("Members"), P("Losa Faleolo")],
        ["", P("Priya Raman")],
        ["", P("Hemi Roberts, from 5.20pm, item 7.1")],
        ["", P("Sarah Cheeseman-Doyle, via electronic attendance")],
        [P("<b>ALSO PRESENT</b>")],
        [P("Ward Councillor"), P("Julia Mahoe")],
        [P("<b>APOLOGY</b>")],
        [P("Member"), P("Tom Brightwater")],
    ], colWidths=[45 * mm, 125 * mm])
    present.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))

    story = [P("Waitapu Local Board", title), P("OPEN MINUTES", style("om", FB, 11, leading=14)), Spacer(1, 4),
             P("Minutes of a meeting of the Waitapu Local Board held in the Waitapu Local Board Office, 12 Kōwhai "
               "Street, Waitapu on Wednesday, 19 March 2025 at 5.00pm."), Spacer(1, 4), present, Spacer(1, 4)]

    story += [H("1", "Nau mai | Welcome"),
              P("Tēnā koutou katoa. The Chairperson opened the meeting with a karakia and welcomed everyone present."),
              H("2", "Apologies"),
              resolution("WT/2025/10", "MOVED by Chairperson A Tane-Whitfield, seconded by Member P Raman:",
                         "That the Waitapu Local Board:",
                         [("a", "accept the apology from Member T Brightwater for absence and from Member H Roberts "
                                "for lateness.")]),
              H("3", "Declaration of Interest"),
              P("There were no declarations of interest."),
              H("4", "Confirmation of Minutes"),
              resolution("WT/2025/11", "MOVED by Deputy Chairperson G McKellar, seconded by Member L Faleolo:",
                         "That the Waitapu Local Board:",
                         [("a", "confirm the ordinary minutes of its meeting, held on Wednesday, 19 February 2025, "
                                "as true and correct.")]),
              H("5", "Leave of Absence"),
              P("There were no leaves of absence."),
              H("6", "Acknowledgements"),
              P("The board acknowledged the Waitapu Surf Life Saving Club volunteers for 2,140 patrol hours over the "
                "summer season."),
              H("7", "Deputations"),
              H("7.1", "Deputation - Waitapu Coastal Restoration Trust"),
              P("Kiri Ngata, Project Lead, presented on the dune planting programme at Ōkahu Spit. A copy of the "
                "presentation has been placed on the official minutes and is available on the Ōtaruhe Council "
                "website as a minutes attachment."),
              P("Member H Roberts joined the meeting at 5.20pm."),
              resolution("WT/2025/12", "MOVED by Chairperson A Tane-Whitfield, seconded by Member S Cheeseman-Doyle:",
                         "That the Waitapu Local Board:",
                         [("a", "receive the presentation from Kiri Ngata of the Waitapu Coastal Restoration Trust "
                                "and thank her for her attendance.")]),
              H("8", "Public Forum"),
              P("There was no public forum."),
              H("9", "Waitapu Local Grants Round One 2024/2025 and Multiboard Grants Round One "
                     "2024/2025, grant allocations"),
              ]
    grants = Table([["Application ID", "Organisation", "Project", "Amount granted"],
                    ["LG2504-103", "Waitapu Netball Club Incorporated", "Court resurfacing contribution", "$6,000"],
                    ["LG2504-109", "Te Kōhanga Reo o Waitapu Trust", "Shade sail for outdoor play area", "$4,500"],
                    ["LG2504-112", "Friends of Pūriri Gully Reserve", "Weed control and native planting", "$3,250"],
                    ["LG2504-121", "Waitapu Senior Citizens Association", "Hall hire for weekly activities", "$1,800"]],
                   colWidths=[25 * mm, 58 * mm, 55 * mm, 25 * mm])
    grants.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 8), ("FONT", (0, 0), (-1, 0), FB, 8),
                                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e7f0"))]))
    box = Table([[[P("Resolution number WT/2025/13", resn),
                   P("MOVED by Member L Faleolo, seconded by Deputy Chairperson G McKellar:"),
                   P("That the Waitapu Local Board:"),
                   P("a)&nbsp;&nbsp;&nbsp;approve the following applications in Waitapu Local Grants Round One "
                     "2024/2025:", limb),
                   grants, Spacer(1, 3),
                   P("b)&nbsp;&nbsp;&nbsp;decline application LG2504-117 from Ōtaruhe Model Engineers Incorporated "
                     "due to lower alignment with the local board's priorities.", limb),
                   P("CARRIED", carried)]]], colWidths=[170 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777"))]))
    story += [box,
              H("10", "Approval of the Waitapu Local Board Environment Work Programme 2025/2026"),
              P("The report recommended that the board approve the programme including a $40,000 allocation to a "
                "new Kerbside Food Scraps Education line. Members preferred to hold this line until the regional "
                "service review is complete."),
              resolution("WT/2025/14", "MOVED by Member P Raman, seconded by Member H Roberts:",
                         "That the Waitapu Local Board:",
                         [("a", "approve the Environment Work Programme 2025/2026 as set out in Attachment A, excluding "
                                "the Kerbside Food Scraps Education line"),
                          ("b", "delegate authority to the Chairperson to approve minor amendments to the work "
                                "programme"),
                          ("c", "request staff to report back on the costs of the Pūriri Gully stream restoration "
                                "by June 2025.")]),
              H("11", "Naming of a new road at 48 Te Rangi Road, Waitapu"),
              resolution(None, "MOVED by Member S Cheeseman-Doyle, seconded by Member H Roberts:",
                         "That the Waitapu Local Board:",
                         [("a", "approve the name Kererū Lane for the new private road at 48 Te Rangi Road.")],
                         result="LOST"),
              resolution("WT/2025/15", "MOVED by Deputy Chairperson G McKellar, seconded by Member L Faleolo:",
                         "That the Waitapu Local Board:",
                         [("a", "approve the name Pōhutukawa Rise for the new private road at 48 Te Rangi Road, "
                                "Waitapu, in accordance with section 319(1)(j) of the Local Government Act 1974.")]),
              P("A division was called for, voting on which was as follows: For: Chairperson Tane-Whitfield, "
                "Deputy Chairperson McKellar, Member Faleolo, Member Raman. Against: Member Cheeseman-Doyle, "
                "Member Roberts. The motion was declared CARRIED by 4 votes to 2."),
              H("12", "Chairperson's report"),
              resolution("WT/2025/16", "MOVED by Member P Raman, seconded by Member L Faleolo:",
                         "That the Waitapu Local Board:",
                         [("a", "receive Chairperson A Tane-Whitfield's verbal report.")]),
              H("13", "Governance forward work calendar"),
              resolution("WT/2025/17", "MOVED by Chairperson A Tane-Whitfield, seconded by Deputy Chairperson "
                                       "G McKellar:",
                         "That the Waitapu Local Board:",
                         [("a", "note the governance forward work calendar as at 19 March 2025.")]),
              H("14", "Consideration of Extraordinary Items"),
              P("There was no consideration of extraordinary items."),
              Spacer(1, 4),
              P("<b>5.58pm</b>&nbsp;&nbsp;&nbsp;The Chairperson thanked members for their attendance and attention "
                "to business and declared the meeting closed with a karakia."),
              Spacer(1, 10),
              P("CONFIRMED AS A TRUE AND CORRECT RECORD AT A MEETING OF THE WAITAPU LOCAL BOARD HELD ON "
                "DATE: ..................................... CHAIRPERSON: .....................................")]

    def furniture(canv, doc):
        canv.saveState()
        canv.setFont(F, 8)
        canv.drawString(20 * mm, 287 * mm, "Waitapu Local Board")
        canv.drawRightString(190 * mm, 287 * mm, "19 March 2025")
        canv.line(20 * mm, 285 * mm, 190 * mm, 285 * mm)
        canv.drawRightString(190 * mm, 10 * mm, f"Minutes Page {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


if __name__ == "__main__":
    build()
