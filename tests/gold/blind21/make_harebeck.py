"""Housing association committee minutes: purple masthead, boxed attendance with initials "(JM)", numbered
items with right-aligned paper references, shaded "Decision:" box after each item, actions written with
initials ("JM to circulate ... by 30 June"), KPI table, four-priority list inside an item, confidential item,
running header "CONFIDENTIAL DRAFT" on pages 2 onwards only."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, numbered_canvas, style

STEM = "blind21-uk-harebeck-ha-customer-and-communities-committee-minutes-2025-05-21"
PURPLE = colors.HexColor("#4b2a6b")
LAV = colors.HexColor("#efe9f5")


def build():
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    body = style("b", F, 9.5, 13, spaceAfter=4)
    act = style("a", FB, 9.5, 13, spaceAfter=4, textColor=PURPLE)
    cell = style("c", F, 9, 12)
    cellb = style("cb", FB, 9, 12)
    hl = style("hl", FB, 10.5, 13, textColor=PURPLE)
    hr = style("hr", FI, 8.5, 13, alignment=2, textColor=colors.grey)
    W = 170 * mm

    def P(t, st=body):
        return Paragraph(t, st)

    def H(n, t, paper=""):
        tb = Table([[P(f"{n}.&nbsp;&nbsp;{t}", hl), P(paper, hr)]], colWidths=[140 * mm, 30 * mm])
        tb.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                                ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
        return tb

    def D(text):
        tb = Table([[P("Decision:", cellb), P(text, cell)]], colWidths=[22 * mm, W - 22 * mm])
        tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LAV), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LINEBEFORE", (0, 0), (0, -1), 2.5, PURPLE), ("TOPPADDING", (0, 0), (-1, -1), 5),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        return KeepTogether([Spacer(1, 2), tb, Spacer(1, 5)])

    mast = Table([[P("<font color='white'><b>Harebeck</b> Housing Association</font>", style("m1", F, 17, 21)),
                   P("<font color='white'>Customer and Communities Committee<br/>MINUTES</font>",
                     style("m2", FB, 10, 13, alignment=2))]], colWidths=[100 * mm, 70 * mm])
    mast.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PURPLE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("TOPPADDING", (0, 0), (-1, -1), 9), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    s = [mast, Spacer(1, 6),
         P("Minutes of the meeting of the Customer and Communities Committee of Harebeck Housing Association (HHA) "
           "held on Wednesday 21 May 2025 at 2.00pm at Harebeck House, 22 Tanners Row, Harebeck, and via Zoom."),
         Spacer(1, 4)]
    att = [["Committee members", "Joanna Marsh (JM) – Chair<br/>Dr Kwame Asante (KA) – Vice Chair<br/>"
                                 "Rhiannon Pugh (RP) – Resident Member<br/>Stuart Ellery (SE)<br/>"
                                 "Farah Qureshi (FQ) – Co-opted Member (via Zoom)"],
           ["In attendance", "Neil Brennan (NB) – Director of Housing<br/>"
                             "Catherine Yeo (CY) – Head of Repairs and Maintenance<br/>"
                             "Tomasz Nowak (TN) – Head of Income<br/>"
                             "Sophie Langford (SL) – Chair, Harebeck Tenants’ Forum (item 5 only)<br/>"
                             "Amelia Stott (AS) – Governance Officer (minutes)"],
           ["Apologies", "Graham Hurd (GH) – Committee Member"]]
    at = Table([[P(a, cellb), P(b, cell)] for a, b in att], colWidths=[38 * mm, 132 * mm])
    at.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, PURPLE), ("LINEBELOW", (0, 0), (-1, -2), 0.3, PURPLE),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [at, Spacer(1, 4)]

    s += [H("1", "Welcome, apologies and quorum"),
          P("JM welcomed members and noted that FQ was attending via Zoom. Apologies were received from GH. "
            "The meeting was quorate."),
          D("The Committee noted the apologies and confirmed that the meeting was quorate.")]
    s += [H("2", "Declarations of interest"),
          P("RP declared an interest in item 6 as an HHA tenant whose home had been treated for damp in 2024."),
          D("The Committee agreed that RP could take part in item 6, as the policy applies to all residents "
            "equally.")]
    s += [H("3", "Minutes of the meeting held on 19 March 2025 and action log", "Paper CC25/19"),
          P("The minutes were reviewed for accuracy. All actions on the log were complete except A25/07 (revised "
            "voids standard leaflet), which had slipped because of design changes."),
          P("NB to publish the revised voids standard leaflet by 30 June.", act),
          D("The minutes of the meeting held on 19 March 2025 were approved as an accurate record.")]
    s += [H("4", "Quarter 4 2024/25 performance report", "Paper CC25/20"),
          P("CY and TN presented the year-end position against the key performance indicators:")]
    kpi = [["Measure", "Target", "Q4 actual", "Status"],
           ["Emergency repairs completed within 24 hours", "98%", "95.1%", "Amber"],
           ["Routine repairs completed within 28 days", "90%", "86.4%", "Red"],
           ["Average re-let time (general needs)", "28 days", "31.2 days", "Amber"],
           ["Current tenant rent arrears", "3.0%", "2.7%", "Green"],
           ["Stage 1 complaints answered within 10 working days", "95%", "96.8%", "Green"]]
    rag = {"Red": "#f4c7c3", "Amber": "#fce8b2", "Green": "#cfe8cf"}
    kt = Table([[P(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(kpi)],
               colWidths=[90 * mm, 25 * mm, 30 * mm, 25 * mm])
    kst = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), LAV)]
    for i, r in enumerate(kpi[1:], 1):
        kst.append(("BACKGROUND", (3, i), (3, i), colors.HexColor(rag[r[3]])))
    kt.setStyle(TableStyle(kst))
    s += [kt, Spacer(1, 5),
          P("Members challenged the fall in routine repairs performance. CY explained that the new scheduling "
            "system had gone live in February and that a backlog of 410 jobs was being cleared with additional "
            "contractor support. KA asked how many tenants in arrears were moving onto Universal Credit; TN "
            "estimated 240 households in 2025/26."),
          P("CY to circulate a breakdown of emergency repairs completed outside 24 hours, by area and trade, "
            "by 30 June.", act),
          P("TN to bring a rent arrears recovery plan for Universal Credit cases to the September meeting.", act),
          D("The Committee noted the Quarter 4 2024/25 performance report.")]
    s += [H("5", "Tenant Satisfaction Measures 2024/25", "Paper CC25/21"),
          P("NB presented the results of the 2024/25 perception survey, carried out by Fieldview Research Ltd, "
            "which must be submitted to the Regulator of Social Housing by 30 June 2025. Overall satisfaction was "
            "69.8%, down from 71.2%. SL set out the Tenants’ Forum’s view that communication about repairs "
            "remained the main source of dissatisfaction."),
          P("AS to add the TSM results to the Board agenda for 25 June 2025.", act),
          D("The Committee recommended the TSM 2024/25 results and accompanying narrative to the Board for "
            "approval and publication."),
          P("<i>SL left the meeting.</i>")]
    s += [H("6", "Damp, Mould and Condensation Policy review", "Paper CC25/22"),
          P("CY introduced the revised policy, which reflects the Housing Ombudsman’s spotlight report and the "
            "requirements of Awaab’s Law for social landlords from 27 October 2025, including investigation of "
            "hazards within 10 working days. Members asked that paragraph 4.3 make clear that residents will be "
            "offered temporary accommodation where repairs cannot be completed safely."),
          P("AS to update the policy register and publish the approved policy on the website by 13 June.", act),
          P("CY to report progress on the damp and mould case backlog to each meeting.", act),
          D("The Committee approved the revised Damp, Mould and Condensation Policy, subject to the amendment "
            "to paragraph 4.3 agreed at the meeting, with effect from 27 October 2025.")]
    s += [H("7", "Resident Engagement Strategy 2025–2028", "Paper CC25/23"),
          P("NB introduced the draft strategy, co-produced with the Harebeck Tenants’ Forum, which sets four "
            "priorities for 2025–2028:"),
          P("1.&nbsp;&nbsp;<b>Listening and responding</b> – acting on what residents tell us",
            style("l1", F, 9.5, 13, leftIndent=8 * mm)),
          P("2.&nbsp;&nbsp;<b>Scrutiny with influence</b> – a resident scrutiny panel that shapes services",
            style("l2", F, 9.5, 13, leftIndent=8 * mm)),
          P("3.&nbsp;&nbsp;<b>Choice of channels</b> – digital and face-to-face options for every service",
            style("l3", F, 9.5, 13, leftIndent=8 * mm)),
          P("4.&nbsp;&nbsp;<b>Stronger communities</b> – investing in local groups and neighbourhood spaces",
            style("l4", F, 9.5, 13, leftIndent=8 * mm, spaceAfter=5)),
          P("Members welcomed the strategy and asked for clear measures of impact for each priority."),
          D("The Committee endorsed the Resident Engagement Strategy 2025–2028 and recommended it to the Board "
            "for approval on 25 June 2025.")]
    s += [H("8", "Customer and communities risk register", "Paper CC25/24"),
          P("NB reported that the building safety compliance risk had increased following the identification of "
            "two blocks requiring fire door replacement."),
          P("NB to update the risk register and report the change to the Audit and Risk Committee on 9 July.", act),
          D("The Committee noted the customer and communities risk register and agreed to increase the residual "
            "score for risk CR07 (building safety compliance) from 12 to 16.")]
    s += [H("9", "Any other business"),
          P("SE gave notice that he will step down from the Committee at the end of his term in September 2025. "
            "Members thanked him for six years of service."),
          P("JM to circulate a draft role profile for the vacancy to members by 30 June.", act),
          D("The Committee agreed that JM, KA and RP would form the panel to recruit a replacement member.")]
    s += [Spacer(1, 4), P("<b>CONFIDENTIAL ITEM</b> – not for publication (commercially sensitive and personal "
                          "information)", style("cf", FB, 9.5, 13, textColor=colors.HexColor("#8b1a1a"))),
          H("10", "Tenancy fraud case review", "Paper CC25/25 (exempt)"),
          P("This item is recorded in a separate confidential minute."),
          D("The Committee agreed the recommended course of action set out in the confidential paper.")]
    s += [H("11", "Date of next meeting"),
          P("Wednesday 17 September 2025 at 2.00pm, Harebeck House."),
          Spacer(1, 16),
          P("Signed (Chair) ........................................&nbsp;&nbsp;&nbsp;&nbsp;"
            "Date ......................")]

    def draw(c, page, total):
        c.saveState()
        if page > 1:
            c.setFont(FB, 8)
            c.setFillColor(colors.HexColor("#8b1a1a"))
            c.drawString(20 * mm, 286 * mm, "CONFIDENTIAL DRAFT")
            c.setFont(F, 8)
            c.setFillColor(colors.grey)
            c.drawRightString(190 * mm, 286 * mm, "Customer and Communities Committee – 21 May 2025")
        c.setFont(F, 8)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, 10 * mm, "Harebeck Housing Association is a registered society and a registered "
                                       "provider of social housing.")
        c.drawRightString(190 * mm, 10 * mm, f"{page}/{total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm,
                            title="Customer and Communities Committee minutes 21 May 2025")
    doc.build(s, canvasmaker=numbered_canvas(draw))


if __name__ == "__main__":
    build()
