"""Welsh community council meeting notes, informal style: bilingual heading, title date with a superscript
ordinal ("Tuesday 14th January 2025"), Present list with initials in brackets, separate In attendance and
Apologies lines, bold unnumbered headings, people referred to by initials, "It was agreed ..." decisions inside
running paragraphs, "ACTION: XX to ..." sentences at paragraph ends, a bulleted spending-priority list inside
the Finance paragraph, and a bilingual page footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from lib import PDF, fonts, style

STEM = "blind16-uk-llanferwyn-community-council-minutes-2025-01-14"


def build():
    fonts()
    F, FB = "DejaVuSerif", "DejaVuSerif-Bold"
    body = style("b", F, 9.5, 13, spaceAfter=5)
    head = style("h", FB, 10, 13, spaceBefore=5, spaceAfter=2)
    bullet = style("bl", F, 9.5, 12.5, leftIndent=9 * mm, firstLineIndent=-4 * mm)
    s = []
    s.append(Paragraph("Cyngor Cymuned Llanferwyn", style("w", F, 11, 14, alignment=1,
                                                           textColor=colors.HexColor("#2e6b30"))))
    s.append(Paragraph("Llanferwyn Community Council", style("t", FB, 14, 18, alignment=1)))
    s.append(Paragraph("Notes of the meeting held on Tuesday 14<super>th</super> January 2025 at 7.00pm in "
                       "Llanferwyn Village Hall", style("t2", F, 10.5, 15, alignment=1, spaceAfter=10)))
    s.append(Paragraph("<b>Present:</b> Gwen Pritchard (GP) – Chair, Huw Jenkins (HJ) – Vice Chair, Siân Roberts "
                       "(SR), Tomos Beynon (TB), Alun Rees (AR), Delyth Evans (DE)", body))
    s.append(Paragraph("<b>In attendance:</b> Carys Lloyd (CL) – Clerk; County Cllr Mared Ellis (ME); PCSO Dafydd "
                       "Owen (DO) for the police report; 2 members of the public", body))
    s.append(Paragraph("<b>Apologies:</b> Rhodri Hughes (RH), Eleri Watkins (EW)", body))

    def H(x):
        s.append(Paragraph(x, head))

    def P(x):
        s.append(Paragraph(x, body))

    H("Welcome and apologies")
    P("GP welcomed everyone, including the two residents from Heol y Bont. Apologies were received as above and it "
      "was agreed to accept them.")
    H("Declarations of interest")
    P("TB declared an interest in the Ty’n y Coed planning application as an immediate neighbour.")
    H("Notes of the last meeting")
    P("It was agreed that the notes of the meeting held on 10th December 2024 were a true record and GP signed them. "
      "Matters arising: the broken bench on the green has been repaired by AR.")
    H("Police report")
    P("PCSO Owen reported 7 incidents in December, including 2 thefts of quad bikes from farms above the village, "
      "and continued concern about speeding on Heol y Bont. Residents said lorries for the quarry use the road "
      "before 7am. ACTION: CL to ask Glanmorfa County Council Highways for a speed survey on Heol y Bont.")
    H("Planning")
    P("24/1187/FUL – single-storey rear extension, Ty’n y Coed, Llanferwyn. TB left the room. It was agreed to raise "
      "no objection. TB returned.")
    P("24/1203/FUL – 25m telecommunications mast, land at Bryn Hafod. Members were concerned about the visual "
      "impact on the Llanferwyn Conservation Area and it was agreed to object. ACTION: CL to send both responses "
      "to the county council planning department by 24th January 2025.")
    H("Finance")
    P("CL presented the bank reconciliation to 31st December 2024, showing a balance of £14,612.38. Payments for "
      "January (clerk’s salary, hall hire £20.00, One Voice Wales membership £96.00) were approved. It was agreed "
      "to set the precept for 2025/26 at £11,500, an increase of 4.5%, and that the priorities for spending in "
      "2025/26 will be:")
    for x in ["Resurfacing the play area at Cae’r Ysgol", "A second public-access defibrillator, at Capel Bethel",
              "Christmas lights for the village square", "Grant support for the Llanferwyn Village Hall Committee"]:
        s.append(Paragraph("–&nbsp;&nbsp;" + x, bullet))
    s.append(Spacer(1, 4))
    P("ACTION: CL to send the precept request to Glanmorfa County Council by 31st January 2025.")
    H("Play area")
    P("DE reported on two quotes for resurfacing: Chwarae Da Ltd £8,950 and Playsafe Cymru £9,400. It was agreed to "
      "accept the quote from Chwarae Da Ltd, subject to the Community Council’s grant application to the Welsh "
      "Government being successful. ACTION: DE to confirm a start date with Chwarae Da Ltd once the grant is known.")
    H("Correspondence")
    P("One Voice Wales – spring training programme; the Clerk will circulate the dates. Natural Resources Wales – "
      "drop-in session on the Afon Ferwyn flood scheme at the Village Hall on 5th February 2025. ACTION: HJ to "
      "attend the NRW drop-in and report back.")
    H("County Councillor’s report")
    P("County Cllr Ellis reported that Glanmorfa County Council’s budget consultation closes on 7th February 2025 and "
      "urged residents to respond. Ysgol Llanferwyn is not affected by the current schools review.")
    H("Any other business")
    P("SR raised the fallen stile on the footpath to Capel Bethel. ACTION: SR to report it to the rights of way team "
      "using the online form. It was agreed to hold the annual village clean-up on Saturday 22nd March 2025, with "
      "the Llanferwyn Young Farmers Club.")
    H("Date of next meeting")
    P("Tuesday 11th February 2025, 7.00pm, Village Hall. Meeting closed at 9.05pm.")

    def page(c, d):
        c.saveState()
        c.setFont(F, 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(20 * mm, 11 * mm, "Cyngor Cymuned Llanferwyn / Llanferwyn Community Council – notes 14.01.25")
        c.drawRightString(190 * mm, 11 * mm, f"Tudalen / Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="CC notes January 2025")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
