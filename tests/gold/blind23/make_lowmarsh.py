"""UK partnership board notes and actions of a meeting held on Microsoft Teams: two-tone title band, a ruled
attendance table (Name | Organisation | Role), an apologies paragraph, bold unnumbered item headings, "Agreed:" lines
and bold "Action:" lines naming an owner and a "by" date, a short bulleted priority list inside an item,
"OFFICIAL" protective marking and "Page x of y"."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, numbered_canvas, style

STEM = "blind23-uk-keldside-lowmarsh-ageing-well-partnership-board-notes-2025-03-05"
TEAL = colors.HexColor("#006d77")

ATT = [("Cllr Janet Ormerod", "Keldside City Council", "Chair; Cabinet Member for Adult Social Care"),
       ("Dr Samir Haddad", "NHS Keldside and Lowmarsh Integrated Care Board", "Vice Chair; Clinical Director for Ageing Well"),
       ("Helen Trow", "Keldside City Council", "Director of Adult Social Services"),
       ("Priya Raman", "Keldside Teaching Hospitals NHS Foundation Trust", "Falls Prevention Lead"),
       ("Rachel Obi", "Northvale Community Health NHS Trust", "Head of Intermediate Care"),
       ("Mark Lowther", "Lowmarsh Borough Council", "Head of Housing Options"),
       ("Gillian Stead", "Age Well Keldside", "Chief Executive"),
       ("Tom Ashby", "Healthwatch Keldside", "Engagement Manager"),
       ("Sue Marsden", "Keldvale Fire and Rescue Service", "Prevention Manager (for the falls item)"),
       ("Anna Kowalczyk", "NHS Keldside and Lowmarsh Integrated Care Board", "Partnership Manager (notes)")]


def build():
    fonts()
    F, FB = "LibSans", "LibSans-Bold"
    body = style("b", F, 11, 15, spaceAfter=6)
    h = style("h", FB, 11.5, 15, textColor=TEAL, spaceBefore=10, spaceAfter=4, keepWithNext=1)
    agreed = style("ag", F, 11, 15, spaceAfter=5, leftIndent=4 * mm)
    action = style("ac", FB, 11, 15, spaceAfter=5, leftIndent=4 * mm)
    cell = style("c", F, 9.5, 12)
    s = []
    band = Table([[Paragraph("Keldside and Lowmarsh Ageing Well Partnership Board",
                             style("t", FB, 15, 19, textColor=colors.white))],
                  [Paragraph("Notes and actions", style("t2", F, 12, 15, textColor=TEAL))]],
                 colWidths=[180 * mm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#e3f2f3")),
                              ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [band, Spacer(1, 6)]
    meta = Table([[Paragraph("<b>Date:</b> Wednesday 5 March 2025, 2.00pm – 3.45pm", body),
                   Paragraph("<b>Meeting held via:</b> Microsoft Teams", body)]], colWidths=[95 * mm, 85 * mm])
    meta.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s += [meta, Paragraph("<b>Attendance</b>", style("at", FB, 10.5, 14, spaceBefore=4, spaceAfter=3))]
    rows = [[Paragraph(f"<b>{x}</b>", cell) for x in ("Name", "Organisation", "Role")]]
    rows += [[Paragraph(a, cell), Paragraph(b, cell), Paragraph(c, cell)] for a, b, c in ATT]
    t = Table(rows, colWidths=[42 * mm, 74 * mm, 64 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9ab")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3f2f3"))]))
    s += [t, Spacer(1, 5)]
    s.append(Paragraph("<b>Apologies:</b> Cllr Peter Haigh (Lowmarsh Borough Council); Dawn Fenwick (Lowmarsh Carers "
                       "Centre); Dr Ruth Aldous (Director of Public Health, Keldside City Council).", body))

    def H(t):
        s.append(Paragraph(t, h))

    def p(t, st=body):
        s.append(Paragraph(t, st))

    H("Welcome, introductions and apologies")
    p("The Chair welcomed members, in particular Sue Marsden from Keldvale Fire and Rescue Service, who joined for the "
      "falls item. Apologies were noted as above. The meeting was quorate.")
    H("Notes of the last meeting and action log")
    p("The notes of the meeting held on 4 December 2024 were reviewed. All actions were complete except the mapping of "
      "community transport for day services, which remains open.")
    p("Agreed: the notes of 4 December 2024 were accepted as an accurate record.", agreed)
    p("Action: Mark Lowther to bring the community transport mapping to the June meeting.", action)
    H("Falls prevention pathway update")
    p("Priya Raman presented the revised falls pathway. Emergency admissions for falls among people aged 65 and over "
      "fell by 6% in 2024 compared with 2023, but remain above the regional average. Sue Marsden described the Safe and "
      "Well visits, which now include a falls risk screen, and offered to train Age Well Keldside volunteers.")
    p("Agreed: the Board endorsed the revised falls prevention pathway for implementation from 1 April 2025.", agreed)
    p("Action: Priya Raman to circulate the revised pathway to all member organisations by 21 March 2025.", action)
    p("Action: Sue Marsden and Gillian Stead to arrange falls risk training for Age Well Keldside volunteers by "
      "30 May 2025.", action)
    H("Winter 2024/25 review: hospital discharge")
    p("Rachel Obi and Helen Trow reported that the average number of patients in hospital with no criteria to reside "
      "was 41 across the winter, against a target of 35. The discharge to assess beds at Moorfield Lodge had been "
      "fully used since January. Members discussed the shortage of home care in rural Lowmarsh.")
    p("Agreed: the Board noted the winter review and asked for a joint discharge improvement plan.", agreed)
    p("Action: Helen Trow and Rachel Obi to present a joint discharge improvement plan to the next meeting on 4 June "
      "2025.", action)
    H("Carers Strategy refresh 2025–2028")
    p("In the absence of Dawn Fenwick, Helen Trow presented the engagement findings from 312 carers. The draft strategy "
      "proposes four priorities:")
    s.append(ListFlowable([ListItem(Paragraph(x, body), leftIndent=12) for x in (
        "Carers are identified early and recognised for what they do",
        "Carers can get the right information and advice at the right time",
        "Carers can take a break and look after their own health and wellbeing",
        "Young carers and young adult carers are supported to achieve their ambitions")],
        bulletType="bullet", start="•", leftIndent=14))
    p("Tom Ashby said that Healthwatch Keldside had heard from carers who did not know they were entitled to a "
      "carer’s assessment.")
    p("Agreed: the four draft priorities were supported for public consultation.", agreed)
    p("Action: Anna Kowalczyk to circulate the consultation draft to members for comment by 14 March 2025.", action)
    H("Digital inclusion for older people")
    p("Gillian Stead reported that Age Well Keldside’s digital buddies scheme had supported 540 people since April 2024. "
      "Funding ends on 31 July 2025.")
    p("Action: Dr Samir Haddad to explore ICB funding options for the digital buddies scheme and report back by "
      "30 April 2025.", action)
    H("Better Care Fund plan 2025/26")
    p("Helen Trow outlined the draft Better Care Fund plan for 2025/26, which must be approved by the Keldside Health "
      "and Wellbeing Board and the Lowmarsh Health and Wellbeing Board before national submission on 31 March 2025. "
      "The plan moves £1.2m from bed-based care to reablement at home.")
    p("Agreed: the Board recommended the draft Better Care Fund plan 2025/26 to both Health and Wellbeing Boards.", agreed)
    p("Action: Helen Trow to submit the Board’s comments to the Keldside Health and Wellbeing Board meeting on "
      "19 March 2025.", action)
    H("Dementia diagnosis and post-diagnostic support")
    p("Dr Samir Haddad reported that the estimated dementia diagnosis rate was 61.8% in Keldside and 58.4% in Lowmarsh, "
      "below the national ambition of 66.7%. Memory assessment waiting times had fallen to 14 weeks. Tom Ashby asked "
      "that carers’ experience of post-diagnostic support be included in the next report.")
    p("Agreed: the Board noted the update.", agreed)
    p("Action: Dr Samir Haddad to bring a dementia diagnosis recovery plan, including carers’ feedback, to the "
      "September 2025 meeting.", action)
    H("Risk register")
    p("The Board reviewed the partnership risk register. The risk on home care capacity in Lowmarsh was increased from "
      "amber to red.")
    p("Agreed: the updated risk register was approved.", agreed)
    H("Any other business")
    p("Tom Ashby reminded members that Healthwatch Keldside’s annual report will be published in June 2025.")
    H("Date of next meeting")
    p("Wednesday 4 June 2025, 2.00pm – 4.00pm, in person at Keldside Civic Hall, with a Microsoft Teams option.")

    def draw(c, n, total):
        c.saveState()
        c.setFont(FB, 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawCentredString(105 * mm, 289 * mm, "OFFICIAL")
        c.setFont(F, 8)
        c.drawString(15 * mm, 10 * mm, "Ageing Well Partnership Board – notes and actions – 5 March 2025")
        c.drawRightString(195 * mm, 10 * mm, f"Page {n} of {total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=14 * mm, bottomMargin=18 * mm, title="Ageing Well Partnership Board notes 5 March 2025")
    doc.build(s, canvasmaker=numbered_canvas(draw))


if __name__ == "__main__":
    build()
