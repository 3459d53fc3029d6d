"""Doc 7: landscape slide-deck summary of a Canadian CSWB plan (one slide per page)."""
from reportlab.pdfgen import canvas
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle

W, H = 960, 540
NAVY = colors.HexColor("#12355b")
ACC = [colors.HexColor("#2a9d8f"), colors.HexColor("#e76f51"), colors.HexColor("#f4a261"),
       colors.HexColor("#457b9d"), colors.HexColor("#8d5a97")]
TXT = ParagraphStyle("t", fontName="Sans", fontSize=13, leading=17, spaceAfter=5)
SMALL = ParagraphStyle("s", fontName="Sans", fontSize=12, leading=15, spaceAfter=4, leftIndent=12, firstLineIndent=-10)


def fill(frame, flows, c):
    frame.addFromList(flows, c)
    assert not flows, "content did not fit: %r" % flows


def footer(c, n):
    c.setFillColor(NAVY)
    c.rect(0, 0, W, 28, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Sans", 10)
    c.drawString(30, 10, "City of Port Aldous  |  Community Safety and Well-Being Plan 2025–2029 – Summary for Council")
    c.drawRightString(W - 30, 10, str(n))


def title(c, t, sub=None):
    c.setFillColor(NAVY)
    c.setFont("Sans-B", 30)
    c.drawString(40, H - 62, t)
    if sub:
        c.setFont("Sans", 14)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(40, H - 84, sub)
    c.setStrokeColor(ACC[0])
    c.setLineWidth(3)
    c.line(40, H - 94, 200, H - 94)


def box(c, x, y, w, h, head, paras, col, lead=None):
    c.setFillColor(colors.HexColor("#f6f7f9"))
    c.setStrokeColor(col)
    c.setLineWidth(1.5)
    c.roundRect(x, y, w, h, 8, stroke=1, fill=1)
    c.setFillColor(col)
    c.roundRect(x, y + h - 58, w, 58, 8, stroke=0, fill=1)
    c.rect(x, y + h - 58, w, 10, stroke=0, fill=1)
    hs = ParagraphStyle("h", fontName="Sans-B", fontSize=15, leading=18, textColor=colors.white)
    fill(Frame(x + 6, y + h - 58, w - 12, 56, showBoundary=0, topPadding=4), [Paragraph(head, hs)], c)
    flows = [Paragraph("<b>What we'll do</b>", TXT)] + [Paragraph("• " + p, SMALL) for p in paras]
    if lead:
        flows.append(Paragraph(f"<i>Lead table: {lead}</i>", ParagraphStyle("l", parent=SMALL, fontSize=11, spaceBefore=6)))
    fill(Frame(x + 6, y + 4, w - 12, h - 66, showBoundary=0), flows, c)


def build(path):
    c = canvas.Canvas(path, pagesize=(W, H))
    c.setTitle("CSWB Plan 2025-2029 Summary for Council")
    c.setAuthor("City of Port Aldous")
    # 1 title
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    for i, col in enumerate(ACC):
        c.setFillColor(col)
        c.rect(0, 110 + i * 8, W, 8, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Sans", 18)
    c.drawString(60, H - 90, "City of Port Aldous")
    c.setFont("Sans-B", 40)
    c.drawString(60, H - 190, "Community Safety and")
    c.drawString(60, H - 240, "Well-Being Plan 2025–2029")
    c.setFont("Sans", 20)
    c.drawString(60, H - 285, "Summary for Council")
    c.setFont("Sans", 14)
    c.drawString(60, 70, "Regular Council Meeting – March 25, 2025  |  Report CS-2025-014")
    c.showPage()
    # 2 why
    title(c, "Why a CSWB Plan?", "A legislated, partner-led plan")
    fill(Frame(40, 250, 880, 180, showBoundary=0), [
        Paragraph("The Community Safety and Policing Act, 2019 requires every Ontario municipality to prepare and adopt a Community Safety and Well-Being (CSWB) Plan and to review it regularly.", TXT),
        Paragraph("Port Aldous's plan was developed over 14 months with 31 partner agencies, more than 1,100 survey responses and 9 community conversations held between October 2023 and November 2024.", TXT),
        Paragraph("Like all Ontario CSWB plans, it follows the provincial framework from the Ministry of the Solicitor General, which works across four levels of intervention:", TXT)], c)
    for i, (hd, tx) in enumerate([("Social Development", "Long-term, upstream"), ("Prevention", "Reducing identified risks"),
                                  ("Risk Intervention", "Acting before harm occurs"), ("Incident Response", "Immediate emergency response")]):
        x = 40 + i * 225
        c.setFillColor(ACC[i])
        c.roundRect(x, 110, 205, 120, 8, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Sans-B", 16)
        c.drawString(x + 12, 195, hd)
        c.setFont("Sans", 12)
        c.drawString(x + 12, 172, tx)
    footer(c, 2)
    c.showPage()
    # 3 priorities 1-3
    title(c, "Our Priorities", "Five priorities, chosen from the data and what residents told us")
    bw = 282
    box(c, 40, 50, bw, 380, "Priority 1 – Mental Health and Addictions",
        ["Expand the mobile crisis response team to 24/7 coverage by 2026",
         "Open a walk-in addictions clinic downtown",
         "Train 500 frontline staff in mental health first aid"], ACC[0], "Canadian Mental Health Association – Port Aldous Branch")
    box(c, 40 + bw + 17, 50, bw, 380, "Priority 2 – Housing Stability and Homelessness",
        ["Create 60 supportive housing units by 2027",
         "Launch a coordinated access system and by-name list",
         "Prevent evictions through emergency rent support"], ACC[1], "City of Port Aldous Housing Services")
    box(c, 40 + 2 * (bw + 17), 50, bw, 380, "Priority 3 – Youth Engagement and Belonging",
        ["Keep three youth hubs open evenings and weekends",
         "Fund 200 summer jobs for youth facing barriers",
         "Co-design programs with the Youth Advisory Council"], ACC[2], "Port Aldous District School Board")
    footer(c, 3)
    c.showPage()
    # 4 priorities 4-5 + cross-cutting
    title(c, "Our Priorities (continued)")
    bw = 300
    box(c, 40, 50, bw, 380, "Priority 4 – Community Safety and Crime Prevention",
        ["Introduce a neighbourhood safety audit program",
         "Reduce repeat property crime through targeted prevention",
         "Improve lighting and design in the downtown core"], ACC[3], "Port Aldous Police Service")
    box(c, 40 + bw + 17, 50, bw, 380, "Priority 5 – Gender-Based Violence",
        ["Expand shelter capacity at Harbour House",
         "Deliver consent education in every secondary school",
         "Establish a high-risk situation table"], ACC[4], "Harbour House Women's Shelter")
    x = 40 + 2 * (bw + 17)
    c.setFillColor(colors.HexColor("#e9eef4"))
    c.roundRect(x, 50, 246, 380, 8, stroke=0, fill=1)
    fill(Frame(x + 8, 60, 230, 360, showBoundary=0), [
        Paragraph("<b>Cross-cutting commitments</b>", ParagraphStyle("cc", parent=TXT, fontSize=15, leading=19, textColor=NAVY)),
        Paragraph("Equity and Reconciliation", SMALL), Paragraph("Data and Evaluation", SMALL),
        Paragraph("Communication and Awareness", SMALL),
        Paragraph("These apply to every priority and every action table.", ParagraphStyle("n", parent=SMALL, fontName="Sans-I", spaceBefore=8))], c)
    footer(c, 4)
    c.showPage()
    # 5 governance and next steps
    title(c, "Governance and Next Steps")
    fill(Frame(40, 260, 430, 170, showBoundary=0), [
        Paragraph("<b>Governance</b>", TXT),
        Paragraph("A CSWB Advisory Committee, co-chaired by the City of Port Aldous and the Port Aldous Police Service, will oversee the plan.", SMALL),
        Paragraph("Each priority has an action table led by a partner agency.", SMALL),
        Paragraph("Progress will be reported to Council every year.", SMALL)], c)
    steps = [("March 25, 2025", "Council adoption of the Plan"), ("By June 30, 2025", "Action tables established"),
             ("Fall 2025", "Public data dashboard launched"), ("Spring 2026", "First annual progress report to Council"),
             ("2029", "Full review of the Plan")]
    c.setStrokeColor(NAVY)
    c.setLineWidth(2)
    c.line(520, 430, 520, 90)
    for i, (d, t) in enumerate(steps):
        y = 420 - i * 78
        c.setFillColor(ACC[i])
        c.circle(520, y, 9, stroke=0, fill=1)
        c.setFillColor(NAVY)
        c.setFont("Sans-B", 15)
        c.drawString(540, y - 4, d)
        c.setFont("Sans", 13)
        c.setFillColor(colors.black)
        c.drawString(540, y - 22, t)
    c.setFillColor(NAVY)
    c.setFont("Sans-B", 13)
    c.drawString(40, 238, "Our partners include:")
    parts = ["Port Aldous Police Service", "Canadian Mental Health Association – Port Aldous Branch", "Port Aldous District School Board",
             "Lakeview Family Health Team", "United Way Port Aldous", "Aldous County Paramedic Services",
             "Harbour House Women's Shelter", "Nokomis Friendship Centre", "Port Aldous Public Library"]
    ps = ParagraphStyle("p", fontName="Sans-B", fontSize=8.5, leading=10, alignment=1, textColor=NAVY)
    for i, p in enumerate(parts):
        x = 40 + (i % 3) * 146
        y = 168 - (i // 3) * 56
        c.setStrokeColor(colors.HexColor("#b8c4d1"))
        c.setFillColor(colors.white)
        c.roundRect(x, y, 138, 50, 5, stroke=1, fill=1)
        fill(Frame(x + 3, y + 2, 132, 46, showBoundary=0, topPadding=3, bottomPadding=0, leftPadding=1, rightPadding=1), [Paragraph(p, ps)], c)
    footer(c, 5)
    c.showPage()
    c.save()
