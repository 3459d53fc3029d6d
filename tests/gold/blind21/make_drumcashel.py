"""Irish municipal district monthly meeting minutes: bilingual title block (Irish line first), two-column
"Members present:" / "Officials present:" list, "Item n:" headings on grey bands, "Proposed by Cllr X,
seconded by Cllr Y, it was agreed ..." decisions, a NOTICES OF MOTION section with the motion text in a
box, bilingual running header from page 2, footer with page numbers."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, numbered_canvas, style

STEM = "blind21-ie-ardlenagh-coco-drumcashel-municipal-district-minutes-2025-04-14"
GREEN = colors.HexColor("#1d5c3a")


def build():
    fonts()
    F, FB = "DejaVuSans", "DejaVuSans-Bold"
    body = style("b", F, 9.5, 13.5, spaceAfter=5)
    dec = style("d", F, 9.5, 13.5, spaceAfter=5, leftIndent=8 * mm)
    irish = style("ir", "DejaVuSans-Oblique", 10, 13, alignment=1, textColor=GREEN)
    title = style("t", FB, 13, 16, alignment=1, textColor=GREEN)
    cell = style("c", F, 9.5, 13)
    cellb = style("cb", FB, 9.5, 13)
    band = style("band", FB, 10, 13)
    W = 170 * mm

    def P(t, st=body):
        return Paragraph(t, st)

    def H(n, t):
        tb = Table([[P(f"Item {n}:", band), P(t, band)]], colWidths=[22 * mm, W - 22 * mm])
        tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e6ece8")),
                                ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return tb

    s = [P("Comhairle Contae Ard Léanach", irish), P("ARDLENAGH COUNTY COUNCIL", title), Spacer(1, 4),
         P("Ceantar Bardasach Dhroim Caisil", irish), P("DRUMCASHEL MUNICIPAL DISTRICT", title), Spacer(1, 8),
         P("Minutes of the Monthly Meeting of Drumcashel Municipal District held in the Council Chamber, "
           "Drumcashel Area Office, Market Square, Drumcashel, on Monday 14th April 2025 at 10.00 a.m.",
           style("m", FB, 10, 14, alignment=1)),
         Spacer(1, 8)]
    members = ["Cllr Máire Ní Bhriain (Cathaoirleach)", "Cllr Pádraig Colgan (Leas-Chathaoirleach)",
               "Cllr Seán Mac Giolla Rua", "Cllr Bríd Hanrahan", "Cllr Tom Fennelly",
               "Cllr Eamon Staunton (joined remotely)"]
    officials = ["Mr Declan Furlong, Director of Services", "Ms Aoife Tierney, Senior Engineer",
                 "Mr Kieran Doherty, Senior Executive Officer, Housing", "Ms Louise Grogan, Area Administrator",
                 "Ms Gráinne Quirke, Meetings Administrator"]
    rows = [[P("Members present:", cellb), P("Officials present:", cellb)]]
    for i in range(max(len(members), len(officials))):
        rows.append([P(members[i] if i < len(members) else "", cell),
                     P(officials[i] if i < len(officials) else "", cell)])
    at = Table(rows, colWidths=[80 * mm, 90 * mm])
    at.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    s += [at, Spacer(1, 6), P("<b>Apologies:</b> Cllr Noel Ruttledge."),
          P("Cllr Máire Ní Bhriain, Cathaoirleach, presided."), Spacer(1, 4)]

    s += [H("1", "Confirmation of Minutes of Monthly Meeting held on 10th March 2025"),
          P("Proposed by Cllr Tom Fennelly, seconded by Cllr Bríd Hanrahan, it was agreed that the minutes of the "
            "Monthly Meeting of Drumcashel Municipal District held on 10th March 2025 be confirmed.", dec)]
    s += [H("2", "Matters Arising"),
          P("Cllr Mac Giolla Rua asked about the public lighting at Bóthar na Trá, which had been out of order "
            "since January. Ms Tierney undertook to have the replacement public lighting at Bóthar na Trá "
            "installed by the end of May 2025.")]
    s += [H("3", "Schedule of Municipal District Works 2025"),
          P("Ms Tierney presented the Schedule of Municipal District Works 2025, which had been circulated with the "
            "agenda. The allocation for the District is €2,418,650, comprising €1,602,000 in Restoration "
            "Improvement and Restoration Maintenance grants from the Department of Transport, €312,400 under the "
            "Community Involvement Schemes and €504,250 from the Council’s own resources."),
          P("Members welcomed the programme. Cllr Mac Giolla Rua asked that the L-4207 at Carrowkeel be "
            "prioritised, given its condition after the winter. Ms Tierney agreed to assess the L-4207 at "
            "Carrowkeel and report back to the June 2025 meeting."),
          P("Proposed by Cllr Pádraig Colgan, seconded by Cllr Eamon Staunton, it was agreed to adopt the "
            "Schedule of Municipal District Works 2025 as presented.", dec)]
    s += [H("4", "Part 8 Planning – Proposed Drumcashel Town Centre Public Realm Enhancement Scheme "
                 "(Market Square and Bridge Street)"),
          P("Mr Furlong presented the Chief Executive’s Report under Section 179 of the Planning and Development "
            "Act 2000 (as amended) and Part 8 of the Planning and Development Regulations 2001 (as amended). "
            "Fourteen submissions were received during the public consultation, which ran from 6th January to "
            "17th February 2025. The scheme includes widened footpaths, a raised table at the Bridge Street "
            "junction, twelve new street trees and the relocation of the bus set-down to Fair Green."),
          P("Proposed by Cllr Bríd Hanrahan, seconded by Cllr Máire Ní Bhriain, it was agreed to recommend to "
            "the meeting of Ardlenagh County Council on 26th May 2025 that the proposed development proceed as "
            "set out in the Chief Executive’s Report, subject to the modifications set out in Section 6 of that "
            "report.", dec)]
    s += [H("5", "Community and Amenity Grants 2025"),
          P("Ms Grogan outlined the 38 applications received under the Community and Amenity Grant Scheme 2025 "
            "and the scoring applied by the assessment panel."),
          P("Proposed by Cllr Seán Mac Giolla Rua, seconded by Cllr Tom Fennelly, it was agreed to approve the "
            "grant allocations in the schedule circulated at the meeting, totalling €64,300.", dec),
          P("Ms Grogan to notify all applicants of the outcome by 2nd May 2025.")]
    s += [H("6", "Housing Update"),
          P("Mr Doherty reported that 22 social homes at Cluain Ard had been completed and allocated, and that "
            "Clann Nua Housing Association CLG expects to start on site at Lios na Gréine in June. Cllr Colgan "
            "requested a briefing on the Lios na Gréine scheme; Mr Doherty agreed to arrange a site visit for "
            "members before the summer recess."),
          P("The report was noted.", dec)]
    s += [H("7", "Correspondence"),
          P("(a) Letter dated 19th March 2025 from Transport Infrastructure Ireland (TII) confirming funding of "
            "€180,000 for the Lisheenbeg Cross junction safety scheme."),
          P("(b) Email from Uisce Éireann advising of watermain rehabilitation works on Chapel Street from 28th "
            "April 2025 for approximately eight weeks."),
          P("The correspondence was noted.", dec)]

    s += [Spacer(1, 4), P("NOTICES OF MOTION", style("nm", FB, 11, 14, textColor=GREEN, spaceBefore=4, spaceAfter=4))]

    def motion(text):
        t = Table([[P(f"<i>“{text}”</i>", cell)]], colWidths=[W - 16 * mm], hAlign="CENTER")
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, GREEN), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                               ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        return t

    s += [KeepTogether([H("8", "Notice of Motion in the name of Cllr Eamon Staunton"), Spacer(1, 3),
                        motion("That Drumcashel Municipal District requests Ardlenagh County Council to engage "
                               "with Transport Infrastructure Ireland to reduce the speed limit on the national "
                               "road approaching Lisheenbeg National School to 60 km/h."), Spacer(1, 4)]),
          P("<b>Reply:</b> Ms Tierney stated that a speed limit review is being carried out in 2025 in accordance "
            "with the Guidelines for Setting and Managing Speed Limits in Ireland, and that the Council will write "
            "to TII requesting a special speed limit at this location."),
          P("Proposed by Cllr Eamon Staunton, seconded by Cllr Pádraig Colgan, the motion was agreed.", dec)]
    s += [KeepTogether([H("9", "Notice of Motion in the name of Cllr Bríd Hanrahan"), Spacer(1, 3),
                        motion("That this Municipal District calls on Ardlenagh County Council to provide "
                               "age-friendly seating and accessible set-down parking along the Quay Road "
                               "riverside walk."), Spacer(1, 4)]),
          P("<b>Reply:</b> Ms Grogan replied that the Council will include the seating in its application under "
            "the Town and Village Renewal Scheme 2025, which closes on 30th May 2025, and that set-down parking "
            "would be considered as part of the Quay Road resurfacing."),
          P("Proposed by Cllr Bríd Hanrahan, seconded by Cllr Tom Fennelly, the motion was agreed.", dec)]
    s += [H("10", "Any Other Business"),
          P("The Cathaoirleach congratulated Drumcashel Gaels GAA Club on winning the County Intermediate Hurling "
            "Championship and announced a Civic Reception for the team in the Council Chamber on Friday 9th May "
            "2025. Members extended a vote of sympathy to the family of the late Mr Jim Corcoran, former "
            "Drumcashel Town Clerk.")]
    s += [H("11", "Date of Next Meeting"),
          P("The next meeting of Drumcashel Municipal District will be held on Monday 12th May 2025 at 10.00 a.m."),
          P("This concluded the business of the meeting."), Spacer(1, 20)]
    sig = Table([[P("Signed: ____________________________<br/>Cathaoirleach", cell),
                  P("____________________________<br/>Meetings Administrator", cell)],
                 [P("Date: ______________", cell), ""]], colWidths=[85 * mm, 85 * mm])
    s.append(KeepTogether([sig]))

    def draw(c, page, total):
        c.saveState()
        if page > 1:
            c.setFont("DejaVuSans-Oblique", 7.5)
            c.setFillColor(GREEN)
            c.drawString(20 * mm, 285 * mm, "Ceantar Bardasach Dhroim Caisil")
            c.drawRightString(190 * mm, 285 * mm, "Drumcashel Municipal District")
            c.setStrokeColor(GREEN)
            c.line(20 * mm, 283 * mm, 190 * mm, 283 * mm)
        c.setFont(F, 7.5)
        c.setFillColor(colors.black)
        c.drawString(20 * mm, 10 * mm, "Minutes – Monthly Meeting – 14 April 2025")
        c.drawRightString(190 * mm, 10 * mm, f"{page} | {total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=17 * mm, bottomMargin=18 * mm,
                            title="Drumcashel Municipal District minutes 14 April 2025")
    doc.build(s, canvasmaker=numbered_canvas(draw))


if __name__ == "__main__":
    build()
