"""Irish county council municipal district meeting minutes: bilingual masthead, long wrapped title, side-by-side
"Members Present" / "Officials Present" columns (a two-column block without rules), items 1.–10. with bold
titles, "On the proposal of Cllr X, seconded by Cllr Y, it was agreed …" decisions (also in inverted order),
lettered GMA allocation limbs, a Notice of Motion with the motion in italics and the official reply, dissent
recorded, page footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind17-ie-glencarra-cloonmara-municipal-district-minutes-2025-02-10"
GREEN = colors.HexColor("#00563f")


def build():
    fonts()
    F, FB, FI = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans"
    body = style("b", F, 9.5, 13, spaceAfter=5, leftIndent=8 * mm)
    head = style("h", FB, 9.5, 13, spaceBefore=6, spaceAfter=3, leftIndent=8 * mm, firstLineIndent=-8 * mm)
    motion = style("m", "DejaVuSerif", 9.5, 13, leftIndent=16 * mm, rightIndent=8 * mm, spaceAfter=5)
    lim = style("l", F, 9.5, 13, leftIndent=16 * mm, firstLineIndent=-8 * mm, spaceAfter=1)
    col = style("col", F, 9.5, 13)
    colh = style("colh", FB, 9.5, 13, spaceAfter=3)

    s = []
    mast = Table([[Paragraph("Comhairle Contae Ghleann Cara", style("ga", FB, 12, 15, textColor=GREEN)),
                   Paragraph("Glencarra County Council", style("en", FB, 12, 15, textColor=GREEN, alignment=2))]],
                 colWidths=[85 * mm, 85 * mm])
    mast.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 2, GREEN), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    s += [mast, Spacer(1, 10)]
    s.append(Paragraph("Minutes of the February Meeting of the Cloonmara Municipal District held in the Council Chamber, "
                       "Civic Offices, Cloonmara on Monday 10th February 2025 at 10.00 a.m.",
                       style("t", FB, 11, 14.5, spaceAfter=10)))
    members = ["Cllr Declan Furlong (Cathaoirleach)", "Cllr Áine Ní Bhriain (Leas-Chathaoirleach)", "Cllr Pádraig Moloney",
               "Cllr Siobhán Carbery", "Cllr Tomás Egan", "Cllr Majella Hynes"]
    officials = ["Ms Fionnuala Brophy, Director of Services", "Mr Ciarán Lyster, District Engineer",
                 "Mr Kevin Dunphy, Senior Executive Engineer, Roads", "Ms Orla Keaveney, Senior Executive Officer",
                 "Ms Gráinne Tuohy, Meetings Administrator"]
    blk = Table([[[Paragraph("Members Present:", colh)] + [Paragraph(x, col) for x in members],
                  [Paragraph("Officials Present:", colh)] + [Paragraph(x, col) for x in officials]]],
                colWidths=[85 * mm, 85 * mm])
    blk.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s += [blk, Spacer(1, 6)]
    s.append(Paragraph("<b>Apologies:</b> Cllr Noel Garrihy", style("ap", F, 9.5, 13, spaceAfter=3)))
    s.append(Paragraph("Cllr Furlong, Cathaoirleach, presided.", style("pr", F, 9.5, 13, spaceAfter=4)))

    def H(n, t):
        s.append(Paragraph(f"{n}.&nbsp;&nbsp;&nbsp;&nbsp;{t}", head))

    def P(x, st=body):
        s.append(Paragraph(x, st))

    H("1", "Confirmation of Minutes")
    P("On the proposal of Cllr Egan, seconded by Cllr Hynes, the minutes of the Cloonmara Municipal District meeting "
      "held on 13th January 2025 were confirmed.")
    H("2", "Votes of Sympathy and Congratulations")
    P("The Members extended a vote of sympathy to the family of the late Mr Jim Rowsome, former member of Glencarra "
      "County Council. Congratulations were extended to Drumkeel GAA Club on winning the All-Ireland Junior Club "
      "Football Championship.")
    H("3", "Matters Arising")
    P("Cllr Moloney asked for an update on the public lighting at Lisheen Cross. Mr Lyster advised that the connection "
      "by ESB Networks is scheduled for the week of 17th March 2025.")
    H("4", "Schedule of Municipal District Works 2025")
    P("Mr Lyster presented the draft Schedule of Municipal District Works 2025 (SMDW), which had been circulated with the "
      "agenda. The total allocation for the District is €4,812,350, comprising €3,960,000 in Regional and Local Road "
      "grants from the Department of Transport and €852,350 from the Council’s own resources. The programme provides "
      "for 38 road improvement schemes, 11 Community Involvement Schemes and the cleaning of 210 km of roadside drainage.")
    P("Members welcomed the increased allocation for Local Improvement Schemes. Cllr Carbery asked that the L-5120 "
      "Tooreen Road be prioritised if any savings arose. Mr Lyster agreed to consider this at the mid-year review in "
      "July 2025.")
    P("On the proposal of Cllr Carbery, seconded by Cllr Ní Bhriain, it was agreed to adopt the Schedule of Municipal "
      "District Works 2025 for the Cloonmara Municipal District.")
    H("5", "General Municipal Allocation 2025")
    P("Ms Keaveney outlined the General Municipal Allocation (GMA) of €150,000 available to the District in 2025. "
      "Applications for the Community and Amenity Grants Scheme will open on 3rd March 2025 and close on 4th April 2025.")
    P("On the proposal of Cllr Hynes, seconded by Cllr Egan, it was agreed to allocate the GMA as follows:")
    for x in ["(a)&nbsp;&nbsp;&nbsp;Community and Amenity Grants Scheme – €60,000;",
              "(b)&nbsp;&nbsp;&nbsp;Tidy Towns and Amenity Groups – €35,000;",
              "(c)&nbsp;&nbsp;&nbsp;Festivals and Events – €25,000;",
              "(d)&nbsp;&nbsp;&nbsp;Christmas Lighting – €18,000; and",
              "(e)&nbsp;&nbsp;&nbsp;Town Twinning and Civic Receptions – €12,000."]:
        P(x, lim)
    s.append(Spacer(1, 4))
    H("6", "Part 8 – Proposed Cloonmara Town Centre Public Realm Enhancement Scheme, Market Square and Bridge Street, "
           "Cloonmara")
    P("Ms Brophy presented the Chief Executive’s report under Section 179 of the Planning and Development Act 2000 (as "
      "amended) and Part 8 of the Planning and Development Regulations 2001 (as amended). 46 submissions were received "
      "during the public consultation, which ran from 4th November 2024 to 16th December 2024. The scheme is co-funded "
      "under the Rural Regeneration and Development Fund.")
    P("Members raised concerns about the loss of 22 car parking spaces on Bridge Street. Ms Brophy confirmed that a "
      "Parking Management Plan will be prepared by the Roads Section before construction commences.")
    P("On the proposal of Cllr Ní Bhriain, seconded by Cllr Moloney, it was agreed to recommend to the full Council that "
      "the proposed development proceed as set out in the Chief Executive’s report, and that the report be placed before "
      "the meeting of Glencarra County Council on 24th February 2025.")
    P("Cllr Egan asked that his dissent be recorded.")
    H("7", "Taking in Charge – Cnoc na Gréine, Cloonmara")
    P("It was agreed, on the proposal of Cllr Furlong, seconded by Cllr Carbery, to initiate the procedure under Section "
      "180 of the Planning and Development Act 2000 for the taking in charge of the Cnoc na Gréine estate, Cloonmara.")
    H("8", "Notice of Motion – Cllr Majella Hynes")
    P("Cllr Hynes moved the following motion, of which notice had been given:")
    P("<i>“That Cloonmara Municipal District requests Glencarra County Council to carry out a speed limit review on the "
      "regional road at Drumkeel National School and to install flashing amber school warning signs before the start of "
      "the 2025/26 school year.”</i>", motion)
    P("<b>Reply:</b> Mr Dunphy replied that the Council’s review of the Special Speed Limit Bye-Laws is under way and that "
      "the draft bye-laws will go to public consultation in May 2025. An application for funding for school warning "
      "signs at Drumkeel National School has been made to the Department of Transport under the Road Safety Improvement "
      "Scheme.")
    P("The motion, proposed by Cllr Hynes and seconded by Cllr Furlong, was agreed. Mr Dunphy undertook to report back to "
      "the April meeting on the funding application.")
    H("9", "Correspondence")
    P("The Meetings Administrator read a letter dated 28th January 2025 from Uisce Éireann confirming that the upgrade "
      "of the Cloonmara Wastewater Treatment Plant is scheduled to commence in Q3 2025. The correspondence was noted.")
    H("10", "Any Other Business")
    P("Cllr Carbery raised the condition of the playground in Cloonmara Town Park. Ms Keaveney agreed to arrange a "
      "safety inspection and to report to the Members.")
    P("The next meeting of the Cloonmara Municipal District will be held on Monday 10th March 2025 at 10.00 a.m.")
    P("This concluded the business of the meeting.")
    s.append(Spacer(1, 20))
    sig = Table([["Signed: _____________________________", "Signed: _____________________________"],
                 ["Cathaoirleach", "Meetings Administrator"], ["Date: ______________", "Date: ______________"]],
                colWidths=[85 * mm, 85 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 9), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(sig)

    def page(c, d):
        c.saveState()
        c.setFont(F, 7.5)
        c.setFillColor(GREEN)
        c.drawString(20 * mm, 12 * mm, "Cloonmara Municipal District – Minutes 10.02.2025")
        c.drawRightString(190 * mm, 12 * mm, f"Page {d.page} of 2")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=22 * mm, title="Cloonmara MD Minutes February 2025")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
