"""UK parish council minutes: centred letterhead with clerk's address, key to initials, ruled three-column
minutes grid (minute no. | minute | Action) with initials in the Action column, nested payments table,
'Signed ... Chairman' footer and 'Page x of y'."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, numbered_canvas, style

STEM = "blind22-uk-stoke-pellow-pc-parish-council-minutes-2025-07-08"


def build():
    fonts()
    F, FB = "DejaVuSans", "DejaVuSans-Bold"
    body = style("b", F, 9.5, 13.5)
    bold = style("bb", FB, 9.5, 13.5)
    small = style("s", F, 8.5, 11)
    s = []
    s.append(Paragraph("STOKE PELLOW PARISH COUNCIL", style("t", FB, 15, 19, alignment=1)))
    s.append(Paragraph("Clerk: Mrs Alison Marrack, 3 Glebe Close, Stoke Pellow, PL22 7RH &nbsp;·&nbsp; "
                       "clerk@stokepellow-pc.gov.uk", style("t2", F, 8.5, 11, alignment=1, spaceAfter=8)))
    s.append(Paragraph("Minutes of the Ordinary Meeting of Stoke Pellow Parish Council held on Tuesday 8 July 2025 "
                       "at 7.30pm in Stoke Pellow Village Hall", style("t3", FB, 10.5, 14, alignment=1, spaceAfter=8)))
    key = [["Present", "Initials", "", "In attendance", ""],
           ["Cllr Jenny Trevail (Chairman)", "JT", "", "Mrs Alison Marrack (Clerk/RFO)", "Clerk"],
           ["Cllr Robert Gilbey (Vice-Chairman)", "RG", "", "Cllr Peter Haddock (Carnmoor Council)", "PH"],
           ["Cllr Sue Penwarden", "SP", "", "PCSO Gemma Rowe (Carnmoor and Tamarside Police)", ""],
           ["Cllr Mark Oldroyd", "MO", "", "5 members of the public", ""],
           ["Cllr Hannah Leckie", "HL", "", "", ""]]
    kt = Table([[Paragraph(c, bold if i == 0 else small) for c in r] for i, r in enumerate(key)],
               colWidths=[56 * mm, 18 * mm, 6 * mm, 74 * mm, 16 * mm])
    kt.setStyle(TableStyle([("BOX", (0, 0), (1, -1), 0.5, colors.black), ("BOX", (3, 0), (4, -1), 0.5, colors.black),
                            ("LINEBELOW", (0, 0), (1, 0), 0.5, colors.black), ("LINEBELOW", (3, 0), (4, 0), 0.5, colors.black),
                            ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#e6e6e6")),
                            ("BACKGROUND", (3, 0), (4, 0), colors.HexColor("#e6e6e6"))]))
    s += [Paragraph("Key to initials used in the Action column", style("k", FB, 9, 12, spaceAfter=3)), kt, Spacer(1, 10)]
    rows = [[Paragraph("Minute", bold), Paragraph("", bold), Paragraph("Action", bold)]]

    def M(num, title, paras, actions=()):
        acts = list(actions) + [""] * (len(paras) - len(actions))
        rows.append([Paragraph(f"<b>{num}</b>", body), Paragraph(f"<b>{title}</b>", body), ""])
        for p, a in zip(paras, acts):
            rows.append(["", p if not isinstance(p, str) else Paragraph(p, body), Paragraph(a, bold)])

    M("25/087", "Apologies for absence",
      ["Apologies were received and accepted from Cllr Dave Yeo (work commitments)."])
    M("25/088", "Declarations of interest",
      ["Cllr Penwarden declared a non-registrable interest in minute 25/092(b) as a neighbour of the applicant and did "
       "not vote on that application."])
    M("25/089", "Minutes of the previous meeting",
      ["RESOLVED that the minutes of the meeting held on 10 June 2025 be approved and signed by the Chairman as a true record."])
    M("25/090", "Public participation",
      ["Two residents raised concerns about speeding on Fore Street at school times. PCSO Rowe said that a Community "
       "Speedwatch group would need at least six volunteers.",
       "Clerk to ask Carnmoor Council for the latest speed survey data for Fore Street.",
       "JT to put an appeal for Speedwatch volunteers in the August edition of the Pellow Post."],
      ["", "Clerk", "JT"])
    M("25/091", "Reports from Carnmoor Council and the police",
      ["Cllr Haddock reported that the Carnmoor Local Plan examination hearings will open on 16 September 2025. "
       "PCSO Rowe reported two thefts from vehicles at the Chapel Hill car park in June."])
    M("25/092", "Planning",
      ["(a) PA25/04412 – Rose Cottage, Chapel Hill – two-storey rear extension. RESOLVED to support the application.",
       "(b) PA25/04530 – Land at Trewin Farm – siting of six holiday lodges with access track. RESOLVED to object on the "
       "grounds of highway safety on the B3291 and the impact on the Pellow Valley landscape.",
       "Clerk to submit the Council’s comments to Carnmoor Council by 18 July 2025."],
      ["", "", "Clerk"])
    pay = [["Payee", "Details", "Amount"],
           ["Mrs A Marrack", "Clerk’s salary, June 2025", "£612.40"],
           ["HMRC", "PAYE, June 2025", "£96.20"],
           ["Kernock Grounds Maintenance Ltd", "Grass cutting, June 2025 (3 cuts)", "£540.00"],
           ["Stoke Pellow Village Hall Committee", "Hall hire, April–June 2025", "£75.00"],
           ["Parkway Play Inspections Ltd", "Annual play area inspection", "£138.00"],
           ["", "Total", "£1,461.60"]]
    pt = Table([[Paragraph(c, bold if (i == 0 or c.startswith("Total")) else small) for c in r] for i, r in enumerate(pay)],
               colWidths=[52 * mm, 55 * mm, 21 * mm])
    pt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("ALIGN", (2, 0), (2, -1), "RIGHT")]))
    M("25/093", "Finance",
      ["(a) Payments. The following payments were presented:", pt,
       "RESOLVED to approve the payments listed, totalling £1,461.60.",
       "(b) The bank reconciliation to 30 June 2025 was noted, showing a combined balance of £28,914.37.",
       "(c) The Clerk confirmed that the notice of the period for the exercise of public rights for the 2024/25 annual "
       "return ran from 16 June to 25 July 2025.",
       "RG to carry out the quarterly internal control check before the next meeting."],
      ["", "", "", "", "", "RG"])
    M("25/094", "Playing field and play area",
      ["The annual inspection report from Parkway Play Inspections Ltd identified two medium-risk items: worn swing "
       "seats and a loose bolt on the climbing frame.",
       "MO to obtain three quotes for replacement swing seats for the September meeting.",
       "HL to tighten the climbing frame bolt and record it in the inspection log."],
      ["", "MO", "HL"])
    M("25/095", "Highways and footpaths",
      ["The stile on Footpath 12 at Trewin Bottom is broken.",
       "RG to report the stile to Carnmoor Council’s Countryside Access Team online."],
      ["", "RG"])
    M("25/096", "Neighbourhood Development Plan",
      ["Cllr Leckie reported for the steering group. The household questionnaire had a 41% response rate and the "
       "housing needs survey will be completed by the end of September 2025.",
       "RESOLVED to apply to Locality for a neighbourhood planning grant of £8,000 for 2025/26.",
       "Clerk to submit the grant application by 31 July 2025."],
      ["", "", "Clerk"])
    M("25/097", "Councillor vacancy",
      ["Following the resignation of Cllr Tom Brewer, the notice of vacancy was posted on 20 June 2025. Carnmoor "
       "Council’s Electoral Services confirmed that no poll was requested, so the Council may fill the vacancy by co-option.",
       "RESOLVED to advertise the vacancy for co-option, with applications to be received by 29 August 2025 and "
       "co-option to take place at the September meeting.",
       "Clerk to place the co-option notice on the noticeboards and the Council website."],
      ["", "", "Clerk"])
    M("25/098", "Correspondence",
      ["A letter from the Pellow Valley Community Land Trust inviting the Council to its open day on 2 August 2025 was noted."])
    M("25/099", "Date of next meeting",
      ["Tuesday 9 September 2025 at 7.30pm in Stoke Pellow Village Hall. There being no further business, the "
       "Chairman closed the meeting at 9.10pm."])
    t = Table(rows, colWidths=[18 * mm, 134 * mm, 18 * mm], repeatRows=1)
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
          ("LINEAFTER", (0, 0), (1, -1), 0.4, colors.grey), ("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("ALIGN", (2, 0), (2, -1), "CENTER"),
          ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for i, r in enumerate(rows):
        if i > 0 and r[2] == "" and isinstance(r[0], Paragraph):
            st.append(("LINEABOVE", (0, i), (-1, i), 0.4, colors.grey))
    t.setStyle(TableStyle(st))
    s.append(t)

    def draw(c, n, total):
        c.saveState()
        c.setFont(F, 8)
        c.drawString(20 * mm, 12 * mm, "Signed ........................................ Chairman      Date ....................")
        c.drawRightString(190 * mm, 12 * mm, f"Page {n} of {total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=22 * mm, title="Parish Council minutes 8 July 2025")
    doc.build(s, canvasmaker=numbered_canvas(draw))


if __name__ == "__main__":
    build()
