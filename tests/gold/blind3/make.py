#!/usr/bin/env python3
"""Draw the 8 blind-3 evaluation PDFs into /work/blind3/pdf/ with reportlab.

    /work/main/.venv/bin/python /work/blind3/make.py

Every document is fictional (places, people, most bodies); real national bodies
(Home Office, NHS England, Environment Agency, ...) appear only by name.
Running headers/footers sit within 45pt of the top/bottom page edge; body frames
start 55pt or more from the edges (check.py relies on this when it crops).
"""
import os

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT, TA_LEFT
from reportlab.lib.pagesizes import A4, letter, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether,
                                ListFlowable, ListItem, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import BalancedColumns, HRFlowable

rl_config.invariant = 1  # byte-identical PDFs on every run
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pdf")

LIB = "/usr/share/fonts/truetype/liberation/"
for name, file in [("LSans", "LiberationSans-Regular.ttf"), ("LSans-Bold", "LiberationSans-Bold.ttf"),
                   ("LSans-Italic", "LiberationSans-Italic.ttf"),
                   ("LSerif", "LiberationSerif-Regular.ttf"), ("LSerif-Bold", "LiberationSerif-Bold.ttf"),
                   ("LSerif-Italic", "LiberationSerif-Italic.ttf"),
                   ("LNarrow", "LiberationSansNarrow-Regular.ttf"), ("LNarrow-Bold", "LiberationSansNarrow-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, LIB + file))
pdfmetrics.registerFontFamily("LSans", normal="LSans", bold="LSans-Bold", italic="LSans-Italic", boldItalic="LSans-Bold")
pdfmetrics.registerFontFamily("LSerif", normal="LSerif", bold="LSerif-Bold", italic="LSerif-Italic", boldItalic="LSerif-Bold")
pdfmetrics.registerFontFamily("LNarrow", normal="LNarrow", bold="LNarrow-Bold", italic="LNarrow", boldItalic="LNarrow-Bold")


def st(name, font="Helvetica", size=10, leading=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or round(size * 1.28, 1), **kw)


def numbered_canvas(decorate):
    """A canvas class that knows the page count, so footers can say 'Page x of y'."""
    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                decorate(self, self._pageNumber, total)
                canvas.Canvas.showPage(self)
            canvas.Canvas.save(self)
    return NumberedCanvas


def build(filename, story, decorate, pagesize=A4, margins=(56, 56, 64, 60), templates=None):
    path = os.path.join(OUT, filename)
    left, right, top, bottom = margins
    W, H = pagesize
    doc = BaseDocTemplate(path, pagesize=pagesize, leftMargin=left, rightMargin=right,
                          topMargin=top, bottomMargin=bottom, title=filename[:-4])
    if templates is None:
        templates = [PageTemplate("main", [Frame(left, bottom, W - left - right, H - top - bottom, id="body")],
                                  pagesize=pagesize)]
    doc.addPageTemplates(templates)
    doc.build(story, canvasmaker=numbered_canvas(decorate))
    print("wrote", path)


# ----------------------------------------------------------------------------------------------
# a. UK fire and rescue authority minutes: attendance table, FRA/24/nn items, RESOLVED – that (a)(b)(c),
#    one recorded vote
# ----------------------------------------------------------------------------------------------
def doc_a():
    fn = "blind3-uk-halderness-wyke-fire-authority-minutes-2024-06-20.pdf"
    W, H = A4
    red = colors.HexColor("#7a1f1f")

    def deco(c, page, total):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(red)
        c.drawString(50, H - 30, "Halderness and Wyke Fire and Rescue Authority")
        c.drawRightString(W - 50, H - 30, "Fire and Rescue Authority \u2013 20 June 2024")
        c.setStrokeColor(red)
        c.setLineWidth(0.6)
        c.line(50, H - 35, W - 50, H - 35)
        c.setFillColor(colors.black)
        c.drawCentredString(W / 2, 24, f"Page {page} of {total}")
        c.drawRightString(W - 50, 24, "Chair\u2019s initials ..........")
        c.restoreState()

    body = st("a-body", "Helvetica", 9.8, 12.6, alignment=TA_JUSTIFY, spaceAfter=5, leftIndent=72)
    sub = st("a-sub", "Helvetica", 9.8, 12.6, leftIndent=96, firstLineIndent=-22, spaceAfter=2)
    head = st("a-head", "Helvetica-Bold", 10.2, 13)
    title = st("a-title", "Helvetica-Bold", 15, 19, alignment=TA_LEFT, textColor=red)
    meta = st("a-meta", "Helvetica", 10.5, 14)
    cell = st("a-cell", "Helvetica", 9, 11)
    cellb = st("a-cellb", "Helvetica-Bold", 9, 11, textColor=colors.white)

    s = []
    s.append(Paragraph("HALDERNESS AND WYKE FIRE AND RESCUE AUTHORITY", title))
    s.append(Spacer(1, 4))
    s.append(Paragraph("<b>Fire and Rescue Authority \u2013 Minutes</b>", st("a-m2", "Helvetica", 12.5, 16)))
    s.append(Paragraph("Thursday 20 June 2024 at 10.30 am", meta))
    s.append(Paragraph("Committee Room 1, Service Headquarters, Kestrel Way, Wykeham WY4 2LP", meta))
    s.append(Spacer(1, 10))
    s.append(Paragraph("<b>Attendance</b>", st("a-att", "Helvetica-Bold", 11, 14)))
    s.append(Spacer(1, 4))

    members = [
        ("Cllr Margaret Ellery", "Halderness County Council (Chair)", "Present"),
        ("Cllr Tom Braithwaite", "Wyke Borough Council (Vice-Chair)", "Present"),
        ("Cllr Jean Corrigan", "Halderness County Council", "Present"),
        ("Cllr Paul Dunmore", "Halderness County Council", "Present"),
        ("Cllr Alison Frome", "Wyke Borough Council", "Present"),
        ("Cllr Rupert Hale", "Halderness County Council", "Present"),
        ("Cllr Stephen Lumb", "Halderness County Council", "Apologies"),
        ("Cllr Priya Mistry", "Wyke Borough Council", "Present (remote \u2013 non-voting)"),
        ("Cllr Nadia Okafor", "Wyke Borough Council", "Present"),
        ("Cllr Graham Tilley", "Halderness County Council", "Apologies"),
        ("Cllr Barry Whitlock", "Halderness County Council", "Present"),
    ]
    officers = [
        ("Dawn Kettering", "Chief Fire Officer", "Present"),
        ("Martin Shawcross", "Assistant Chief Fire Officer", "Present"),
        ("Helen Vasey", "Treasurer to the Authority", "Present"),
        ("Owen Pritchard", "Clerk and Monitoring Officer", "Present"),
        ("Lucy Farrant", "Democratic Services Officer", "Present"),
    ]
    rows = [[Paragraph("Name", cellb), Paragraph("Organisation / Role", cellb), Paragraph("Present / Apologies", cellb)],
            [Paragraph("<b>Members of the Authority</b>", cell), "", ""]]
    rows += [[Paragraph(a, cell), Paragraph(b, cell), Paragraph(c, cell)] for a, b, c in members]
    rows += [[Paragraph("<b>Officers in attendance</b>", cell), "", ""]]
    rows += [[Paragraph(a, cell), Paragraph(b, cell), Paragraph(c, cell)] for a, b, c in officers]
    t = Table(rows, colWidths=[150, 210, 123], repeatRows=1)
    officer_row = 2 + len(members)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), red),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
        ("SPAN", (0, 1), (-1, 1)), ("SPAN", (0, officer_row), (-1, officer_row)),
        ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#f1e4e4")),
        ("BACKGROUND", (0, officer_row), (-1, officer_row), colors.HexColor("#f1e4e4")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    s.append(t)
    s.append(Spacer(1, 12))

    def item(num, heading, paras):
        ht = Table([[Paragraph(f"<b>{num}</b>", head), Paragraph(heading, head)]], colWidths=[72, 411])
        ht.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        out = [CondPageBreak(60), ht]
        for p in paras:
            out.append(p if not isinstance(p, str) else Paragraph(p, body))
        out.append(Spacer(1, 6))
        s.extend(out)

    def resolved(lead, subs=()):
        out = [Paragraph(f"<b>RESOLVED</b> \u2013 {lead}", body)]
        for sx in subs:
            out.append(Paragraph(sx, sub))
        return out

    item("FRA/24/14", "APOLOGIES FOR ABSENCE", [
        "Apologies for absence were received from Cllr Stephen Lumb and Cllr Graham Tilley. The Clerk reported "
        "that Cllr Priya Mistry was attending remotely by video link and, in accordance with the Local Government "
        "Act 1972, would not be counted as present for the purposes of quorum or voting."])
    item("FRA/24/15", "DECLARATIONS OF INTEREST", [
        "Cllr Rupert Hale declared a non-pecuniary interest in item FRA/24/19 as his spouse is employed as an "
        "on-call firefighter at Marsh Lane Fire Station. He remained in the meeting and took part in the debate."])
    item("FRA/24/16", "MINUTES OF THE MEETING HELD ON 18 APRIL 2024",
         resolved("that the minutes of the meeting of the Authority held on 18 April 2024 be confirmed as a "
                  "correct record and signed by the Chair."))
    item("FRA/24/17", "CHAIR\u2019S ANNOUNCEMENTS", [
        "The Chair congratulated Watch Manager Kyle Denholm on receiving the King\u2019s Fire Service Medal in the "
        "King\u2019s Birthday Honours, and thanked crews from Halderness and Wyke Fire and Rescue Service who had "
        "attended the grassland fire at Hobb\u2019s Common on 2 June 2024."])
    item("FRA/24/18", "PROVISIONAL REVENUE AND CAPITAL OUTTURN 2023/24", [
        "The Treasurer to the Authority presented the report, which set out the provisional outturn position for "
        "2023/24 following publication of the draft Statement of Accounts on 31 May 2024. The revenue budget "
        "showed an underspend of \u00a3412,000, arising mainly from vacancies in the on-call establishment, "
        "partly offset by overtime costs in Fire Control.",
        "In response to a question from Cllr Whitlock, the Treasurer agreed to circulate a breakdown of overtime "
        "costs in Fire Control to all Members by 31 July 2024."] + resolved("that:", [
            "(a) the provisional revenue outturn underspend of \u00a3412,000 for 2023/24 be noted;",
            "(b) \u00a3250,000 of the underspend be transferred to the Transformation Reserve; and",
            "(c) capital slippage of \u00a31.3 million be carried forward into the 2024/25 capital programme."]))

    vote = Table([["For (2):", "Cllrs Frome and Hale"],
                  ["Against (5):", "Cllrs Braithwaite, Corrigan, Dunmore, Ellery and Okafor"],
                  ["Abstain (1):", "Cllr Whitlock"]], colWidths=[80, 330], hAlign="LEFT")
    vote.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.8), ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9.8),
                              ("LEFTPADDING", (0, 0), (0, -1), 72), ("TOPPADDING", (0, 0), (-1, -1), 1),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    vote._argW[0] = 152
    item("FRA/24/19", "COMMUNITY RISK MANAGEMENT PLAN 2025\u20132029: CONSULTATION OUTCOMES", [
        "The Chief Fire Officer presented the outcomes of the twelve-week public consultation on the draft "
        "Community Risk Management Plan (CRMP) 2025\u20132029, which ran from 15 January to 8 April 2024 and "
        "received 1,146 responses. The principal proposal was to replace the second on-call appliance at Marsh "
        "Lane Fire Station with a rapid response vehicle.",
        "Cllr Hale moved, and Cllr Frome seconded, an amendment that the proposal relating to Marsh Lane Fire "
        "Station be deferred pending a further review of on-call availability data.",
        "At the request of three Members, a recorded vote was taken on the amendment:",
        vote, Spacer(1, 4),
        "The amendment was therefore LOST. The substantive motion was then put to the vote and carried."]
        + resolved("that:", [
            "(a) the outcomes of the public consultation be noted;",
            "(b) the Community Risk Management Plan 2025\u20132029 be approved for publication on 1 October 2024; and",
            "(c) the Chief Fire Officer be authorised, in consultation with the Chair, to make minor amendments to "
            "the Plan prior to publication."])
        + ["The Chief Fire Officer undertook to report on implementation of the Marsh Lane proposal to the "
           "Authority in December 2024."])
    item("FRA/24/20", "FIRE STANDARDS IMPLEMENTATION UPDATE", [
        "The Assistant Chief Fire Officer reported that the Service was fully compliant with 14 of the 18 Fire "
        "Standards approved by the Fire Standards Board, with action plans in place for the remaining four.",
        "The Assistant Chief Fire Officer agreed to provide Members with a briefing note on the Data Management "
        "Fire Standard before the next meeting."] + resolved("that the progress report be noted."))
    item("FRA/24/21", "HMICFRS INSPECTION: AREAS FOR IMPROVEMENT", [
        "The Chief Fire Officer updated Members on progress against the eleven areas for improvement identified "
        "by His Majesty\u2019s Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) in its 2023 "
        "inspection report. Seven areas had been closed. The Home Office had confirmed that the next round of "
        "inspections would begin in spring 2025."] + resolved("that:", [
            "(a) the progress against the eleven areas for improvement be noted; and",
            "(b) quarterly progress reports be submitted to the Audit and Governance Committee."]))
    item("FRA/24/22", "EXCLUSION OF THE PRESS AND PUBLIC", resolved(
        "that under Section 100A(4) of the Local Government Act 1972 the press and public be excluded from the "
        "meeting for the following item of business on the grounds that it involves the likely disclosure of "
        "exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act."))
    item("FRA/24/23", "FLEET REPLACEMENT: CONTRACT AWARD (EXEMPT)", [
        "The Authority considered an exempt report of the Assistant Chief Fire Officer on the procurement of six "
        "Type B fire appliances through a national framework agreement."] + resolved(
        "that the contract for the supply of six Type B fire appliances be awarded to the preferred bidder "
        "identified in the exempt report, at a total cost not exceeding \u00a32.16 million."))
    s.append(Spacer(1, 6))
    s.append(Paragraph("The meeting closed at 12.47 pm.", st("a-close", "Helvetica", 9.8, 13)))
    s.append(Paragraph("Date of next meeting: Thursday 19 September 2024 at 10.30 am.", st("a-close2", "Helvetica-Bold", 9.8, 13)))
    s.append(Spacer(1, 26))
    s.append(Paragraph("Chair ..............................................&nbsp;&nbsp;&nbsp;&nbsp;Date ..............................", st("a-sig", "Helvetica", 9.8)))
    build(fn, s, deco, A4, margins=(50, 50, 62, 58))


# ----------------------------------------------------------------------------------------------
# b. US city commission minutes: CALL TO ORDER, ROLL CALL, consent agenda 7.A..., motions with 4-1 vote
# ----------------------------------------------------------------------------------------------
def doc_b():
    fn = "blind3-us-prairie-hollow-city-commission-minutes-2024-03-12.pdf"
    W, H = letter

    def deco(c, page, total):
        c.saveState()
        c.setFont("Times-Italic", 9)
        if page > 1:
            c.drawString(72, H - 36, "City Commission Regular Meeting Minutes \u2013 March 12, 2024")
            c.drawRightString(W - 72, H - 36, "City of Prairie Hollow, Kansas")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 28, f"Page {page} of {total}")
        c.restoreState()

    center = st("b-c", "Times-Bold", 13, 16, alignment=TA_CENTER)
    centerr = st("b-cr", "Times-Roman", 11.5, 14.5, alignment=TA_CENTER)
    h = st("b-h", "Times-Bold", 11.5, 14.5, spaceBefore=9, spaceAfter=3)
    subh = st("b-sh", "Times-Bold", 11, 14, leftIndent=28, firstLineIndent=-28 + 28, spaceBefore=4, spaceAfter=2)
    p = st("b-p", "Times-Roman", 11, 14, leftIndent=28, spaceAfter=4, alignment=TA_JUSTIFY)
    mo = st("b-mo", "Times-Roman", 11, 14, leftIndent=28, spaceAfter=5, alignment=TA_LEFT)

    s = [Paragraph("CITY OF PRAIRIE HOLLOW, KANSAS", center),
         Paragraph("CITY COMMISSION", center),
         Paragraph("REGULAR MEETING MINUTES", center),
         Spacer(1, 3),
         Paragraph("Tuesday, March 12, 2024 \u2013 6:00 p.m.", centerr),
         Paragraph("Commission Chambers, City Hall, 200 N. Main Street", centerr),
         Spacer(1, 6), HRFlowable(width="100%", thickness=1.2, color=colors.black), Spacer(1, 4)]

    def H_(t):
        s.append(Paragraph(t, h))

    def SH(t):
        s.append(Paragraph(t, subh))

    def P(t, style=p):
        s.append(Paragraph(t, style))

    H_("1. CALL TO ORDER")
    P("Mayor Dana Whitfield called the regular meeting of the Prairie Hollow City Commission to order at 6:00 p.m.")
    H_("2. PLEDGE OF ALLEGIANCE AND INVOCATION")
    P("The Pledge of Allegiance was led by Commissioner Halvorsen. The invocation was given by Vice Mayor Serrano.")
    H_("3. ROLL CALL")
    rc = Table([["Present:", Paragraph("Mayor Dana Whitfield, Vice Mayor Luis Serrano, Commissioner Karen Oduya, "
                                       "Commissioner Brett Halvorsen, Commissioner Janelle Price", st("b-rc", "Times-Roman", 11, 14))],
                ["Absent:", Paragraph("Commissioner Pete Ruggles", st("b-rc2", "Times-Roman", 11, 14))],
                ["Staff Present:", Paragraph("City Manager Greg Tolliver, City Attorney Miriam Sato, City Clerk Ronda "
                                             "Beaumont, Public Works Director Sam Keough, Police Chief Alicia Booker, "
                                             "Finance Director Howard Lim", st("b-rc3", "Times-Roman", 11, 14))]],
               colWidths=[100, 340], hAlign="LEFT")
    rc.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Times-Bold", 11), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (0, -1), 28), ("TOPPADDING", (0, 0), (-1, -1), 1),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    rc._argW[0] = 128
    s.append(rc)
    H_("4. APPROVAL OF AGENDA")
    P("Motion by Commissioner Price, seconded by Vice Mayor Serrano, to approve the agenda as presented. "
      "Motion carried 5-0.", mo)
    H_("5. PUBLIC COMMENT")
    P("Tom Vickery, 1412 Elm Street, spoke in opposition to the proposed rezoning on W. Kellogg Drive, citing "
      "traffic concerns.")
    P("Anita Greer, 905 S. Walnut Street, thanked Public Works crews for their quick response to the water main "
      "break on February 29.")
    H_("6. PROCLAMATIONS AND PRESENTATIONS")
    SH("6.A&nbsp;&nbsp;Proclamation \u2013 American Red Cross Month, March 2024")
    P("Mayor Whitfield read the proclamation, which was accepted by Jolene Marsh of the American Red Cross Central "
      "Plains Region.")
    SH("6.B&nbsp;&nbsp;Presentation \u2013 Prairie Hollow Police Department 2023 Annual Report")
    P("Police Chief Alicia Booker presented the 2023 Annual Report. Calls for service increased 6 percent over 2022, "
      "while Part I crimes decreased 4 percent.")
    H_("7. CONSENT AGENDA")
    P("All matters listed under the Consent Agenda are considered routine by the City Commission and were enacted "
      "by one motion. There was no separate discussion of these items.")
    SH("7.A&nbsp;&nbsp;Approval of Minutes \u2013 Regular Meeting of February 27, 2024")
    SH("7.B&nbsp;&nbsp;Appropriation Ordinance No. 2024-05 in the amount of $1,284,377.19")
    SH("7.C&nbsp;&nbsp;Cereal Malt Beverage License \u2013 Casey\u2019s General Store #3391, 1800 E. 4th Street")
    SH("7.D&nbsp;&nbsp;Resolution No. 2024-11 Authorizing the Purchase of a 2024 Ford F-550 Dump Truck from "
       "Midway Ford Truck Center in the amount of $98,450.00")
    P("Motion by Commissioner Halvorsen, seconded by Commissioner Oduya, to approve the Consent Agenda as "
      "presented. Motion carried 5-0.", mo)
    H_("8. PUBLIC HEARINGS")
    SH("8.A&nbsp;&nbsp;Public Hearing and Ordinance No. 1987 \u2013 Rezoning Case Z-24-02, 3100 Block of W. Kellogg "
       "Drive, from R-1 Single-Family Residential to C-2 General Commercial")
    P("City Manager Tolliver summarized the Prairie Hollow Planning Commission\u2019s recommendation of approval, "
      "adopted on a 5-2 vote. Mayor Whitfield opened the public hearing at 6:24 p.m. Three residents spoke, two in "
      "opposition and one in favor. Mayor Whitfield closed the public hearing at 6:41 p.m.")
    P("Motion by Vice Mayor Serrano, seconded by Commissioner Price, to approve Ordinance No. 1987 rezoning the "
      "property from R-1 to C-2 as recommended by the Planning Commission. Motion carried 4-1 (Commissioner "
      "Oduya voting no).", mo)
    H_("9. NEW BUSINESS")
    SH("9.A&nbsp;&nbsp;Consider Professional Services Agreement with Flint Hills Engineering Group, LLC for the "
       "Water Treatment Plant Clarifier Rehabilitation")
    P("Public Works Director Sam Keough reviewed the scope of work, which includes design, bidding and "
      "construction-phase services.")
    P("Motion by Commissioner Oduya, seconded by Commissioner Halvorsen, to approve the agreement with Flint Hills "
      "Engineering Group, LLC in an amount not to exceed $212,600 and authorize the Mayor to sign. Motion carried "
      "5-0.", mo)
    SH("9.B&nbsp;&nbsp;Consider Resolution No. 2024-12 Adopting the 2024\u20132028 Capital Improvement Plan")
    P("Finance Director Howard Lim presented the proposed plan. Commissioners expressed concern that the plan "
      "deferred the Ash Street bridge replacement to 2028.")
    P("Motion by Commissioner Halvorsen, seconded by Commissioner Price, to adopt Resolution No. 2024-12 as "
      "presented. Motion failed 2-3 (Mayor Whitfield, Vice Mayor Serrano and Commissioner Oduya voting no).", mo)
    P("Consensus of the Commission was to direct staff to bring back a revised Capital Improvement Plan, including "
      "options to advance the Ash Street bridge replacement, at the April 9, 2024 meeting.")
    SH("9.C&nbsp;&nbsp;Consider Bids for the 2024 Street Maintenance Program")
    P("Four bids were received on March 5, 2024. Staff recommended award to the low bidder, Sunflower Paving, Inc.")
    P("Motion by Commissioner Price, seconded by Vice Mayor Serrano, to award the 2024 Street Maintenance Program "
      "contract to Sunflower Paving, Inc. in the amount of $743,210.50. Motion carried 5-0.", mo)
    H_("10. CITY MANAGER\u2019S REPORT")
    P("City Manager Tolliver reported that the spring brush drop-off site at 600 S. Industrial Road will open April "
      "1, 2024. He will provide the Commission with an update on the automated water meter replacement project at "
      "the March 26, 2024 meeting.")
    H_("11. COMMISSION COMMENTS")
    P("Commissioner Oduya requested that staff review the signal timing at 4th Street and Main Street.")
    P("Vice Mayor Serrano reminded residents that the Prairie Hollow Public Library book sale will be held on "
      "March 23.")
    H_("12. EXECUTIVE SESSION")
    P("Motion by Vice Mayor Serrano, seconded by Commissioner Halvorsen, to recess into executive session for 20 "
      "minutes pursuant to K.S.A. 75-4319(b)(2) for consultation with an attorney for the public body deemed "
      "privileged in the attorney-client relationship, with the Commission, City Manager and City Attorney "
      "present, and to reconvene in the Commission Chambers at 7:38 p.m. Motion carried 5-0.", mo)
    P("The Commission reconvened in open session at 7:38 p.m. No action was taken.")
    H_("13. ADJOURNMENT")
    P("Motion by Commissioner Price, seconded by Commissioner Oduya, to adjourn. Motion carried 5-0. The meeting "
      "adjourned at 7:40 p.m.", mo)
    s.append(Spacer(1, 30))
    sig = Table([["______________________________", "______________________________"],
                 ["Dana Whitfield, Mayor", "ATTEST: Ronda Beaumont, City Clerk"]], colWidths=[234, 234])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 11)]))
    s.append(KeepTogether([sig, Spacer(1, 8),
                           Paragraph("Approved by the City Commission: March 26, 2024", st("b-ap", "Times-Italic", 10.5))]))
    build(fn, s, deco, letter, margins=(72, 72, 64, 60))


# ----------------------------------------------------------------------------------------------
# c. NHS ICB committee minutes: header box, attendance one per line with roles after a dash,
#    Action column with initials, action log table
# ----------------------------------------------------------------------------------------------
def doc_c():
    fn = "blind3-uk-fenmoor-icb-primary-care-committee-minutes-2024-07-11.pdf"
    W, H = A4
    nhsblue = colors.HexColor("#005eb8")

    def deco(c, page, total):
        c.saveState()
        c.setFillColor(nhsblue)
        c.rect(W - 95, H - 44, 46, 20, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("LSans-Bold", 13)
        c.drawCentredString(W - 72, H - 39, "NHS")
        c.setFillColor(nhsblue)
        c.setFont("LSans-Bold", 8.5)
        c.drawRightString(W - 100, H - 32, "Fenmoor")
        c.setFont("LSans", 7.5)
        c.drawRightString(W - 100, H - 42, "Integrated Care Board")
        c.setFillColor(colors.HexColor("#425563"))
        c.setFont("LSans", 7.5)
        c.drawString(48, 26, "Primary Care Commissioning Committee \u2013 11 July 2024 \u2013 Part A minutes")
        c.drawRightString(W - 48, 26, f"{page}")
        c.restoreState()

    t1 = st("c-t1", "LSans-Bold", 15, 19, textColor=nhsblue)
    t2 = st("c-t2", "LSans", 11, 14, textColor=colors.HexColor("#425563"))
    lab = st("c-lab", "LSans-Bold", 9.5, 12)
    txt = st("c-txt", "LSans", 9.5, 12.2)
    ppl = st("c-ppl", "LSans", 9.3, 12)
    ih = st("c-ih", "LSans-Bold", 9.5, 12.2, spaceAfter=3)
    it = st("c-it", "LSans", 9.3, 11.9, spaceAfter=4)
    ac = st("c-ac", "LSans-Bold", 9.3, 11.9, alignment=TA_CENTER)
    th = st("c-th", "LSans-Bold", 9.3, 11.9, textColor=colors.white)

    s = [Spacer(1, 4),
         Paragraph("NHS Fenmoor Integrated Care Board", t1),
         Paragraph("Primary Care Commissioning Committee \u2013 Minutes (Part A, meeting held in public)", t2),
         Spacer(1, 8)]
    box = Table([[Paragraph("Date:", lab), Paragraph("Thursday 11 July 2024", txt)],
                 [Paragraph("Time:", lab), Paragraph("14:00 \u2013 16:15", txt)],
                 [Paragraph("Venue:", lab), Paragraph("Board Room, Marlowe House, Fenmoor, and via MS Teams", txt)],
                 [Paragraph("Chair:", lab), Paragraph("Dr Ruth Okonjo, Non-Executive Member", txt)]],
                colWidths=[70, 420], hAlign="LEFT")
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, nhsblue), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8f1fa")),
                             ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.HexColor("#aac4e0")),
                             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    s += [box, Spacer(1, 10)]

    def group(label, people):
        s.append(Paragraph(label, st("c-g" + label, "LSans-Bold", 10, 13, spaceBefore=4, spaceAfter=1)))
        for person in people:
            s.append(Paragraph(person, ppl))

    group("Present:", [
        "Dr Ruth Okonjo (RO) \u2013 Non-Executive Member (Chair)",
        "Alan Pryce (AP) \u2013 Non-Executive Member",
        "Sarah Lindqvist (SL) \u2013 Director of Primary Care",
        "Joanne Beckett (JB) \u2013 Deputy Director of Finance",
        "Marcus Whitby (MW) \u2013 Head of Medicines Optimisation",
        "Dr Imran Qureshi (IQ) \u2013 GP Clinical Lead, Fenmoor North Primary Care Network"])
    group("In attendance:", [
        "Kerry Ashworth (KA) \u2013 Head of Primary Care Contracting",
        "Tom Rees (TR) \u2013 Chief Executive, Healthwatch Fenmoor",
        "Dr Helen Marsh (HM) \u2013 Secretary, Fenmoor Local Medical Committee",
        "Nina Solberg (NS) \u2013 Corporate Governance Officer (minutes)"])
    group("Apologies:", [
        "Peter Vance \u2013 Chief Finance Officer",
        "Deborah Frain \u2013 Director of Nursing and Quality"])
    s.append(Spacer(1, 12))

    items = [
        ("PCC 24/41", "Welcome, introductions and apologies",
         ["The Chair welcomed members and noted the apologies listed above. The meeting was confirmed as quorate."], ""),
        ("PCC 24/42", "Declarations of interest",
         ["IQ declared an interest in item PCC 24/46 as a partner in a practice within Fenmoor North Primary Care "
          "Network. It was agreed that IQ would take part in the discussion but not in the decision."], ""),
        ("PCC 24/43", "Minutes of the previous meeting held on 9 May 2024",
         ["The minutes were APPROVED as an accurate record."], ""),
        ("PCC 24/44", "Action log and matters arising",
         ["The Committee reviewed the action log (Appendix A). Action PCC 24/19 was closed. KA gave a verbal update "
          "on action PCC 24/27 (estates review), which remains open and is now due by 31 October 2024."], "KA"),
        ("PCC 24/45", "Primary care finance report \u2013 Month 2",
         ["JB presented the Month 2 position, reporting a forecast overspend of \u00a30.6m on the delegated primary "
          "medical care budget, driven by the Additional Roles Reimbursement Scheme (ARRS).",
          "The Committee NOTED the report.",
          "JB to circulate a revised ARRS forecast to members by 31 July 2024."], "JB"),
        ("PCC 24/46", "Rushwick Medical Practice \u2013 application to close Fen Drove branch surgery",
         ["KA presented the application from Rushwick Medical Practice to close its branch surgery at Fen Drove. "
          "Patient engagement had run from 1 April to 31 May 2024 and 214 responses were received.",
          "TR raised concerns about access for patients without transport; Healthwatch Fenmoor had received 17 "
          "enquiries. IQ did not take part in the decision.",
          "The Committee RESOLVED to APPROVE the branch closure with effect from 1 October 2024, subject to the "
          "practice implementing the transport mitigation plan.",
          "KA to write to Rushwick Medical Practice confirming the decision and the conditions by 19 July 2024.",
          "TR to share the Healthwatch Fenmoor patient feedback summary with KA."], "KA<br/><br/><br/>TR"),
        ("PCC 24/47", "Dental access recovery",
         ["SL reported that the ICB had commissioned 4,800 additional urgent dental appointments under the dental "
          "recovery plan published by NHS England and the Department of Health and Social Care in February 2024. "
          "Uptake to date was 61%.",
          "The Committee NOTED the update and SUPPORTED the proposal to extend the flexible commissioning pilot to "
          "three further practices.",
          "SL to bring a dental access trajectory to the September meeting."], "SL"),
        ("PCC 24/48", "Pharmacy First: six-month review",
         ["MW presented the review: 38 of the 41 community pharmacies in Fenmoor were delivering Pharmacy First.",
          "The Committee NOTED the report.",
          "MW to work with Community Pharmacy Fenmoor to engage the three non-participating pharmacies by 30 "
          "September 2024."], "MW"),
        ("PCC 24/49", "Primary care risk register",
         ["The Committee reviewed the primary care risks. It was AGREED that the score of risk PC07 (GP workforce) "
          "be increased from 12 to 16.",
          "SL to update the ICB corporate risk register accordingly."], "SL"),
        ("PCC 24/50", "Any other business", ["There was no other business."], ""),
    ]
    rows = [[Paragraph("Item", th), Paragraph("Minute", th), Paragraph("Action", th)]]
    for num, head, paras, action in items:
        cellf = [Paragraph(head, ih)] + [Paragraph(x, it) for x in paras]
        rows.append([Paragraph(f"<b>{num}</b>", it), cellf, Paragraph(action, ac)])
    t = Table(rows, colWidths=[64, 372, 56], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), nhsblue),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#aac4e0")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (2, 1), (2, -1), "BOTTOM"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s.append(t)
    s.append(Spacer(1, 10))
    s.append(Paragraph("<b>Date of next meeting:</b> Thursday 12 September 2024, 14:00, Board Room, Marlowe House.", txt))

    s.append(PageBreak())
    s.append(Paragraph("Appendix A \u2013 Action Log", st("c-al", "LSans-Bold", 13, 16, textColor=nhsblue, spaceAfter=6)))
    s.append(Paragraph("Primary Care Commissioning Committee \u2013 updated following the meeting on 11 July 2024",
                       st("c-al2", "LSans", 9.5, 12, spaceAfter=8)))
    log = [
        ("PCC 24/19", "Circulate the GP access recovery dashboard to members", "SL", "11/07/2024", "Closed"),
        ("PCC 24/27", "Complete the review of primary care estates utilisation across the three PCNs", "KA",
         "31/10/2024", "Open \u2013 revised date"),
        ("PCC 24/33", "Present options for extended access hubs following discussion with the Local Medical Committee",
         "IQ", "12/09/2024", "Open"),
        ("PCC 24/45", "JB to circulate a revised ARRS forecast to members by 31 July 2024.", "JB", "31/07/2024", "Open"),
        ("PCC 24/46a", "KA to write to Rushwick Medical Practice confirming the decision and the conditions by 19 July "
         "2024.", "KA", "19/07/2024", "Open"),
        ("PCC 24/46b", "TR to share the Healthwatch Fenmoor patient feedback summary with KA.", "TR", "31/07/2024", "Open"),
        ("PCC 24/47", "SL to bring a dental access trajectory to the September meeting.", "SL", "12/09/2024", "Open"),
        ("PCC 24/48", "MW to work with Community Pharmacy Fenmoor to engage the three non-participating pharmacies "
         "by 30 September 2024.", "MW", "30/09/2024", "Open"),
        ("PCC 24/49", "SL to update the ICB corporate risk register accordingly.", "SL", "31/07/2024", "Open"),
    ]
    lrows = [[Paragraph(x, th) for x in ("Ref", "Action", "Owner", "Due", "Status")]]
    lrows += [[Paragraph(a, it), Paragraph(b, it), Paragraph(c, it), Paragraph(d, it), Paragraph(e, it)] for a, b, c, d, e in log]
    lt = Table(lrows, colWidths=[62, 250, 44, 62, 74], repeatRows=1)
    lt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), nhsblue),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#aac4e0")),
                            ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#eeeeee")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(lt)
    build(fn, s, deco, A4, margins=(48, 48, 62, 58))


# ----------------------------------------------------------------------------------------------
# d. Canadian regional district board minutes: Present/Staff/Regrets, R-2024-nnn MOVED/SECONDED/CARRIED,
#    one DEFEATED, In Camera
# ----------------------------------------------------------------------------------------------
def doc_d():
    fn = "blind3-ca-silverthorn-regional-district-board-minutes-2024-09-19.pdf"
    W, H = letter
    green = colors.HexColor("#1d4d3a")

    def deco(c, page, total):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(green)
        c.drawString(60, H - 34, "Regional District of Silverthorn")
        c.drawRightString(W - 60, H - 34, "Regular Board Meeting Minutes \u2013 September 19, 2024")
        c.setStrokeColor(green)
        c.line(60, H - 39, W - 60, H - 39)
        c.setFillColor(colors.black)
        c.drawString(60, 26, "RDS Board \u2013 Regular Meeting")
        c.drawRightString(W - 60, 26, f"Page {page} of {total}")
        c.restoreState()

    t = st("d-t", "Helvetica-Bold", 14, 18, alignment=TA_CENTER, textColor=green)
    t2 = st("d-t2", "Helvetica-Bold", 11.5, 15, alignment=TA_CENTER)
    t3 = st("d-t3", "Helvetica", 10, 13, alignment=TA_CENTER)
    h = st("d-h", "Helvetica-Bold", 10.5, 13.5, spaceBefore=8, spaceAfter=3, textColor=green)
    sh = st("d-sh", "Helvetica-Bold", 10, 13, leftIndent=24, spaceBefore=3, spaceAfter=2)
    p = st("d-p", "Helvetica", 10, 13, leftIndent=24, spaceAfter=4)
    rp = st("d-rp", "Helvetica", 10, 13)
    rr = st("d-rr", "Helvetica-Bold", 10, 13, alignment=TA_RIGHT)

    s = [Paragraph("REGIONAL DISTRICT OF SILVERTHORN", t),
         Paragraph("REGULAR BOARD MEETING \u2013 MINUTES", t2),
         Paragraph("Thursday, September 19, 2024, 9:30 a.m.", t3),
         Paragraph("Board Room, RDS Administration Building, 1450 Lakeshore Drive, Silverthorn, BC", t3),
         Spacer(1, 10)]
    cs = st("d-cs", "Helvetica", 10, 13)
    att = Table([
        [Paragraph("<b>Present:</b>", cs), Paragraph(
            "Chair M. Dubois \u2013 Electoral Area A<br/>Vice Chair R. Thiessen \u2013 Village of Elkhorn<br/>"
            "Director P. Gill \u2013 City of Silverthorn<br/>Director S. Nakamura \u2013 City of Silverthorn<br/>"
            "Director K. Lavallee \u2013 Electoral Area B<br/>Director J. O\u2019Rourke \u2013 Electoral Area C (via Zoom)<br/>"
            "Alternate Director T. Chen \u2013 District of Fir Bay", cs)],
        [Paragraph("<b>Staff:</b>", cs), Paragraph(
            "L. Haldane, Chief Administrative Officer<br/>D. Fenwick, Corporate Officer<br/>"
            "B. Mensah, Chief Financial Officer<br/>A. Kowalczyk, Manager of Planning and Development<br/>"
            "C. Varga, Recording Secretary", cs)],
        [Paragraph("<b>Regrets:</b>", cs), Paragraph("Director H. Blackwater \u2013 District of Fir Bay", cs)]],
        colWidths=[80, 400], hAlign="LEFT")
    att.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [att, HRFlowable(width="100%", thickness=0.6, color=green), Spacer(1, 2)]

    def H_(x):
        s.append(Paragraph(x, h))

    def SH(x):
        s.append(Paragraph(x, sh))

    def P(x):
        s.append(Paragraph(x, p))

    def R(num, mover, seconder, text, result, note=None):
        right = [Paragraph(f"MOVED {mover}", rp), Paragraph(f"SECONDED {seconder}", rp), Spacer(1, 3),
                 Paragraph(text, rp), Spacer(1, 2), Paragraph(result, rr)]
        if note:
            right.append(Paragraph(note, st("d-note", "Helvetica-Oblique", 9, 11.5, alignment=TA_RIGHT)))
        tb = Table([[Paragraph(f"<b>{num}</b>", rp), right]], colWidths=[84, 384], hAlign="RIGHT")
        tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        s.append(KeepTogether([tb]))

    H_("1. CALL TO ORDER")
    P("Chair Dubois called the meeting to order at 9:30 a.m. and acknowledged that the meeting was being held on "
      "the traditional territories of the Indigenous peoples of the region.")
    H_("2. ADOPTION OF AGENDA")
    R("R-2024-117", "Director Gill", "Director Lavallee",
      "THAT the agenda for the September 19, 2024 Regular Board Meeting be adopted as presented.", "CARRIED")
    H_("3. ADOPTION OF MINUTES")
    SH("3.1 Regular Board Meeting \u2013 August 15, 2024")
    R("R-2024-118", "Director Nakamura", "Vice Chair Thiessen",
      "THAT the minutes of the August 15, 2024 Regular Board Meeting be adopted as circulated.", "CARRIED")
    H_("4. DELEGATIONS")
    SH("4.1 Silverthorn Wildlife Rehabilitation Society \u2013 Request for Grant-in-Aid")
    P("Marnie Lyle, Executive Director, presented the Society\u2019s request for $15,000 toward a new raptor "
      "flight enclosure at its Kettle Creek facility.")
    R("R-2024-119", "Director O\u2019Rourke", "Director Lavallee",
      "THAT the request from the Silverthorn Wildlife Rehabilitation Society for $15,000 be referred to the 2025 "
      "budget deliberations.", "CARRIED")
    H_("5. STAFF REPORTS")
    SH("5.1 Electoral Area B Official Community Plan Amendment \u2013 Fir Bay Road (File OCP-24-03)")
    P("A. Kowalczyk summarized the report dated September 9, 2024, which proposes to redesignate 4.1 hectares from "
      "Rural Resource to Rural Residential.")
    R("R-2024-120", "Director Lavallee", "Director Gill",
      "THAT Regional District of Silverthorn Official Community Plan Amendment Bylaw No. 2991, 2024 be given first "
      "and second reading and referred to a public hearing.", "CARRIED")
    SH("5.2 2024 Second Quarter Financial Report")
    P("B. Mensah presented the report, noting that operating expenditures were at 47% of budget at June 30, 2024.")
    R("R-2024-121", "Alternate Director Chen", "Director Nakamura",
      "THAT the 2024 Second Quarter Financial Report be received for information.", "CARRIED UNANIMOUSLY")
    H_("6. BYLAWS")
    SH("6.1 Solid Waste Tipping Fee Amendment Bylaw No. 2987, 2024")
    R("R-2024-122", "Vice Chair Thiessen", "Director Gill",
      "THAT Solid Waste Tipping Fee Amendment Bylaw No. 2987, 2024 be read a first, second and third time.",
      "CARRIED", "Director O\u2019Rourke opposed")
    R("R-2024-123", "Director Nakamura", "Director Lavallee",
      "THAT Solid Waste Tipping Fee Amendment Bylaw No. 2987, 2024 be adopted.", "CARRIED",
      "Director O\u2019Rourke opposed")
    H_("7. NEW BUSINESS")
    SH("7.1 Correspondence \u2013 Ministry of Emergency Management and Climate Readiness, August 28, 2024, re: "
       "Community Emergency Preparedness Fund")
    R("R-2024-124", "Director Gill", "Director O\u2019Rourke",
      "THAT the Board authorize staff to apply to the Union of BC Municipalities Community Emergency Preparedness "
      "Fund for up to $40,000 for evacuation route planning in Electoral Areas B and C.", "CARRIED")
    P("Staff were directed to report back on evacuation route options by the November 21, 2024 Board meeting.")
    SH("7.2 Notice of Motion \u2013 Director O\u2019Rourke \u2013 Kettle Creek Road Speed Limit")
    R("R-2024-125", "Director O\u2019Rourke", "Director Lavallee",
      "THAT the Board write to the Ministry of Transportation and Infrastructure requesting that the speed limit on "
      "Kettle Creek Road be reduced from 80 km/h to 60 km/h.", "DEFEATED")
    P("Director Lavallee agreed to meet with the Kettle Creek Residents\u2019 Association to discuss traffic "
      "calming options that do not require approval by the Province of British Columbia.")
    H_("8. IN CAMERA")
    R("R-2024-126", "Director Nakamura", "Director Gill",
      "THAT the Board close the meeting to the public pursuant to section 90(1)(e) of the Community Charter to "
      "consider the acquisition of land.", "CARRIED")
    P("The Board moved In Camera at 11:42 a.m. and rose from In Camera at 12:20 p.m.")
    H_("9. RISE AND REPORT")
    P("Chair Dubois reported that the Board, In Camera, resolved to authorize the Chief Administrative Officer to "
      "negotiate the purchase of a 2.4 hectare parcel adjacent to the Elkhorn Transfer Station.")
    H_("10. ADJOURNMENT")
    R("R-2024-127", "Director Lavallee", "Director Nakamura",
      "THAT the meeting be adjourned at 12:24 p.m.", "CARRIED")
    s.append(Spacer(1, 26))
    sig = Table([["Certified Correct:", "", ""], ["", "______________________", "______________________"],
                 ["", "Chair", "Corporate Officer"]], colWidths=[110, 180, 180])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10), ("TOPPADDING", (0, 1), (-1, 1), 18)]))
    s.append(KeepTogether([sig]))
    build(fn, s, deco, letter, margins=(60, 60, 64, 60))


# ----------------------------------------------------------------------------------------------
# e. UK town council: two meetings in one PDF, unnumbered BOLD CAPITALISED headings, It was RESOLVED,
#    Noted., Cllr X agreed to, The Clerk to
# ----------------------------------------------------------------------------------------------
def doc_e():
    fn = "blind3-uk-wendham-st-mary-tc-council-and-planning-minutes-2024-01.pdf"
    W, H = A4
    FIRST_PAGE = 7  # minute book pages run on through the council year

    def deco(c, page, total):
        c.saveState()
        c.setFont("LSerif-Italic", 8.5)
        c.drawString(60, 24, "Chairman\u2019s signature .................................   Date ..................")
        c.setFont("LSerif", 9)
        c.drawRightString(W - 60, 24, f"Page {FIRST_PAGE + page - 1}")
        c.setFont("LSerif", 8)
        c.drawCentredString(W / 2, H - 30, "Wendham St Mary Town Council \u2013 Minutes 2023\u201324")
        c.restoreState()

    ctr = st("e-c", "LSerif-Bold", 14, 18, alignment=TA_CENTER)
    ctr2 = st("e-c2", "LSerif-Bold", 12, 15, alignment=TA_CENTER)
    ctr3 = st("e-c3", "LSerif", 11, 14, alignment=TA_CENTER)
    h = st("e-h", "LSerif-Bold", 11, 14, spaceBefore=8, spaceAfter=2)
    p = st("e-p", "LSerif", 11, 14, alignment=TA_JUSTIFY, spaceAfter=4)

    s = []

    def header(body, when, where):
        s.extend([Paragraph("WENDHAM ST MARY TOWN COUNCIL", ctr), Spacer(1, 2), Paragraph(body, ctr2),
                  Paragraph(when, ctr3), Paragraph(where, ctr3), Spacer(1, 6),
                  HRFlowable(width="100%", thickness=0.8, color=colors.black), Spacer(1, 6)])

    def H_(x):
        s.append(Paragraph(x, h))

    def P(x):
        s.append(Paragraph(x, p))

    header("Full Council", "Monday 8 January 2024 at 7.00 pm", "The Guildhall, Market Place, Wendham St Mary")
    P("<b>Present:</b> Cllr J Hartley (Town Mayor, in the Chair), Cllr P Abbott, Cllr S Carr, Cllr L Dacre, "
      "Cllr M Ng, Cllr R Oakes, Cllr T Quayle, Cllr V Sutton and Cllr G Whalley.")
    P("<b>In attendance:</b> Mrs K Fellowes (Town Clerk), Mr D Ivens (Deputy Clerk), District Cllr H Brough and "
      "four members of the public.")
    H_("APOLOGIES FOR ABSENCE")
    P("Apologies were received from Cllr B Ferris (work commitments). It was RESOLVED that the reason for absence "
      "be approved.")
    H_("DECLARATIONS OF INTEREST")
    P("Cllr Oakes declared a non-registrable interest in the item on the playing field as a trustee of Wendham Youth "
      "Football Club.")
    H_("MINUTES OF THE PREVIOUS MEETING")
    P("It was RESOLVED that the minutes of the Full Council meeting held on 11 December 2023 be approved and signed "
      "by the Chairman as a correct record.")
    H_("PUBLIC PARTICIPATION")
    P("A resident of Mill Lane raised concerns about repeated flooding near the ford and reported that the "
      "Environment Agency had been informed. Another resident asked when the review of the Christmas lights would "
      "be completed.")
    P("Noted.")
    H_("REPORTS FROM DISTRICT AND COUNTY COUNCILLORS")
    P("District Cllr Brough reported that Wendham District Council was consulting on its draft budget until 31 "
      "January 2024 and that the new weekly food waste collection service would begin in April 2024. No report had "
      "been received from the County Councillor.")
    P("Noted.")
    H_("PRECEPT 2024/25")
    P("The Clerk presented the draft budget recommended by the Finance and General Purposes Committee. It was "
      "proposed by Cllr Carr and seconded by Cllr Ng that the precept be set at \u00a3186,450. On being put to the "
      "vote (8 in favour, 1 against), it was RESOLVED that the precept for 2024/25 be set at \u00a3186,450, "
      "representing an increase of 4.9% for a Band D property.")
    P("The Clerk to submit the precept demand to Wendham District Council by 26 January 2024.")
    H_("CHRISTMAS LIGHTS")
    P("Members reviewed the 2023 Christmas lights event, which had been well attended, although several festoon "
      "strings on Market Place had failed. Cllr Dacre agreed to obtain three quotations for replacement festoon "
      "lighting before the March meeting.")
    H_("PLAYING FIELD")
    P("Cllr Oakes left the room for this item. Three quotations had been received for remedial works to the "
      "goalmouths on the King George\u2019s Field. It was RESOLVED to accept the quotation from Greenline Grounds "
      "Ltd of \u00a33,240 plus VAT. The Clerk to confirm the order and agree a start date with the contractor. "
      "Cllr Oakes returned to the meeting.")
    H_("ALLOTMENTS")
    P("The Deputy Clerk reported that plot 14 at the Church Lane allotments had not been cultivated for a second "
      "season. The Clerk to write to the tenant giving 28 days\u2019 notice to bring the plot into cultivation.")
    H_("CORRESPONDENCE")
    P("A letter from Wendham Community Transport thanking the Council for its grant of \u00a3500 was received.")
    P("Noted.")
    H_("FINANCE")
    P("It was RESOLVED that the schedule of payments for December 2023 totalling \u00a324,611.37 be approved. The "
      "bank reconciliation to 31 December 2023 was checked and signed by Cllr Sutton.")
    H_("DATE OF NEXT MEETING")
    P("Monday 12 February 2024 at 7.00 pm at the Guildhall.")
    P("The meeting closed at 9.05 pm.")

    s.append(PageBreak())
    header("Planning Committee", "Monday 22 January 2024 at 6.30 pm", "Committee Room, The Guildhall")
    P("<b>Present:</b> Cllr R Oakes (Chairman), Cllr P Abbott, Cllr L Dacre and Cllr T Quayle.")
    P("<b>In attendance:</b> Mr D Ivens (Deputy Clerk).")
    P("<b>Apologies:</b> Cllr M Ng.")
    H_("APOLOGIES FOR ABSENCE")
    P("It was RESOLVED that the apologies from Cllr Ng be accepted.")
    H_("DECLARATIONS OF INTEREST")
    P("None.")
    H_("PLANNING APPLICATIONS")
    P("The Committee considered the following applications:")
    cs = st("e-cs", "LSerif", 10, 12.5)
    ch = st("e-ch", "LSerif-Bold", 10, 12.5)
    apps = [("24/00031/HOUSE", "12 Abbey Close", "Single storey rear extension", "No objection."),
            ("24/00047/FUL", "Land at Mill Lane", "Erection of 9 dwellings with access and parking", "Objection (see below)."),
            ("24/00052/LBC", "The Old Bakery, 3 High Street", "Replacement windows to front elevation",
             "No objection, subject to the advice of the Conservation Officer.")]
    rows = [[Paragraph(x, ch) for x in ("Reference", "Location", "Proposal", "Comments")]]
    rows += [[Paragraph(a, cs), Paragraph(b, cs), Paragraph(c, cs), Paragraph(d, cs)] for a, b, c, d in apps]
    t = Table(rows, colWidths=[92, 110, 140, 133], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                           ("LEFTPADDING", (0, 0), (0, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s += [t, Spacer(1, 6)]
    P("24/00047/FUL, Land at Mill Lane: it was RESOLVED to object to the application on the grounds of flood risk, "
      "the inadequacy of the access onto Mill Lane and the loss of a green space identified in the emerging "
      "Neighbourhood Plan.")
    P("The Clerk to submit the Committee\u2019s comments to Wendham District Council by 2 February 2024.")
    H_("DECISIONS RECEIVED")
    P("The Committee received the following decisions of Wendham District Council: 23/01988/HOUSE, 5 Priory Walk "
      "\u2013 approved; 23/02011/FUL, Station Road garage site \u2013 refused.")
    P("Noted.")
    H_("NEIGHBOURHOOD PLAN")
    P("Cllr Abbott reported that the draft Housing Needs Assessment prepared by Kingsley Planning Associates had been "
      "received. Cllr Abbott agreed to circulate the draft to all members before the next meeting. It was RESOLVED "
      "to recommend to Full Council that the draft Neighbourhood Plan be published for informal consultation in "
      "March 2024.")
    H_("DATE OF NEXT MEETING")
    P("Monday 19 February 2024 at 6.30 pm.")
    P("The meeting closed at 7.40 pm.")
    build(fn, s, deco, A4, margins=(60, 60, 62, 58))


# ----------------------------------------------------------------------------------------------
# f. Partnership delivery plan: landscape tables Priority | Action | Lead | Timescale | Measure
# ----------------------------------------------------------------------------------------------
def doc_f():
    fn = "blind3-uk-arunvale-csp-delivery-plan-2024-06.pdf"
    W, H = landscape(A4)
    teal = colors.HexColor("#00676b")

    def deco(c, page, total):
        c.saveState()
        c.setFillColor(teal)
        c.rect(0, H - 24, W, 24, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, H - 16, "Arunvale Community Safety Partnership")
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 40, H - 16, "Partnership Delivery Plan 2024/25")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 22, "OFFICIAL \u2013 version 1.2, June 2024")
        c.drawRightString(W - 40, 22, f"Page {page} of {total}")
        c.restoreState()

    t1 = st("f-t1", "Helvetica-Bold", 20, 25, textColor=teal)
    t2 = st("f-t2", "Helvetica", 12, 15)
    p = st("f-p", "Helvetica", 10, 13.5, spaceAfter=6)
    bl = st("f-bl", "Helvetica-Bold", 10.5, 14)
    cs = st("f-cs", "Helvetica", 8.8, 11)
    cb = st("f-cb", "Helvetica-Bold", 9, 11.2)
    ch = st("f-ch", "Helvetica-Bold", 9, 11.2, textColor=colors.white)

    s = [Paragraph("Partnership Delivery Plan 2024/25", t1), Spacer(1, 3),
         Paragraph("Arunvale Community Safety Partnership (CSP)", t2),
         Paragraph("Version 1.2 \u2013 agreed by the Partnership Board on 13 June 2024", st("f-v", "Helvetica-Oblique", 9.5, 13)),
         Spacer(1, 10)]
    intro = [
        Paragraph("<b>Introduction</b>", st("f-h", "Helvetica-Bold", 11.5, 15, textColor=teal)),
        Paragraph("This delivery plan sets out how the partners of the Arunvale Community Safety Partnership will "
                  "deliver the Partnership Plan 2023\u20132026 during 2024/25. It is informed by the Strategic "
                  "Assessment completed in January 2024 and by the views of more than 900 residents who responded to "
                  "the Arunvale Community Safety Survey.", p),
        Paragraph("Each action has a lead organisation, a timescale and a measure of success. Progress will be "
                  "reported to the Partnership Board each quarter, with an end-of-year report to the District "
                  "Council\u2019s Overview and Scrutiny Committee in June 2025.", p),
        Paragraph("Serious violence actions are supported by Serious Violence Duty funding from the Home Office.", p),
    ]
    pri = [Paragraph("<b>Our priorities for 2024/25</b>", st("f-h2", "Helvetica-Bold", 11.5, 15, textColor=teal)),
           Paragraph("Our priorities for 2024/25 are:", p),
           ListFlowable([ListItem(Paragraph(x, bl), value="\u25a0") for x in (
               "Tackling serious violence and exploitation", "Reducing anti-social behaviour",
               "Domestic abuse and violence against women and girls", "Road safety")],
               bulletType="bullet", start="\u25a0", bulletFontName="LSans", bulletFontSize=7, bulletColor=teal, leftIndent=14),
           Spacer(1, 8),
           Paragraph("<b>Lead organisations</b>", st("f-h3", "Helvetica-Bold", 10.5, 14, textColor=teal)),
           ]
    keyrows = [("District Council", "Arunvale District Council"), ("County Council", "West Sussex County Council"),
               ("Police", "Sussex Police"), ("NHS Sussex ICB", "NHS Sussex Integrated Care Board"),
               ("Fire and Rescue Service", "West Sussex Fire and Rescue Service"),
               ("Arunvale Homes", "Arunvale Homes (housing association)")]
    kt = Table([[Paragraph(a, cb), Paragraph(b, cs)] for a, b in keyrows], colWidths=[120, 210], hAlign="LEFT")
    kt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    pri.append(kt)
    two = Table([[intro, pri]], colWidths=[(W - 80) / 2 - 10, (W - 80) / 2 + 10])
    two.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                             ("RIGHTPADDING", (0, 0), (0, 0), 24)]))
    s += [two, PageBreak()]

    plan = [
        ("1. Tackling serious violence and exploitation", [
            ("Refresh the serious violence problem profile and publish the local Serious Violence Duty strategy",
             "Police", "Q3 2024/25", "Problem profile refreshed; strategy published"),
            ("Roll out the Contextual Safeguarding approach to all secondary schools and colleges in the district",
             "County Council", "March 2025", "Number of schools trained (target: all 9)"),
            ("Deliver knife crime awareness sessions in every secondary school during the national weeks of action",
             "Police", "Q1 and Q3 2024/25", "Sessions delivered; knives surrendered"),
            ("Commission a detached youth outreach service for Littlehaven and Arunvale town centre",
             "District Council", "Q2 2024/25", "Contract awarded; young people engaged per quarter"),
        ]),
        ("2. Reducing anti-social behaviour", [
            ("Hold monthly multi-agency ASB case review meetings for high-risk cases", "District Council", "Ongoing",
             "Cases reviewed; repeat victims supported"),
            ("Apply Community Protection Notice powers consistently across partners using a shared protocol",
             "District Council", "Ongoing", "Number of CPWs and CPNs issued"),
            ("Deliver targeted deliberate fire-setting prevention in hotspot areas", "Fire and Rescue Service",
             "Q2 2024/25", "Reduction in deliberate secondary fires"),
            ("Publicise the ASB Case Review (Community Trigger) at all housing offices", "Arunvale Homes",
             "September 2024", "Leaflet available; case reviews requested"),
        ]),
        ("3. Domestic abuse and violence against women and girls", [
            ("Re-commission the Independent Domestic Violence Advisor (IDVA) service", "District Council",
             "April 2025", "New contract in place by 1 April 2025"),
            ("Train primary care staff to identify and refer patients affected by domestic abuse", "NHS Sussex ICB",
             "March 2025", "Number of GP practices trained"),
            ("Complete Domestic Homicide Reviews within statutory timescales and share the learning",
             "District Council", "Ongoing", "Reviews completed; learning events held"),
            ("Deliver the actions in the Safe Accommodation Strategy for victims and their children",
             "County Council", "Q4 2024/25", "Bed spaces available; refuge occupancy"),
        ]),
        ("4. Road safety", [
            ("Deliver road safety education to Year 12 students in all sixth forms", "Fire and Rescue Service",
             "Q3 2024/25", "Students reached"),
            ("Expand Community Speedwatch to five new villages", "Police", "Ongoing", "Active Community Speedwatch groups"),
            ("Review casualty data for the Littlehaven Road corridor and recommend engineering measures",
             "County Council", "December 2024", "Report to Partnership Board"),
        ]),
    ]
    for prio, actions in plan:
        rows = [[Paragraph(x, ch) for x in ("Priority", "Action", "Lead", "Timescale", "Measure")]]
        for i, (a, lead, when, measure) in enumerate(actions):
            rows.append([Paragraph(prio, cb) if i == 0 else "", Paragraph(a, cs), Paragraph(lead, cs),
                         Paragraph(when, cs), Paragraph(measure, cs)])
        tb = Table(rows, colWidths=[150, 265, 105, 85, 157], repeatRows=1)
        tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), teal),
                                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7aa9ab")),
                                ("SPAN", (0, 1), (0, len(actions))),
                                ("BACKGROUND", (0, 1), (0, len(actions)), colors.HexColor("#e3f0f0")),
                                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        s += [KeepTogether([tb]), Spacer(1, 12)]
    s.append(Paragraph("<b>Monitoring</b>", st("f-m", "Helvetica-Bold", 10.5, 14, textColor=teal)))
    s.append(Paragraph("The CSP Coordinator will collate progress updates from each lead organisation two weeks "
                       "before each Partnership Board meeting. Actions rated red for two consecutive quarters will be "
                       "escalated to the Chair of the Partnership Board.", p))
    build(fn, s, deco, landscape(A4), margins=(40, 40, 50, 46))


# ----------------------------------------------------------------------------------------------
# g. Health and wellbeing strategy: priorities in prose then numbered; "We will" bullets; roman principles
# ----------------------------------------------------------------------------------------------
def doc_g():
    fn = "blind3-uk-kestrelford-hwb-health-wellbeing-strategy-2024-03.pdf"
    W, H = A4
    plum = colors.HexColor("#5b2a6e")

    def deco(c, page, total):
        c.saveState()
        if page > 1:
            c.setFont("LSans", 8)
            c.setFillColor(plum)
            c.drawString(56, H - 32, "Kestrelford Joint Local Health and Wellbeing Strategy 2024\u20132029")
            c.setFillColor(colors.HexColor("#666666"))
            c.drawRightString(W - 56, 26, f"{page}")
        c.restoreState()

    cover1 = st("g-c1", "LSerif-Bold", 28, 34, textColor=plum)
    cover2 = st("g-c2", "LSerif", 16, 21, textColor=plum)
    h1 = st("g-h1", "LSerif-Bold", 17, 22, textColor=plum, spaceBefore=6, spaceAfter=8)
    h2 = st("g-h2", "LSans-Bold", 12, 15, textColor=plum, spaceBefore=8, spaceAfter=4)
    p = st("g-p", "LSerif", 10.5, 14, alignment=TA_JUSTIFY, spaceAfter=6)
    pl = st("g-pl", "LSerif", 10.5, 14, spaceAfter=3)
    bul = st("g-b", "LSans", 10, 13.2, spaceAfter=3)

    s = [Spacer(1, 150), Paragraph("Living well in Kestrelford", cover2), Spacer(1, 8),
         Paragraph("Joint Local Health and Wellbeing Strategy 2024\u20132029", cover1), Spacer(1, 24),
         Paragraph("Kestrelford Health and Wellbeing Board", st("g-c3", "LSans-Bold", 13, 17)),
         Paragraph("Published March 2024", st("g-c4", "LSans", 11, 15)), PageBreak()]

    s.append(Paragraph("Foreword", h1))
    fw = [
        Paragraph("Most people in Kestrelford live long and healthy lives, but not everyone has the same chance to do "
                  "so. A man born in Eastgate can expect to live nine fewer years in good health than a man born in "
                  "Upper Hollins, less than three miles away. This strategy is about closing that gap.", p),
        Paragraph("Since our last strategy the pandemic and the rise in the cost of living have hit the same "
                  "communities hardest. The Joint Strategic Needs Assessment (JSNA) 2023 shows that poor mental health, "
                  "smoking and excess weight remain the biggest drivers of ill health in the borough.", p),
        Paragraph("No single organisation can change this on its own. The Board brings together Kestrelford Borough "
                  "Council, NHS Kestrel and Downs Integrated Care Board (ICB), Kestrelford and Vale Hospitals NHS "
                  "Foundation Trust, Kestrelshire Police, Healthwatch Kestrelford and the Kestrelford Council for "
                  "Voluntary Service (KCVS), and we have developed this strategy together with more than 1,200 "
                  "residents.", p),
        Paragraph("It replaces the Joint Health and Wellbeing Strategy 2019\u20132023 and sits alongside the ICB\u2019s "
                  "Joint Forward Plan and the national priorities set by NHS England.", p),
        Paragraph("<i>Cllr Aisha Rahman</i><br/>Chair, Kestrelford Health and Wellbeing Board", pl),
        Paragraph("<i>Dr Colin Fairweather</i><br/>Vice-Chair and Place Director, NHS Kestrel and Downs ICB", pl),
    ]
    s.append(BalancedColumns(fw, nCols=2, spaceBefore=0, spaceAfter=8, innerPadding=9))

    s.append(Paragraph("Our priorities", h1))
    s.append(Paragraph("We listened to residents, looked at the evidence in the JSNA and tested our ideas with "
                       "partners at two Health and Wellbeing Board development sessions in autumn 2023. We have agreed "
                       "four priorities:", p))
    prios = ["Give every child the best start in life", "Help people to live well and stay well",
             "Improve mental health and wellbeing", "Create healthy places and communities"]
    s.append(ListFlowable([ListItem(Paragraph(f"<b>{x}</b>", st("g-pr", "LSerif", 11.5, 15, spaceAfter=3))) for x in prios],
                          bulletType="1", bulletFormat="%s.", leftIndent=22, bulletFontName="LSerif-Bold",
                          bulletFontSize=11.5))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Reducing health inequalities runs through all four priorities rather than being a priority "
                       "on its own.", p))
    s.append(Paragraph("Our principles", h2))
    s.append(Paragraph("In everything we do to deliver this strategy, Board members have agreed to work to the "
                       "following principles:", p))
    princ = ["Tackling inequalities in everything we do", "Working with communities, not doing to them",
             "Prevention first", "Using evidence and data to guide our decisions", "Making every contact count"]
    s.append(ListFlowable([ListItem(Paragraph(x, pl)) for x in princ], bulletType="i", bulletFormat="%s.",
                          leftIndent=26, bulletFontName="LSerif", bulletFontSize=10.5))

    sections = [
        ("Priority 1: Give every child the best start in life",
         "One in five children in Kestrelford lives in relative poverty, and only 63% of children are ready for "
         "school at age five, compared with 67% in England.",
         ["We will increase the proportion of children who are ready for school at age five to the England average "
          "by 2027.",
          "We will open Family Hubs in all four localities, with a single point of access for parents.",
          "We will improve uptake of childhood immunisations, focusing on MMR in the Eastgate and Hollins wards.",
          "We will work with schools to reduce the proportion of children who are overweight or obese in Year 6."]),
        ("Priority 2: Help people to live well and stay well",
         "Smoking, physical inactivity and excess weight cause a large share of the gap in healthy life expectancy "
         "between our most and least deprived wards.",
         ["We will offer an NHS Health Check to 70% of eligible adults over the five years of the strategy.",
          "We will reduce smoking prevalence to 5% or below by 2029, with targeted support for routine and manual "
          "workers.",
          "We will publish a borough-wide Physical Activity Plan by March 2025.",
          "We will expand social prescribing so that people with long-term conditions can get non-medical support "
          "close to home.",
          "We will make the adult healthy weight pathway available in every primary care network."]),
        ("Priority 3: Improve mental health and wellbeing",
         "Around 28,000 adults in Kestrelford have a common mental health condition, and the suicide rate is above "
         "the England average.",
         ["We will publish a Kestrelford Suicide Prevention Action Plan by September 2024.",
          "We will improve access to talking therapies for men and for people from Black, Asian and minority ethnic "
          "communities.",
          "We will train 1,000 frontline staff and volunteers in mental health first aid."]),
        ("Priority 4: Create healthy places and communities",
         "Where we live, work and travel shapes our health: warm, dry homes, green spaces and safe streets all make a "
         "difference.",
         ["We will use planning policy to limit new hot food takeaways within 400 metres of schools.",
          "We will improve the quality of private rented housing, targeting damp and mould.",
          "We will increase walking and cycling for short journeys through the Local Cycling and Walking "
          "Infrastructure Plan.",
          "We will develop a Kestrelford Food Strategy with the voluntary and community sector."]),
    ]
    s.append(PageBreak())
    for head, why, wills in sections:
        block = [Paragraph(head, h1), Paragraph("<b>Why this matters.</b> " + why, p),
                 Paragraph("What we will do", h2),
                 ListFlowable([ListItem(Paragraph(x, bul), value="\u2022") for x in wills], bulletType="bullet",
                              start="\u2022", leftIndent=16, bulletColor=plum, bulletFontName="LSans"),
                 Spacer(1, 6)]
        s.append(KeepTogether(block))

    s.append(Paragraph("How we will know we are making a difference", h1))
    cs = st("g-cs", "LSans", 9.3, 12)
    chh = st("g-ch", "LSans-Bold", 9.3, 12, textColor=colors.white)
    rows = [[Paragraph(x, chh) for x in ("Indicator", "Baseline", "Ambition for 2029")],
            [Paragraph("Gap in healthy life expectancy between the most and least deprived wards (men)", cs),
             Paragraph("9.1 years (2018\u201320)", cs), Paragraph("Narrowed by at least one year", cs)],
            [Paragraph("School readiness at age five", cs), Paragraph("63% (2022/23)", cs), Paragraph("England average", cs)],
            [Paragraph("Adult smoking prevalence", cs), Paragraph("11.8% (2022)", cs), Paragraph("5% or below", cs)],
            [Paragraph("Suicide rate per 100,000", cs), Paragraph("12.4 (2020\u201322)", cs), Paragraph("Below England average", cs)]]
    t = Table(rows, colWidths=[250, 110, 123], hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), plum), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b9a3c4")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 10)]
    s.append(Paragraph("Delivering the strategy", h2))
    s.append(Paragraph("Each priority will have a senior responsible officer and a delivery group that reports to the "
                       "Board twice a year. The Board will publish an annual progress report each July, starting in "
                       "July 2025, and will review the strategy in 2026/27. Healthwatch Kestrelford will help us hear "
                       "directly from residents about whether things are getting better.", p))
    s.append(Paragraph("Data for the indicators comes from the Office for Health Improvement and Disparities (OHID) "
                       "Fingertips profiles and local sources.", p))
    build(fn, s, deco, A4, margins=(56, 56, 62, 58))


# ----------------------------------------------------------------------------------------------
# h. Partnership annual progress report: numbering restarts per domain, RAG, partner list with acronyms
# ----------------------------------------------------------------------------------------------
def doc_h():
    fn = "blind3-uk-harrowden-scp-annual-progress-report-2024-07.pdf"
    W, H = A4
    navy = colors.HexColor("#1f3864")
    RAG = {"Green": colors.HexColor("#2e7d32"), "Amber": colors.HexColor("#b26a00"), "Red": colors.HexColor("#c62828")}

    def deco(c, page, total):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(navy)
        c.drawString(50, H - 30, "Harrowden Safer Communities Partnership")
        c.drawRightString(W - 50, H - 30, "Annual Progress Report 2023/24")
        c.setFillColor(colors.HexColor("#444444"))
        c.drawCentredString(W / 2, 24, f"\u2013 {page} \u2013")
        c.restoreState()

    t1 = st("h-t1", "Helvetica-Bold", 19, 24, textColor=navy)
    h1 = st("h-h1", "Helvetica-Bold", 13, 17, textColor=navy, spaceBefore=10, spaceAfter=5)
    dom = st("h-dom", "Helvetica-Bold", 11, 14, textColor=colors.white)
    p = st("h-p", "Helvetica", 10, 13.5, alignment=TA_JUSTIFY, spaceAfter=6)
    cs = st("h-cs", "Helvetica", 9.2, 11.8)
    chh = st("h-ch", "Helvetica-Bold", 9.2, 11.8, textColor=navy)

    s = [Paragraph("Harrowden Safer Communities Partnership", st("h-t0", "Helvetica", 12, 15, textColor=navy)),
         Paragraph("Annual Progress Report 2023/24", t1),
         Paragraph("Presented to the Partnership Board on 16 July 2024", st("h-t2", "Helvetica-Oblique", 10, 13)),
         Spacer(1, 6), HRFlowable(width="100%", thickness=2, color=navy), Spacer(1, 6)]
    s.append(Paragraph("1. Introduction", h1))
    s.append(Paragraph("This report sets out what the Harrowden Safer Communities Partnership achieved in the second "
                       "year of the Partnership Plan 2022\u20132025. The plan is organised in three domains, each "
                       "with a small number of actions. Every action has been given a red, amber or green (RAG) "
                       "rating by its lead organisation.", p))
    s.append(Paragraph("Overall, six of the eight actions are on track or complete. The two actions that have slipped "
                       "are explained below, together with the steps partners are taking to recover them.", p))
    s.append(Paragraph("2. Our partners", h1))
    s.append(Paragraph("The Partnership is made up of the following organisations:", p))
    partners = ["Harrowden Borough Council (HBC)", "Harrowdenshire County Council", "Harrowdenshire Police",
                "the Office of the Police and Crime Commissioner (OPCC)",
                "Harrowdenshire Fire and Rescue Service (HFRS)", "The Probation Service",
                "Harrowden and Lyme Integrated Care Board (ICB)", "the Department for Work and Pensions (DWP)",
                "Harrowden Voluntary Action (HVA)", "Harrowden Homes"]
    plist = [Paragraph('<font name="LSans">\u2022</font>&nbsp;&nbsp;' + x, st("h-pl" + str(i), "Helvetica", 10, 14, leftIndent=10, firstLineIndent=-10)) for i, x in enumerate(partners)]
    s.append(BalancedColumns(plist, nCols=2, innerPadding=10, spaceAfter=8))
    s.append(Paragraph("3. Progress against the Partnership Plan 2022\u20132025", h1))
    s.append(Paragraph("<b>RAG key:</b> Green \u2013 complete or on track; Amber \u2013 some delay, with a recovery "
                       "plan in place; Red \u2013 significant delay or not delivered.", p))

    domains = [
        ("Domain A: Protecting vulnerable people", [
            ("Establish a multi-agency exploitation hub", "Police", "Green",
             "The hub went live in September 2023 and has reviewed 146 young people at risk of exploitation."),
            ("Expand Independent Domestic Violence Advisor (IDVA) capacity", "OPCC", "Green",
             "Two additional IDVAs were recruited in November 2023, funded by the OPCC."),
            ("Agree a Harrowden multi-agency hoarding protocol", "HBC", "Amber",
             "The protocol has been drafted, but sign-off has slipped to September 2024 pending legal advice."),
        ]),
        ("Domain B: Reducing reoffending", [
            ("Launch an Integrated Offender Management scheme for neighbourhood crime", "Probation Service", "Green",
             "58 people were managed under the scheme, with a 31% reduction in proven reoffending."),
            ("Provide employment support for people leaving prison", "DWP", "Red",
             "The prison work coach post was vacant for seven months; recruitment was completed in May 2024."),
        ]),
        ("Domain C: Safer neighbourhoods", [
            ("Reduce deliberate fires through targeted prevention", "HFRS", "Green",
             "Deliberate secondary fires fell by 22% compared with 2022/23."),
            ("Install CCTV at the Northgate underpass", "HBC", "Amber",
             "Funding was secured from the Home Office Safer Streets Fund; installation is now planned for October 2024."),
            ("Establish ward-level community safety panels", "HVA", "Green",
             "Panels are now running in all 12 wards, with 87 residents taking part."),
        ]),
    ]
    for name, rows_ in domains:
        band = Table([[Paragraph(name, dom)]], colWidths=[W - 100])
        band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), navy), ("TOPPADDING", (0, 0), (-1, -1), 4),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        rows = [[Paragraph(x, chh) for x in ("No.", "Action", "Lead", "RAG", "Progress in 2023/24")]]
        for i, (a, lead, rag, prog) in enumerate(rows_, 1):
            rows.append([Paragraph(str(i), cs), Paragraph(a, cs), Paragraph(lead, cs),
                         Paragraph(f"<b>{rag}</b>", st("h-rag" + rag, "Helvetica-Bold", 9.2, 11.8, textColor=RAG[rag])),
                         Paragraph(prog, cs)])
        tb = Table(rows, colWidths=[28, 150, 68, 44, W - 100 - 290])
        tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.8, navy),
                                ("LEFTPADDING", (0, 0), (0, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        s.append(KeepTogether([band, Spacer(1, 3), tb, Spacer(1, 8)]))

    s.append(Paragraph("4. Looking ahead to 2024/25", h1))
    s.append(Paragraph("Following the 2024 Strategic Assessment, the Partnership Board agreed the following priorities "
                       "for 2024/25:", p))
    s.append(ListFlowable([ListItem(Paragraph(x, st("h-lp", "Helvetica", 10, 13.5))) for x in (
        "Protecting vulnerable people", "Reducing reoffending", "Safer neighbourhoods", "Tackling hate crime")],
        bulletType="bullet", start="\u2022", leftIndent=16, bulletFontName="LSans"))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Tackling hate crime has been added as a priority for 2024/25. It was previously part of the "
                       "Safer neighbourhoods domain.", p))
    s.append(Paragraph("In 2024/25 the Partnership will:", p))
    s.append(ListFlowable([ListItem(Paragraph(x, st("h-np", "Helvetica", 10, 13.5, spaceAfter=2))) for x in (
        "complete and sign off the hoarding protocol by September 2024 (HBC);",
        "install and commission the Northgate underpass CCTV by December 2024 (HBC);",
        "set up a hate crime reporting centre in each town library by March 2025 (HVA); and",
        "publish a new Partnership Plan for 2025\u20132028 by April 2025 (Partnership Board).")],
        bulletType="bullet", start="\u2013", leftIndent=16, bulletFontName="LSans"))
    build(fn, s, deco, A4, margins=(50, 50, 60, 56))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for f in (doc_a, doc_b, doc_c, doc_d, doc_e, doc_f, doc_g, doc_h):
        f()
