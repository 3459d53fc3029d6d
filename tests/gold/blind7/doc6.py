"""Doc 6: Harlowe CSP community safety action plan 2024/25 year-end progress update.
Landscape table, Theme cells merged over several rows, table breaks across a page without repeating its header."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from common import fonts, numbered_canvas

STEM = "blind7-uk-harlowe-csp-community-safety-action-plan-progress-2025-05"

THEMES = [
    ("Serious violence and knife crime", [
        ("Deliver weapons awareness sessions in all secondary schools", "HDC Community Safety Team / Eastmarsh Police",
         "Mar 2025", "GREEN", "9 of 9 schools completed; 2,140 pupils reached."),
        ("Install two additional knife amnesty bins in Harlowe town centre", "Eastmarsh Police", "Sep 2024",
         "GREEN", "Installed August 2024."),
        ("Map violence hotspots with the Eastmarsh Violence Reduction Unit and review CCTV coverage",
         "HDC CCTV Manager", "Q3", "AMBER", "Mapping complete; CCTV review delayed to Q1 2025/26."),
    ]),
    ("Anti-social behaviour", [
        ("Run monthly ASB problem-solving meetings in each locality", "HDC ASB Officer", "Ongoing", "GREEN",
         "36 meetings held across the three localities."),
        ("Introduce an online form for the ASB Case Review (Community Trigger)", "HDC Digital Team", "Jun 2024",
         "GREEN", "Live from 3 June 2024."),
        ("Extend diversionary youth activity to Friday evenings in Eastfield", "Harlowe Youth Trust", "Jul 2024",
         "RED", "Funding bid unsuccessful; alternative source being sought."),
    ]),
    ("Domestic abuse and violence against women and girls", [
        ("Recommission the domestic abuse outreach service", "ECC Public Health", "Apr 2024", "GREEN",
         "New contract with Harlowe Women's Aid started 1 April 2024."),
        ("Train 200 frontline staff in DA awareness", "Harlowe Domestic Abuse Forum", "Mar 2025", "AMBER",
         "164 trained (82%); remaining sessions booked for May 2025."),
        ("Achieve White Ribbon accreditation for the Council", "HDC HR", "Nov 2024", "GREEN",
         "Accredited 25 November 2024."),
        ("Sign up licensed premises to the Ask for Angela scheme", "HDC Licensing / Eastmarsh Police", "Dec 2024",
         "GREEN", "42 premises signed up."),
    ]),
    ("Drug-related harm", [
        ("Hold two multi-agency county lines days of action", "Eastmarsh Police", "Mar 2025", "GREEN",
         "Days of action held in July 2024 and February 2025."),
        ("Increase referrals into treatment through the Combating Drugs Partnership",
         "Eastmarsh Combating Drugs Partnership", "Ongoing", "AMBER", "Referrals up 6% against a 10% target."),
    ]),
    ("Hate crime and community cohesion", [
        ("Recruit and train five new third-party hate crime reporting centres", "Harlowe CVS", "Q4", "RED",
         "Two centres recruited; training rescheduled to June 2025."),
        ("Deliver a Hate Crime Awareness Week programme", "HDC Community Safety Team", "Oct 2024", "GREEN",
         "Delivered 12–19 October 2024."),
    ]),
]
SPLIT_AFTER = 8  # body rows on page 1 (breaks inside the third theme)
RAG = {"GREEN": "#b2f2bb", "AMBER": "#ffd8a8", "RED": "#ffa8a8"}


def draw_page(c, page, total):
    w, h = landscape(A4)
    c.saveState()
    c.setFont("Helvetica-Bold", 9)
    c.setFillColor(colors.HexColor("#2b8a3e"))
    c.drawString(15 * mm, h - 10 * mm, "Harlowe Community Safety Partnership")
    c.setFont("Helvetica", 9)
    c.setFillColor(colors.black)
    c.drawRightString(w - 15 * mm, h - 10 * mm, "Community Safety Action Plan 2024/25 – Year-end progress update")
    c.setFont("Helvetica", 7.5)
    c.drawCentredString(w / 2, 7 * mm, "OFFICIAL")
    c.drawRightString(w - 15 * mm, 7 * mm, f"Page {page} of {total}")
    c.restoreState()


def build(path):
    fonts()
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=4)
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=16, leading=20, textColor=colors.HexColor("#2b8a3e"))
    cell = ParagraphStyle("c", fontName="LibNarrow", fontSize=9.5, leading=11.5)
    cellb = ParagraphStyle("cb", fontName="LibNarrow-Bold", fontSize=9.5, leading=11.5)
    cellh = ParagraphStyle("ch", fontName="LibNarrow-Bold", fontSize=10, leading=12, textColor=colors.white)
    rows = []  # (theme_index, first_of_theme, theme, row)
    for ti, (theme, acts) in enumerate(THEMES):
        for k, a in enumerate(acts):
            rows.append((ti, k == 0, theme, a))
    widths = [42 * mm, 86 * mm, 50 * mm, 20 * mm, 69 * mm]

    def make_table(part, header, continued_theme):
        data, style = [], [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#868e96")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if header:
            data.append([Paragraph(x, cellh) for x in ("Theme", "Action", "Lead", "Target", "Progress")])
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2b8a3e")))
        off = len(data)
        spans = {}
        for i, (ti, first, theme, (act, lead, tgt, rag, prog)) in enumerate(part):
            show = theme if (first or (i == 0 and not continued_theme)) else ""
            data.append([Paragraph(show, cellb), Paragraph(act, cell), Paragraph(lead, cell), Paragraph(tgt, cell),
                         Paragraph(f"<b>{rag}</b> – {prog}", cell)])
            style.append(("BACKGROUND", (4, off + i), (4, off + i), colors.HexColor(RAG[rag])))
            spans.setdefault(ti, []).append(off + i)
        for ti, rr in spans.items():
            style.append(("SPAN", (0, rr[0]), (0, rr[-1])))
            style.append(("BACKGROUND", (0, rr[0]), (0, rr[-1]), colors.HexColor("#ebfbee")))
        t = Table(data, colWidths=widths)
        t.setStyle(TableStyle(style))
        return t

    story = [Paragraph("Community Safety Action Plan 2024/25: Year-end Progress Update", title), Spacer(1, 4),
             Paragraph("This update reports progress against the Harlowe Community Safety Partnership (CSP) action "
                       "plan for the period 1 April 2024 to 31 March 2025. It was presented to the CSP Board on "
                       "21 May 2025. The plan delivers the CSP's five priorities for 2024/25, which form the themes "
                       "of the table below. Actions not complete at year end will be carried into the 2025/26 plan, "
                       "to be agreed by 30 June 2025.", body),
             Paragraph("<b>RAG status:</b> GREEN – complete or on track; AMBER – some slippage, recovery in hand; "
                       "RED – off track or not delivered.", body), Spacer(1, 4),
             make_table(rows[:SPLIT_AFTER], True, False), PageBreak(),
             make_table(rows[SPLIT_AFTER:], False, True), Spacer(1, 8),
             Paragraph("<b>Abbreviations:</b> HDC – Harlowe District Council; ECC – Eastmarsh County Council; CVS – "
                       "Council for Voluntary Service; ASB – anti-social behaviour; DA – domestic abuse.", body),
             Paragraph("<b>Summary:</b> 9 GREEN, 3 AMBER, 2 RED. The CSP Board agreed that the two RED actions will "
                       "be reviewed by the Community Safety Manager and reported back to the next Board meeting on "
                       "17 September 2025.", body)]
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=14 * mm, title="CSAP 2024-25 year end update",
                            author="Harlowe District Council")
    doc.build(story, canvasmaker=numbered_canvas(draw_page))
