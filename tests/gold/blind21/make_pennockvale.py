"""Joint waste committee notes (not formal minutes): landscape A4, partner strip, ruled attendance table with
initials and organisation columns, then the whole meeting as a ruled table Item | Discussion | Action | Owner |
By when, with long discussion cells that wrap and a row that splits across the page break (splitInRow, no
repeated header), several actions stacked in one Action cell, owners given only as initials, "Agreed:" sentences
buried in discussion cells."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, numbered_canvas, style

STEM = "blind21-uk-sallowby-pennock-vale-joint-waste-committee-notes-2025-03-27"
GREEN = colors.HexColor("#2f6b2f")


def build():
    fonts()
    F, FB = "LibNarrow", "LibNarrow-Bold"
    cell = style("c", F, 9.5, 12)
    cellb = style("cb", FB, 9.5, 12)
    hdr = style("h", FB, 9.5, 12, textColor=colors.white)
    gap = style("g", F, 9.5, 12, spaceBefore=5)

    def P(t, st=cell):
        return Paragraph(t, st)

    strip = Table([[P("Sallowby Borough Council", style("s1", "LibSans-Bold", 9, 11, alignment=0)),
                    P("Pennock Vale District Council", style("s2", "LibSans-Bold", 9, 11, alignment=1)),
                    P("Westhalden County Council", style("s3", "LibSans-Bold", 9, 11, alignment=2))]],
                  colWidths=[89 * mm] * 3)
    strip.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, GREEN), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    s = [strip, Spacer(1, 8),
         P("Notes of the Joint Waste Committee", style("t", "LibSans-Bold", 17, 21, textColor=GREEN)),
         P("Thursday 27 March 2025, 10:00–12:30 · Committee Room 2, Sallowby Civic Centre, and MS Teams",
           style("t2", "LibSans", 10.5, 14)),
         P("<i>These are action notes, not formal minutes. Decisions requiring approval are taken by each "
           "partner council under its own constitution.</i>", style("t3", "LibSans-Italic", 8.5, 12,
                                                                    textColor=colors.grey)),
         Spacer(1, 6)]

    att = [["Name", "Initials", "Role", "Organisation", "Attendance"],
           ["Cllr Hazel Wingate", "HW", "Chair; Portfolio Holder for Environment", "Sallowby Borough Council", "Present"],
           ["Cllr Martin Olderby", "MO", "Vice-Chair; Cabinet Member for Neighbourhoods", "Pennock Vale District Council", "Present"],
           ["Cllr Yusuf Demir", "YD", "Member", "Sallowby Borough Council", "Present (online)"],
           ["Cllr Alison Crane", "AC", "Member", "Pennock Vale District Council", "Apologies"],
           ["Cllr Roger Tilling", "RT", "Member; Cabinet Member for Environment and Waste", "Westhalden County Council", "Present"],
           ["Karen Ostrowski", "KO", "Head of Waste and Street Scene", "Sallowby Borough Council", "In attendance"],
           ["Gareth Lloyd-Hughes", "GLH", "Waste Services Manager", "Pennock Vale District Council", "In attendance"],
           ["Dr Imogen Prescott", "IP", "Waste Disposal Manager", "Westhalden County Council", "In attendance"],
           ["Daniel Achebe", "DA", "Contract Manager", "Veridia Environmental Services Ltd", "In attendance (items 1–5)"],
           ["Lucy Farrant", "LF", "Democratic Services Officer (notes)", "Sallowby Borough Council", "In attendance"]]
    at = Table([[P(c, hdr if i == 0 else cell) for c in r] for i, r in enumerate(att)],
               colWidths=[45 * mm, 17 * mm, 85 * mm, 70 * mm, 50 * mm], repeatRows=1)
    at.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
                            ("BACKGROUND", (0, 0), (-1, 0), GREEN), ("TOPPADDING", (0, 0), (-1, -1), 2),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    s += [at, Spacer(1, 10)]

    rows = [[P(c, hdr) for c in ("Item", "Discussion", "Action", "Owner", "By when")]]

    def R(item, paras, actions=()):
        disc = [P(paras[0])] + [P(p, gap) for p in paras[1:]]
        if actions:
            a = [P(x[0], cell if i == 0 else gap) for i, x in enumerate(actions)]
            o = [P(x[1], cell if i == 0 else gap) for i, x in enumerate(actions)]
            w = [P(x[2], cell if i == 0 else gap) for i, x in enumerate(actions)]
        else:
            a, o, w = P("–"), P("–"), P("–")
        rows.append([P(item, cellb), disc, a, o, w])

    R("1. Welcome, introductions and apologies",
      ["HW welcomed members and officers. Apologies were received from Cllr Crane. YD joined online. No "
       "declarations of interest were made."])
    R("2. Notes of the previous meeting (12 December 2024) and action tracker",
      ["The notes of the meeting held on 12 December 2024 were agreed as an accurate record.",
       "Action tracker: action 4 (signage at Pennock Vale bring sites) complete; action 6 (caddy liner supply) "
       "carried forward – a supplier has been shortlisted but the unit price is still being negotiated."],
      [("Confirm caddy liner supplier and cost per household", "GLH", "30 April 2025")])
    R("3. Simpler Recycling: weekly food waste collections from 31 March 2026",
      ["KO and GLH presented the joint implementation plan. Both councils must introduce weekly food waste "
       "collections for all households by 31 March 2026 under the Simpler Recycling reforms. New burdens capital "
       "funding of £1.12m (Sallowby) and £0.86m (Pennock Vale) has been confirmed by the Department for "
       "Environment, Food and Rural Affairs (Defra); revenue funding for 2026/27 is still awaited.",
       "Fourteen 7.5-tonne food waste vehicles are needed across both districts. Members discussed vehicle lead "
       "times of up to 40 weeks and whether to hire vehicles for the first six months. RT confirmed that "
       "Westhalden County Council will provide a food waste bulking facility at the Marsh Lane depot from "
       "February 2026.",
       "Agreed: to proceed with a joint procurement of food waste vehicles and caddies through the Midshire "
       "Procurement Partnership framework, subject to approval by each council’s Cabinet."],
      [("Submit the joint vehicle and caddy procurement report to both Cabinets", "KO / GLH", "June 2025"),
       ("Confirm the food waste bulking arrangements at Marsh Lane depot", "IP", "30 September 2025")])
    R("4. Extended Producer Responsibility for packaging (pEPR) payments",
      ["IP reported that PackUK has issued indicative 2025/26 payments of £1.94m to Sallowby Borough Council and "
       "£1.41m to Pennock Vale District Council, with the first quarterly payment due in November 2025. Payments "
       "from 2026/27 will be adjusted for efficiency and effectiveness assessments.",
       "Members asked that the income is not simply absorbed into general budgets and that part is reinvested "
       "in communications and contamination reduction. RT noted that the County Council’s disposal costs will "
       "also be affected as producers change their packaging. The committee discussed a possible joint "
       "communications campaign for autumn 2025, to be funded from pEPR income, and asked officers to model the "
       "effect of lower tonnages on the dry mixed recycling gate fee paid under the county’s materials "
       "recovery facility contract, which runs to March 2028.",
       "Members also noted the risk that payments could fall in later years if recycling performance does not "
       "improve, and that the Pennock Vale contamination rate (14.2%) remains well above the Sallowby rate "
       "(9.6%)."],
      [("Prepare a joint report on the use of pEPR income in 2025/26", "KO / GLH", "Q2 2025/26"),
       ("Model the impact of lower tonnages on the DMR gate fee", "IP", "Next meeting")])
    R("5. Collection contract performance – Veridia Environmental Services",
      ["DA presented the quarter 3 performance report. Missed collections averaged 62 per 100,000 against a "
       "target of 50, mainly on the rural rounds in Pennock Vale following driver vacancies. DA set out a "
       "recovery plan including two additional agency crews. Members were not satisfied with progress.",
       "Agreed: that Sallowby Borough Council, as lead authority for the contract, will issue a formal "
       "performance improvement notice."],
      [("Issue a performance improvement notice to Veridia", "KO", "11 April 2025"),
       ("Report missed-collection figures by round to each meeting", "DA", "Ongoing")])
    R("6. Household Waste Recycling Centres – booking system review",
      ["IP reported on the first year of the HWRC booking system. Visits fell by 18% while tonnage fell by only "
       "4%. Members from Pennock Vale raised concerns about the Tuesday closure of Fenby HWRC and a reported "
       "rise in fly-tipping near the site."],
      [("Share booking-system usage data for both districts", "IP", "Next meeting")])
    R("7. Fly-tipping – joint enforcement",
      ["GLH proposed a joint enforcement protocol covering shared evidence, fixed penalty levels and the use of "
       "covert cameras at hotspots on the district boundary.",
       "Agreed: that officers develop a joint fly-tipping enforcement protocol for sign-off by both councils."],
      [("Draft a joint fly-tipping enforcement protocol", "KO / GLH", "September 2025")])
    R("8. Any other business",
      ["HW thanked Dr Prescott, who leaves Westhalden County Council in May, for her contribution to the "
       "partnership."])
    R("9. Date of next meeting",
      ["Thursday 26 June 2025, 10:00, Council Chamber, Pennock Vale District Council Offices, Station Road, "
       "Fenby."])
    t = Table(rows, colWidths=[42 * mm, 120 * mm, 62 * mm, 18 * mm, 25 * mm], splitInRow=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
                           ("BACKGROUND", (0, 0), (-1, 0), GREEN), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#eef4ee")),
                           ("LINEBELOW", (0, "inrowsplitstart"), (-1, "inrowsplitstart"), 0.4, colors.HexColor("#777777")),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s.append(t)

    def draw(c, page, total):
        c.saveState()
        c.setFont("LibSans", 7.5)
        c.setFillColor(colors.grey)
        if page > 1:
            c.drawString(15 * mm, 200 * mm, "Joint Waste Committee – notes – 27 March 2025")
        c.drawString(15 * mm, 8 * mm, "OFFICIAL")
        c.drawRightString(282 * mm, 8 * mm, f"Page {page} of {total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=landscape(A4), leftMargin=15 * mm,
                            rightMargin=15 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                            title="Joint Waste Committee notes 27 March 2025")
    doc.build(s, canvasmaker=numbered_canvas(draw))


if __name__ == "__main__":
    build()
