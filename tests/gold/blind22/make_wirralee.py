"""Australian shire council ordinary meeting minutes: cover-style title block, numbered CAPS sections, officer
report items 11.x with file/author lines, OFFICER RECOMMENDATION then shaded COUNCIL RESOLUTION boxes with
'OCM 2025/2xx', mover/seconder, 'CARRIED 6/1', an amendment and a division; header/footer on every page."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind22-au-wirralee-shire-council-ordinary-meeting-minutes-2025-08-27"
OCHRE = colors.HexColor("#9a4b17")
SAND = colors.HexColor("#f6ece1")


def build():
    fonts()
    F, FB, FI = "LibSans", "LibSans-Bold", "LibSans-Italic"
    body = style("b", F, 10.5, 14.5, spaceAfter=5)
    h1 = style("h1", FB, 11.5, 15, spaceBefore=9, spaceAfter=4, textColor=OCHRE)
    h2 = style("h2", FB, 10.5, 14, spaceBefore=7, spaceAfter=3)
    meta = style("m", F, 9, 12, textColor=colors.HexColor("#444444"))
    lbl = style("lb", FB, 10, 13.5, spaceBefore=4, spaceAfter=2)
    rec = style("rec", FI, 10.5, 14.5, spaceAfter=4)
    W = 170 * mm
    s = []
    s.append(Paragraph("WIRRALEE SHIRE COUNCIL", style("t", FB, 18, 22, textColor=OCHRE)))
    s.append(Paragraph("MINUTES", style("t1", FB, 14, 18)))
    s.append(Paragraph("Ordinary Council Meeting<br/>Wednesday 27 August 2025 at 9.00am<br/>"
                       "Council Chambers, 18 Hopetoun Street, Narrun", style("t2", F, 11, 15, spaceAfter=10)))

    def H(x):
        return Paragraph(x, h1)

    def box(num, mover, seconder, paras, result):
        inner = [Paragraph(f"<b>COUNCIL RESOLUTION {num}</b>", body),
                 Paragraph(f"Moved: {mover}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Seconded: {seconder}", body)]
        inner += [Paragraph(p, body) for p in paras]
        inner.append(Paragraph(f"<b>{result}</b>", style("cr", FB, 10, 13.5, alignment=2)))
        t = Table([[inner]], colWidths=[W])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SAND), ("LINEBEFORE", (0, 0), (0, -1), 3, OCHRE),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return [t, Spacer(1, 6)]

    P = lambda x, st=body: Paragraph(x, st)
    s += [H("1. DECLARATION OF OPENING"), P("The Mayor, Cr Jodie Kermode, declared the meeting open at 9.02am.")]
    s += [H("2. ACKNOWLEDGEMENT OF COUNTRY"),
          P("<i>Wirralee Shire Council acknowledges the Traditional Custodians of the land on which we meet and pays its "
            "respects to their Elders past and present.</i>")]
    s += [H("3. ATTENDANCE"),
          P("<b>Councillors:</b> Cr Jodie Kermode (Mayor), Cr Phil Anstruther (Deputy Mayor), Cr Greg Pettifer, "
            "Cr Annabel Strachan, Cr Darren Whitfield, Cr Mei Ling Foo, Cr Rohan Batchelor"),
          P("<b>Officers:</b> Chief Executive Officer – Scott Raddatz; Director Corporate and Community Services – "
            "Kylie Borthwick; Director Infrastructure Services – Nathan Egerton; Manager Planning and Environment – "
            "Rhiannon Dwyer; Governance Officer (minute taker) – Jess Tamblyn"),
          P("<b>Gallery:</b> 14 members of the public")]
    s += [H("4. APOLOGIES AND LEAVE OF ABSENCE"),
          P("Cr Ian McAlpine has requested leave of absence for this meeting.")]
    s += box("OCM 2025/209", "Cr Anstruther", "Cr Foo",
             ["That Council grant Cr Ian McAlpine leave of absence for the Ordinary Council Meeting of 27 August 2025."],
             "CARRIED 7/0")
    s += [H("5. DECLARATIONS OF CONFLICT OF INTEREST"),
          P("Cr Batchelor declared a general conflict of interest in item 11.5 as a committee member of the Narrun Men’s "
            "Shed, and left the chamber for that item.")]
    s += [H("6. CONFIRMATION OF MINUTES")]
    s += box("OCM 2025/210", "Cr Strachan", "Cr Pettifer",
             ["That the Minutes of the Ordinary Council Meeting held on 23 July 2025 be confirmed as a true and correct record."],
             "CARRIED 7/0")
    s += [H("7. PUBLIC QUESTION TIME"),
          P("Ms Kath Loveday asked when the Tarrang Road footpath would be completed. The Director Infrastructure Services "
            "advised that works are scheduled for completion by 30 November 2025.")]
    s += [H("8. PETITIONS"),
          P("A petition with 212 signatures was received from residents of Gumbuya Road requesting that the unsealed "
            "section between Cobb Lane and the Tarrang Road intersection be sealed.")]
    s += box("OCM 2025/211", "Cr Whitfield", "Cr Batchelor",
             ["That Council receive the petition and request the Chief Executive Officer to provide a report on the cost "
              "of sealing Gumbuya Road to the Ordinary Council Meeting in November 2025."], "CARRIED 7/0")
    s += [H("9. REPORTS OF COMMITTEES"),
          Paragraph("9.1 Audit and Risk Committee – Minutes of 5 August 2025", h2)]
    s += box("OCM 2025/212", "Cr Foo", "Cr Anstruther",
             ["That Council note the unconfirmed minutes of the Audit and Risk Committee meeting held on 5 August 2025."],
             "CARRIED 7/0")
    s += [H("10. MAYOR AND COUNCILLOR REPORTS"),
          P("The Mayor reported on her attendance at the Rural Councils Victoria forum on 14 August 2025 and the "
            "Narrun Show on 16 August 2025.")]
    s += [H("11. OFFICER REPORTS")]

    def item(num, title, file, author, purpose):
        return [Paragraph(f"{num} {title}", h2),
                Paragraph(f"File: {file}&nbsp;&nbsp;&nbsp;&nbsp;Author: {author}", meta), Spacer(1, 3), P(purpose)]

    s += item("11.1", "Financial Report – July 2025", "FIN/04/12", "Manager Finance",
              "The report presents Council’s financial position at 31 July 2025 against the adopted 2025/26 Budget. "
              "Operating income was $3.91 million against a year-to-date budget of $3.76 million.")
    s += [Paragraph("OFFICER RECOMMENDATION", lbl), P("That Council receive the Financial Report for July 2025.", rec)]
    s += box("OCM 2025/213", "Cr Pettifer", "Cr Strachan",
             ["That Council receive the Financial Report for July 2025."], "CARRIED 7/0")
    s += item("11.2", "Development Application DA2025/046 – Eight-Lot Subdivision, 112 Coolabah Lane, Narrun",
              "DA2025/046", "Manager Planning and Environment",
              "An application has been received from Greyson Land Pty Ltd for an eight-lot subdivision in the Rural "
              "Living Zone. Eleven objections were received, mainly about stormwater and the condition of Coolabah Lane.")
    s += [Paragraph("OFFICER RECOMMENDATION", lbl),
          P("That Council issue a Notice of Decision to Grant a Permit for DA2025/046 subject to the conditions in "
            "Attachment 1.", rec),
          Paragraph("AMENDMENT", lbl),
          P("Moved: Cr Whitfield&nbsp;&nbsp;&nbsp;&nbsp;Seconded: Cr Strachan"),
          P("That the officer recommendation be amended by adding a condition requiring the developer to seal "
            "Coolabah Lane from the subdivision entrance to Hopetoun Street before the issue of a statement of "
            "compliance."),
          P("The amendment was CARRIED 4/3 and became the substantive motion."),
          P("<b>DIVISION</b> – Cr Pettifer called for a division on the substantive motion."),
          P("For: Cr Whitfield, Cr Strachan, Cr Kermode, Cr Batchelor<br/>Against: Cr Pettifer, Cr Anstruther, Cr Foo")]
    s += box("OCM 2025/214", "Cr Whitfield", "Cr Strachan",
             ["That Council issue a Notice of Decision to Grant a Permit for DA2025/046 subject to the conditions in "
              "Attachment 1 and an additional condition requiring the developer to seal Coolabah Lane from the "
              "subdivision entrance to Hopetoun Street before the issue of a statement of compliance."],
             "CARRIED 4/3")
    s += item("11.3", "Draft Waste and Resource Recovery Strategy 2025–2030", "WST/01/03", "Director Infrastructure Services",
              "The draft strategy responds to the Victorian Government’s four-stream household waste reforms and the "
              "planned closure of the Narrun landfill cell in 2027. It proposes a food organics and garden organics "
              "(FOGO) kerbside service from 1 July 2026. Community engagement in March and April 2025 drew 386 survey "
              "responses, and Recycling Victoria was consulted on regional transfer "
              "station options.")
    s += [Paragraph("OFFICER RECOMMENDATION", lbl),
          P("That Council: 1. endorse the Draft Waste and Resource Recovery Strategy 2025–2030 for public exhibition "
            "for a period of six weeks; and 2. receive a further report with submissions at the Ordinary Council "
            "Meeting in December 2025.", rec)]
    s += box("OCM 2025/215", "Cr Foo", "Cr Anstruther",
             ["That Council:", "1. endorse the Draft Waste and Resource Recovery Strategy 2025–2030 for public exhibition "
              "for a period of six weeks; and",
              "2. receive a further report with submissions at the Ordinary Council Meeting in December 2025."],
             "CARRIED 6/1")
    s += item("11.4", "Tender RFT 05/2025 – Ferguson Creek Bridge Renewal", "TEN/05/2025", "Director Infrastructure Services",
              "Four tenders were received. The project is funded under the Australian Government’s Bridges Renewal "
              "Program ($1.2 million) and Council’s capital works program.")
    s += [Paragraph("OFFICER RECOMMENDATION", lbl),
          P("That Council award Contract RFT 05/2025 to Ironbark Civil Pty Ltd for the lump sum of $1,684,920 "
            "(excluding GST) and authorise the Chief Executive Officer to sign the contract.", rec)]
    s += box("OCM 2025/216", "Cr Anstruther", "Cr Pettifer",
             ["That Council award Contract RFT 05/2025 to Ironbark Civil Pty Ltd for the lump sum of $1,684,920 "
              "(excluding GST) and authorise the Chief Executive Officer to sign the contract."], "CARRIED 7/0")
    s += item("11.5", "Community Grants Program – Round 1 2025/26", "GRA/02/01", "Director Corporate and Community Services",
              "Twenty-three applications were assessed by the panel. Cr Batchelor left the chamber at 10.41am.")
    s += [Paragraph("OFFICER RECOMMENDATION", lbl),
          P("That Council approve 17 community grants totalling $84,350 as listed in Attachment 2.", rec)]
    s += box("OCM 2025/217", "Cr Strachan", "Cr Kermode",
             ["That Council approve 17 community grants totalling $84,350 as listed in Attachment 2."], "CARRIED 6/0")
    s += [P("Cr Batchelor returned to the chamber at 10.47am.")]
    s += item("11.6", "Road Management Plan Review 2025", "RDS/07/01", "Director Infrastructure Services",
              "Council must review its Road Management Plan within the period required by the Road Management Act 2004. "
              "The draft plan keeps current inspection frequencies, but shortens the intervention time for potholes on "
              "link roads from 28 to 14 days. Councillors asked for a briefing on the cost of the change before adoption.")
    s += [Paragraph("OFFICER RECOMMENDATION", lbl),
          P("That Council place the draft Road Management Plan 2025 on public exhibition for 28 days.", rec)]
    s += box("OCM 2025/218", "Cr Pettifer", "Cr Whitfield",
             ["That Council:", "1. place the draft Road Management Plan 2025 on public exhibition for 28 days; and",
              "2. request the Chief Executive Officer to provide a councillor briefing on the cost of the revised "
              "intervention times before the plan is presented for adoption in October 2025."], "CARRIED 7/0")
    s += [H("12. NOTICES OF MOTION"), Paragraph("12.1 Notice of Motion 3/2025 – Roadside Slashing Program (Cr Whitfield)", h2)]
    s += box("OCM 2025/219", "Cr Whitfield", "Cr Batchelor",
             ["That Council request the Chief Executive Officer to bring forward the 2025/26 roadside slashing program "
              "to begin in September 2025, ahead of the fire danger period."], "LOST 3/4")
    s += [H("13. URGENT BUSINESS"), P("Nil.")]
    s += [H("14. CONFIDENTIAL BUSINESS")]
    s += box("OCM 2025/220", "Cr Anstruther", "Cr Foo",
             ["That the meeting be closed to the public under section 66(2)(a) of the Local Government Act 2020 to "
              "consider item 14.1 Chief Executive Officer Annual Performance Review, which contains personal information."],
             "CARRIED 7/0")
    s += [Paragraph("14.1 Chief Executive Officer Annual Performance Review", h2),
          P("This item was considered in closed session. The meeting was re-opened to the public at 11.55am.")]
    s += [H("15. CLOSURE"),
          P("There being no further business, the Mayor declared the meeting closed at 12.04pm. The next Ordinary "
            "Council Meeting will be held on Wednesday 24 September 2025."), Spacer(1, 14),
          P("Confirmed this ............ day of ........................ 2025"), Spacer(1, 12),
          P(".......................................................<br/>MAYOR")]

    def page(c, d):
        c.saveState()
        c.setFillColor(OCHRE)
        c.rect(0, 290 * mm, 210 * mm, 7 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont(FB, 8)
        c.drawRightString(190 * mm, 292.3 * mm, "WIRRALEE SHIRE COUNCIL")
        c.setFillColor(colors.black)
        c.setFont(F, 8)
        c.drawString(20 * mm, 10 * mm, "Minutes – Ordinary Council Meeting – 27 August 2025")
        c.drawRightString(190 * mm, 10 * mm, f"Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm, title="Ordinary Council Meeting Minutes")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
