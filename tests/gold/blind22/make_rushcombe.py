"""UK community safety partnership delivery plan 2025-26: landscape A4; page 1 logo block, foreword and two-column
intro with priorities and cross-cutting themes; ruled delivery table (Priority | Objective | Action | Lead |
Timescale | RAG) with spanned priority/objective cells and coloured RAG cells, repeated header row over two pages;
glossary of lead-agency acronyms and governance on the last page."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from lib import PDF, fonts, style

STEM = "blind22-uk-rushcombe-csp-delivery-plan-2025-26"
NAVY = colors.HexColor("#20244f")
TEAL = colors.HexColor("#0d7a78")
RAG = {"G": colors.HexColor("#7cc47f"), "A": colors.HexColor("#f4c04e"), "R": colors.HexColor("#e0675f")}


def build():
    fonts()
    F, FB = "LibNarrow", "LibNarrow-Bold"
    PW, PH = landscape(A4)
    body = style("b", "LibSans", 9.5, 13, spaceAfter=5)
    h = style("h", "LibSans-Bold", 12, 15, textColor=TEAL, spaceBefore=4, spaceAfter=4)
    cell = style("c", F, 10.5, 13)
    cellb = style("cb", FB, 10.5, 13)
    s = []
    logo = Table([[Paragraph("<font color='white'><b>SAFER</b><br/><b>RUSHCOMBE</b></font>", style("lg", "LibSans-Bold", 16, 18)),
                   Paragraph("<font color='white'>Community Safety Partnership Delivery Plan 2025-26</font>",
                             style("lt", "LibSans", 19, 24))]],
                 colWidths=[45 * mm, PW - 40 * mm - 45 * mm])
    logo.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), TEAL), ("BACKGROUND", (1, 0), (1, 0), NAVY),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 10),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 10), ("LEFTPADDING", (0, 0), (-1, -1), 10)]))
    s += [logo, Spacer(1, 4),
          Paragraph("Safer Rushcombe Partnership &nbsp;|&nbsp; Version 1.2 &nbsp;|&nbsp; Approved by the Partnership Board "
                    "on 19 June 2025", style("v", "LibSans", 8.5, 11, textColor=colors.grey)),
          FrameBreak()]
    s += [Paragraph("Introduction", h),
          Paragraph("The Safer Rushcombe Partnership is the statutory community safety partnership for the Borough of "
                    "Rushcombe, set up under the Crime and Disorder Act 1998. This delivery plan sets out what partners will "
                    "do between April 2025 and March 2026 to deliver the second year of the Community Safety Strategy "
                    "2024–2027.", body),
          Paragraph("The priorities were confirmed by the Strategic Assessment 2025, which found that violence with injury "
                    "in the night-time economy rose by 14% in 2024/25 and that reported domestic abuse incidents have "
                    "increased for the third year running. The plan also sets out how the Partnership will meet the "
                    "Serious Violence Duty.", body),
          Paragraph("Each action has a lead agency, shown by the acronyms explained in the glossary on page 4. Progress "
                    "is rated Red, Amber or Green (RAG) at each quarterly Partnership Board meeting.", body),
          FrameBreak()]
    s += [Paragraph("Our priorities for 2025-26", h),
          Paragraph("<b>1. Reducing serious violence and knife crime</b><br/><b>2. Tackling anti-social behaviour and "
                    "neighbourhood crime</b><br/><b>3. Protecting people from domestic abuse and exploitation</b>",
                    style("pr", "LibSans", 10.5, 16, spaceAfter=8)),
          Paragraph("Cross-cutting themes", h),
          Paragraph("• Prevention and early intervention<br/>• Listening to communities and victims<br/>"
                    "• Sharing data and intelligence", style("ct", "LibSans", 10, 15, leftIndent=4 * mm)),
          NextPageTemplate("full"), PageBreak()]
    hdr = ["Priority", "Objective", "Action", "Lead", "Timescale", "RAG"]
    P1 = "1. Reducing serious violence and knife crime"
    P2 = "2. Tackling anti-social behaviour and neighbourhood crime"
    P3 = "3. Protecting people from domestic abuse and exploitation"
    data = [
        (P1, "1.1 Reduce knife crime involving under-25s", [
            ("Deliver weapons awareness sessions in all secondary schools and the pupil referral unit", "WSP / YJS", "Sep 2025 – Mar 2026", "G"),
            ("Install two additional knife surrender bins in the town centre and Northgate", "RBC", "Dec 2025", "A"),
            ("Commission a detached youth work programme in the three violence hotspots", "VRU", "Oct 2025", "G")]),
        (P1, "1.2 Meet the Serious Violence Duty", [
            ("Refresh the serious violence strategic needs assessment", "SRP", "Jan 2026", "G"),
            ("Publish an updated Serious Violence Response Strategy", "SRP", "Mar 2026", "A"),
            ("Launch a hospital-based violence navigator service at Rushcombe General Hospital", "ICB / VRU", "Nov 2025", "R")]),
        (P2, "2.1 Reduce repeat anti-social behaviour in the five hotspot areas", [
            ("Hold monthly multi-agency problem-solving meetings for each hotspot", "WSP", "Monthly", "G"),
            ("Renew the Town Centre Public Spaces Protection Order", "RBC", "Oct 2025", "R"),
            ("Promote the ASB Case Review (Community Trigger) on all partners’ websites", "RBC / RH", "Jul 2025", "G"),
            ("Fund diversionary activities in the summer holidays with Rushcombe Youth Trust", "SRP", "Jul – Aug 2025", "G")]),
        (P2, "2.2 Reduce shop theft and business crime", [
            ("Set up a business crime reduction partnership with town centre retailers", "RBC", "Nov 2025", "A"),
            ("Run Operation Tidemark weekend patrols in the retail core", "WSP", "Ongoing", "G")]),
        (P2, "2.3 Reduce deliberate fires and vehicle arson", [
            ("Deliver fire-setter intervention sessions for young people referred by schools and the YJS", "WFRS", "Ongoing", "G"),
            ("Remove abandoned vehicles within 48 hours of a report", "RBC", "Apr 2025 – Mar 2026", "A")]),
        (P3, "3.1 Improve support for victims of domestic abuse", [
            ("Fund two additional Independent Domestic Violence Advisor (IDVA) posts", "OPCC / RDAS", "Sep 2025", "G"),
            ("Train 200 frontline staff to use the DASH risk checklist", "SRP", "Mar 2026", "A"),
            ("Complete the action plan from the Domestic Homicide Review ‘Adult K’", "SRP", "Dec 2025", "R"),
            ("Provide safe accommodation for victims through the sanctuary scheme", "RBC / RH", "Apr 2025 – Mar 2026", "G")]),
        (P3, "3.2 Protect children and young people from exploitation", [
            ("Embed the child exploitation screening tool in the Multi-Agency Safeguarding Hub", "WCC", "Jan 2026", "G"),
            ("Deliver county lines awareness training to taxi drivers and hotel staff", "RBC / WSP", "Feb 2026", "A"),
            ("Hold joint exploitation operations at Rushcombe station with British Transport Police", "WSP / BTP", "Twice yearly", "G"),
            ("Offer every young person released from custody a Youth Justice Service mentor", "YJS", "Jun 2025", "G")]),
    ]
    rows = [[Paragraph(x, style("th", FB, 9.5, 11.5, textColor=colors.white)) for x in hdr]]
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8fb0")), ("BACKGROUND", (0, 0), (-1, 0), NAVY),
          ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (5, 1), (5, -1), "CENTER")]
    last_p = None
    pstart = None
    for pri, obj, acts in data:
        ostart = len(rows)
        for i, (a, lead, when, rag) in enumerate(acts):
            show_p = pri if pri != last_p else ""
            rows.append([Paragraph(show_p, cellb), Paragraph(obj if i == 0 else "", cell), Paragraph(a, cell),
                         Paragraph(lead, cell), Paragraph(when, cell), Paragraph(f"<b>{rag}</b>", cell)])
            st.append(("BACKGROUND", (5, len(rows) - 1), (5, len(rows) - 1), RAG[rag]))
            if pri != last_p:
                pstart = len(rows) - 1
                last_p = pri
        st.append(("SPAN", (1, ostart), (1, len(rows) - 1)))
        st.append(("BACKGROUND", (0, ostart), (0, len(rows) - 1), colors.HexColor("#e7f3f3")))
    t = Table(rows, colWidths=[48 * mm, 50 * mm, 96 * mm, 28 * mm, 33 * mm, 12 * mm], repeatRows=1)
    t.setStyle(TableStyle(st))
    s += [Paragraph("Delivery plan 2025-26", h), t, PageBreak()]
    s.append(Paragraph("Glossary of lead agencies", h))
    gl = [["Acronym", "Organisation"],
          ["BTP", "British Transport Police"], ["ICB", "Weirside and Rushcombe Integrated Care Board"],
          ["OPCC", "Office of the Police and Crime Commissioner for Weirside"], ["RBC", "Rushcombe Borough Council"],
          ["RDAS", "Rushcombe Domestic Abuse Service"], ["RH", "Rushcombe Homes"], ["SRP", "Safer Rushcombe Partnership"],
          ["VRU", "Weirside Violence Reduction Unit"], ["WCC", "Weirside County Council"], ["WFRS", "Weirside Fire and Rescue Service"], ["WSP", "Weirside Police"],
          ["YJS", "Rushcombe and Weirside Youth Justice Service"]]
    g = Table([[Paragraph(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(gl)], colWidths=[25 * mm, 100 * mm])
    g.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey), ("LINEBELOW", (0, 0), (-1, 0), 1, NAVY)]))
    s += [g, Spacer(1, 10), Paragraph("Governance and monitoring", h),
          Paragraph("The Partnership Board will review this plan every quarter, and the Rushcombe Borough Council Overview "
                    "and Scrutiny Committee will receive an annual report in March 2026. Weirside Fire and Rescue Service and "
                    "the Probation Service are members of the Board and contribute to actions under all three priorities.", body),
          Paragraph("The Community Safety Manager will update the RAG ratings before each Board meeting and publish a "
                    "summary on the Council’s website. The next Strategic Assessment will be completed by December 2025.", body)]

    def page(c, d):
        c.saveState()
        c.setFont("LibSans", 8)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, 10 * mm, "Safer Rushcombe Partnership – Delivery Plan 2025-26")
        c.drawRightString(PW - 20 * mm, 10 * mm, f"{d.page}")
        c.restoreState()

    doc = BaseDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=(PW, PH), leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=14 * mm, bottomMargin=16 * mm, title="Safer Rushcombe Partnership Delivery Plan 2025-26")
    cw = (PW - 40 * mm - 10 * mm) / 2
    top = Frame(20 * mm, PH - 14 * mm - 32 * mm, PW - 40 * mm, 32 * mm, id="top")
    left = Frame(20 * mm, 16 * mm, cw, PH - 30 * mm - 34 * mm, id="l")
    right = Frame(20 * mm + cw + 10 * mm, 16 * mm, cw, PH - 30 * mm - 34 * mm, id="r")
    full = Frame(20 * mm, 16 * mm, PW - 40 * mm, PH - 30 * mm, id="f")
    doc.addPageTemplates([PageTemplate("first", [top, left, right], onPage=page),
                          PageTemplate("full", [full], onPage=page)])
    doc.build(s)


if __name__ == "__main__":
    build()
