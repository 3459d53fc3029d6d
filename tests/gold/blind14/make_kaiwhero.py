"""New Zealand community board Open Minutes: cover page with logo text on the left and the meeting's name,
date, time, meeting room and venue in a right-hand label/value block; attendance as role | name rows;
Auckland-style "Resolution number KCB/2025/nn" blocks with MOVED/seconded lines, lettered limbs, CARRIED
right-aligned, one division table; footer "Minutes of … - 06 March 2025  Page n"."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind14-nz-kaiwhero-community-board-minutes-2025-03-06"
NAVY = colors.HexColor("#0b3c5d")


def build():
    fonts()
    F, FB = "LibSans", "LibSans-Bold"
    body = style("b", F, 9.5, 12.5, spaceAfter=3)
    W = 170 * mm
    s = []
    logo = [Paragraph("<font color='#0b3c5d'><b>Rākaupara</b></font>", style("l1", FB, 22, 24)),
            Paragraph("<font color='#0b3c5d'>District Council</font>", style("l2", F, 13, 15)),
            Paragraph("<font color='#5a7d2a'><i>Te Kaunihera ā-Rohe o Rākaupara</i></font>",
                      style("l3", "LibSans-Italic", 8, 10))]
    meta = Table([[Paragraph("<b>Kaiwhero Community Board</b>", style("m0", FB, 12, 15)), ""],
                  ["Date:", "Thursday, 6 March 2025"], ["Time:", "4.00pm"],
                  ["Meeting Room:", "Kaiwhero Service Centre"], ["Venue:", "21 Wharf Street, Kaiwhero"]],
                 colWidths=[27 * mm, 52 * mm])
    meta.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("FONT", (0, 1), (0, -1), FB, 9.5),
                              ("FONT", (1, 1), (1, -1), F, 9.5), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    right = [Paragraph("Open Minutes", style("om", FB, 26, 30, textColor=NAVY)), Spacer(1, 8), meta]
    top = Table([[logo, right]], colWidths=[80 * mm, 90 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("LINEBELOW", (0, 0), (-1, 0), 1.5, NAVY), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    s += [top, Spacer(1, 16)]

    def grid(title, rows):
        out = [Paragraph(f"<b>{title}</b>", style("gt", FB, 10.5, 14, spaceAfter=3))]
        t = Table(rows, colWidths=[48 * mm, 122 * mm])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 10), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        return out + [t, Spacer(1, 10)]

    s += grid("PRESENT", [["Chairperson", "Sarah Tipene"], ["Deputy Chairperson", "Michael Ashby"],
                          ["Members", "Rawiri Hohaia"], ["", "Lena Kowalczyk"], ["", "Councillor Tom Whitcombe"]])
    s += grid("ALSO PRESENT", [["Mayor", "Diane Cossey (until 4.55pm, item 11)"]])
    s += grid("IN ATTENDANCE", [["Amy Lin", "Community Board Advisor"], ["Peter Moana", "Parks Planning Team Leader"],
                                ["Grace Ellery", "Democracy Advisor"]])
    s.append(Spacer(1, 30))
    s.append(Paragraph("Grace Ellery<br/>Democracy Advisor<br/>Telephone: 07 555 0192<br/>Email: "
                       "grace.ellery@rakaupara.govt.nz", style("ct", F, 8.5, 11, textColor=colors.grey)))
    s.append(PageBreak())

    def H(num, title):
        t = Table([[Paragraph(f"<b>{num}</b>", style("hn", FB, 11, 14)), Paragraph(f"<b>{title}</b>", style("ht", FB, 11, 14))]],
                  colWidths=[14 * mm, W - 14 * mm])
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return t

    ind = style("i", F, 9.5, 12.5, leftIndent=14 * mm, spaceAfter=2)
    limb = style("lm", F, 9.5, 12.5, leftIndent=20 * mm, firstLineIndent=-6 * mm, spaceAfter=2)

    def P(x):
        return Paragraph(x, ind)

    def R(no, moved, limbs, lead="That the Kaiwhero Community Board:"):
        out = [Paragraph(f"<b>Resolution number {no}</b>", style("rn", FB, 10, 13.5, leftIndent=14 * mm, spaceBefore=3)),
               Paragraph(f"MOVED by {moved}:", ind), Paragraph(lead, ind)]
        out += [Paragraph(f"{k})&nbsp;&nbsp;&nbsp;{v}", limb) for k, v in limbs]
        return out

    def carried():
        return Paragraph("<b>CARRIED</b>", style("ca", FB, 10, 14, alignment=2, spaceAfter=4))

    s += [H("1", "Nau mai | Welcome"), P("The Chairperson opened the meeting with a karakia and welcomed those present.")]
    s += [H("2", "Apologies"), *R("KCB/2025/12", "Chairperson S Tipene, seconded by Member R Hohaia",
                                   [("a", "accept the apology from Member J Fraser for absence.")]), carried()]
    s += [H("3", "Declaration of Interest"), P("There were no declarations of interest.")]
    s += [H("4", "Confirmation of Minutes"), *R("KCB/2025/13", "Deputy Chairperson M Ashby, seconded by Member L Kowalczyk",
                                                [("a", "confirm the ordinary minutes of its meeting, held on Thursday, "
                                                       "6 February 2025, as true and correct.")]), carried()]
    s += [H("5", "Leave of Absence"), P("There were no leaves of absence.")]
    s += [H("6", "Acknowledgements"), P("The board acknowledged the passing of kaumātua Hēmi Rāwiri, a long-serving "
                                        "member of the Kaiwhero Marae Committee.")]
    s += [H("7", "Petitions"), P("There were no petitions.")]
    s += [H("8", "Deputations / Presentations"), H("8.1", "Deputation – Kaiwhero Coastcare Trust"),
          P("Mere Paki, coordinator of the Kaiwhero Coastcare Trust, presented on the trust’s dune restoration "
            "programme. A copy of the presentation is attached to these minutes."),
          *R("KCB/2025/14", "Member R Hohaia, seconded by Councillor T Whitcombe",
             [("a", "receive the deputation from the Kaiwhero Coastcare Trust and thank Mere Paki for her attendance.")]),
          carried()]
    s += [H("9", "Public Forum"), P("There was no public forum.")]
    s += [H("10", "Extraordinary Business"), P("There was no extraordinary business.")]
    s += [H("11", "Kaiwhero Community Board Discretionary Fund 2024/2025 – Round Two"),
          P("Amy Lin, Community Board Advisor, spoke to the report. Applications were assessed against the board’s "
            "funding priorities in the Kaiwhero Community Board Plan 2023–2026:"),
          *[Paragraph(f"•&nbsp;&nbsp;{x}", style("bl", F, 10, 13.5, leftIndent=20 * mm, firstLineIndent=-4 * mm))
            for x in ["Connected and resilient communities", "A thriving town centre and local businesses",
                      "Healthy waterways, dunes and green spaces", "Celebrating Kaiwhero’s identity and te ao Māori"]],
          Spacer(1, 3),
          P("Mayor Diane Cossey left the meeting at 4.55pm."),
          *R("KCB/2025/15", "Deputy Chairperson M Ashby, seconded by Member L Kowalczyk",
             [("a", "approve a grant of $4,500 to the Kaiwhero Coastcare Trust towards community dune planting days."),
              ("b", "approve a grant of $6,000 to the Kaiwhero Bowling Club towards resurfacing of the No. 2 green."),
              ("c", "approve a grant of $2,750 to Kaiwhero Playcentre towards a shade sail."),
              ("d", "decline the application from the Wharf Street Traders Association for Matariki lighting, due to "
                    "insufficient remaining funds.")]),
          carried()]
    div = Table([["For", "Member R Hohaia\nChairperson S Tipene\nCouncillor T Whitcombe"],
                 ["Against", "Deputy Chairperson M Ashby\nMember L Kowalczyk"], ["Abstained", "nil"]],
                colWidths=[30 * mm, 70 * mm])
    div.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 9.5), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    wrap = Table([[div]], colWidths=[W - 14 * mm])
    wrap.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 14 * mm)]))
    s += [H("12", "Kaiwhero Foreshore Reserve – Dog Access Rules"),
          P("Peter Moana, Parks Planning Team Leader, spoke to the report and the results of community engagement."),
          *R("KCB/2025/16", "Member R Hohaia, seconded by Councillor T Whitcombe",
             [("a", "recommend to the Rākaupara District Council Regulatory Committee that dogs be prohibited on the "
                    "Kaiwhero Foreshore Reserve between 10.00am and 6.00pm from 1 December to 28 February each year."),
              ("b", "request that staff report back to the board on compliance and signage by 30 September 2025.")]),
          P("A division was called for, voting on which was as follows:"), wrap, Spacer(1, 3),
          P("The motion was declared CARRIED by 3 votes to 2.")]
    s += [H("13", "Chairperson’s Report"),
          *R("KCB/2025/17", "Chairperson S Tipene, seconded by Member R Hohaia",
             [("a", "receive the Chairperson’s report for March 2025.")]), carried()]
    s += [H("14", "Governance Forward Work Calendar"),
          *R("KCB/2025/18", "Chairperson S Tipene, seconded by Deputy Chairperson M Ashby",
             [("a", "note the governance forward work calendar as at March 2025.")]), carried()]
    s += [Spacer(1, 6), Paragraph("5.42pm&nbsp;&nbsp;&nbsp;The Chairperson closed the meeting with a karakia.", body),
          Spacer(1, 12),
          KeepTogether([Paragraph("<b>CONFIRMED AS A TRUE AND CORRECT RECORD AT A MEETING OF THE KAIWHERO COMMUNITY "
                                  "BOARD HELD ON</b>", body), Spacer(1, 8),
                        Paragraph("DATE: ................................................", body), Spacer(1, 8),
                        Paragraph("CHAIRPERSON: ........................................", body)])]

    def page(c, d):
        c.saveState()
        c.setFont(F, 8)
        c.setStrokeColor(NAVY)
        c.line(20 * mm, 16 * mm, 190 * mm, 16 * mm)
        c.drawString(20 * mm, 11 * mm, "Minutes of Kaiwhero Community Board - 06 March 2025")
        c.drawRightString(190 * mm, 11 * mm, f"Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=16 * mm, bottomMargin=22 * mm, title="Kaiwhero Community Board open minutes")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
