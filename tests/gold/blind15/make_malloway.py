"""Australian port authority board minutes: navy title block with meeting number, attendance table by
category, Acknowledgement of Country, numbered items with titled decimal sub-items, ruled resolution boxes
"Resolution B25/nn" with Moved/Seconded/CARRIED line, director leaving for a conflicted item, and an
ACTIONS ARISING register at the end that is the only place actions are stated."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind15-au-port-malloway-ports-authority-board-minutes-2025-02-19"
NAVY = colors.HexColor("#1b2f52")
SAND = colors.HexColor("#f3efe4")


def build():
    fonts()
    F, FB = "LibSans", "LibSans-Bold"
    body = style("b", F, 10, 13.5, spaceAfter=5)
    h1 = style("h1", FB, 11, 15, textColor=NAVY, spaceBefore=8, spaceAfter=3)
    h2 = style("h2", FB, 10, 13.5, spaceBefore=3, spaceAfter=2, leftIndent=8 * mm)
    sub = style("s", F, 10, 13.5, spaceAfter=5, leftIndent=8 * mm)
    bul = style("bl", F, 10, 13.5, leftIndent=14 * mm, bulletIndent=9 * mm)
    cell = style("c", F, 9, 11.5)
    cellb = style("cb", FB, 9, 11.5)
    W = 174 * mm
    s = []

    def P(x, st=body, **kw):
        return Paragraph(x, st, **kw)

    def res(no, text, moved, seconded):
        t = Table([[P(f"<b>Resolution {no}</b>", cell)], [P(text, body)],
                   [P(f"Moved: {moved}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Seconded: {seconded}"
                      f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<b>CARRIED</b>", cell)]],
                  colWidths=[W - 8 * mm], hAlign="RIGHT")
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, NAVY), ("BACKGROUND", (0, 0), (-1, 0), SAND),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.4, NAVY), ("LINEABOVE", (0, 2), (-1, 2), 0.4, colors.grey)]))
        return [t, Spacer(1, 5)]

    title = Table([[P("<font color='white'><b>MALLOWAY PORTS AUTHORITY</b></font>", style("t", FB, 16, 20)),
                    P("<font color='white'>Board Meeting No. 2025/02</font>", style("t2", F, 10, 20, alignment=2))],
                   [P("<font color='white'>MINUTES</font>", style("t3", F, 12, 16)), ""]],
                  colWidths=[120 * mm, 54 * mm])
    title.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), NAVY), ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    s += [title, Spacer(1, 6),
          P("Minutes of the meeting of the Board of Directors of the Malloway Ports Authority held in the Boardroom, "
            "Level 3, Harbourmaster’s Building, 1 Wharf Road, Port Malloway on Wednesday, 19 February 2025 "
            "commencing at 9.30 am.")]
    att = [
        ["Directors", "Ms Rosalind Teague (Chair)\nMr Dominic Farrant (Deputy Chair)\nDr Ngaire Whitlock\n"
                      "Mr Col Brennan\nMs Priya Venkat (by video conference)"],
        ["Management", "Mr Lachlan Ostrowski, Chief Executive Officer (CEO)\nMs Mele Fonua, Chief Financial Officer (CFO)\n"
                       "Capt. Hamish Dray, Harbour Master (HM) – Items 5 and 6"],
        ["Secretariat", "Ms Tegan Moss, Board Secretary"],
        ["Guest", "Mr Joel Kinnear, Partner, Ashby Pell Auditors – Item 7.1"],
        ["Apologies", "Mr Warrick Sallis (Director)"],
    ]
    g = Table([[P(a, cellb), P(b.replace("\n", "<br/>"), cell)] for a, b in att], colWidths=[32 * mm, W - 32 * mm])
    g.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY)]))
    s += [g, Spacer(1, 6),
          P("<i>Acknowledgement of Country – The Chair acknowledged the Traditional Custodians of the land and sea "
            "country on which the port operates and paid respects to Elders past and present.</i>")]

    s += [P("1.&nbsp;&nbsp;&nbsp;OPENING, QUORUM AND APOLOGIES", h1),
          P("The Chair declared the meeting open at 9.32 am. A quorum was present. Apologies were noted from "
            "Mr Warrick Sallis.")]
    s += [P("2.&nbsp;&nbsp;&nbsp;DISCLOSURE OF INTERESTS", h1),
          P("Mr Col Brennan declared a material personal interest in Item 6 as a former director of Coral Sea Bulk "
            "Logistics Pty Ltd and left the meeting for that item. No other interests were declared.")]
    s += [P("3.&nbsp;&nbsp;&nbsp;CONFIRMATION OF MINUTES", h1)]
    s += res("B25/05", "That the minutes of Board Meeting No. 2024/11 held on 11 December 2024 be confirmed as a true "
             "and correct record.", "Dr N Whitlock", "Mr D Farrant")
    s += [P("4.&nbsp;&nbsp;&nbsp;BUSINESS ARISING AND ACTION REGISTER", h1),
          P("Actions A24/41 and A24/44 are closed. Action A24/43 (tug replacement business case) is deferred to "
            "the June meeting.")]
    s += res("B25/06", "That the Board note the status of the Action Register.", "Mr C Brennan", "Ms P Venkat")
    s += [P("5.&nbsp;&nbsp;&nbsp;CHIEF EXECUTIVE OFFICER’S REPORT", h1),
          P("5.1&nbsp;&nbsp;Trade Performance", h2),
          P("Throughput for January 2025 was 1.42 million tonnes, 6% above budget, driven by grain exports. "
            "Container volumes remain below forecast.", sub),
          P("5.2&nbsp;&nbsp;Channel Maintenance Dredging", h2),
          P("The Harbour Master reported that maintenance dredging of the inner channel will commence on "
            "3 March 2025 and is expected to finish by 30 April 2025, under the sea dumping permit issued by the "
            "Department of Climate Change, Energy, the Environment and Water (DCCEEW). Port Malloway Regional "
            "Council has been briefed on the night-work schedule.", sub)]
    s += res("B25/07", "That the Board receive the Chief Executive Officer’s Report for January 2025.",
             "Mr D Farrant", "Dr N Whitlock")
    s += [P("6.&nbsp;&nbsp;&nbsp;BERTH 4 LEASE – CORAL SEA BULK LOGISTICS PTY LTD", h1),
          P("Mr Brennan left the meeting at 10.15 am. The CEO outlined the terms negotiated with Coral Sea Bulk "
            "Logistics Pty Ltd, including a minimum annual throughput of 400,000 tonnes.")]
    s += res("B25/08", "That the Board: (a) approve the grant of a 10-year lease of Berth 4 to Coral Sea Bulk Logistics "
             "Pty Ltd commencing 1 July 2025, with one option of 5 years; and (b) authorise the Chief Executive "
             "Officer to execute the lease on behalf of the Authority.", "Ms P Venkat", "Mr D Farrant")
    s += [P("Mr Brennan returned to the meeting at 10.40 am. The Harbour Master left the meeting.")]
    s += [P("7.&nbsp;&nbsp;&nbsp;AUDIT AND RISK COMMITTEE", h1),
          P("7.1&nbsp;&nbsp;Half-Year Financial Statements", h2),
          P("Mr Joel Kinnear presented the interim review for the six months ended 31 December 2024. The Audit and "
            "Risk Committee considered the statements at its meeting on 5 February 2025 and recommends adoption.", sub)]
    s += res("B25/09", "That the Board adopt the half-year financial statements for the period ended 31 December 2024.",
             "Dr N Whitlock", "Mr C Brennan")
    s += [P("Mr Kinnear left the meeting.", sub), P("7.2&nbsp;&nbsp;Strategic Risk Register", h2),
          P("Cyber security remains rated Extreme. The CFO outlined the controls being tested with the Australian "
            "Cyber Security Centre.", sub)]
    s += res("B25/10", "That the Board note the updated Strategic Risk Register.", "Mr D Farrant", "Ms P Venkat")
    s += [P("8.&nbsp;&nbsp;&nbsp;PORT MASTER PLAN 2025–2045: CONSULTATION DRAFT", h1),
          P("The CEO presented the consultation draft of the Port Master Plan 2025–2045, prepared with Port "
            "Malloway Regional Council and the Malloway Chamber of Commerce. The draft is organised around five "
            "strategic directions:"),
          P("Safe and efficient navigation", bul, bulletText="•"),
          P("Capacity for future trade", bul, bulletText="•"),
          P("A resilient and sustainable port", bul, bulletText="•"),
          P("Strong community and Traditional Owner partnerships", bul, bulletText="•"),
          P("Integrated landside transport", bul, bulletText="•"),
          Spacer(1, 4),
          P("Ms Venkat asked that the exhibition material include a plain-English summary.")]
    s += res("B25/11", "That the Board endorse the Port Master Plan 2025–2045 consultation draft for public exhibition "
             "from 10 March 2025 to 21 April 2025.", "Ms P Venkat", "Dr N Whitlock")
    s += [P("9.&nbsp;&nbsp;&nbsp;GENERAL BUSINESS", h1),
          P("The Chair advised that the Minister for Ports will visit the port on 14 March 2025.")]
    s += [P("10.&nbsp;&nbsp;NEXT MEETING", h1),
          P("Wednesday, 16 April 2025 at 9.30 am, Harbourmaster’s Building.")]
    s += [P("11.&nbsp;&nbsp;CLOSURE", h1),
          P("There being no further business, the Chair declared the meeting closed at 11.48 am.")]
    s += [Spacer(1, 8), P("ACTIONS ARISING", h1)]
    rows = [["No.", "Item", "Action", "Responsible", "Due"],
            ["A25/03", "5.2", "Circulate the dredging environmental monitoring report to Directors once received "
                              "from the contractor", "HM", "15 May 2025"],
            ["A25/04", "6", "Execute the Berth 4 lease and report completion to the Board", "CEO", "April 2025 meeting"],
            ["A25/05", "7.1", "Lodge the adopted half-year financial statements with the Shareholding Minister",
             "CFO", "28 February 2025"],
            ["A25/06", "8", "Prepare a plain-English summary of the draft Port Master Plan for the exhibition",
             "CEO", "7 March 2025"],
            ["A25/07", "9", "Prepare a briefing pack for the Minister’s visit", "Board Secretary", "10 March 2025"]]
    t = Table([[P(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(rows)],
              colWidths=[16 * mm, 12 * mm, 96 * mm, 24 * mm, 26 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), SAND),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 16),
          P("Confirmed as a true and correct record.<br/><br/>…………………………………… Chair&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
            "&nbsp;&nbsp;Date: ……………………")]

    def footer(c, d):
        c.saveState()
        c.setFont(F, 8)
        c.setFillColor(colors.grey)
        c.drawString(18 * mm, 10 * mm, "MPA Board Minutes – Meeting No. 2025/02 – 19/02/2025")
        c.drawRightString(192 * mm, 10 * mm, f"Page {d.page} of 3")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, title="MPA Board Minutes 2025/02")
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    build()
