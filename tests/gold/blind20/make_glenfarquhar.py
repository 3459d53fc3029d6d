"""Scottish community council minutes: A4, Times serif, "Sederunt:" attendance paragraph, bold run-in numbered
headings, Matters arising with lettered sub-points, "It was agreed that ..." decisions, right-aligned
"Action: ..." lines after paragraphs, running header from page 2, "Page n of N" footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from lib import PDF, count_pages, style

STEM = "blind20-uk-glenfarquhar-cc-community-council-minutes-2025-02-11"


def story():
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    title = style("t", FB, 15, 19, alignment=1)
    sub = style("s", F, 11, 14, alignment=1)
    body = style("b", F, 12, 15.5, spaceAfter=7, alignment=4)
    sp = style("sp", F, 12, 15.5, spaceAfter=5, leftIndent=9 * mm, alignment=4)
    act = style("a", FB, 10.5, 13, alignment=2, spaceAfter=6)
    s = [Paragraph("GLENFARQUHAR COMMUNITY COUNCIL", title), Spacer(1, 3),
         Paragraph("Minutes of the Ordinary Meeting held in Glenfarquhar Village Hall<br/>"
                   "on Tuesday 11 February 2025 at 7.30pm", sub), Spacer(1, 10)]

    def P(x, st=body):
        s.append(Paragraph(x, st))

    def A(who):
        s.append(Paragraph(f"Action: {who}", act))

    P("<b>Sederunt:</b> Moira Lindsay (Chair), Alasdair Buchan (Vice-Chair), Fiona Riddell (Secretary), "
      "Euan Petrie (Treasurer), Catriona Munro, Douglas Ure and Hamish Grieve.")
    P("<b>In attendance:</b> Cllr Ailsa Strachan (Glens and Lyne Ward, Angusmuir Council); PC Gordon Lennie "
      "(Police Scotland, Angusmuir North Community Policing Team); four members of the public.")
    P("<b>Apologies:</b> Cllr Neil Farquharson (Glens and Lyne Ward); Shona Baird.")
    s.append(Spacer(1, 6))
    P("<b>1. Welcome and apologies.</b> The Chair welcomed everyone, in particular PC Lennie, who was attending "
      "for the first time since taking over the Glenfarquhar beat. Apologies were noted as above. The meeting "
      "was quorate.")
    P("<b>2. Declarations of interest.</b> Douglas Ure declared an interest in item 6 as a neighbour of the "
      "application site and took no part in that item.")
    P("<b>3. Minutes of the previous meeting.</b> The minutes of the meeting held on 14 January 2025 were "
      "approved, proposed by Euan Petrie and seconded by Catriona Munro.")
    P("<b>4. Matters arising.</b>")
    P("(a) <i>Bus shelter, Kirkton Road.</i> The Secretary had written to Angusmuir Council’s Transport Team in "
      "December about the damaged shelter but had received no reply. The Secretary will chase a reply and copy "
      "in Cllr Strachan.", sp)
    A("Secretary")
    P("(b) <i>Defibrillator at the Village Hall.</i> Hamish Grieve had replaced the expired pads at his own "
      "expense. It was agreed that the Treasurer would reimburse Hamish Grieve £68.40 for the replacement pads.", sp)
    A("Treasurer")
    P("(c) <i>Burnside path.</i> Cllr Strachan reported that the repairs to the collapsed section of the Burnside "
      "path had been programmed for March 2025 and that the diversion signs would stay in place until then.", sp)
    P("(d) <i>Christmas tree.</i> The tree in the Square had again been donated by Ardnashiel Estate and was "
      "removed on 6 January. The meeting agreed to write to Ardnashiel Estate to thank the estate for the tree "
      "and for the loan of its tractor.", sp)
    A("Secretary")
    P("<b>5. Police report.</b> PC Lennie reported six incidents in the community council area in January, "
      "including two thefts of fuel from farm premises and one report of a bogus caller. He reminded members "
      "that the local policing priorities for the Glens and Lyne ward for 2024/25 remain: road safety; "
      "antisocial behaviour; rural and wildlife crime; and doorstep and online fraud. Members raised the speed "
      "of traffic on Main Street at school times. The meeting agreed to ask Angusmuir Council’s Roads "
      "Department to carry out a speed survey on Main Street before the summer term.")
    A("Secretary")
    P("<b>6. Planning.</b> Douglas Ure left the room. Application 25/00041/FUL, erection of a dwellinghouse and "
      "detached garage at Mains of Tullochvenie, was discussed. It was agreed that the community council would "
      "not object to the application but would ask that a visibility splay at the access onto the B9384 be made "
      "a condition of any consent. Douglas Ure returned to the meeting.")
    A("Secretary")
    P("<b>7. Treasurer’s report.</b> The Treasurer reported a balance of £3,412.17 at 31 January 2025. Angusmuir "
      "Council’s administration grant of £650 for 2025/26 is expected in April. The Treasurer’s report was "
      "noted.")
    P("<b>8. Glenfarquhar Community Action Plan 2025–2030.</b> Catriona Munro reported for the working group. "
      "The community survey had closed on 31 January 2025 with 212 responses, about a third of households. "
      "The four issues residents ranked highest were affordable homes for local people, broadband and mobile "
      "coverage, safer roads and paths, and a space for young people. After discussion, it was agreed that "
      "these four priorities would form the basis of the draft Community Action Plan 2025–2030, to be "
      "presented at a public drop-in on Saturday 29 March 2025.")
    A("Catriona Munro / working group")
    P("The meeting agreed to apply to the Lyne Hill Windfarm Community Benefit Fund for £2,500 towards the "
      "costs of the drop-in and of printing the plan. The Treasurer will submit the application before the "
      "fund’s deadline of 7 March 2025.")
    A("Treasurer")
    P("<b>9. Community Resilience Plan.</b> Euan Petrie reported that the Glenfarquhar Community Resilience "
      "Plan had been reviewed with the Angusmuir Council Emergency Planning Unit following Storm Eilidh in "
      "November, when the village was without power for 52 hours. The list of key holders for the hall and "
      "the church had been updated and two further generators had been offered by local businesses. It was "
      "agreed that the updated plan would be circulated to every household with the spring newsletter.")
    A("Secretary")
    P("<b>10. Councillor’s report.</b> Cllr Strachan reported that Angusmuir Council would set its budget on "
      "26 February 2025 and that proposals to reduce the frequency of garden waste collections were under "
      "consideration. Gritting of the Glenfarquhar to Ardnashiel Bridge road had been increased following "
      "complaints from the community council.")
    P("<b>11. Correspondence.</b> (i) Scottish Water had written to advise of mains replacement works on "
      "Station Brae from 3 March 2025 for about six weeks. (ii) The Angusmuir Community Councils’ Forum had "
      "invited two representatives to its meeting on 6 March 2025 in Kilbrechin. It was agreed that "
      "Alasdair Buchan would attend the Forum meeting.")
    A("Vice-Chair")
    P("<b>12. Any other competent business.</b> Hamish Grieve reported that the Burns Supper had raised £480 "
      "for the Glenfarquhar Village Hall Committee. The meeting agreed to hold a spring litter pick on "
      "Saturday 5 April 2025 with equipment on loan from Keep Scotland Beautiful. Hamish Grieve will "
      "organise the litter pick and publicise it on the community council’s Facebook page.")
    A("Hamish Grieve")
    P("<b>13. Date of next meeting.</b> Tuesday 11 March 2025 at 7.30pm in Glenfarquhar Village Hall. "
      "There being no further business, the Chair closed the meeting at 9.10pm.")
    s.append(Spacer(1, 16))
    P("Signed: ............................................. (Chair) &nbsp;&nbsp;&nbsp;&nbsp; "
      "Date: ............................")
    return s


def build():
    def page(c, d, total):
        c.saveState()
        c.setFont("Times-Italic", 9)
        c.setFillColor(colors.HexColor("#444444"))
        if d.page > 1:
            c.drawString(22 * mm, 285 * mm, "Glenfarquhar Community Council")
            c.drawRightString(188 * mm, 285 * mm, "Minutes – 11 February 2025")
            c.setLineWidth(0.3)
            c.line(22 * mm, 283.5 * mm, 188 * mm, 283.5 * mm)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(105 * mm, 12 * mm, f"Page {d.page} of {total}")
        c.restoreState()

    def make(total):
        doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                topMargin=20 * mm, bottomMargin=20 * mm,
                                title="Glenfarquhar Community Council minutes 11 February 2025")
        doc.build(story(), onFirstPage=lambda c, d: page(c, d, total), onLaterPages=lambda c, d: page(c, d, total))

    count_pages(make)


if __name__ == "__main__":
    build()
