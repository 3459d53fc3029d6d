"""Welsh town council minutes: A4, DejaVu Sans, bilingual (Welsh / English) title block and minute headings on
the same line, minute numbers 24/112 ..., run-on "Yn bresennol / Present:" list with "Cllr"/"Cllrs", bold
"Resolved:" lines, italic "Clerk to ..." actions, a ruled planning applications table (Ref | Location | Proposal
| Observation), bilingual plan priorities, mayor's-signature footer on every page."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, count_pages, fonts, style

STEM = "blind20-uk-abercwmlas-tc-full-council-minutes-2025-03-10"
RED = colors.HexColor("#8c1c13")
W = 170 * mm


def story():
    F, FB, FI = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
    body = style("b", F, 9.5, 13, spaceAfter=4)
    res = style("r", FB, 9.5, 13, spaceAfter=4)
    act = style("a", FI, 9.5, 13, spaceAfter=5, textColor=RED)
    h = style("h", FB, 10.5, 14, spaceBefore=8, spaceAfter=3)
    cell = style("c", F, 8, 10)
    cellb = style("cb", FB, 8, 10)
    s = []

    def P(x, st=body):
        s.append(Paragraph(x, st))

    def H(no, cy, en):
        P(f"{no}&nbsp;&nbsp;&nbsp;&nbsp;<font color='#8c1c13'>{cy}</font> / {en}", h)

    P("CYNGOR TREF ABERCWMLAS &nbsp;•&nbsp; ABERCWMLAS TOWN COUNCIL", style("t", FB, 13, 17, alignment=1,
                                                                          textColor=RED))
    P("Cofnodion Cyfarfod Llawn y Cyngor / Minutes of the Full Council Meeting", style("t2", FB, 11, 15, alignment=1))
    P("Nos Lun 10 Mawrth 2025 am 7.00yh / Monday 10 March 2025 at 7.00pm<br/>"
      "Siambr y Cyngor, Neuadd y Dref, Stryd Fawr, Abercwmlas", style("t3", F, 9.5, 13, alignment=1, spaceAfter=10))
    P("<b>Yn bresennol / Present:</b> Cllr Gwenllian Pryce-Jones (Town Mayor, in the Chair); Cllrs Dafydd Rowlands "
      "(Deputy Mayor), Siân Evans, Huw Bevan, Meinir Thomas, Rhodri ap Iwan, Keith Morgan, Bethan Llewellyn and Tom "
      "Hackett.")
    P("<b>Hefyd yn bresennol / In attendance:</b> Mrs Ceri Watkins (Town Clerk), Mr Gareth Lloyd (Deputy Clerk and "
      "Responsible Financial Officer), County Cllr Alun Price (Glynmawr County Council, Abercwmlas ward) and three "
      "members of the public.")

    H("24/112", "Ymddiheuriadau", "Apologies for absence")
    P("Apologies were received from Cllr Nia Gwilym (work commitments) and Cllr Owain Daniels (illness).")
    P("Resolved: That the apologies for absence be accepted and the reasons approved.", res)
    H("24/113", "Datgan Buddiant", "Declarations of Interest")
    P("Cllr Hackett declared a personal and prejudicial interest in planning application 25/0042/OUT (minute "
      "24/117) as the applicant is a family member, and left the chamber for that application.")
    H("24/114", "Cofnodion", "Minutes")
    P("Resolved: That the minutes of the Full Council meeting held on 10 February 2025 be approved and signed by the "
      "Mayor as a correct record.", res)
    H("24/115", "Materion yn codi", "Matters arising")
    P("(a) <b>Parc Coffa bench.</b> The Clerk reported that the memorial bench by the war memorial had been "
      "vandalised for a second time.")
    P("Clerk to obtain three quotations for a replacement recycled-plastic bench for the April meeting.", act)
    P("(b) <b>Christmas lights contract.</b> The current contract with Seren Illuminations Ltd ends on 30 September "
      "2025. Members were satisfied with the installation and take-down in 2024.")
    P("Resolved: That the Christmas lights contract with Seren Illuminations Ltd be renewed for three years from "
      "1 October 2025 at £6,850 per annum.", res)
    P("Clerk to notify Seren Illuminations Ltd and arrange for the contract to be signed.", act)
    H("24/116", "Adroddiad y Cynghorydd Sir", "County Councillor’s Report")
    P("County Cllr Price reported that Glynmawr County Council had set its budget on 27 February 2025 with a council "
      "tax increase of 7.2%, and that the Abercwmlas household waste recycling centre would close on Wednesdays from "
      "1 April 2025. Members expressed concern about fly-tipping; Cllr Price agreed to raise this with the Head of "
      "Waste Services.")
    H("24/117", "Ceisiadau Cynllunio", "Planning Applications")
    P("Cllr Hackett left the chamber before application 25/0042/OUT was considered and returned afterwards.")
    rows = [["Ref", "Location", "Proposal", "Observation"],
            ["25/0031/FUL", "14 Heol y Bont, Abercwmlas", "Two-storey rear extension and dormer", "No objection"],
            ["25/0042/OUT", "Land adjacent to Maes yr Ysgol, Abercwmlas",
             "Outline application for nine dwellings with all matters reserved except access",
             "Object – highway safety at the junction with Heol Gwenith and surface water drainage. The Council "
             "requests a site visit by the Planning Committee."],
            ["25/0047/LBC", "The Drovers Arms, Stryd Fawr", "Listed building consent for replacement timber sash "
                                                             "windows",
             "No objection, subject to the advice of the Conservation Officer"],
            ["25/0053/FUL", "Unit 3, Ystad Ddiwydiannol Cwmlas", "Change of use from B8 storage to gym (D2)",
             "No objection; the Council asks that opening hours be limited to protect nearby homes"]]
    t = Table([[Paragraph(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(rows)],
              colWidths=[25 * mm, 36 * mm, 47 * mm, 62 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2e3e1")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 5)]
    P("Resolved: That the observations set out in the table above be submitted to Glynmawr County Council as the "
      "local planning authority.", res)
    P("Clerk to submit the observations to the planning department by 21 March 2025.", act)
    H("24/118", "Cyllid", "Finance")
    P("(a) <b>Payments.</b> Resolved: That the payments listed in Schedule 11, totalling £8,742.16, be approved.")
    P("(b) <b>Bank reconciliation.</b> The bank reconciliation at 28 February 2025 was received and signed by the "
      "Mayor.")
    P("(c) <b>Community grants.</b> Five applications had been received against a remaining budget of £1,800.")
    P("Resolved: That grants be awarded to Abercwmlas Silver Band (£500), Cylch Meithrin Abercwmlas (£400) and "
      "Banc Bwyd Abercwmlas Food Bank (£750).", res)
    P("Clerk to notify all five applicants of the outcome.", act)
    H("24/119", "Cynllun y Cyngor Tref 2025–2030", "Town Council Plan 2025–2030")
    P("The Clerk presented the draft plan, prepared by the Plan Working Group, which sets out how the Council will "
      "contribute to the well-being goals of the <i>Well-being of Future Generations (Wales) Act 2015</i>. The plan "
      "has four priorities:")
    for en, cy in [("A thriving town centre", "Canol tref llewyrchus"),
                   ("Green spaces and climate action", "Mannau gwyrdd a gweithredu ar yr hinsawdd"),
                   ("Welsh language and culture", "Yr iaith Gymraeg a diwylliant"),
                   ("Support for older and younger residents", "Cefnogi trigolion hŷn ac iau")]:
        P(f"{en}<br/><font name='DejaVuSans-Oblique' color='#8c1c13'>{cy}</font>",
          style("pl", F, 9.5, 12.5, leftIndent=10 * mm, bulletIndent=4 * mm, spaceAfter=3))
    P("Resolved: That the draft Town Council Plan 2025–2030 be approved for public consultation from 17 March 2025 "
      "to 30 April 2025.", res)
    P("Clerk to publish the draft plan in both languages on the Council’s website and in Abercwmlas Library.", act)
    H("24/120", "Gohebiaeth", "Correspondence")
    P("One Voice Wales: invitation to planning training for councillors at Llys Glynmawr on 2 April 2025.")
    P("Resolved: That Cllrs Thomas and Llewellyn attend the One Voice Wales planning training on 2 April 2025 and "
      "that the fee of £45 per person be paid.", res)
    P("Pwyllgor Gŵyl Abercwmlas / Abercwmlas Festival Committee: request to use Parc Coffa for Gŵyl Abercwmlas on "
      "Saturday 12 July 2025.")
    P("Resolved: That permission be given for the use of Parc Coffa for Gŵyl Abercwmlas on Saturday 12 July 2025, "
      "subject to the Festival Committee providing a copy of its public liability insurance.", res)
    H("24/121", "Dyddiad y cyfarfod nesaf", "Date of next meeting")
    P("Monday 14 April 2025 at 7.00pm in the Council Chamber. The meeting closed at 9.05pm.")
    return s


def build():
    fonts()

    def page(c, d, total):
        c.saveState()
        c.setFont("DejaVuSans", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        if d.page > 1:
            c.drawString(20 * mm, 287 * mm, "Cyngor Tref Abercwmlas Town Council")
            c.drawRightString(190 * mm, 287 * mm, "Cofnodion / Minutes – 10.03.2025")
        c.setStrokeColor(RED)
        c.line(20 * mm, 17 * mm, 190 * mm, 17 * mm)
        c.drawString(20 * mm, 12 * mm, "Llofnod y Maer / Mayor’s signature: ............................     "
                                       "Dyddiad / Date: ..................")
        c.drawRightString(190 * mm, 12 * mm, f"Tudalen / Page {d.page} o / of {total}")
        c.restoreState()

    def make(total):
        doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=18 * mm, bottomMargin=22 * mm,
                                title="Abercwmlas Town Council minutes 10 March 2025")
        doc.build(story(), onFirstPage=lambda c, d: page(c, d, total), onLaterPages=lambda c, d: page(c, d, total))

    count_pages(make)


if __name__ == "__main__":
    build()
