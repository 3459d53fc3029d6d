"""Canadian (B.C.) regional district board minutes: letter size, serif, label-column attendance with
"Director Name (Electoral Area C)", resolution numbers B-nnn-24 in a left margin column with MOVED/SECONDED
lines, CARRIED UNANIMOUSLY / CARRIED with opposed directors / DEFEATED, delegations, weighted
Electoral-Area-only vote, in camera and rise-and-report sections, adjournment time."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch, mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, count_pages, fonts, style

STEM = "blind20-ca-tahsula-regional-district-board-minutes-2024-11-21"
W = 7.0 * inch
NAVY = colors.HexColor("#1d3557")


def story():
    F, FB, FI = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
    body = style("b", F, 9.5, 13, spaceAfter=4)
    lab = style("l", FB, 9.5, 13)
    h1 = style("h1", FB, 10.5, 14, spaceBefore=9, spaceAfter=3)
    h2 = style("h2", FB, 9.5, 13, spaceBefore=4, spaceAfter=3, leftIndent=0.3 * inch)
    ind = style("i", F, 9.5, 13, spaceAfter=4, leftIndent=0.3 * inch)
    resno = style("rn", FB, 9.5, 13)
    result = style("rr", FB, 9.5, 13, alignment=2)
    s = []

    def P(x, st=body):
        s.append(Paragraph(x, st))

    def H(n, t):
        s.append(Paragraph(f"{n}.&nbsp;&nbsp;&nbsp;&nbsp;{t}", h1))

    def H2(n, t):
        s.append(Paragraph(f"{n}&nbsp;&nbsp;&nbsp;{t}", h2))

    def R(no, moved, seconded, text, res, note=None):
        right = [Paragraph(f"MOVED Director {moved}, SECONDED Director {seconded}", body)]
        right += [Paragraph(x, body) for x in text]
        right.append(Paragraph(res, result))
        if note:
            right.append(Paragraph(note, style("nt", FI, 9, 12, alignment=2)))
        t = Table([[Paragraph(no, resno), right]], colWidths=[1.0 * inch, W - 1.0 * inch])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        s.append(KeepTogether(t))

    P("REGIONAL DISTRICT OF TAHSULA", style("t", FB, 14, 18, alignment=1, textColor=NAVY))
    P("MINUTES of the Regular Meeting of the Board of Directors of the Regional District of Tahsula held on "
      "Thursday, November 21, 2024 at 1:30 p.m. in the Board Room, 310 Cedar Avenue, Port Ardell, B.C.",
      style("st", F, 10, 13.5, alignment=1, spaceAfter=10))
    rows = [
        ("PRESENT:", ["Chair Marion Keough (Electoral Area A)", "Vice Chair Tom Fedoruk (City of Port Ardell)",
                      "Director Gurjit Sahota (City of Port Ardell)", "Director Leanne Cardinal (Electoral Area B)",
                      "Director Pete Vandermolen (Electoral Area C)",
                      "Director Arnie Kowalchuk (Electoral Area D) (via Zoom)",
                      "Director Rosalind Yee (Village of Nehalis)",
                      "Alternate Director Brent Olafson (District of Sillaway Lake)"]),
        ("REGRETS:", ["Director Cheryl Mackie (District of Sillaway Lake)"]),
        ("ABSENT:", ["Director Harold Pinch (Electoral Area E)"]),
        ("STAFF:", ["Dana Whitcombe, Chief Administrative Officer", "Karin Lund, Corporate Officer",
                    "Jesse Ormond, Manager of Planning and Development",
                    "Mike Tsang, General Manager of Environmental Services", "Alicia Dorey, Recording Secretary"]),
    ]
    t = Table([[Paragraph(a, lab), [Paragraph(x, style("a", F, 9.5, 12.5)) for x in b]] for a, b in rows],
              colWidths=[1.0 * inch, W - 1.0 * inch])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s.append(t)

    H("1", "CALL TO ORDER")
    P("Chair Keough called the meeting to order at 1:30 p.m. and acknowledged that the meeting was held on the "
      "unceded traditional territories of the First Nations of the Tahsula Valley.")
    H("2", "APPROVAL OF AGENDA")
    R("B-287-24", "Yee", "Cardinal",
      ["THAT the agenda for the November 21, 2024 Regular Board meeting be approved with the addition of item 9.1, "
       "Emergency Operations Centre Staffing."], "CARRIED UNANIMOUSLY")
    H("3", "ADOPTION OF MINUTES")
    H2("3.1", "Regular Board Meeting – October 24, 2024")
    R("B-288-24", "Fedoruk", "Sahota",
      ["THAT the minutes of the Regular Board meeting held October 24, 2024 be adopted as circulated."],
      "CARRIED UNANIMOUSLY")
    H2("3.2", "Committee of the Whole – November 7, 2024")
    R("B-289-24", "Cardinal", "Olafson",
      ["THAT the minutes of the Committee of the Whole meeting held November 7, 2024 be received."],
      "CARRIED UNANIMOUSLY")
    H("4", "DELEGATIONS")
    H2("4.1", "Nehalis Valley Streamkeepers Society – Tamsey Creek Coho Habitat Restoration")
    P("Dr. Irene Vasquez and Sam Okafor presented the results of the 2024 spawner count on Tamsey Creek, which "
      "recorded 412 coho compared with 1,130 in 2019, and outlined a three-year side-channel restoration project "
      "for which the Society is seeking $15,000 per year from the Regional District.", ind)
    R("B-290-24", "Yee", "Vandermolen",
      ["THAT the Board thank the Nehalis Valley Streamkeepers Society for its presentation and direct staff to "
       "include the Society’s request for $15,000 per year in the 2025–2029 Financial Plan deliberations."],
      "CARRIED UNANIMOUSLY")
    H2("4.2", "Port Ardell and District Chamber of Commerce – Rural Connectivity Survey")
    P("Kwame Asante, Executive Director, presented the Chamber’s survey of 640 rural businesses, 38% of which "
      "reported download speeds below 25 Mbps. The Chair thanked the delegation for the presentation.", ind)
    H("5", "CORRESPONDENCE")
    H2("5.1", "Ministry of Emergency Management and Climate Readiness – Community Emergency Preparedness Fund")
    R("B-291-24", "Kowalchuk", "Fedoruk",
      ["THAT the letter dated October 30, 2024 from the Ministry of Emergency Management and Climate Readiness "
       "confirming a grant of $180,000 for evacuation route planning be received."], "CARRIED UNANIMOUSLY")
    H("6", "ADMINISTRATION")
    H2("6.1", "2025 Board and Committee Meeting Schedule")
    R("B-292-24", "Sahota", "Yee", ["THAT the 2025 Board and Committee meeting schedule be adopted as presented."],
      "CARRIED UNANIMOUSLY")
    H2("6.2", "Strategic Priorities 2023–2026 – Third Quarter Progress Report")
    P("The Chief Administrative Officer reported on progress against the Board’s four strategic priorities for "
      "2023–2026:", ind)
    for i, x in enumerate(["Housing Supply and Attainability", "Water Stewardship",
                           "Emergency Preparedness and Wildfire Resilience", "Regional Transit and Connectivity"], 1):
        P(f"{i}.&nbsp;&nbsp;{x}", style("li", F, 9.5, 12.5, leftIndent=0.6 * inch, spaceAfter=1))
    s.append(Spacer(1, 4))
    R("B-293-24", "Fedoruk", "Cardinal",
      ["THAT the Strategic Priorities 2023–2026 progress report for the third quarter of 2024 be received."],
      "CARRIED UNANIMOUSLY")
    H("7", "PLANNING AND DEVELOPMENT")
    H2("7.1", "Tahsula Zoning Amendment Bylaw No. 612, 2024 (4470 Benchland Road, Electoral Area C) – Third "
              "Reading and Adoption")
    P("<i>Electoral Area Directors only vote – one vote each.</i> The public hearing was held on November 7, "
      "2024. Director Vandermolen spoke against the increased density.", ind)
    R("B-294-24", "Cardinal", "Kowalchuk",
      ["THAT “Tahsula Zoning Amendment Bylaw No. 612, 2024” be read a third time."], "CARRIED",
      "Director Vandermolen OPPOSED")
    R("B-295-24", "Kowalchuk", "Cardinal", ["THAT “Tahsula Zoning Amendment Bylaw No. 612, 2024” be adopted."],
      "CARRIED", "Director Vandermolen OPPOSED")
    H2("7.2", "Development Variance Permit DVP-24-09 (1188 Lakeshore Drive, Electoral Area B)")
    R("B-296-24", "Cardinal", "Kowalchuk",
      ["THAT Development Variance Permit DVP-24-09 to reduce the front setback from 7.5 m to 4.0 m at 1188 "
       "Lakeshore Drive be issued."], "CARRIED UNANIMOUSLY")
    H("8", "ENVIRONMENTAL SERVICES")
    H2("8.1", "Nehalis Transfer Station – Sunday Opening")
    P("The General Manager of Environmental Services reported that Sunday opening would cost about $38,000 a year.",
      ind)
    R("B-297-24", "Yee", "Kowalchuk",
      ["THAT the Board direct staff to open the Nehalis Transfer Station on Sundays from April 1, 2025 and "
       "increase the 2025 solid waste requisition by $38,000 accordingly."], "DEFEATED",
      "Directors Keough, Fedoruk, Sahota, Cardinal, Vandermolen and Olafson OPPOSED")
    R("B-298-24", "Yee", "Sahota",
      ["THAT the Board direct staff to report back by March 31, 2025 on options for a seasonal Sunday opening of "
       "the Nehalis Transfer Station within the existing budget."], "CARRIED UNANIMOUSLY")
    H("9", "NEW BUSINESS")
    H2("9.1", "Emergency Operations Centre Staffing")
    P("Director Kowalchuk raised the difficulty of staffing the Emergency Operations Centre during the August "
      "2024 Granite Ridge wildfire. The Chief Administrative Officer undertook to bring a report on Emergency "
      "Operations Centre staffing and training to the January 23, 2025 Board meeting.", ind)
    H("10", "IN CAMERA")
    R("B-299-24", "Fedoruk", "Olafson",
      ["THAT the meeting be closed to the public pursuant to Sections 90(1)(e) and 90(1)(k) of the "
       "<i>Community Charter</i>."], "CARRIED UNANIMOUSLY")
    P("The Board moved in camera at 3:12 p.m. and rose from the in camera meeting at 3:48 p.m.")
    H("11", "RISE AND REPORT")
    P("The following resolution was released from the in camera portion of the meeting:")
    P("THAT the Regional District of Tahsula enter into a five-year licence of occupation with the Nehalis Valley "
      "Streamkeepers Society for the Tamsey Creek hatchery site, commencing January 1, 2025.", ind)
    H("12", "ADJOURNMENT")
    R("B-300-24", "Sahota", "Yee", ["THAT the meeting be adjourned."], "CARRIED UNANIMOUSLY")
    P("The meeting adjourned at 3:52 p.m.")
    s.append(Spacer(1, 22))
    sig = Table([["______________________________", "______________________________"],
                 ["CHAIR", "CORPORATE OFFICER"]], colWidths=[W / 2, W / 2])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 9), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    P("CERTIFIED CORRECT:", lab)
    s += [Spacer(1, 12), sig]
    return s


def build():
    fonts()

    def page(c, d, total):
        c.saveState()
        c.setFont("DejaVuSerif", 7.5)
        c.setFillColor(colors.HexColor("#333333"))
        c.line(0.75 * inch, 0.62 * inch, 7.75 * inch, 0.62 * inch)
        c.drawString(0.75 * inch, 0.45 * inch, "Regional District of Tahsula – Regular Board Meeting Minutes – "
                                                "November 21, 2024")
        c.drawRightString(7.75 * inch, 0.45 * inch, f"Page {d.page} of {total}")
        c.restoreState()

    def make(total):
        doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=letter, leftMargin=0.75 * inch,
                                rightMargin=0.75 * inch, topMargin=0.7 * inch, bottomMargin=0.85 * inch,
                                title="Regional District of Tahsula Board Minutes November 21, 2024")
        doc.build(story(), onFirstPage=lambda c, d: page(c, d, total), onLaterPages=lambda c, d: page(c, d, total))

    count_pages(make)


if __name__ == "__main__":
    build()
