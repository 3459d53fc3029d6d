"""Irish county council annual service delivery plan end-of-year progress report: bilingual masthead, Chief
Executive's introduction, numbered corporate goals, objectives numbered per goal (1.1, 1.2, 2.1 ...), one ruled action
table per goal (Obj. | Action | Lead section | Target date | Status | Progress) with coloured RAG status cells, a RAG
key box, a summary table, a "New for 2025" list with "(Lead: ...)" tails, "Page x of y" footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, numbered_canvas, style

STEM = "blind23-ie-carrigmoyle-coco-annual-service-delivery-plan-2024-progress-report-2025-02"
GREEN_D = colors.HexColor("#00664f")
RAG = {"G": colors.HexColor("#8fd19e"), "A": colors.HexColor("#ffd27f"), "R": colors.HexColor("#f28b82")}

GOALS = [
    ("Housing and Sustainable Communities", [
        "Increase the supply of social and affordable homes",
        "Improve the quality and management of the Council’s housing stock",
        "Support inclusive, age-friendly and safe communities"], [
        ("1.1", "Deliver 146 social homes through build, acquisition and leasing", "Housing", "Dec 2024", "G",
         "152 homes delivered (98 build, 31 acquisition, 23 leasing)."),
        ("1.1", "Complete the 24-unit scheme at Convent Road, Ballyderrig with Moyle Valley Housing Association",
         "Housing", "Q3 2024", "A", "Handover delayed to March 2025 pending ESB Networks connection."),
        ("1.2", "Complete energy retrofits of 60 council homes to a B2 BER", "Housing / Architects", "Dec 2024", "G",
         "64 homes completed."),
        ("1.2", "Reduce the average re-let time of vacant council homes to 16 weeks", "Housing", "Dec 2024", "R",
         "Average of 22.5 weeks; additional voids contractor appointed in November."),
        ("1.3", "Publish the Carrigmoyle Age Friendly Strategy 2024–2028", "Community", "Q2 2024", "G",
         "Launched on 18 June 2024."),
        ("1.3", "Establish the Carrigmoyle Local Community Safety Partnership", "Community", "Q4 2024", "A",
         "Members appointed; first meeting to be held in January 2025.")]),
    ("Economic Development and Tourism", [
        "Support enterprise and job creation",
        "Develop Carrigmoyle as a sustainable tourism destination",
        "Regenerate our towns and villages"], [
        ("2.1", "Provide mentoring and training to 450 small businesses", "Local Enterprise Office", "Dec 2024", "G",
         "512 businesses supported; 61 jobs created by grant-aided clients."),
        ("2.1", "Complete the Drumlevan Enterprise Hub extension", "Economic Development", "30/09/2024", "G",
         "Opened 12 September 2024; 9 of 14 units let."),
        ("2.2", "Open the Moyle Valley Greenway Phase 2 from Tullynagh to Moyle Bridge (14 km)",
         "Roads and Transportation", "Q3 2024", "R", "Land acquisition ongoing; opening now expected in 2026."),
        ("2.2", "Deliver a county tourism marketing campaign with Fáilte Ireland", "Tourism", "Q2 2024", "G",
         "Campaign ran from April to June 2024."),
        ("2.3", "Prepare a Town Centre First plan for Ballyderrig", "Planning", "Dec 2024", "A",
         "Draft plan completed; public consultation in February 2025."),
        ("2.3", "Bring 20 vacant properties back into use through the Croí Cónaithe (Towns) Fund",
         "Planning / Housing", "Dec 2024", "G", "23 grants approved.")]),
    ("Climate Action and Environment", [
        "Reduce the Council’s greenhouse gas emissions and improve energy efficiency",
        "Protect water quality, biodiversity and our natural heritage",
        "Reduce waste and tackle littering and illegal dumping"], [
        ("3.1", "Adopt the Carrigmoyle Local Authority Climate Action Plan 2024–2029", "Climate Action", "Q1 2024", "G",
         "Adopted by the Council on 12 February 2024."),
        ("3.1", "Convert 1,800 public lights to LED", "Roads and Transportation", "Dec 2024", "A",
         "1,420 lights converted; remainder in Q1 2025."),
        ("3.2", "Complete the County Biodiversity Action Plan", "Environment / Heritage", "Q4 2024", "A",
         "Draft out for consultation until 28 February 2025."),
        ("3.2", "Inspect 300 domestic waste water treatment systems", "Environment", "Dec 2024", "G",
         "311 inspections completed."),
        ("3.3", "Deploy CCTV at 10 illegal dumping hotspots", "Environment", "31/10/2024", "G",
         "Cameras installed at 10 sites; 38 fines issued.")]),
    ("An Effective and Responsive Council", [
        "Deliver high-quality, accessible customer services",
        "Manage our finances and resources responsibly"], [
        ("4.1", "Launch an online customer portal for housing repairs and planning queries", "Corporate Services / IT",
         "Q3 2024", "A", "Housing repairs module live; planning module due in Q2 2025."),
        ("4.1", "Resolve 90% of customer calls at the first point of contact", "Customer Services", "Ongoing", "G",
         "91.4% resolved at first contact."),
        ("4.2", "Achieve a commercial rates collection rate of 88%", "Finance", "Dec 2024", "G", "89.2% collected."),
        ("4.2", "Publish the Annual Report 2023", "Corporate Services", "30/06/2024", "G", "Published 27 June 2024.")]),
]
HIGHLIGHTS = [
    "The Council exceeded its social housing delivery target for the third year in a row, and 64 homes were retrofitted "
    "with funding from the Department of Housing, Local Government and Heritage. Re-let times remain the main concern: "
    "a higher number of vacant homes needed major works, and a second voids contractor was appointed in November.",
    "The Local Enterprise Office supported more businesses than in any previous year, and the Drumlevan Enterprise Hub "
    "opened its new wing. The Moyle Valley Greenway Phase 2 has been delayed by land acquisition; Transport "
    "Infrastructure Ireland has confirmed that funding remains in place.",
    "The first Local Authority Climate Action Plan was adopted in February, and the Council’s energy use fell by 7% "
    "against 2023. Public lighting upgrades are continuing with support from the Sustainable Energy Authority of "
    "Ireland (SEAI), and the biodiversity plan has been prepared with the Heritage Council.",
    "Customers can now report housing repairs online, and commercial rates collection reached its highest level since "
    "2008. The planning module of the customer portal was deferred to allow integration with the national ePlanning "
    "system."]
NEW = [("Prepare the Carrigmoyle Local Economic and Community Plan 2025–2031 with the Local Community Development "
        "Committee", "Community"),
       ("Begin construction of the Moyle Bridge Flood Relief Scheme with the Office of Public Works",
        "Roads and Transportation"),
       ("Introduce a tenant engagement framework for council housing", "Housing"),
       ("Install 12 public electric vehicle charge points in towns and villages", "Climate Action"),
       ("Implement the Carrigmoyle Digital Strategy 2025–2027", "Corporate Services / IT")]


def build():
    fonts()
    F, FB = "LibSans", "LibSans-Bold"
    body = style("b", F, 10.5, 14, spaceAfter=6)
    h1 = style("h1", FB, 15, 19, textColor=GREEN_D, spaceAfter=6, spaceBefore=4)
    gh = style("gh", FB, 13, 16, textColor=colors.white)
    obj = style("o", F, 10.5, 14, leftIndent=10 * mm, firstLineIndent=-10 * mm, spaceAfter=3)
    cell = style("c", F, 8.5, 10.8)
    cellb = style("cb", FB, 8.5, 10.8, textColor=colors.white)
    s = []
    mast = Table([[Paragraph("Comhairle Contae Charraig Mhaoil<br/><b>Carrigmoyle County Council</b>",
                             style("m", F, 12, 15, textColor=colors.white)),
                   Paragraph("Annual Service Delivery Plan 2024<br/><b>End of Year Progress Report</b>",
                             style("m2", F, 11, 14, textColor=colors.white, alignment=2))]],
                 colWidths=[90 * mm, 90 * mm])
    mast.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREEN_D), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("TOPPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    s += [mast, Spacer(1, 10)]
    s.append(Paragraph("Progress to 31 December 2024 – presented to the Council at its meeting on 10 February 2025",
                       style("sub", FB, 10.5, 14, spaceAfter=8)))
    s.append(Paragraph("1. Introduction", h1))
    s.append(Paragraph("The Annual Service Delivery Plan 2024 set out the services and actions the Council committed to "
                       "deliver in the first year of the Corporate Plan 2024–2029, within the budget adopted on "
                       "14 November 2023. This report sets out progress on each action at 31 December 2024, as "
                       "required by section 134A of the Local Government Act 2001 and in line with the guidance of the "
                       "National Oversight and Audit Commission (NOAC).", body))
    s.append(Paragraph("Of the 21 actions in the plan, 13 were completed or on target, 6 were behind target and 2 had a "
                       "significant delay. Reasons and revised dates are given in the progress column.", body))
    s.append(Paragraph("Our Corporate Plan 2024–2029 has four goals:", body))
    for i, (g, _o, _a) in enumerate(GOALS, 1):
        s.append(Paragraph(f"Goal {i}:&nbsp;&nbsp;{g}", style("gl" + str(i), FB, 10.5, 14, leftIndent=6 * mm, spaceAfter=2)))
    s.append(Spacer(1, 8))
    key = Table([[Paragraph("<b>Status key (RAG)</b>", cell), "", ""],
                 [Paragraph("<b>G</b>", cell), Paragraph("Green", cell), Paragraph("Complete, or on target to be completed by the target date", cell)],
                 [Paragraph("<b>A</b>", cell), Paragraph("Amber", cell), Paragraph("Behind target; expected to be completed within three months", cell)],
                 [Paragraph("<b>R</b>", cell), Paragraph("Red", cell), Paragraph("Significant delay or not achievable in the year; revised date given", cell)]],
                colWidths=[10 * mm, 18 * mm, 110 * mm], hAlign="LEFT")
    key.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)), ("BOX", (0, 0), (-1, -1), 0.8, GREEN_D),
                             ("BACKGROUND", (0, 1), (0, 1), RAG["G"]), ("BACKGROUND", (0, 2), (0, 2), RAG["A"]),
                             ("BACKGROUND", (0, 3), (0, 3), RAG["R"]), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s += [key, Spacer(1, 10)]
    s.append(Paragraph("2. Summary of progress", h1))
    summ = [[Paragraph(h, cellb) for h in ("Goal", "Actions", "G", "A", "R")]]
    for i, (g, _o, acts) in enumerate(GOALS, 1):
        c = {k: sum(1 for a in acts if a[4] == k) for k in "GAR"}
        summ.append([Paragraph(f"{i}. {g}", cell), str(len(acts)), str(c["G"]), str(c["A"]), str(c["R"])])
    summ.append([Paragraph("<b>Total</b>", cell), "21", "13", "6", "2"])
    t = Table(summ, colWidths=[90 * mm, 20 * mm, 14 * mm, 14 * mm, 14 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), GREEN_D),
                           ("FONT", (1, 1), (-1, -1), F, 8.5), ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    s += [t]
    s.append(Paragraph("3. Progress by goal", h1))
    for gi, (g, objs, acts) in enumerate(GOALS, 1):
        s.append(PageBreak())
        band = Table([[Paragraph(f"Goal {gi}: {g}", gh)]], colWidths=[180 * mm])
        band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREEN_D)]))
        s += [band, Spacer(1, 4), Paragraph("Objectives", style("oh" + str(gi), FB, 10.5, 14, spaceAfter=3))]
        for oi, o in enumerate(objs, 1):
            s.append(Paragraph(f"{gi}.{oi}&nbsp;&nbsp;&nbsp;&nbsp;{o}", obj))
        s.append(Spacer(1, 4))
        s.append(Paragraph("<b>Highlights of 2024:</b> " + HIGHLIGHTS[gi - 1], body))
        rows = [[Paragraph(h, cellb) for h in ("Obj.", "Action", "Lead section", "Target date", "Status",
                                               "Progress to 31/12/2024")]]
        ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7a7a7a")), ("BACKGROUND", (0, 0), (-1, 0), GREEN_D),
              ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (4, 1), (4, -1), "CENTER")]
        for r, (o, a, lead, due, st, prog) in enumerate(acts, 1):
            rows.append([Paragraph(o, cell), Paragraph(a, cell), Paragraph(lead, cell), Paragraph(due, cell),
                         Paragraph(f"<b>{st}</b>", style("st", FB, 8.5, 10.8, alignment=1)), Paragraph(prog, cell)])
            ts.append(("BACKGROUND", (4, r), (4, r), RAG[st]))
        t = Table(rows, colWidths=[11 * mm, 56 * mm, 28 * mm, 21 * mm, 15 * mm, 49 * mm], repeatRows=1)
        t.setStyle(TableStyle(ts))
        s += [t, Spacer(1, 12)]
    s.append(CondPageBreak(60 * mm))
    s.append(Paragraph("4. New for 2025", h1))
    s.append(Paragraph("The Annual Service Delivery Plan 2025, adopted with the budget on 19 November 2024, carries "
                       "forward the amber and red actions above and adds the following new actions:", body))
    for a, lead in NEW:
        s.append(Paragraph(f"• {a} (Lead: {lead})", style("nw", F, 10.5, 14, leftIndent=10, firstLineIndent=-10, spaceAfter=5)))
    s.append(Paragraph("Progress on the 2025 plan will be reported to the Council in February 2026.", body))

    def draw(c, n, total):
        c.saveState()
        c.setFont(F, 8)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(15 * mm, 10 * mm, "Carrigmoyle County Council | Annual Service Delivery Plan 2024 – Progress Report")
        c.drawRightString(195 * mm, 10 * mm, f"Page {n} of {total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, title="Annual Service Delivery Plan 2024 Progress Report")
    doc.build(s, canvasmaker=numbered_canvas(draw))


if __name__ == "__main__":
    build()
