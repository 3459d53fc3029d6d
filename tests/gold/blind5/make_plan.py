"""Doc 6: PCSP action plan as a fully ruled landscape table with theme bands."""
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle)
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.units import mm
from common import styles

W, H = landscape(A4)
GREEN = colors.HexColor("#0f5e3c")
RAGC = {"G": colors.HexColor("#63be7b"), "A": colors.HexColor("#ffc000"), "R": colors.HexColor("#f8696b"),
        "Complete": colors.HexColor("#9dc3e6")}

ROWS = [
    ("band", "Strategic Priority 1 – Safer Communities: tackling crime and anti-social behaviour"),
    ("1.1", "Deliver a programme of diversionary youth activities on Friday and Saturday evenings during the summer and Halloween periods in Lisnavale and Drumcarn.", "PCSP Manager", "PSNI; Lisnavale Youth Forum; EA Youth Service", "31/10/2024", "Complete"),
    ("1.2", "Install and maintain 6 re-deployable CCTV cameras at anti-social behaviour hotspots identified through the Tasking Group.", "Council Community Safety Team", "PSNI; NIHE", "March 2025", "A"),
    ("1.3", "Support Neighbourhood Watch schemes and deliver 4 crime prevention roadshows in rural areas, including farm and quad bike security marking.", "PSNI Neighbourhood Policing Team", "Lisnavale Neighbourhood Watch; Ulster Farmers' Union", "Q3 2024/25", "G"),
    ("1.4", "Commission a Street Pastors scheme in Carrowmore town centre on Friday nights.", "PCSP Manager", "Carrowmore Churches Forum; Carrowmore Business Improvement District", "Ongoing", "G"),
    ("1.5", "Deliver drug and alcohol awareness sessions to 600 Year 10 pupils across 8 post-primary schools.", "Carrowmore Community Addiction Team", "EA; PSNI", "28/02/2025", "A"),
    ("1.6", "Deliver a multi-agency problem-solving plan for repeat anti-social behaviour at the Glenview and Ardmore estates, including target hardening, youth outreach and a monthly residents' clinic.", "Council Anti-Social Behaviour Team", "NIHE; PSNI; Glenview Residents' Association", "Q4 2024/25", "A"),
    ("band", "Strategic Priority 2 – Supporting Victims and Vulnerable People"),
    ("2.1", "Provide home security upgrades (locks, door chains, alarms) to 120 older and vulnerable victims of crime through the Home Secure scheme.", "PCSP Manager", "PSNI; Age Friendly Carrowmore", "March 2025", "G"),
    ("2.2", "Deliver scam awareness and cyber safety workshops for older people and carers, and distribute call-blocker units to repeat victims.", "PSNI Crime Prevention Officer", "Age Friendly Carrowmore; Trading Standards Service", "31/12/2024", "G"),
    ("2.3", "Fund the Carrowmore Women's Aid outreach worker to support victims of domestic and sexual abuse in rural areas.", "Carrowmore Women's Aid", "PSNI; Lough Rivers Health and Social Care Trust", "March 2025", "G"),
    ("2.4", "Run a 'Safe Place' scheme with local businesses offering a safe space to anyone who feels threatened or vulnerable.", "Council Community Safety Team", "Carrowmore Business Improvement District", "Sept 2024", "R"),
    ("2.5", "Provide a hate crime advocacy service, including third-party reporting centres in 5 community venues, and publicise it through the Council's Good Relations Programme.", "Council Good Relations Team", "PSNI; Victim Support NI", "March 2025", "G"),
    ("2.6", "Deliver an early intervention programme for 16–24 year olds referred for drug or alcohol related offending, with one-to-one mentoring and family support.", "Carrowmore Community Addiction Team", "PSNI; Probation Board for Northern Ireland", "Apr 2025", "A"),
    ("band", "Strategic Priority 3 – Confidence in Policing and Community Engagement"),
    ("3.1", "Hold 4 public PCSP meetings, including one themed meeting on rural crime.", "PCSP Manager", "PSNI; Northern Ireland Policing Board", "March 2025", "G"),
    ("3.2", "Deliver 'Policing with the Community' engagement events in each of the 7 District Electoral Areas.", "PSNI Neighbourhood Policing Team", "Council Community Development Team", "Q4 2024/25", "A"),
    ("3.3", "Carry out the annual PCSP community survey and publish the results.", "PCSP Manager", "Council Research and Insight Unit", "30/04/2025", "G"),
    ("3.4", "Support the Youth Engagement Panel to meet the District Commander twice a year.", "PSNI District Commander", "Lisnavale Youth Forum", "Ongoing", "G"),
]


def build(path):
    S = styles("Sans", 10)
    P = lambda t, st="cell": Paragraph(t, S[st])

    def page(c, d):
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, H - 14 * mm, W, 14 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Sans-B", 11)
        c.drawString(15 * mm, H - 9 * mm, "Carrowmore & Lisnavale Policing and Community Safety Partnership")
        c.setFont("Sans", 9)
        c.drawRightString(W - 15 * mm, H - 9 * mm, "Action Plan 2024–25  |  Quarter 2 Progress Update")
        c.setFillColor(colors.black)
        c.setFont("Sans", 7.5)
        c.drawString(15 * mm, 8 * mm, "PCSP is funded by the Department of Justice and the Northern Ireland Policing Board")
        c.drawRightString(W - 15 * mm, 8 * mm, f"Page {d.page} of 2")
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=(W, H), title="PCSP Action Plan 2024-25 Q2 update",
                          author="Carrowmore & Lisnavale Borough Council")
    doc.addPageTemplates([PageTemplate("p", [Frame(15 * mm, 14 * mm, W - 30 * mm, H - 32 * mm)], onPage=page)])
    intro = [P("<b>Action Plan 2024–25: Quarter 2 Progress Update (July – September 2024)</b>", "h1"),
             P("This plan sets out the actions the Carrowmore &amp; Lisnavale Policing and Community Safety Partnership (PCSP), a partnership of Carrowmore &amp; Lisnavale Borough Council, statutory bodies and independent members, will deliver between 1 April 2024 and 31 March 2025 under its three strategic priorities. Progress is reported to the PCSP at each public meeting; this update was presented on 15 October 2024.", "body"),
             P("<b>RAG status:</b> G – on track;  A – some slippage, remedial action in place;  R – significantly off track;  Complete – action delivered.", "body"),
             Spacer(1, 3)]
    data = [[P("<b>Ref</b>"), P("<b>Action</b>"), P("<b>Lead</b>"), P("<b>Partners</b>"), P("<b>Target date</b>"), P("<b>RAG</b>")]]
    ts = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#cfe3d8"))]
    for r in ROWS:
        i = len(data)
        if r[0] == "band":
            data.append([P(f"<b>{r[1]}</b>", "cell"), "", "", "", "", ""])
            ts += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#e8f1ec"))]
        else:
            data.append([P(r[0]), P(r[1]), P(r[2]), P(r[3]), P(r[4]), P(f"<b>{r[5]}</b>")])
            ts += [("BACKGROUND", (5, i), (5, i), RAGC[r[5]])]
    t = Table(data, colWidths=[13 * mm, 105 * mm, 45 * mm, 62 * mm, 22 * mm, 20 * mm], repeatRows=1)
    t.setStyle(TableStyle(ts))
    abbr = [Spacer(1, 10), P("<b>Abbreviations</b>", "h3"),
            P("EA – Education Authority; NIHE – Northern Ireland Housing Executive; PCSP – Policing and Community Safety Partnership; PSNI – Police Service of Northern Ireland.", "body"),
            P("<b>Approval</b>", "h3"),
            P("The Action Plan 2024–25 was approved by the PCSP on 12 March 2024 and by the Joint Committee of the Department of Justice and the Northern Ireland Policing Board on 28 March 2024. The next progress update (Quarter 3) will be presented to the PCSP meeting on 14 January 2025.", "body")]
    doc.build(intro + [t] + abbr)
