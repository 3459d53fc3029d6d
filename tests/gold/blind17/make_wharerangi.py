"""New Zealand regional council committee open minutes: coloured "Open Minutes" masthead with te reo Māori
names, ruled Date | Time | Venue table, Present / In Attendance / Apologies grids with role labels, items with
te reo | English headings, sub-items 5.1–5.3, shaded resolution boxes "Resolution number CC/2025/nn / Moved /
Seconded / That the committee: a) … b) … / CARRIED", pou list inside an item, public-excluded resolution with a
section 48 grounds table, karakia opening/closing, running footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind17-nz-wharerangi-regional-council-catchments-climate-committee-minutes-2025-05-14"
TEAL = colors.HexColor("#0a6e7d")
SHADE = colors.HexColor("#e6f2f3")


def build():
    fonts()
    F, FB = "DejaVuCond", "DejaVuCond-Bold"
    body = style("b", F, 10, 13.5, spaceAfter=5, leftIndent=12 * mm)
    h1 = style("h1", FB, 11.5, 15, spaceBefore=9, spaceAfter=4, textColor=TEAL, leftIndent=12 * mm, firstLineIndent=-12 * mm)
    h2 = style("h2", FB, 10.5, 14, spaceBefore=6, spaceAfter=3, leftIndent=12 * mm, firstLineIndent=-12 * mm)
    rs = style("rs", F, 10, 13.5)
    rsb = style("rsb", FB, 10, 13.5)
    lim = style("lim", F, 10, 13.5, leftIndent=6 * mm, firstLineIndent=-6 * mm)
    cell = style("c", F, 9, 11.5)
    cellb = style("cb", FB, 9, 11.5, textColor=colors.white)
    lab = style("lab", FB, 10, 13)
    val = style("val", F, 10, 13)

    s = []
    band = Table([[Paragraph("Wharerangi Regional Council<br/><font size='9'>Te Kaunihera ā-Rohe o Wharerangi</font>",
                             style("m1", FB, 13, 16, textColor=colors.white)),
                   Paragraph("Open Minutes", style("m2", FB, 24, 28, textColor=colors.white, alignment=2))]],
                 colWidths=[95 * mm, 75 * mm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TEAL), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    s += [band, Spacer(1, 8)]
    s.append(Paragraph("Catchments and Climate Committee", style("c1", FB, 16, 20)))
    s.append(Paragraph("Komiti Awa me te Āhuarangi", style("c2", F, 12, 16, textColor=TEAL, spaceAfter=8)))
    det = Table([[Paragraph("Date", cellb), Paragraph("Time", cellb), Paragraph("Venue", cellb)],
                 [Paragraph("Wednesday 14 May 2025", cell), Paragraph("9.30am", cell),
                  Paragraph("Council Chamber, Wharerangi Regional Council, 41 Tūranga Street, Kaipōhue", cell)]],
                colWidths=[40 * mm, 25 * mm, 105 * mm])
    det.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, TEAL), ("BACKGROUND", (0, 0), (-1, 0), TEAL),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [det, Spacer(1, 8)]

    def grid(label, rows):
        data = []
        for i, (role, name) in enumerate(rows):
            data.append([Paragraph(label, lab) if i == 0 else "", Paragraph(role, val), Paragraph(name, val)])
        t = Table(data, colWidths=[32 * mm, 45 * mm, 93 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                               ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.grey)]))
        s.append(t)
        s.append(Spacer(1, 4))

    grid("Present", [("Chairperson", "Cr Hemi Tawhai"), ("Deputy Chairperson", "Cr Rachel Drummond"),
                     ("Members", "Cr Michael Ashby"), ("", "Cr Tania Kereama (from 9.52am)"), ("", "Cr Bruce Lamont"),
                     ("", "Cr Priya Subramaniam"), ("", "Ms Awhina Rangitoheriri (Tangata Whenua Representative)"),
                     ("", "Mr Rāwiri Pōkai (Tangata Whenua Representative)")])
    grid("In Attendance", [("Chief Executive", "Ms Catherine Venning"),
                           ("Group Manager Catchment Operations", "Mr Sione Latu"),
                           ("Science Manager, Freshwater", "Dr Ellen Marsh"),
                           ("Governance Advisor", "Mr Dylan Grice")])
    grid("Apologies", [("Member", "Cr Gavin Petrie")])

    def H1(n, t):
        s.append(Paragraph(f"{n}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{t}", h1))

    def H2(n, t):
        s.append(Paragraph(f"{n}&nbsp;&nbsp;&nbsp;&nbsp;{t}", h2))

    def P(x, st=body):
        s.append(Paragraph(x, st))

    def R(num, moved, seconded, lead, limbs=(), note=None):
        cells = [[Paragraph(f"Resolution number {num}", rsb)],
                 [Paragraph(f"Moved: {moved}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Seconded: {seconded}", rs)],
                 [Paragraph(lead, rs)]]
        cells += [[Paragraph(x, lim)] for x in limbs]
        cells.append([Paragraph("<b>CARRIED</b>", style("car", FB, 10, 13.5, alignment=2))])
        t = Table(cells, colWidths=[150 * mm], hAlign="RIGHT")
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SHADE), ("LINEBEFORE", (0, 0), (0, -1), 3, TEAL),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
        s.append(KeepTogether([t]))
        s.append(Spacer(1, 5))
        if note:
            P(note)

    H1("1", "Karakia Tīmatanga | Opening Karakia")
    P("Mr Pōkai opened the meeting with a karakia.")
    H1("2", "Ngā Whakapāha | Apologies")
    R("CC/2025/14", "Cr Drummond", "Cr Lamont",
      "That the committee accepts the apology for absence from Cr Gavin Petrie and the apology for lateness from Cr Tania Kereama.")
    H1("3", "Whakapuaki Whaipānga | Declarations of Interest")
    P("Cr Lamont declared an interest in item 5.2 as the holder of a certified freshwater farm plan and took no part in "
      "the discussion or voting on that item.")
    H1("4", "Whakaū i ngā Meneti | Confirmation of Minutes")
    R("CC/2025/15", "Cr Subramaniam", "Ms Rangitoheriri",
      "That the committee confirms the minutes of the Catchments and Climate Committee meeting held on 19 March 2025 as a "
      "true and correct record.")
    H1("5", "Ngā Pūrongo | Reports")
    H2("5.1", "Flood Protection Capital Works Programme 2025/26")
    P("Mr Latu spoke to the report. The programme totals $14.2 million, of which the Ōrewhiti stopbank upgrade "
      "($5.6 million) is co-funded by central government. Cr Kereama arrived at 9.52am during discussion of this item.")
    R("CC/2025/16", "Cr Ashby", "Cr Drummond", "That the committee:",
      ["a)&nbsp;&nbsp;&nbsp;receives the report “Flood Protection Capital Works Programme 2025/26”;",
       "b)&nbsp;&nbsp;&nbsp;notes that the Ōrewhiti stopbank upgrade is to be completed by 30 June 2026;",
       "c)&nbsp;&nbsp;&nbsp;recommends to Council that the $14.2 million programme be included in the Annual Plan 2025/26."])
    H2("5.2", "Freshwater Farm Plans – Implementation Update")
    P("Dr Marsh reported that uptake had increased since the regional rollout began in November 2024, but that the "
      "number of accredited certifiers in the region remains a constraint. Cr Lamont did not take part.")
    R("CC/2025/17", "Cr Subramaniam", "Mr Pōkai", "That the committee:",
      ["a)&nbsp;&nbsp;&nbsp;receives the report “Freshwater Farm Plans – Implementation Update”;",
       "b)&nbsp;&nbsp;&nbsp;notes that 312 freshwater farm plans had been certified in the region as at 31 March 2025;",
       "c)&nbsp;&nbsp;&nbsp;requests staff to report back to the committee in August 2025 on certifier capacity and costs to farmers."])
    H2("5.3", "Draft Climate Resilience Strategy 2025–2035 | Rautaki Manawaroa Āhuarangi")
    P("Ms Venning introduced the draft strategy, which was developed with the Wharerangi Iwi Leaders Forum and the "
      "region’s four territorial authorities. The draft strategy is built around four pou:")
    for x in ["Pou 1 – Communities that can adapt",
              "Pou 2 – Resilient infrastructure and lifelines",
              "Pou 3 – Nature-based solutions",
              "Pou 4 – Partnership with tangata whenua"]:
        P(x, style("pou", FB, 10, 13.5, leftIndent=20 * mm, spaceAfter=1, textColor=TEAL))
    s.append(Spacer(1, 5))
    P("Hearings on submissions will be held on 23 July 2025, and the final strategy is expected to be adopted by Council "
      "in September 2025.")
    R("CC/2025/18", "Cr Drummond", "Ms Rangitoheriri", "That the committee:",
      ["a)&nbsp;&nbsp;&nbsp;receives the report “Draft Climate Resilience Strategy 2025–2035”;",
       "b)&nbsp;&nbsp;&nbsp;approves the draft Climate Resilience Strategy 2025–2035 for public consultation from 2 June 2025 to 4 July 2025;",
       "c)&nbsp;&nbsp;&nbsp;delegates to the Chairperson and the Chief Executive authority to make minor editorial amendments before release."],
      note="Cr Ashby requested that his vote against the resolution be recorded.")
    H1("6", "Te Aukati i te Marea | Resolution to Exclude the Public")
    R("CC/2025/19", "Cr Tawhai", "Cr Lamont",
      "That the public be excluded from the following part of the proceedings of this meeting, namely item 7.1 Ōrewhiti "
      "Stopbank – Land Purchase, for the reasons set out in the table below.")
    g = Table([[Paragraph("General subject of each matter to be considered", cellb),
                Paragraph("Reason for passing this resolution in relation to each matter", cellb),
                Paragraph("Ground(s) under section 48(1) for the passing of this resolution", cellb)],
               [Paragraph("7.1 Ōrewhiti Stopbank – Land Purchase", cell),
                Paragraph("To enable the Council to carry on, without prejudice or disadvantage, negotiations "
                          "(section 7(2)(i))", cell),
                Paragraph("Section 48(1)(a) – good reason to withhold exists under section 7", cell)]],
              colWidths=[45 * mm, 60 * mm, 45 * mm], hAlign="RIGHT")
    g.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, TEAL), ("BACKGROUND", (0, 0), (-1, 0), TEAL),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [g, Spacer(1, 5)]
    P("The public were excluded at 11.41am. The meeting resumed in open session at 12.02pm.")
    H1("8", "Karakia Whakamutunga | Closing Karakia")
    P("Cr Tawhai closed the meeting with a karakia at 12.04pm.")
    P("The next meeting of the Catchments and Climate Committee will be held on Wednesday 25 June 2025.")
    s.append(Spacer(1, 14))
    P("Confirmed as a true and correct record: ______________________ Chairperson&nbsp;&nbsp;&nbsp;&nbsp;Date: ____________",
      style("conf", F, 9.5, 12))

    def page(c, d):
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(20 * mm, 13 * mm, 170 * mm, 0.6, stroke=0, fill=1)
        c.setFont(F, 8)
        c.drawString(20 * mm, 9 * mm, "Catchments and Climate Committee – Open Minutes – 14 May 2025")
        c.drawRightString(190 * mm, 9 * mm, f"Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=20 * mm, title="Open Minutes 14 May 2025")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
