"""Doc 2: Welsh county council scrutiny committee minutes in a ruled table."""
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle)
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from common import styles

W, H = A4
RED = colors.HexColor("#8c1c13")


def build(path):
    S = styles("Sans", 10)
    P = lambda t, st="cell": Paragraph(t, S[st])

    def page(c, d):
        c.saveState()
        if d.page == 1:
            c.setFillColor(RED)
            c.circle(29 * mm, H - 22 * mm, 7 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Serif-B", 11)
            c.drawCentredString(29 * mm, H - 23.5 * mm, "CSC")
            c.setFillColor(colors.black)
            c.setFont("Serif-B", 15)
            c.drawString(40 * mm, H - 20 * mm, "Cyngor Sir Caerwen")
            c.setFont("Serif", 12)
            c.drawString(40 * mm, H - 26 * mm, "Caerwen County Council")
        else:
            c.setFont("Sans", 8)
            c.setFillColor(colors.grey)
            c.drawString(20 * mm, H - 12 * mm, "Communities, Housing and Safer Neighbourhoods Scrutiny Committee – 12.09.2024")
        c.setFillColor(colors.black)
        c.setFont("Sans", 8)
        c.drawCentredString(W / 2, 10 * mm, f"Page {d.page} of 2")
        c.drawRightString(W - 20 * mm, 10 * mm, "Chair's initials ______")
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, title="CHSN Scrutiny Committee minutes 12 September 2024",
                          author="Democratic Services, Caerwen County Council")
    doc.addPageTemplates([PageTemplate("p", [Frame(20 * mm, 16 * mm, W - 40 * mm, H - 50 * mm, id="a")], onPage=page)])
    T = styles("Sans", 10)
    head = [Spacer(1, 2),
            Paragraph("<b>COMMUNITIES, HOUSING AND SAFER NEIGHBOURHOODS SCRUTINY COMMITTEE</b>", T["center"]),
            Paragraph("Minutes of the meeting held in the Council Chamber, County Hall, Llanfair Caerwen, and remotely via Microsoft Teams, on Thursday, 12 September 2024 at 10.00 a.m.", T["center"]),
            Spacer(1, 4)]
    att = [["<b>Present:</b>", "Councillor Gwenllian Pritchard (Chair)"],
           ["", "Councillor Meirion Evans-Lloyd (Vice-Chair)"],
           ["", "Councillor Rhys Bowen"],
           ["", "Councillor Catrin Howells*"],
           ["", "Councillor Peter Marsden"],
           ["", "Councillor Eluned Watkins*"],
           ["", "Mrs Ann Trevithick (Co-opted Member, Tenants' Federation)"],
           ["<b>Also present:</b>", "Councillor Dafydd Harries – Cabinet Member for Communities and Public Protection"],
           ["<b>Officers in attendance:</b>", "Alun Thomas – Head of Housing and Public Protection (AT)<br/>Siân Parry – Community Safety Manager (SP)<br/>Owain Lewis – Scrutiny Officer (OL)<br/>Nerys Jones – Democratic Services Officer"],
           ["<b>Other attendees:</b>", "Chief Inspector Lee Carver – Cambria Police (for minute 24)"],
           ["", "<i>* attended remotely</i>"]]
    at = Table([[P(a), P(b)] for a, b in att], colWidths=[40 * mm, W - 80 * mm])
    at.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    rows = [[P("<b>Min. No.</b>"), P("<b>Minute</b>"), P("<b>Action</b>")]]
    def m(num, title, paras, actions=None):
        actions = actions or {}
        rows.append([P(f"<b>{num}.</b>"), P(f"<b>{title}</b>"), P("")])
        for i, t in enumerate(paras):
            rows.append([P(""), P(t), P(actions.get(i, ""))])
    m(21, "APOLOGIES FOR ABSENCE", ["Apologies for absence were received from Councillors Siân Jenkins and Robert Morgan-Hughes, and from Mr Huw Bevan (Co-opted Member)."])
    m(22, "DECLARATIONS OF INTEREST", ["Councillor Rhys Bowen declared a personal interest in minute 25 as a board member of Tai Caerwen Housing Association. He remained in the meeting and took part in the discussion."])
    m(23, "MINUTES OF THE PREVIOUS MEETING", ["RESOLVED – That the minutes of the meeting held on 4 July 2024 be confirmed as a correct record and signed by the Chair."])
    m(24, "SAFER CAERWEN PARTNERSHIP – ANNUAL REPORT 2023-24",
      ["The Community Safety Manager presented the annual report of the Safer Caerwen Partnership, the statutory community safety partnership for the county. Chief Inspector Carver of Cambria Police outlined crime trends in the Llanfair and Aberdulas policing sectors.",
       "Members noted that the Partnership had agreed three priorities for 2024-25:<br/>(i) Serious violence and knife crime;<br/>(ii) Anti-social behaviour in town centres;<br/>(iii) Domestic abuse and sexual violence.",
       "In response to questions, the Community Safety Manager agreed to provide all Members with a breakdown of anti-social behaviour incidents by ward for 2023-24.",
       "RESOLVED – That<br/>(a) the Safer Caerwen Partnership Annual Report 2023-24 be noted; and<br/>(b) the Committee receive a progress report on the Serious Violence Duty strategic needs assessment at its meeting in January 2025."],
      {2: "SP", 3: "OL"})
    m(25, "HOUSING VOIDS AND ALLOCATIONS – PERFORMANCE UPDATE",
      ["The Head of Housing and Public Protection reported that the average void turnaround time had reduced from 64 days in 2022-23 to 47 days in 2023-24, against a Welsh Government benchmark of 40 days. Demand on the Common Housing Register had increased by 11%, with 2,316 households registered at 31 March 2024.",
       "Members raised concerns regarding the number of long-term voids in the Aberdulas area and the allocation of adapted properties. The Head of Housing and Public Protection undertook to circulate void turnaround figures by ward to Members by 31 October 2024.",
       "Councillor Marsden asked that Tai Caerwen Housing Association be invited to a future meeting to report on its own void performance.",
       "RESOLVED – That<br/>(a) the report be noted; and<br/>(b) the Committee recommend to Cabinet that a task and finish group be established to review the Common Housing Register allocations policy."],
      {1: "AT<br/>31.10.24", 2: "OL", 3: "OL"})
    m(26, "PUBLIC SPACES PROTECTION ORDER – LLANFAIR TOWN CENTRE",
      ["The Community Safety Manager presented the consultation findings on the proposal to extend the Llanfair Town Centre Public Spaces Protection Order (PSPO), which was due to expire on 31 October 2024. 412 responses had been received, 78% of which supported an extension.",
       "RESOLVED – That the Committee support the proposal to extend the Public Spaces Protection Order for a further three years from 1 November 2024, and that the comments made at the meeting be reported to Cabinet on 8 October 2024."],
      {1: "SP"})
    m(27, "FORWARD WORK PROGRAMME 2024-25",
      ["RESOLVED – That the Forward Work Programme 2024-25 be approved, subject to the addition of an item on fire safety in high-rise housing, with Cambria Fire and Rescue Service invited to attend, for the meeting on 21 November 2024."],
      {0: "OL"})
    m(28, "DATE OF NEXT MEETING",
      ["The next meeting will be held on Thursday, 21 November 2024 at 10.00 a.m."])
    mt = Table(rows, colWidths=[18 * mm, W - 40 * mm - 18 * mm - 24 * mm, 24 * mm], repeatRows=1)
    ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    mt.setStyle(TableStyle(ts))
    tail = [Spacer(1, 8), Paragraph("The meeting closed at 12.35 p.m.", S["body"]), Spacer(1, 18),
            Paragraph("CHAIR ________________________________        DATE ______________", S["body"])]
    doc.build(head + [at, Spacer(1, 8), mt] + tail)
