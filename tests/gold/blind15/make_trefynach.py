"""Welsh town council youth council minutes: bilingual (Welsh / English) title block and headings with
English body text, attendance as run-on prose paragraphs with bilingual labels, minute numbers YC25/nn in a
hanging left margin, PENDERFYNWYD / RESOLVED and "It was agreed" decisions, vote counts inside the
priority-setting minute, a stated change to last year's priorities, bilingual page footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind15-uk-trefynach-youth-council-minutes-2025-01-23"
GREEN = colors.HexColor("#00694b")


def build():
    fonts()
    F, FB = "DejaVuSans", "DejaVuSans-Bold"
    body = style("b", F, 9.5, 13.5, spaceAfter=4)
    head = style("h", FB, 10, 13.5, textColor=GREEN, spaceAfter=3)
    num = style("n", FB, 10, 13.5)
    res = style("r", F, 9.5, 13.5, spaceAfter=4, leftIndent=5 * mm)
    s = []
    top = Table([[Paragraph("Cyngor Tref Trefynach", style("l", FB, 11, 14)),
                  Paragraph("Trefynach Town Council", style("r2", FB, 11, 14, alignment=2))]],
                colWidths=[87 * mm, 87 * mm])
    s += [top, HRFlowable(width="100%", thickness=2, color=GREEN, spaceBefore=2, spaceAfter=6),
          Paragraph("CYNGOR IEUENCTID TREFYNACH • TREFYNACH YOUTH COUNCIL",
                    style("t", FB, 13, 17, alignment=1, textColor=GREEN)),
          Paragraph("Cofnodion / Minutes", style("t2", F, 11, 15, alignment=1)), Spacer(1, 6),
          Paragraph("Minutes of the meeting of Trefynach Youth Council held in the Youth Hub, Stryd y Bont (Bridge "
                    "Street), Trefynach on Thursday 23 January 2025 at 5.30pm.", body), Spacer(1, 3),
          Paragraph("<b>Yn bresennol / Present:</b> Youth Councillors Ffion Pritchard (Maer Ieuenctid / Youth Mayor), "
                    "Osian Lloyd (Deputy Youth Mayor), Amara Okafor, Cerys Bevan, Jac Howells, Leila Haddad and "
                    "Tomos Rees.", body),
          Paragraph("<b>Hefyd yn bresennol / Also present:</b> Cllr Gwenllian Parry (Town Council Youth Champion); "
                    "Rhodri Hughes (Youth Worker, Dyfnant Youth Service); Eleri Watkins (Deputy Town Clerk, minutes).",
                    body),
          Paragraph("<b>Ymddiheuriadau / Apologies:</b> Youth Councillors Gethin Morgan and Nia Edwards.", body),
          Paragraph("<b>Absennol / Absent:</b> Youth Councillor Kian Davies.", body),
          HRFlowable(width="100%", thickness=0.5, color=colors.grey, spaceBefore=4, spaceAfter=6)]

    def minute(no, cy, en, paras):
        inner = [Paragraph(f"{cy} / {en}", head)] + [p if not isinstance(p, str) else Paragraph(p, body) for p in paras]
        t = Table([[Paragraph(no, num), inner]], colWidths=[22 * mm, 152 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        return t

    def R(x):
        return Paragraph(f"<b>PENDERFYNWYD / RESOLVED:</b> {x}", res)

    def ACT(x):
        return Paragraph(f"<b>Cam gweithredu / Action:</b> <i>{x}</i>", res)

    s.append(minute("YC25/01", "Croeso ac ymddiheuriadau", "Welcome and apologies", [
        "The Youth Mayor welcomed everyone, including Leila Haddad to her first meeting. Apologies were received "
        "and accepted. It was noted that Kian Davies has now missed three meetings.",
        ACT("Deputy Town Clerk to contact Kian Davies to ask whether he wishes to remain a Youth Councillor.")]))
    s.append(minute("YC25/02", "Datgan buddiant", "Declarations of interest", [
        "Jac Howells declared an interest in YC25/05 as a member of Trefynach Skatepark Group and did not vote on "
        "that item."]))
    s.append(minute("YC25/03", "Cofnodion", "Minutes of the previous meeting", [
        R("that the minutes of the meeting held on 28 November 2024 be approved as a correct record.")]))
    s.append(minute("YC25/04", "Blaenoriaethau ar gyfer 2025", "Youth Council priorities for 2025", [
        "Members reviewed the results of the Llais Ni (Our Voice) survey of 412 young people, carried out at Ysgol "
        "Uwchradd Trefynach in December 2024. The 2024 priorities were public transport, things to do in the "
        "evenings and safer routes to school.",
        "Following a vote, the three priorities for 2025 are:",
        Paragraph("1.&nbsp;&nbsp;Mental health and wellbeing (6 votes)<br/>2.&nbsp;&nbsp;Things to do in the evenings "
                  "(5 votes)<br/>3.&nbsp;&nbsp;Safer routes to school (4 votes)", res),
        "Mental health and wellbeing is a new priority. Public transport received 2 votes and is no longer a "
        "Youth Council priority; it will be taken forward through the Town Council’s Transport Working Group.",
        R("that the Youth Council’s priorities for 2025 be mental health and wellbeing, things to do in the evenings "
          "and safer routes to school, and that these be presented to the Town Council on 10 February 2025."),
        ACT("Ffion Pritchard and Osian Lloyd to present the priorities to the Town Council on 10 February 2025.")]))
    s.append(minute("YC25/05", "Cronfa Grantiau Ieuenctid", "Youth Grant Fund", [
        "Two applications were considered: Trefynach Skatepark Group requested £750 towards a beginners’ session "
        "programme, and Dyfnant Young Carers requested £400 for a half-term trip.",
        R("to award £750 to Trefynach Skatepark Group and £400 to Dyfnant Young Carers from the 2024/25 Youth "
          "Grant Fund (6 for, 0 against; Jac Howells did not vote)."),
        ACT("Deputy Town Clerk to send award letters by 31 January 2025.")]))
    s.append(minute("YC25/06", "Ymgynghoriad ardal chwarae Parc y Felin", "Parc y Felin play area consultation", [
        "Dyfnant County Council is consulting on the redesign of the Parc y Felin play area until 14 February 2025. "
        "Members felt the design should include equipment and seating for older children.",
        "It was agreed that Amara Okafor and Tomos Rees will draft the Youth Council’s response for members to "
        "approve by email by 7 February 2025."]))
    s.append(minute("YC25/07", "Hyfforddiant", "Training", [
        "Rhodri Hughes reported that Dyfnant Youth Service will run safeguarding and chairing skills training for "
        "Youth Councillors on Saturday 8 March 2025.",
        "The Youth Council noted the update."]))
    s.append(minute("YC25/08", "Dyddiad y cyfarfod nesaf", "Date of next meeting", [
        "Thursday 20 March 2025 at 5.30pm in the Youth Hub."]))
    s += [Spacer(1, 10), Paragraph("The meeting closed at 7.05pm.", body), Spacer(1, 16),
          Paragraph("Llofnodwyd / Signed: ………………………………… Maer Ieuenctid / Youth Mayor&nbsp;&nbsp;&nbsp;"
                    "Dyddiad / Date: ……………", body)]

    def footer(c, d):
        c.saveState()
        c.setFont(F, 7.5)
        c.setFillColor(GREEN)
        c.drawCentredString(105 * mm, 10 * mm, f"Tudalen {d.page} / Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=14 * mm, bottomMargin=18 * mm, title="Trefynach Youth Council minutes")
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    build()
