"""(2) Scottish community justice partnership "Notes of meeting": attendance as a ruled Name/Initials/Organisation
table with apologies rows, then the notes as a ruled Item | Discussion | Action / Owner | By when table."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind12-uk-inverlossie-community-justice-partnership-notes-2025-01-22"

F, FB = "LibSans", "LibSans-Bold"
H1 = style("h1", FB, 14, leading=17, textColor=colors.HexColor("#5b2a86"))
H2 = style("h2", F, 11, leading=14)
C = style("c", F, 9.2, leading=11.4)
CB = style("cb", FB, 9.2, leading=11.4)
PURPLE = colors.HexColor("#5b2a86")
LILAC = colors.HexColor("#e9e1f2")

ATTEND = [
    ("Present", None, None),
    ("Fiona Drummond (Chair)", "FD", "Inverlossie Council \u2013 Head of Justice Social Work"),
    ("Insp. Graeme Tulloch", "GT", "Police Scotland, Inverlossie Area Command"),
    ("Dr Anjali Rao", "AR", "NHS Inverlossie \u2013 Public Health"),
    ("Kirsty McLennan", "KMcL", "Inverlossie Health and Social Care Partnership"),
    ("Callum Strachan", "CS", "Scottish Prison Service, HMP Carrick Moss"),
    ("Morag Elphinstone", "ME", "Lossie Valley Housing Association"),
    ("Peter Szymanski", "PS", "Voluntary Action Inverlossie (Third Sector Interface)"),
    ("Aileen Fraser", "AF", "Community Justice Co-ordinator, Inverlossie Council"),
    ("In attendance", None, None),
    ("Jamie Bain (notes)", "JB", "Inverlossie Council \u2013 Committee Services"),
    ("Rhona Kerr (item 4)", "RK", "Inverlossie Council \u2013 Unpaid Work Team Leader"),
    ("Apologies", None, None),
    ("Supt. Neil Ogilvie", "", "Police Scotland"),
    ("Sandra Cowie", "", "Skills Development Scotland"),
    ("Euan Liddell", "", "Second Chance Trust"),
]


def P(t, s=C):
    return Paragraph(t, s)


NOTES = [
    ("1", "<b>Welcome, introductions and apologies</b><br/>FD welcomed members, in particular CS attending for "
          "the Scottish Prison Service for the first time. Apologies were noted as above; Insp. Tulloch attended "
          "in place of Supt. Ogilvie.", "", ""),
    ("2", "<b>Notes of previous meeting (13 November 2024) and action log</b><br/>The notes were agreed as an "
          "accurate record. Six of the eight actions on the log are complete. Action 4 (prison release data "
          "sharing protocol) and action 7 (directory of services) are carried forward.",
     "Circulate the final data sharing protocol for partner sign-off \u2013 CS", "28/02/2025"),
    ("3", "<b>Community Justice Outcome Improvement Plan (CJOIP) 2023\u20132028</b><br/>AF presented the "
          "feedback from Community Justice Scotland on the partnership\u2019s annual report for 2023/24, which "
          "rated the report \u201cgood\u201d. The four local priorities of the CJOIP remain:<br/>"
          "1. Early intervention and diversion from prosecution<br/>"
          "2. Access to housing, health and employability on release<br/>"
          "3. Community sentences that reduce reoffending<br/>"
          "4. Partnership working with people with lived experience<br/>"
          "The partnership agreed that the annual report for 2024/25 would include a case study for each "
          "priority.",
     "Draft the 2024/25 annual report with case studies \u2013 AF<br/><br/>Nominate one case study per "
     "agency \u2013 all partners", "30/06/2025<br/><br/><br/>14/03/2025"),
    ("4", "<b>Unpaid work \u2013 update from Justice Social Work</b><br/>RK reported that 61% of unpaid work "
          "orders were completed within the timescale in Q3, against a target of 70%. The backlog is "
          "concentrated in the Carrick Moss area where two supervisors are vacant. The partnership noted the "
          "update and agreed to support a recruitment campaign for sessional supervisors.",
     "Bring a recovery plan for unpaid work hours to the next meeting \u2013 FD / RK", "19/03/2025"),
    ("5", "<b>Housing on release (SHORE standards)</b><br/>ME and KMcL outlined the pilot in which Lossie Valley "
          "Housing Association holds two flats for people leaving HMP Carrick Moss without accommodation. Eleven "
          "people have been housed since June 2024 and none has returned to custody. Members agreed that the "
          "pilot should continue to March 2026, subject to funding.",
     "Prepare a funding bid to extend the housing on release pilot \u2013 ME / KMcL", "April 2025"),
    ("6", "<b>Community justice funding 2025/26</b><br/>AF advised that the Scottish Government allocation for "
          "2025/26 is expected in March and is likely to be at the 2024/25 level. The partnership agreed to "
          "prioritise diversion from prosecution and the women\u2019s service if funding is reduced.",
     "Circulate allocation and draft spend plan \u2013 AF", "When allocation received"),
    ("7", "<b>Partner updates</b><br/>Police Scotland: Operation Larkspur (shoplifting) has reduced repeat "
          "retail offences in Inverlossie town centre. NHS Inverlossie: the custody healthcare contract has been "
          "extended to 2026. Voluntary Action Inverlossie: the Third Sector Justice Forum meets on 5 February "
          "2025. Updates were noted.", "", ""),
    ("8", "<b>AOB and date of next meeting</b><br/>PS asked that the directory of services be published on the "
          "Voluntary Action Inverlossie website once complete.<br/>Next meeting: Wednesday 19 March 2025, "
          "10.00am, Conference Room 2, Lossie House (hybrid).",
     "Complete the directory of services and send to PS for publication \u2013 AF", "31/03/2025"),
]


def header_footer(c, doc):
    c.saveState()
    c.setFillColor(PURPLE)
    c.rect(0, A4[1] - 9 * mm, A4[0], 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont(F, 8)
    c.drawString(18 * mm, 10 * mm, "OFFICIAL")
    c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"{doc.page}")
    c.restoreState()


def build():
    fonts()
    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title="Inverlossie CJP notes 22 January 2025")
    s = [P("Inverlossie Community Justice Partnership", H1),
         P("Notes of meeting", style("nm", FB, 12, leading=15)),
         P("Wednesday 22 January 2025, 10.00am \u2013 12.00pm, Microsoft Teams", H2), Spacer(1, 8)]
    rows, st = [[P("Name", CB), P("Initials", CB), P("Organisation / role", CB)]], [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), LILAC)]
    for name, ini, orgn in ATTEND:
        if ini is None:
            st += [("SPAN", (0, len(rows)), (-1, len(rows))), ("BACKGROUND", (0, len(rows)), (-1, len(rows)), LILAC)]
            rows.append([P(f"<b>{name}</b>"), "", ""])
        else:
            rows.append([P(name), P(ini), P(orgn)])
    s += [Table(rows, colWidths=[55 * mm, 18 * mm, 101 * mm], style=TableStyle(st)), Spacer(1, 12)]
    rows = [[P("Item", CB), P("Discussion", CB), P("Action / Owner", CB), P("By when", CB)]]
    for n, disc, actn, when in NOTES:
        rows.append([P(n), P(disc), P(actn), P(when)])
    s.append(Table(rows, colWidths=[12 * mm, 94 * mm, 44 * mm, 24 * mm], repeatRows=1, style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), LILAC)])))
    s += [Spacer(1, 10), P("<i>These notes are a summary of discussion and are not a verbatim record. Please send "
                           "any amendments to the Community Justice Co-ordinator.</i>")]
    doc.build(s, onFirstPage=header_footer, onLaterPages=header_footer)


if __name__ == "__main__":
    build()
