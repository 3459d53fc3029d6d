"""Housing association board minutes: coloured banner, ruled attendance grid, CAPS item headings with a
right-aligned paper reference, shaded resolution boxes with roman limbs, Part B confidential item,
running header and footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind11-uk-kestrelmoor-homes-board-minutes-2024-09-25"
TEAL = colors.HexColor("#0f5e63")


def build():
    fonts()
    F, FB = "DejaVuSerif", "DejaVuSerif-Bold"
    body = style("b", F, 9.5, 13, spaceAfter=5)
    headl = style("hl", FB, 10, 13, textColor=TEAL)
    headr = style("hr", F, 8.5, 13, alignment=2, textColor=colors.grey)
    res = style("r", FB, 9.5, 13)
    act = style("a", F, 9.5, 13, leftIndent=6 * mm)
    cell = style("c", F, 9, 12)
    cellb = style("cb", FB, 9, 12)
    W = 170 * mm
    s = []
    banner = Table([[Paragraph("<font color='white'><b>KESTRELMOOR HOMES LIMITED</b></font>", style("bn", FB, 15, 20)),
                     Paragraph("<font color='white'>Minutes of the Board</font>", style("bn2", F, 12, 20, alignment=2))]],
                   colWidths=[125 * mm, 45 * mm])
    banner.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TEAL), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    s.append(banner)
    s.append(Spacer(1, 6))
    s.append(Paragraph("Wednesday 25 September 2024, 10.00am – 1.15pm<br/>Boardroom, Kestrel House, 14 Mill Lane, "
                       "Thornbury Vale, and via Microsoft Teams", style("v", F, 9.5, 13)))
    s.append(Spacer(1, 6))
    grid = [
        ["Board members present", "Anjali Mistry (Chair); Geoffrey Tull (Vice Chair); Cllr Bernadette Quinn; "
                                  "Marcus Adeyemi; Leon Barraclough (Tenant Board Member); Fiona Strachan (via Teams)"],
        ["Executive team", "Paul Hendry (Chief Executive); Sian Morgan (Director of Finance); "
                           "Ravi Sandhu (Director of Property Services)"],
        ["In attendance", "Claire Dunmore (Company Secretary, minutes); Oliver Pike (Grant Thornley LLP, "
                          "internal auditors) for item 7 only"],
        ["Apologies", "Hugh Latimer (Board Member)"],
    ]
    g = Table([[Paragraph(a, cellb), Paragraph(b, cell)] for a, b in grid], colWidths=[42 * mm, 128 * mm])
    g.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e4f0f0"))]))
    s.append(g)
    s.append(Spacer(1, 8))

    def H(num, title, paper=""):
        t = Table([[Paragraph(f"{num}.&nbsp;&nbsp;&nbsp;{title}", headl), Paragraph(paper, headr)]],
                  colWidths=[135 * mm, 35 * mm])
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.6, TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 6)]))
        return t

    def box(text):
        t = Table([[Paragraph(text, res)]], colWidths=[W])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3f3")),
                               ("BOX", (0, 0), (-1, -1), 0.6, TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
        return t

    def P(x, st=body):
        return Paragraph(x, st)

    s += [H("1", "WELCOME AND APOLOGIES"),
          P("The Chair welcomed members and noted that Oliver Pike would join for item 7. Apologies were received "
            "from Hugh Latimer. The meeting was quorate.")]
    s += [H("2", "DECLARATIONS OF INTEREST"),
          P("Leon Barraclough declared an interest in item 8 as a tenant of Kestrelmoor Homes. Cllr Quinn declared "
            "an interest as a member of Thornbury Vale District Council in item 9."),
          box("The Board AGREED that Leon Barraclough could take part in the discussion on item 8, as the matter "
              "affects all tenants equally.")]
    s += [H("3", "MINUTES OF THE MEETING HELD ON 17 JULY 2024 AND ACTION LOG", "Paper B24/57"),
          P("The minutes were reviewed for accuracy."),
          box("The Board APPROVED the minutes of the meeting held on 17 July 2024 as a correct record."),
          Spacer(1, 4),
          P("The Board noted that actions 24/31 and 24/33 were complete and that action 24/35 (stock condition "
            "survey timetable) is covered under item 4.")]
    s += [H("4", "CHIEF EXECUTIVE’S UPDATE", "Paper B24/58"),
          P("Paul Hendry reported on the outcome of the Regulator of Social Housing’s inspection, which had "
            "confirmed a C1 consumer grading, and on two determinations by the Housing Ombudsman. The stock "
            "condition survey will be completed by the end of March 2025."),
          P("The report was noted.", res),
          P("<b>Action:</b> Paul Hendry to circulate the Regulator’s feedback letter to Board members by 4 October 2024.", act)]
    s += [H("5", "TENANT SATISFACTION MEASURES 2023/24", "Paper B24/59"),
          P("Sian Morgan presented the results. Overall satisfaction was 71.4%, up from 68.0%. The Customer Voice "
            "Panel had reviewed the narrative and asked for the complaints data to be shown by area."),
          box("The Board RESOLVED to approve the publication of the Tenant Satisfaction Measures 2023/24 on the "
              "Kestrelmoor Homes website by 30 September 2024."),
          Spacer(1, 4),
          P("<b>Action:</b> Sian Morgan to add complaints data by area to the published summary.", act)]
    s += [H("6", "TREASURY MANAGEMENT STRATEGY AND LOAN COVENANT COMPLIANCE", "Paper B24/60"),
          P("Sian Morgan introduced the strategy, which keeps at least 18 months of committed spend covered by "
            "available facilities. Members discussed interest rate exposure and the proposed new facility with "
            "Northmoor Bank plc. Geoffrey Tull asked that the stress tests include a scenario combining higher "
            "repairs costs with a rent freeze; Sian Morgan confirmed this would be in the next business plan."),
          box("The Board RESOLVED to: (i) approve the Treasury Management Strategy 2024/25; (ii) delegate authority "
              "to the Director of Finance to agree the terms of a £15m revolving credit facility with Northmoor Bank "
              "plc, within the parameters set out in section 4 of the report; and (iii) note that all loan "
              "covenants were met at 30 June 2024.")]
    s += [H("7", "INTERNAL AUDIT REPORT: DAMP AND MOULD", "Paper B24/61"),
          P("Oliver Pike of Grant Thornley LLP presented the audit, which gave reasonable assurance and made three "
            "recommendations on case closure and follow-up inspections. The Audit and Risk Committee had "
            "considered the report on 10 September 2024."),
          P("The Board noted the report.", res),
          P("<b>Action:</b> Ravi Sandhu to implement the three audit recommendations by 31 December 2024, with "
            "progress reported to the Audit and Risk Committee.", act),
          P("Oliver Pike left the meeting.")]
    s += [H("8", "RENT AND SERVICE CHARGE SETTING PRINCIPLES 2025/26", "Paper B24/62"),
          P("The Board considered options for rent increases from April 2025 within the rent standard."),
          box("The Board AGREED the rent and service charge setting principles for 2025/26, applying the "
              "maximum increase of CPI + 1% permitted under the Rent Standard, with service charges set to recover "
              "actual costs.")]
    s += [H("9", "CORPORATE STRATEGY 2023–2028: YEAR 2 PROGRESS", "Paper B24/63"),
          P("Paul Hendry reported progress against the four strategic objectives of the Corporate Strategy 2023–2028:")]
    rows = [["Strategic objective", "Year 2 status"],
            ["1. Safe, warm and well-maintained homes", "On track"],
            ["2. Excellent, accessible customer service", "Some slippage"],
            ["3. A financially strong and well-governed organisation", "On track"],
            ["4. Thriving, connected neighbourhoods", "On track"]]
    t = Table([[Paragraph(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(rows)],
              colWidths=[120 * mm, 50 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey), ("LINEABOVE", (0, 0), (-1, 0), 0.8, TEAL)]))
    s += [t, Spacer(1, 5),
          P("Members asked for a deep dive on customer service at the next meeting, including the new contact "
            "centre with Thornbury Vale District Council."),
          P("<b>Action:</b> Company Secretary to schedule a customer service deep dive for the November Board.", act)]
    s += [H("10", "ANY OTHER BUSINESS"),
          P("Fiona Strachan confirmed that she would step down from the Board at the Annual General Meeting on "
            "11 December 2024."),
          box("The Board AGREED to begin recruitment for a replacement Board member with asset management "
              "experience.")]
    s += [H("11", "DATE OF NEXT MEETING"),
          P("Wednesday 27 November 2024 at 10.00am, Kestrel House.")]
    s += [Spacer(1, 6), P("<b>PART B – CONFIDENTIAL</b>"),
          H("12", "DEVELOPMENT PIPELINE – HARROW LANE SITE", "Paper B24/64"),
          P("This item is recorded in the confidential minutes of the meeting.")]
    s += [Spacer(1, 14), P("Signed as a correct record ...............................................&nbsp;&nbsp;Chair"
                           "&nbsp;&nbsp;&nbsp;&nbsp;Date ......................")]

    def page(c, d):
        c.saveState()
        c.setFont(F, 7.5)
        c.setFillColor(colors.grey)
        if d.page > 1:
            c.drawString(20 * mm, 287 * mm, "Kestrelmoor Homes – Board – 25.09.24")
            c.drawRightString(190 * mm, 287 * mm, "OFFICIAL – SENSITIVE")
        c.drawCentredString(105 * mm, 10 * mm, f"Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm, title="Board minutes 25 September 2024")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
