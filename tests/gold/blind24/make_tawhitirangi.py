"""New Zealand district council committee minutes: UNCONFIRMED stamp, karakia, public forum with attachments,
resolution blocks "Resolution number CFC/2025/0nn / Moved / Seconded / That ... / CARRIED", an item left to lie on
the table, public-excluded grounds table, running header and "Page x" footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind24-nz-tawhitirangi-dc-community-finance-committee-minutes-2025-05-08"
TEAL = colors.HexColor("#00666b")


def build():
    fonts()
    F, FB = "DejaVuSans", "DejaVuSans-Bold"
    body = style("b", F, 9.5, 13, spaceAfter=5)
    h1 = style("h1", FB, 11, 14, spaceBefore=10, spaceAfter=4, textColor=TEAL)
    h2 = style("h2", FB, 10, 13, spaceBefore=6, spaceAfter=3)
    lim = style("l", F, 9.5, 13, leftIndent=8 * mm, firstLineIndent=-5 * mm, spaceAfter=2)
    small = style("s", F, 9, 12)
    s = []
    top = Table([[Paragraph("<b>Tawhitirangi District Council</b><br/>Te Kaunihera ā-Rohe o Tawhitirangi",
                            style("lg", F, 10, 13, textColor=TEAL)),
                  Paragraph("<b>UNCONFIRMED</b>", style("uc", FB, 11, 14, alignment=1, textColor=colors.HexColor("#b22222")))]],
                colWidths=[130 * mm, 40 * mm])
    top.setStyle(TableStyle([("BOX", (1, 0), (1, 0), 1, colors.HexColor("#b22222")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s.append(top)
    s.append(Spacer(1, 12))
    s.append(Paragraph("MINUTES", style("m", FB, 20, 24, textColor=TEAL)))
    s.append(Paragraph("Community and Finance Committee", style("m2", FB, 14, 18)))
    s.append(Spacer(1, 6))
    meta = [["Date:", "Thursday, 8 May 2025"], ["Time:", "9.30am"],
            ["Location:", "Council Chamber, 27 Waimārie Street, Tawhitirangi"]]
    mt = Table([[Paragraph(f"<b>{a}</b>", body), Paragraph(b, body)] for a, b in meta], colWidths=[25 * mm, 145 * mm], hAlign="LEFT")
    mt.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    s.append(mt)
    s.append(Spacer(1, 8))
    att = [["PRESENT", "Chairperson Cr Aroha Ngata<br/>Deputy Chairperson Cr Bruce Tomlinson<br/>Members Mayor Grant McAlister, "
                       "Deputy Mayor Sina Faleolo, Cr Hēmi Parata, Cr Priya Raman, Cr Tania Whitiora, Cr Owen Gallagher (via audio-visual link)"],
           ["IN ATTENDANCE", "Jo Ridley (Chief Executive), Michael Tan (Group Manager Corporate Services), Rewi Haumoana "
                             "(Group Manager Infrastructure), Kate Fowler (Community Development Lead), Alana Stuart "
                             "(Governance Advisor)"]]
    t = Table([[Paragraph(f"<b>{a}</b>", small), Paragraph(b, style("ab", F, 9, 13))] for a, b in att],
              colWidths=[35 * mm, 135 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEABOVE", (0, 0), (-1, 0), 0.6, TEAL),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.6, TEAL), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s.append(t)

    def H(x):
        s.append(Paragraph(x, h1))

    def H2(x):
        s.append(Paragraph(x, h2))

    def P(x, st=body):
        s.append(Paragraph(x, st))

    def RES(num, mover, seconder, lead, limbs=(), result="CARRIED"):
        blk = [Paragraph(f"<b>Resolution number {num}</b>", body),
               Paragraph(f"Moved: {mover}<br/>Seconded: {seconder}", body),
               Paragraph(lead, body)]
        blk += [Paragraph(f"{chr(97 + i)})&nbsp;&nbsp;{x}", lim) for i, x in enumerate(limbs)]
        blk.append(Paragraph(f"<b>{result}</b>", style("cr", FB, 9.5, 13, alignment=2)))
        t = Table([[blk]], colWidths=[170 * mm])
        t.setStyle(TableStyle([("LINEBEFORE", (0, 0), (0, 0), 2.5, TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef6f6"))]))
        s.append(KeepTogether([t, Spacer(1, 6)]))

    H("1&nbsp;&nbsp;&nbsp;Karakia Timatanga")
    P("Cr Hēmi Parata opened the meeting with a karakia.")
    H("2&nbsp;&nbsp;&nbsp;Apologies")
    RES("CFC/2025/038", "Cr Tania Whitiora", "Deputy Mayor Sina Faleolo",
        "That the apology received from Cr Lisa Barnard be accepted.")
    H("3&nbsp;&nbsp;&nbsp;Declarations of Interest")
    P("Cr Raman declared an interest in item 6.2 as a trustee of Tawhitirangi Foodbank Trust, an applicant to the "
      "Community Grants Fund. She took no part in the discussion or voting on that item.")
    H("4&nbsp;&nbsp;&nbsp;Public Forum")
    H2("4.1&nbsp;&nbsp;&nbsp;Tawhiti Bay Residents’ Association – Seawall")
    P("Ms Ruth Kereama, chair of the Tawhiti Bay Residents’ Association, spoke about erosion behind the Tawhiti Bay seawall "
      "after the storms of February 2025 and asked that residents be involved in the design of the replacement wall. "
      "She tabled photographs (Attachment A).")
    H2("4.2&nbsp;&nbsp;&nbsp;Ōpito Valley Pony Club – Lease of Domain Land")
    P("Mr Dean Hollis spoke on behalf of the Ōpito Valley Pony Club about the renewal of its lease at Ōpito Domain, which "
      "expires on 30 September 2025, and asked for a 10-year term. He tabled a letter of support from Ōpito School "
      "(Attachment B).")
    P("The Chairperson thanked the speakers. Staff will respond to the Pony Club in writing.")
    P("<b>Attachments</b>", body)
    P("a&nbsp;&nbsp;&nbsp;Public Forum – Tawhiti Bay Residents’ Association – photographs of seawall erosion", lim)
    P("b&nbsp;&nbsp;&nbsp;Public Forum – Ōpito Valley Pony Club – letter of support from Ōpito School", lim)
    H("5&nbsp;&nbsp;&nbsp;Confirmation of Minutes")
    RES("CFC/2025/039", "Cr Bruce Tomlinson", "Cr Priya Raman",
        "That the minutes of the Community and Finance Committee meeting held on 27 March 2025 be confirmed as a true and "
        "correct record.")
    H("6&nbsp;&nbsp;&nbsp;Reports")
    H2("6.1&nbsp;&nbsp;&nbsp;Financial Performance Report – Nine Months to 31 March 2025")
    P("Michael Tan spoke to the report. Operating revenue is $1.3 million ahead of budget, mainly because of higher "
      "interest income and building consent fees. Capital expenditure is 58% of the full-year budget, and $4.1 million of "
      "roading renewals will be carried forward to 2025/26.")
    RES("CFC/2025/040", "Mayor Grant McAlister", "Cr Owen Gallagher",
        "That the Community and Finance Committee receives the Financial Performance Report for the nine months to "
        "31 March 2025.")
    H2("6.2&nbsp;&nbsp;&nbsp;Community Grants Fund 2025/26 – First Round Allocations")
    P("Kate Fowler spoke to the report. The fund received 31 applications totalling $296,000. Under the Community Grants "
      "Policy, the fund’s priorities for 2025/26 are:")
    for x in ["the wellbeing of tamariki and rangatahi", "environmental restoration and predator control",
              "community-led emergency preparedness", "te reo Māori and tikanga in the community"]:
        P("•&nbsp;&nbsp;" + x, style("bl", F, 9.5, 13, leftIndent=10 * mm, firstLineIndent=-4 * mm, spaceAfter=1))
    s.append(Spacer(1, 4))
    P("Members discussed the balance between urban and rural applicants.")
    RES("CFC/2025/041", "Cr Hēmi Parata", "Cr Tania Whitiora",
        "That the Community and Finance Committee:",
        ["Receives the report Community Grants Fund 2025/26 – First Round Allocations.",
         "Approves grants totalling $184,500 from the Community Grants Fund 2025/26 to the 23 organisations listed in "
         "Attachment 1 to the report.",
         "Notes that $15,500 remains unallocated for the second funding round, which opens in October 2025."])
    P("Cr Tomlinson asked that his vote against the resolution be recorded.")
    H2("6.3&nbsp;&nbsp;&nbsp;Draft Fees and Charges 2025/26")
    P("Michael Tan presented the draft schedule of fees and charges for inclusion in the Annual Plan 2025/26. Members "
      "raised concern about the proposed 14% increase in dog registration fees and its impact on rural ratepayers "
      "with working dogs, and asked for more information before making a recommendation to Council.")
    RES("CFC/2025/042", "Cr Owen Gallagher", "Cr Bruce Tomlinson",
        "That the report Draft Fees and Charges 2025/26 lie on the table until the Committee’s meeting on 19 June 2025, and "
        "that staff provide further information on the effect of the proposed dog registration fees on owners of working dogs.")
    P("The item was left to lie on the table.")
    H2("6.4&nbsp;&nbsp;&nbsp;Tawhiti Bay Seawall Renewal – Procurement Approach")
    P("Rewi Haumoana spoke to the report. The seawall renewal is included in the Long Term Plan 2024–2034 with a budget of "
      "$2.6 million, and is co-funded by the Waikōura Regional Council. Members asked that the Tawhiti Bay Residents’ "
      "Association be consulted on the design, as requested in the public forum.")
    RES("CFC/2025/043", "Cr Aroha Ngata", "Deputy Mayor Sina Faleolo",
        "That the Community and Finance Committee:",
        ["Receives the report Tawhiti Bay Seawall Renewal – Procurement Approach.",
         "Approves a two-stage open tender for the design and construction of the Tawhiti Bay seawall renewal.",
         "Delegates to the Chief Executive the authority to award the construction contract up to a value of "
         "$2.4 million (excluding GST).",
         "Requests that staff hold a design workshop with the Tawhiti Bay Residents’ Association before the tender is "
         "released."])
    P("Rewi Haumoana advised that staff will report to the Committee on the outcome of the tender in September 2025.")
    H("7&nbsp;&nbsp;&nbsp;Public Excluded")
    RES("CFC/2025/044", "Cr Bruce Tomlinson", "Cr Priya Raman",
        "That the public be excluded from the following part of the proceedings of this meeting. The general subject of "
        "the matter to be considered while the public is excluded, the reason for passing this resolution and the "
        "grounds under section 48(1) of the Local Government Official Information and Meetings Act 1987 are as follows:")
    rows = [["General subject of matter", "Reason for passing this resolution", "Ground under section 48(1)"],
            ["7.1 Acquisition of Land – Kōwhai Street", "s7(2)(i) – to enable Council to carry on, without prejudice or "
             "disadvantage, negotiations", "s48(1)(a)(i)"]]
    pe = Table([[Paragraph(c, style("pc", FB if i == 0 else F, 8.5, 11)) for c in r] for i, r in enumerate(rows)],
               colWidths=[55 * mm, 80 * mm, 35 * mm])
    pe.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d7ebeb"))]))
    s.append(pe)
    s.append(Spacer(1, 6))
    P("The public were excluded at 11.42am.")
    P("<i>[Resolution CFC/2025/045 is recorded in the public excluded minutes.]</i>")
    RES("CFC/2025/046", "Cr Aroha Ngata", "Cr Hēmi Parata", "That the public be re-admitted to the meeting.")
    P("The public part of the meeting resumed at 12.05pm.")
    H("8&nbsp;&nbsp;&nbsp;Karakia Whakamutunga")
    P("Cr Parata closed the meeting with a karakia.")
    P("The meeting closed at 12.08pm.")
    s.append(Spacer(1, 8))
    P("The minutes of this meeting will be confirmed at the Community and Finance Committee meeting to be held on "
      "19 June 2025.")
    s.append(Spacer(1, 16))
    P("...................................................<br/>CHAIRPERSON")

    def deco(c, d):
        c.saveState()
        c.setFont(F, 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        if d.page > 1:
            c.drawString(20 * mm, 285 * mm, "Community and Finance Committee Minutes")
            c.drawRightString(190 * mm, 285 * mm, "8 May 2025")
        c.drawRightString(190 * mm, 10 * mm, f"Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title="CFC minutes 8 May 2025")
    doc.build(s, onFirstPage=deco, onLaterPages=deco)


if __name__ == "__main__":
    build()
