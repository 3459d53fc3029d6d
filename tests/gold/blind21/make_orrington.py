"""English parish council minutes laid out as a ruled three-column table (minute number | minute | Action),
header row repeated on every page, lettered sub-paragraphs, nested payments table inside the finance
minute, RESOLVED in capitals, running header, "Chairman's initials" footer and "Page x of y"."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, numbered_canvas, style

STEM = "blind21-uk-little-orrington-pc-parish-council-minutes-2025-06-09"


def build():
    fonts()
    F, FB = "LibSans", "LibSans-Bold"
    txt = style("t", F, 9.5, 12.5, spaceAfter=3)
    tb = style("tb", FB, 9.5, 12.5, spaceAfter=2)
    num = style("n", FB, 9, 12)
    act = style("a", FB, 8.5, 11, textColor=colors.HexColor("#7a1f1f"))
    small = style("sm", F, 8.5, 11)
    smallr = style("smr", F, 8.5, 11, alignment=2)
    smallb = style("smb", FB, 8.5, 11)
    smallbr = style("smbr", FB, 8.5, 11, alignment=2)

    def P(t, st=txt):
        return Paragraph(t, st)

    s = [P("LITTLE ORRINGTON PARISH COUNCIL", style("h1", FB, 16, 20, alignment=1)),
         P("Clerk: Mrs Helen Lockyer, 3 Pound Cottages, Little Orrington, Wessmoor WM7 4QJ &nbsp;·&nbsp; "
           "clerk@littleorrington-pc.gov.uk", style("h2", F, 8.5, 11, alignment=1, textColor=colors.grey)),
         Spacer(1, 8),
         P("<b>MINUTES</b> of the meeting of Little Orrington Parish Council held on Monday 9 June 2025 at 7.30pm "
           "in Little Orrington Village Hall", style("h3", F, 11, 14, alignment=1)),
         Spacer(1, 6),
         P("<b>Present:</b> Cllr R. Ashdown (Chairman), Cllr B. Pennycott (Vice-Chairman), Cllr M. Fairlie, "
           "Cllr S. Kaur, Cllr T. Wragg, Cllr J. Cole"),
         P("<b>In attendance:</b> Mrs H. Lockyer (Clerk and RFO); District Cllr P. Gadd (minutes P25/063 to "
           "P25/067 only); four members of the public"),
         Spacer(1, 6)]

    pay = [["Payee", "Details", "Net £", "VAT £", "Gross £"],
           ["H. Lockyer", "Clerk’s salary, June (net of PAYE)", "812.40", "–", "812.40"],
           ["HMRC", "PAYE and NI, June", "203.10", "–", "203.10"],
           ["Orrdale Groundcare Ltd", "Grass cutting, May (3 cuts)", "540.00", "108.00", "648.00"],
           ["Wessmoor Lighting Ltd", "Street light maintenance, quarter 1", "186.25", "37.25", "223.50"],
           ["Shire Mutual Insurance Ltd", "Annual insurance renewal 2025/26", "1,297.08", "–", "1,297.08"],
           ["Little Orrington Village Hall", "Hall hire, April to June", "90.00", "–", "90.00"],
           ["Wessmoor Association of Local Councils", "Annual subscription 2025/26", "138.50", "–", "138.50"],
           ["Total", "", "3,267.33", "145.25", "3,412.58"]]
    prow = []
    for i, r in enumerate(pay):
        b = i == 0 or i == len(pay) - 1
        prow.append([P(r[0], smallb if b else small), P(r[1], smallb if b else small)] +
                    [P(x, smallbr if b else smallr) for x in r[2:]])
    ptab = Table(prow, colWidths=[38 * mm, 46 * mm, 15 * mm, 13 * mm, 15 * mm])
    ptab.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                              ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                              ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                              ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))

    rows = [[P("Minute", num), P("", num), P("Action", num)]]
    starts = []

    def M(n, title, parts):
        """parts: text or (text, action owner) or a flowable; each part is one ruled-free sub-row so the action
        owner sits level with its sentence"""
        starts.append(len(rows))
        rows.append([P(n, num), P(title, tb), ""])
        first = False
        for p in parts:
            who = ""
            if isinstance(p, tuple):
                p, who = p
            fl = P(p) if isinstance(p, str) else p
            cell = [P(title, tb), fl] if first else fl
            rows.append([P(n if first else "", num), cell, P(who, act)])
            first = False

    M("P25/063", "Apologies for absence",
      ["Apologies were received from Cllr D. Hurst (family commitment).",
       "RESOLVED that the reason for absence be accepted."])
    M("P25/064", "Declarations of interest and requests for dispensations",
      ["Cllr T. Wragg declared a non-registerable interest in minute P25/070(b) as a plot holder and member of "
       "the Orrington Allotment Society. No dispensations were requested."])
    M("P25/065", "Minutes of the previous meeting",
      ["RESOLVED that the minutes of the meeting held on 12 May 2025, having been circulated, be approved as a "
       "true record and signed by the Chairman."])
    M("P25/066", "Public participation",
      ["The meeting was adjourned for public participation. Two residents raised concerns about speeding on "
       "Church Lane at school drop-off times and one resident asked about the overgrown hedge at the recreation "
       "ground entrance. The meeting was reconvened at 7.48pm.",
       ("The Clerk to report the speeding concerns to Wessmoor County Council Highways and request a speed "
        "survey on Church Lane.", "Clerk"),
       ("Cllr Cole to arrange for the hedge at the recreation ground entrance to be cut back before the end of "
        "June.", "Cllr Cole")])
    M("P25/067", "Reports from District and County Councillors",
      ["District Cllr Gadd reported that the Orrdale District Council Local Plan Regulation 19 consultation will "
       "close on 25 July 2025 and that the garden waste subscription will rise to £62 from 1 August 2025. "
       "County Cllr A. Morrow had sent a written report, which was noted. District Cllr Gadd left the meeting "
       "at 8.02pm."])
    M("P25/068", "Finance",
      ["<b>(a) Payments for approval</b>", ptab,
       "RESOLVED to approve the payments listed above, totalling £3,412.58, to be authorised online by two "
       "signatories.",
       "<b>(b) Bank reconciliation</b> – the bank reconciliation to 31 May 2025 (balance £41,876.22) was "
       "checked against the statements and signed by Cllr Fairlie.",
       "<b>(c) Annual Governance and Accountability Return (AGAR) 2024/25</b> – the internal audit report from "
       "Hartwell Sayce LLP was received; no issues were raised.",
       "RESOLVED to approve Section 1, the Annual Governance Statement 2024/25.",
       "RESOLVED to approve Section 2, the Accounting Statements 2024/25, which were signed by the Chairman.",
       ("The Clerk to publish the notice of the period for the exercise of public rights (16 June to 25 July "
        "2025) and to submit the AGAR to the external auditor, Moreton Pryce LLP, by 30 June 2025.", "Clerk")])
    M("P25/069", "Planning",
      ["(a) 25/00712/HOUS – Single-storey rear extension, 4 Mill Row. RESOLVED to make no objection.",
       "(b) 25/00745/OUT – Outline application for up to 18 dwellings, land north of Orchard Close. RESOLVED to "
       "object on the grounds that the site lies outside the settlement boundary in the Little Orrington "
       "Neighbourhood Plan 2019–2036 and that the proposed access onto Church Lane is unsafe.",
       ("The Clerk to submit the Council’s objection to Orrdale District Council by 20 June 2025.", "Clerk")])
    M("P25/070", "Open spaces and assets",
      [("(a) Play area – the annual RoSPA inspection report dated 15 May 2025 rated two items as medium risk. "
        "Cllr Pennycott to obtain three quotes for replacing the swing seats and the zip-wire trolley for the "
        "July meeting.", "Cllr Pennycott"),
       "(b) Allotments – RESOLVED to increase allotment rents to £38 per full plot and £20 per half plot from "
       "1 October 2025. Cllr Wragg did not vote.",
       ("The Clerk to write to all plot holders giving notice of the new rents by 30 June 2025.", "Clerk")])
    M("P25/071", "Community defibrillator",
      ["Cllr Kaur reported that the pads for the defibrillator in the telephone kiosk expire in August 2025.",
       "RESOLVED to purchase replacement adult pads at a cost of £96.00 plus VAT.",
       ("Cllr Kaur to order and fit the replacement pads.", "Cllr Kaur")])
    M("P25/072", "Correspondence",
      ["The following were received and noted: Wessmoor Association of Local Councils weekly bulletins; Orrdale "
       "District Council consultation on the draft Community Infrastructure Levy charging schedule (closes "
       "4 July 2025); a letter from Little Orrington Church of England Primary School thanking the Council "
       "for its grant towards the reading garden."])
    M("P25/073", "Items for the next agenda",
      ["Community Speedwatch scheme; a new bench for the recreation ground; review of Standing Orders."])
    M("P25/074", "Date of next meeting",
      ["Monday 14 July 2025 at 7.30pm in the Village Hall.",
       "There being no further business the Chairman closed the meeting at 9.12pm."])
    starts.append(len(rows))

    t = Table(rows, colWidths=[19 * mm, 127 * mm, 24 * mm], repeatRows=1)
    ts = [("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
          ("LINEAFTER", (0, 0), (1, -1), 0.5, colors.HexColor("#555555")),
          ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor("#555555")),
          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
          ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for a in starts[:-1]:
        ts += [("LINEABOVE", (0, a), (-1, a), 0.5, colors.HexColor("#555555")), ("TOPPADDING", (0, a), (-1, a), 5)]
    for b in starts[1:]:
        ts.append(("BOTTOMPADDING", (0, b - 1), (-1, b - 1), 5))
    t.setStyle(TableStyle(ts))
    s += [t, Spacer(1, 18),
          P("Signed .............................................. Chairman &nbsp;&nbsp;&nbsp;&nbsp;"
            "Date ..........................")]

    def draw(c, page, total):
        c.saveState()
        c.setFont(F, 8)
        c.setFillColor(colors.HexColor("#444444"))
        if page > 1:
            c.drawString(20 * mm, 285 * mm, "Little Orrington Parish Council – Minutes – 9 June 2025")
        c.drawString(20 * mm, 11 * mm, "Chairman’s initials ..........")
        c.drawRightString(190 * mm, 11 * mm, f"Page {page} of {total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=16 * mm, bottomMargin=20 * mm,
                            title="Little Orrington Parish Council minutes 9 June 2025")
    doc.build(s, canvasmaker=numbered_canvas(draw))


if __name__ == "__main__":
    build()
