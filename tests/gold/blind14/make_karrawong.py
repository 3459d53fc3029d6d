"""Australian regional council special meeting minutes: title block without a date (the date is only in the
running header/footer and in the "held in the Council Chambers … commencing at 9.00am" sentence);
attendance with roles first ("General Manager (Mr R Hale)"); report items 5.1-5.3 with report-details
grid, shaded "Officer's Recommendation" box and a separate "Council Resolution SCM25/nn" block with
Moved/Seconded and CARRIED, one resolution amending the recommendation, one division; NSW-style
"This is page n of the minutes …" footer with Mayor's signature line."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind14-au-karrawong-regional-council-special-meeting-minutes-2025-03-12"
OCHRE = colors.HexColor("#8a4b0f")


def build():
    fonts()
    F, FB = "LibNarrow", "LibNarrow-Bold"
    body = style("b", F, 10.5, 13.5, spaceAfter=4)
    bold = style("bb", FB, 10.5, 13.5, spaceAfter=3)
    W = 170 * mm
    s = [Paragraph("KARRAWONG REGIONAL COUNCIL", style("t0", FB, 18, 22, textColor=OCHRE)),
         Paragraph("MINUTES – SPECIAL COUNCIL MEETING", style("t1", FB, 13, 17)), Spacer(1, 8),
         Paragraph("Minutes of the Special Meeting of Karrawong Regional Council held in the Council Chambers, "
                   "45 Bligh Street, Tallaroo on Wednesday 12 March 2025 commencing at 9.00am.", body), Spacer(1, 4)]

    def lab(label, text):
        t = Table([[Paragraph(f"<b>{label}</b>", bold), Paragraph(text, body)]], colWidths=[34 * mm, W - 34 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return t

    s += [lab("PRESENT:", "Cr K Evans (Mayor), Cr L Thompson (Deputy Mayor), Cr B Murray, Cr D Nguyen, Cr S O’Rourke, "
                          "Cr P Whitby and Cr J Colquhoun (by audio-visual link)."),
          lab("IN ATTENDANCE:", "General Manager (Mr R Hale), Director Corporate and Community (Ms T Burgess), Director "
                                "Infrastructure Services (Mr G Pappas), Chief Financial Officer (Ms A Kovac) and "
                                "Governance Officer (Ms J Reardon)."), Spacer(1, 4)]

    def H(t, size=11.5):
        return Paragraph(t, style("h", FB, size, 15, spaceBefore=8, spaceAfter=3, textColor=OCHRE if size > 11 else colors.black))

    def rec(lines):
        t = Table([[[Paragraph("<b>OFFICER’S RECOMMENDATION</b>", bold)] + [Paragraph(x, body) for x in lines]]],
                  colWidths=[W])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1ece4")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 5)]))
        return [t, Spacer(1, 6)]

    def res(no, moved, seconded, lines, tail="CARRIED"):
        top = Table([[Paragraph("<b>COUNCIL RESOLUTION</b>", bold), Paragraph(f"<b>{no}</b>", style("rn", FB, 10.5, 13.5, alignment=2))]],
                    colWidths=[W / 2, W / 2])
        top.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, OCHRE), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        out = [top, Paragraph(f"Moved:&nbsp;Cr {moved}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Seconded:&nbsp;Cr {seconded}", body)]
        out += [Paragraph(x, body) for x in lines]
        out += [Paragraph(f"<b>{tail}</b>", style("cr", FB, 10.5, 13.5, spaceAfter=6))]
        return out

    def details(*rows):
        t = Table([[Paragraph(f"<b>{a}</b>", body), Paragraph(b, body)] for a, b in rows], colWidths=[34 * mm, W - 34 * mm])
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return [t, Spacer(1, 4)]

    s += [H("1&nbsp;&nbsp;&nbsp;OPENING OF MEETING"), Paragraph("The Mayor declared the meeting open at 9.00am.", body)]
    s += [H("2&nbsp;&nbsp;&nbsp;ACKNOWLEDGEMENT OF COUNTRY"),
          Paragraph("The Mayor acknowledged the Traditional Custodians of the land on which the meeting took place and "
                    "paid respect to Elders past and present.", body)]
    s += [H("3&nbsp;&nbsp;&nbsp;APOLOGIES AND APPLICATIONS FOR A LEAVE OF ABSENCE BY COUNCILLORS"),
          *res("SCM25/01", "Murray", "Whitby",
               ["That the apology received from Cr F Haslam be accepted and leave of absence granted."])]
    s += [H("4&nbsp;&nbsp;&nbsp;DISCLOSURES OF INTERESTS"),
          Paragraph("Cr Nguyen declared a non-significant, non-pecuniary conflict of interest in item 5.2 as a member of "
                    "the Tallaroo Amateur Swimming Club and remained in the meeting.", body)]
    s += [H("5&nbsp;&nbsp;&nbsp;REPORTS OF THE GENERAL MANAGER"),
          H("5.1&nbsp;&nbsp;&nbsp;DRAFT OPERATIONAL PLAN 2025/26, BUDGET AND FEES AND CHARGES – PUBLIC EXHIBITION", 10.5),
          *details(("File Number:", "F25/112"), ("Author:", "Chief Financial Officer")),
          Paragraph("The draft Operational Plan 2025/26 is the final year of the Delivery Program 2022–2026 and delivers "
                    "on the five themes of the Community Strategic Plan, Karrawong 2035:", body),
          *[Paragraph(f"{i}.&nbsp;&nbsp;{x}", style("th", F, 10.5, 13.5, leftIndent=10 * mm, firstLineIndent=-5 * mm))
            for i, x in enumerate(["A connected and inclusive community", "A prosperous regional economy",
                                   "A sustainable natural environment", "Reliable infrastructure and services",
                                   "Strong leadership and civic participation"], 1)],
          Spacer(1, 5),
          Paragraph("The budget includes the 4.1% rate peg determined by the Independent Pricing and Regulatory Tribunal "
                    "(IPART) for 2025/26.", body),
          *rec(["That Council:", "1.&nbsp;&nbsp;Place the draft Operational Plan 2025/26, Budget and Fees and Charges on "
                "public exhibition for 28 days from 17 March 2025.",
                "2.&nbsp;&nbsp;Receive a report on submissions at the Ordinary Council Meeting on 23 April 2025."]),
          *res("SCM25/02", "Thompson", "O’Rourke",
               ["That Council:",
                "1.&nbsp;&nbsp;Place the draft Operational Plan 2025/26, Budget and Fees and Charges on public exhibition "
                "for 28 days from 17 March 2025.",
                "2.&nbsp;&nbsp;Amend the draft Fees and Charges to hold pool entry fees at 2024/25 levels.",
                "3.&nbsp;&nbsp;Receive a report on submissions at the Ordinary Council Meeting on 23 April 2025."]),
          Paragraph("The General Manager undertook to provide Councillors with a breakdown of the rate increase by "
                    "rating category before 17 March 2025.", body)]
    div = Table([["For:", "Crs Evans, Thompson, Colquhoun, Murray and Whitby"], ["Against:", "Crs Nguyen and O’Rourke"]],
                colWidths=[20 * mm, 120 * mm])
    div.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 10.5), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    s += [H("5.2&nbsp;&nbsp;&nbsp;TALLAROO AQUATIC CENTRE REDEVELOPMENT – TENDER T2025-04", 10.5),
          *details(("File Number:", "T2025-04"), ("Author:", "Director Infrastructure Services")),
          Paragraph("Six tenders were received. The evaluation panel recommended Coastline Built Pty Ltd as the best value "
                    "tender. The project is jointly funded through the Regional Sport Facilities Fund.", body),
          *rec(["That Council:", "1.&nbsp;&nbsp;Accept the tender from Coastline Built Pty Ltd for the sum of "
                "$14,860,000 (excluding GST).", "2.&nbsp;&nbsp;Authorise the General Manager to execute the contract."]),
          *res("SCM25/03", "Colquhoun", "Murray",
               ["That Council:",
                "1.&nbsp;&nbsp;Accept the tender from Coastline Built Pty Ltd for the Tallaroo Aquatic Centre "
                "Redevelopment (Tender T2025-04) for the sum of $14,860,000 (excluding GST).",
                "2.&nbsp;&nbsp;Authorise the General Manager to execute the contract and any associated documents."],
               tail="CARRIED"),
          KeepTogether([Paragraph("A division was called and the result was:", body), div, Spacer(1, 6)])]
    s += [H("5.3&nbsp;&nbsp;&nbsp;SUBMISSION – DRAFT UPPER KARRA RIVER REGIONAL WATER STRATEGY", 10.5),
          *details(("File Number:", "F24/887"), ("Author:", "Director Infrastructure Services")),
          Paragraph("The Department of Water and Catchments has released the draft strategy for comment. The attached "
                    "submission seeks secure town water for Tallaroo and Wirra Flat and funding for the Karra Weir "
                    "upgrade.", body),
          *rec(["That Council endorse the submission on the draft Upper Karra River Regional Water Strategy at "
                "Attachment 1."]),
          *res("SCM25/04", "Whitby", "Evans",
               ["That Council endorse the submission on the draft Upper Karra River Regional Water Strategy at "
                "Attachment 1."]),
          Paragraph("The Director Infrastructure Services will lodge the submission before the closing date of "
                    "28 March 2025.", body)]
    s += [H("6&nbsp;&nbsp;&nbsp;CLOSE OF MEETING"),
          Paragraph("There being no further business the meeting closed at 10.47am.", body)]

    def page(c, d):
        c.saveState()
        c.setFont(F, 8.5)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, 287 * mm, "Karrawong Regional Council")
        c.drawRightString(190 * mm, 287 * mm, "Special Council Meeting Minutes – 12 March 2025")
        c.line(20 * mm, 285 * mm, 190 * mm, 285 * mm)
        c.drawString(20 * mm, 14 * mm, f"This is page {d.page} of the Minutes of the Special Council Meeting held on "
                                       "12 March 2025")
        c.drawRightString(190 * mm, 14 * mm, "……………………………… Mayor")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=22 * mm, title="Special Council Meeting Minutes")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
