"""Cresswold Town Council – Full Council minutes as a two-column ruled table (ref | text)."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind19-uk-cresswold-tc-full-council-minutes-2024-10-14"
F, FB = "LibSans", "LibSans-Bold"


def build():
    fonts()
    h = style("h", FB, 14, alignment=1)
    sub = style("sub", F, 10, alignment=1, leading=13)
    body = style("b", F, 10.5, leading=14)
    ref = style("r", FB, 10.5, leading=14)
    small = style("s", F, 8.5, leading=11)

    def P(t, s=body):
        return Paragraph(t, s)

    story = [P("CRESSWOLD TOWN COUNCIL", h), Spacer(1, 3),
             P("Minutes of the Meeting of the Full Council held on Monday 14 October 2024 at 7.00 pm in the "
               "Council Chamber, Cresswold Guildhall, Market Street, Cresswold", sub), Spacer(1, 8)]
    att = [
        [P("<b>Present:</b>"), P("Cllr Margaret Elphick (Town Mayor, in the Chair), Cllr Dev Kapoor (Deputy Town Mayor), "
                                 "Cllr Oliver Penhaligon, Cllr Sandra Mwangi, Cllr Terence Hobday, Cllr Fiona Larch, "
                                 "Cllr Graham Witterick")],
        [P("<b>In attendance:</b>"), P("Mrs Judith Ormsby (Town Clerk), Mr Kieran Pask (Deputy Town Clerk and RFO), "
                                       "County Cllr Paul Ditchburn (Westhamshire County Council) and two members of the public")],
        [P("<b>Apologies:</b>"), P("Cllr Helen Rasbridge, Cllr Nadeem Qureshi")],
        [P("<b>Absent:</b>"), P("Cllr Lewis Tanfield")],
    ]
    t = Table(att, colWidths=[32 * mm, 138 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story += [t, Spacer(1, 8)]

    R = "<b>RESOLVED</b>"
    rows = [
        ("TC/24/101", "<b>Apologies for absence</b><br/>Apologies were received from Cllr Rasbridge (work commitment) "
         f"and Cllr Qureshi (illness).<br/>{R} that the reasons for absence be accepted."),
        ("TC/24/102", "<b>Declarations of interest</b><br/>Cllr Hobday declared a non-registrable interest in minute "
         "TC/24/108 as a trustee of Cresswold Sports Association and left the room for that item."),
        ("TC/24/103", "<b>Public participation</b><br/>A resident of Quarry Lane raised concerns about speeding traffic "
         "near the junction with Mill Road, particularly at school times. The Mayor thanked the resident for attending."
         "<br/><b>Clerk to write to Westhamshire County Council Highways requesting a speed survey on Quarry Lane.</b>"),
        ("TC/24/104", "<b>Minutes of the previous meeting</b><br/>"
         f"{R} that the minutes of the Full Council meeting held on 9 September 2024 be approved as a correct record "
         "and signed by the Mayor."),
        ("TC/24/105", "<b>Reports from County and District Councillors</b><br/>County Cllr Ditchburn reported that the "
         "Westhamshire County Council consultation on library opening hours closes on 8 November 2024 and urged "
         "members to respond. District Cllr Witterick reported that Lynbrook Vale District Council had adopted its "
         "revised Statement of Community Involvement on 1 October 2024. The reports were noted."),
        ("TC/24/106", "<b>Finance</b><br/>(a) <i>Schedule of payments</i> – "
         f"{R} that the schedule of payments for September 2024 totalling £18,442.67 be approved.<br/>"
         f"(b) <i>Bank reconciliation</i> – {R} that the bank reconciliation to 30 September 2024 be noted.<br/>"
         "(c) <i>Budget 2025/26</i> – The RFO presented the first draft budget and precept options for 2025/26. "
         f"{R} that the draft budget be referred to the Finance and General Purposes Committee on 4 November 2024 "
         "for detailed scrutiny.<br/><b>RFO to circulate the draft budget to all members by 21 October 2024.</b>"),
        ("TC/24/107", "<b>Christmas Lights Switch-On 2024</b><br/>Members considered the report of the Events Working "
         "Group. It was proposed by Cllr Mwangi, seconded by Cllr Larch and "
         f"{R} that the switch-on event be held on Saturday 30 November 2024 and that expenditure of up to £4,500 "
         "from the events budget be approved.<br/><b>Clerk to apply to Westhamshire County Council for a temporary "
         "road closure of Market Street by 31 October 2024.</b>"),
        ("TC/24/108", "<b>Cresswold Recreation Ground – Renewal of Lease to Cresswold Sports Association</b><br/>"
         "Cllr Hobday had left the room. The Deputy Town Clerk's report recommended that the Council grant a new "
         "25-year lease to Cresswold Sports Association at a peppercorn rent. Members expressed concern about committing the "
         "ground for so long while the Neighbourhood Plan review is under way, and noted the Association's plans to "
         "apply to the Football Foundation for pitch drainage works, which would require security of tenure for at "
         "least ten years. Members also heard that the Association had maintained the pavilion to a good standard and "
         "that the current lease expires on 31 March 2025. It was proposed by Cllr Penhaligon and seconded by Cllr "
         "Witterick that a shorter lease be granted. On being put to the vote the motion was carried (5 for, 1 against). "
         f"{R} that the Council grants a new lease of 10 years to Cresswold Sports Association on the terms set out in "
         "the report, subject to a tenant's and landlord's break clause at year five.<br/>"
         "<b>Clerk to instruct the Council's solicitors, Hartle &amp; Brimm LLP, to prepare the lease.</b><br/>"
         "Cllr Hobday returned to the meeting."),
        ("TC/24/109", "<b>Planning applications</b><br/>"
         "24/01133/HH – 12 Orchard Rise – single storey rear extension – no objection.<br/>"
         "24/01187/FUL – Land rear of The Old Forge, Mill Road – erection of two dwellings – objection: access onto "
         "Mill Road is inadequate and the site lies outside the settlement boundary.<br/>"
         f"{R} that the Council's observations above be submitted to Lynbrook Vale District Council."),
        ("TC/24/110", "<b>Councillor vacancy</b><br/>Following the resignation of former Cllr Ayesha Brennock, a notice "
         "of vacancy was published on 16 September 2024 and no poll was claimed by the deadline. "
         f"{R} that the vacancy be filled by co-option at the meeting on 11 November 2024.<br/>"
         "<b>Clerk to advertise the vacancy on the Council's website and noticeboards.</b>"),
        ("TC/24/111", "<b>Correspondence</b><br/>The Clerk reported letters from Cresswold in Bloom (thanks for the grant) "
         "and the Westhamshire Association of Local Councils (training dates), which had been circulated to members."),
        ("TC/24/112", "<b>Date of next meeting</b><br/>Monday 11 November 2024 at 7.00 pm in the Council Chamber."),
    ]
    data = [[P("<b>Minute</b>"), P("<b>Item and decision</b>")]]
    data += [[P(r, ref), P(txt)] for r, txt in rows]
    tbl = Table(data, colWidths=[26 * mm, 144 * mm], repeatRows=1, splitInRow=1)
    tbl.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    story += [tbl, Spacer(1, 10), P("The meeting closed at 8.52 pm."), Spacer(1, 18),
              P("Signed ....................................... (Town Mayor)      Date ..........................")]

    def furniture(canv, doc):
        canv.saveState()
        canv.setFont(F, 8)
        canv.drawString(20 * mm, 12 * mm, "Cresswold Town Council – Full Council – 14.10.24")
        canv.drawCentredString(105 * mm, 12 * mm, "Mayor's initials ..........")
        canv.drawRightString(190 * mm, 12 * mm, f"Page {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=22 * mm, title="Full Council minutes 14 October 2024")
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


if __name__ == "__main__":
    build()
