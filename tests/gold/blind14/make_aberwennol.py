"""Welsh town council minutes: bilingual title block (Welsh line, then English line), attendance and
minutes in a two-column grid whose left margin column holds labels ("Presennol / Present:") and minute
numbers "24/25-118" while the right column holds bilingual headings and text; RESOLVED paragraphs; a
recorded vote; a Welsh | English priorities table; bilingual footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind14-uk-aberwennol-town-council-minutes-2025-02-10"
GREEN = colors.HexColor("#1d5c3a")


def build():
    fonts()
    F, FB = "DejaVuSerif", "DejaVuSerif-Bold"
    body = style("b", F, 9, 12.5, spaceAfter=3)
    wel = style("w", "DejaVuSans", 8.5, 11.5, textColor=colors.HexColor("#555555"))
    W = 172 * mm
    s = [Paragraph("CYNGOR TREF ABERWENNOL", style("t1", FB, 15, 18, alignment=1, textColor=GREEN)),
         Paragraph("ABERWENNOL TOWN COUNCIL", style("t2", FB, 15, 18, alignment=1)),
         Spacer(1, 6),
         Paragraph("Cofnodion cyfarfod o’r Cyngor Llawn a gynhaliwyd yn Neuadd y Dref, Stryd Fawr, Aberwennol, nos Lun "
                   "10 Chwefror 2025 am 7.00yh", style("s1", "DejaVuSans", 9, 12, alignment=1, textColor=GREEN)),
         Paragraph("Minutes of the meeting of the Full Council held at the Town Hall, High Street, Aberwennol, on "
                   "Monday 10 February 2025 at 7.00pm", style("s2", F, 9.5, 12.5, alignment=1)),
         Spacer(1, 10)]
    rows, st = [], [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, -1), 0.6, GREEN),
                    ("LEFTPADDING", (0, 0), (0, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]

    def row(left, *right):
        rows.append([Paragraph(f"<b>{left}</b>", style("l", FB, 8.5, 11.5)), list(right)])

    def head(cy, en):
        return Paragraph(f"<b>{cy} / {en}</b>", style("h", FB, 9.5, 12.5, spaceAfter=2))

    def P(x):
        return Paragraph(x, body)

    def RES(x):
        return Paragraph(f"<b>PENDERFYNWYD / RESOLVED</b> {x}", body)

    row("Presennol / Present:", P("Cllr Gwenllian Parry (Maer / Mayor, yn y Gadair / in the Chair); Cllr Dafydd Rowlands "
                                  "(Dirprwy Faer / Deputy Mayor); Cllrs Siân Pugh, Huw Bebb, Alun Tudor, Carys "
                                  "Lloyd-Evans, Owain Jenkins and Bethan Morgan."))
    row("Yn bresennol / In attendance:", P("Mr Rhodri Price (Clerc y Dref / Town Clerk and RFO); County Cllr Mair Haf "
                                            "Edwards (Mynydd Garw County Council, for minute 24/25-122); two members of "
                                            "the public."))
    row("24/25-118", head("Ymddiheuriadau", "Apologies"),
        P("Apologies were received from Cllr Eleri Vaughan (work commitments) and Cllr Geraint Hughes."),
        RES("that the apologies be accepted."))
    row("24/25-119", head("Datgan Buddiant", "Declarations of Interest"),
        P("Cllr Huw Bebb declared a personal and prejudicial interest in minute 24/25-125 as treasurer of Aberwennol "
          "Rugby Football Club and left the room for that item."))
    row("24/25-120", head("Cofnodion", "Minutes"),
        RES("that the minutes of the Full Council meeting held on 13 January 2025 be approved and signed as a true "
            "record."))
    row("24/25-121", head("Materion yn codi", "Matters arising"),
        P("24/25-109 Bryn Road footway: the Clerk reported that Mynydd Garw County Council had confirmed that it will "
          "complete repairs to the Bryn Road footway by 31 March 2025."))
    row("24/25-122", head("Adroddiad y Cynghorydd Sir", "County Councillor’s Report"),
        P("County Cllr Edwards reported on the County Council’s draft budget for 2025/26 and the consultation on "
          "school transport, which closes on 14 March 2025. County Cllr Edwards left the meeting."))
    row("24/25-123", head("Praesept 2025/26", "Precept 2025/26"),
        P("The Clerk presented the draft budget for 2025/26, as considered by the Finance and General Purposes "
          "Committee on 27 January 2025. In accordance with Standing Order 12 a recorded vote was taken: for 7 "
          "(Cllrs Parry, Rowlands, Pugh, Bebb, Tudor, Lloyd-Evans and Morgan); against 1 (Cllr Jenkins); "
          "abstentions 0."),
        RES("that the precept for 2025/26 be set at £186,400, an increase of 3.9%, and that the Clerk notify Mynydd "
            "Garw County Council of the precept by 28 February 2025."))
    pri = Table([["Blaenoriaeth", "Priority"], ["Canol tref bywiog", "A vibrant town centre"],
                 ["Mannau gwyrdd a’r afon", "Green spaces and the river"],
                 ["Iaith a diwylliant Cymraeg", "Welsh language and culture"],
                 ["Cyfleoedd i bobl ifanc", "Opportunities for young people"],
                 ["Gweithredu ar newid hinsawdd", "Action on climate change"]], colWidths=[62 * mm, 62 * mm])
    pri.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 8.5), ("FONT", (0, 0), (-1, 0), FB, 8.5),
                             ("TEXTCOLOR", (0, 0), (0, -1), GREEN), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    row("24/25-124", head("Cynllun Tref 2025–2030", "Town Plan 2025–2030"),
        P("Cllr Rowlands presented the final draft of the Town Plan following public consultation in autumn 2024. "
          "The plan sets five priorities for the Council:"), pri, Spacer(1, 4),
        RES("that the Aberwennol Town Plan 2025–2030 be adopted and published in Welsh and English by 31 March 2025."),
        P("The Clerk to arrange for a summary of the plan to be delivered to every household in April 2025."))
    row("24/25-125", head("Grantiau", "Grants"),
        P("Cllr Bebb had left the room."),
        RES("that grants be awarded under section 137 of the Local Government Act 1972 as follows: Aberwennol Rugby "
            "Football Club £1,500; Menter Iaith Aberwennol £2,000; Banc Bwyd Aberwennol (Aberwennol Foodbank) £1,000."),
        P("Cllr Bebb returned to the meeting."))
    row("24/25-126", head("Cynllunio", "Planning"),
        P("Application 24/0871/FUL: change of use of Capel Seion, Heol y Bont, to two dwellings."),
        RES("that the Council has no objection but asks Mynydd Garw County Council, as planning authority, to "
            "require retention of the chapel frontage by condition."))
    row("24/25-127", head("Gohebiaeth", "Correspondence"),
        P("One Voice Wales: invitation to the Area Committee meeting on 6 March 2025. Cllr Morgan agreed to attend "
          "and report back."))
    row("24/25-128", head("Dyddiad y cyfarfod nesaf", "Date of next meeting"),
        P("Nos Lun 10 Mawrth 2025 am 7.00yh / Monday 10 March 2025 at 7.00pm."))
    t = Table(rows, colWidths=[30 * mm, W - 30 * mm])
    t.setStyle(TableStyle(st))
    s += [t, Spacer(1, 6),
          Paragraph("Daeth y cyfarfod i ben am 8.55yh / The meeting closed at 8.55pm.", body), Spacer(1, 14),
          Paragraph("Llofnodwyd / Signed ..........................................&nbsp;&nbsp;Maer / Mayor&nbsp;&nbsp;&nbsp;&nbsp;"
                    "Dyddiad / Date ....................", body)]

    def page(c, d):
        c.saveState()
        c.setFont("DejaVuSans", 7.5)
        c.setFillColor(GREEN)
        c.drawString(19 * mm, 11 * mm, "Cyngor Tref Aberwennol / Aberwennol Town Council")
        c.drawRightString(191 * mm, 11 * mm, f"Tudalen / Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=19 * mm, rightMargin=19 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm, title="Cofnodion / Minutes 10.02.2025")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
