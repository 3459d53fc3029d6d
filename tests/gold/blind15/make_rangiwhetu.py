"""New Zealand district council Annual Plan 2025/26 (excerpt): bilingual Māori/English masthead and headings,
page 1 in two columns (Mayor's message on the left stating the year's priorities only in running prose, with a
stated added and dropped priority; right column a shaded box of bilingual community outcomes and a rates
snapshot), page 2 a key-projects table without an owner column, page 3 a "what's changed" table and dates in
a July–June financial year."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from lib import PDF, fonts, style

STEM = "blind15-nz-rangiwhetu-district-council-annual-plan-2025-26"
TEAL = colors.HexColor("#006d77")
PALE = colors.HexColor("#e3f2f1")


def build():
    fonts()
    F, FB = "DejaVuSans", "DejaVuSans-Bold"
    body = style("b", F, 9, 12.6, spaceAfter=6)
    h = style("h", FB, 12, 15, textColor=TEAL, spaceAfter=5, spaceBefore=4)
    hm = style("hm", "DejaVuSans-Oblique", 9, 12, textColor=TEAL, spaceAfter=6)
    cell = style("c", F, 8.5, 11)
    cellb = style("cb", FB, 8.5, 11)
    W, H = A4
    mast_h = 34 * mm

    def mast(c, d):
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, H - mast_h, W, mast_h, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont(FB, 17)
        c.drawString(16 * mm, H - 15 * mm, "Rangiwhetu District Council")
        c.setFont(F, 10)
        c.drawString(16 * mm, H - 21 * mm, "Te Kaunihera ā-Rohe o Rangiwhetu")
        c.setFont(FB, 13)
        c.drawRightString(W - 16 * mm, H - 15 * mm, "Annual Plan 2025/26")
        c.setFont(F, 10)
        c.drawRightString(W - 16 * mm, H - 21 * mm, "Mahere ā-Tau")
        foot(c, d)
        c.restoreState()

    def foot(c, d):
        c.setFillColor(TEAL)
        c.setFont(F, 7.5)
        c.drawString(16 * mm, 9 * mm, "Rangiwhetu District Council  |  Annual Plan 2025/26")
        c.drawRightString(W - 16 * mm, 9 * mm, f"{d.page + 3}")

    def later(c, d):
        c.saveState()
        c.setStrokeColor(TEAL)
        c.setLineWidth(2)
        c.line(16 * mm, H - 12 * mm, W - 16 * mm, H - 12 * mm)
        foot(c, d)
        c.restoreState()

    gap = 8 * mm
    colw = (W - 32 * mm - gap) / 2
    left = Frame(16 * mm, 16 * mm, colw, H - mast_h - 22 * mm, id="L")
    right = Frame(16 * mm + colw + gap, 16 * mm, colw, H - mast_h - 22 * mm, id="R")
    full = Frame(16 * mm, 16 * mm, W - 32 * mm, H - 34 * mm, id="F")
    doc = BaseDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, title="Rangiwhetu DC Annual Plan 2025/26",
                          pageTemplates=[PageTemplate("first", [left, right], onPage=mast),
                                         PageTemplate("rest", [full], onPage=later)])
    s = [Paragraph("Message from the Mayor", h), Paragraph("He kupu nā te Koromatua", hm),
         Paragraph("Kia ora koutou. This Annual Plan sets out what Council will do and how much it will cost in the "
                   "year from 1 July 2025 to 30 June 2026. It is Year 2 of our Long Term Plan 2024–2034.", body),
         Paragraph("Many of you told us during consultation that the cost of living is biting. So when we set this "
                   "plan, Council agreed to concentrate on three things this year: keeping the average rates increase "
                   "below 7%, renewing the ageing water pipes under Rangiwhetu township, and getting the Kōwhai Street "
                   "bridge open again. After the June 2024 floods we have added a fourth priority, making sure our "
                   "communities are ready for the next emergency.", body),
         Paragraph("The District Plan review, which was one of our priorities last year, is finished, so it no "
                   "longer appears on the list.", body),
         Paragraph("Consultation ran from 24 March to 24 April 2025 and 312 submissions were received. Thank you to "
                   "everyone who took part, including Te Rūnanga o Ngāti Whetu, Federated Farmers and the Rangiwhetu "
                   "Business Association, who all presented at the hearings on 13 May 2025.", body),
         Paragraph("Council adopted this Annual Plan on 26 June 2025. We will report on how we did in our Annual "
                   "Report, which will be published by 31 October 2026.", body),
         Spacer(1, 6),
         Paragraph("<b>Mayor Hemi Tautahi</b><br/>Koromatua | Mayor", body),
         FrameBreak()]
    oc = [[Paragraph("<b>Our community outcomes</b><br/><i>Ā mātou hua hapori</i>", style("o", FB, 10, 13, textColor=TEAL))],
          [Paragraph("<b>He hapori haumaru</b> – A safe community", cell)],
          [Paragraph("<b>He taiao ora</b> – A healthy environment", cell)],
          [Paragraph("<b>He ōhanga pakari</b> – A thriving economy", cell)],
          [Paragraph("<b>He hapori tūhono</b> – A connected community", cell)]]
    ot = Table(oc, colWidths=[colw])
    ot.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("TOPPADDING", (0, 0), (-1, -1), 5),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 5), ("LEFTPADDING", (0, 0), (-1, -1), 7)]))
    snap = [[Paragraph("<b>Rates at a glance</b>", style("r", FB, 10, 13, textColor=TEAL)), ""],
            [Paragraph("Average rates increase", cell), Paragraph("<b>6.8%</b>", cell)],
            [Paragraph("Proposed in consultation", cell), Paragraph("9.9%", cell)],
            [Paragraph("Total operating spend", cell), Paragraph("$61.4m", cell)],
            [Paragraph("Capital programme", cell), Paragraph("$18.9m", cell)]]
    st = Table(snap, colWidths=[colw * 0.7, colw * 0.3])
    st.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)), ("LINEBELOW", (0, 1), (-1, -1), 0.3, TEAL),
                            ("LINEABOVE", (0, 1), (-1, 1), 1, TEAL)]))
    s += [ot, Spacer(1, 12), st, Spacer(1, 12),
          Paragraph("Rates are set for the year 1 July 2025 – 30 June 2026. Instalments are due on 20 August 2025, "
                    "20 November 2025, 20 February 2026 and 20 May 2026.", cell),
          NextPageTemplate("rest"), PageBreak()]

    s += [Paragraph("Key projects for 2025/26", h), Paragraph("Ngā kaupapa matua", hm),
          Paragraph("Council will deliver the following key projects in 2025/26. Budgets are capital expenditure "
                    "unless stated.", body)]
    rows = [["Project", "Budget 2025/26", "What we’ll deliver", "When"],
            ["Water pipe renewals – Stage 2", "$4.8m", "Replace 6.5 km of ageing watermains in Rangiwhetu township",
             "By June 2026"],
            ["Kōwhai Street bridge", "$3.2m", "Repair the flood-damaged piers and reopen the bridge to traffic, with "
             "51% co-funding from NZ Transport Agency Waka Kotahi (NZTA)", "December 2025"],
            ["Emergency readiness", "$650k", "Fit out a backup emergency operations centre at Tāwhiri Hall with the "
             "Te Awa Civil Defence Emergency Management Group", "March 2026"],
            ["Community response plans", "$45k (operating)", "Complete community response plans with eight rural "
             "marae and halls", "Over 2025/26"],
            ["Pūtahi Road library and community hub", "$300k", "Complete the concept design and engage with mana "
             "whenua on the site", "June 2026"]]
    t = Table([[Paragraph(f"<font color='white'>{c}</font>" if i == 0 else c, cellb if i == 0 else cell) for c in r]
               for i, r in enumerate(rows)], colWidths=[40 * mm, 26 * mm, 88 * mm, 24 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("GRID", (0, 0), (-1, -1), 0.4, TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE])]))
    s += [t, Spacer(1, 10),
          Paragraph("What has changed from the Long Term Plan", h), Paragraph("Ngā panonitanga", hm),
          Paragraph("The Long Term Plan 2024–2034 forecast an average rates increase of 8.4% for 2025/26. The main "
                    "differences are:", body)]
    ch = [["Long Term Plan said", "This Annual Plan"],
          ["Kōwhai Street bridge to be replaced in 2027/28 at $9.6m", "Bridge repaired in 2025/26 at $3.2m; "
           "replacement deferred to the 2027–2037 Long Term Plan"],
          ["No budget for a backup emergency operations centre", "$650k added after the June 2024 floods"],
          ["Library and community hub construction to start in 2026/27", "Concept design only; construction timing to "
           "be reconsidered"]]
    c2 = Table([[Paragraph(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(ch)],
               colWidths=[89 * mm, 89 * mm])
    c2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, TEAL), ("BACKGROUND", (0, 0), (-1, 0), PALE),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [c2, Spacer(1, 10),
          Paragraph("Council will also review its Revenue and Financing Policy before consulting on the 2027–2037 Long "
                    "Term Plan. The Chief Executive will report on the bridge repair and water renewals to every "
                    "meeting of the Infrastructure and Resilience Committee.", body)]
    doc.build(s)


if __name__ == "__main__":
    build()
