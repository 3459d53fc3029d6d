#!/usr/bin/env python3
"""Draw the seven blind6 evaluation PDFs with reportlab.

    /work/main/.venv/bin/python /work/blind6/make.py

Every place, person and local body is fictional; national bodies may be real.
"""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

OUT = Path(__file__).resolve().parent / "pdf"
OUT.mkdir(parents=True, exist_ok=True)

FONTS = "/usr/share/fonts/truetype"
for name, path in {
    "Arial": "liberation/LiberationSans-Regular.ttf",
    "Arial-Bold": "liberation/LiberationSans-Bold.ttf",
    "Arial-Italic": "liberation/LiberationSans-Italic.ttf",
    "ArialN": "liberation/LiberationSansNarrow-Regular.ttf",
    "ArialN-Bold": "liberation/LiberationSansNarrow-Bold.ttf",
    "ArialN-Italic": "liberation/LiberationSansNarrow-Italic.ttf",
    "TNR": "liberation/LiberationSerif-Regular.ttf",
    "TNR-Bold": "liberation/LiberationSerif-Bold.ttf",
    "TNR-Italic": "liberation/LiberationSerif-Italic.ttf",
    "Serif": "dejavu/DejaVuSerif.ttf",
    "Serif-Bold": "dejavu/DejaVuSerif-Bold.ttf",
    "Serif-Italic": "dejavu/DejaVuSerif-Italic.ttf",
    "Cond": "dejavu/DejaVuSansCondensed.ttf",
    "Cond-Bold": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "Cond-Italic": "dejavu/DejaVuSansCondensed-Oblique.ttf",
}.items():
    pdfmetrics.registerFont(TTFont(name, f"{FONTS}/{path}"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily  # noqa: E402

registerFontFamily("Arial", normal="Arial", bold="Arial-Bold", italic="Arial-Italic", boldItalic="Arial-Bold")
registerFontFamily("ArialN", normal="ArialN", bold="ArialN-Bold", italic="ArialN-Italic", boldItalic="ArialN-Bold")
registerFontFamily("TNR", normal="TNR", bold="TNR-Bold", italic="TNR-Italic", boldItalic="TNR-Bold")
registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-Bold")
registerFontFamily("Cond", normal="Cond", bold="Cond-Bold", italic="Cond-Italic", boldItalic="Cond-Bold")


def numbered_canvas(decorate):
    """A canvas class that knows the page count, so footers can say 'Page N of M'."""

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                decorate(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def S(name, **kw):
    return ParagraphStyle(name, **kw)


def borderless(data, widths, style=(), **kw):
    t = Table(data, colWidths=widths, **kw)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)] + list(style)))
    return t


# ---------------------------------------------------------------------------------------
# 1. English district council Planning Committee minutes (Arial, green skin)
# ---------------------------------------------------------------------------------------
def doc_planning():
    stem = "blind6-uk-wendlecombe-dc-planning-committee-minutes-2024-02-13"
    green = colors.HexColor("#1d6b45")
    body = S("b", fontName="Arial", fontSize=10, leading=13.2, spaceAfter=5, alignment=TA_LEFT)
    small = S("s", parent=body, fontSize=8.5, leading=10.5, textColor=colors.HexColor("#333333"))
    label = S("l", parent=body, fontName="Arial-Bold", spaceBefore=6, spaceAfter=3)
    num = S("n", parent=body, fontName="Arial-Bold", textColor=green, spaceAfter=0)
    head = S("h", parent=body, fontName="Arial-Bold", fontSize=10.5, spaceAfter=0)
    res = S("r", parent=body, leftIndent=0)
    prop = S("p", parent=body, fontName="Arial-Italic", fontSize=9.5)

    def decorate(c, n, total):
        w, h = A4
        c.saveState()
        if n > 1:
            c.setFont("Arial", 8.5)
            c.setFillColor(green)
            c.drawString(20 * mm, h - 13 * mm, "Planning Committee  |  Tuesday, 13 February 2024")
            c.drawRightString(w - 20 * mm, h - 13 * mm, "Wendlecombe District Council")
            c.setStrokeColor(green)
            c.setLineWidth(0.6)
            c.line(20 * mm, h - 15 * mm, w - 20 * mm, h - 15 * mm)
        c.setFillColor(colors.black)
        c.setFont("Arial", 8.5)
        c.drawCentredString(w / 2, 12 * mm, f"Page {n} of {total}")
        c.drawRightString(w - 20 * mm, 12 * mm, "Chairman's initials ..........")
        c.restoreState()

    def first(c, d):
        w, h = A4
        c.saveState()
        c.setFillColor(green)
        c.rect(0, h - 30 * mm, w, 30 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Arial-Bold", 17)
        c.drawString(20 * mm, h - 16 * mm, "Wendlecombe District Council")
        c.setFont("Arial", 9)
        c.drawString(20 * mm, h - 23 * mm, "Wendlecombe House, Market Street, Wendlecombe WN4 2AX   www.wendlecombe.gov.uk")
        c.restoreState()

    doc = BaseDocTemplate(str(OUT / f"{stem}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=22 * mm, bottomMargin=22 * mm, title="Planning Committee minutes 13 February 2024",
                          author="Wendlecombe District Council")
    f1 = Frame(20 * mm, 22 * mm, A4[0] - 40 * mm, A4[1] - 22 * mm - 36 * mm, id="f1")
    f2 = Frame(20 * mm, 22 * mm, A4[0] - 40 * mm, A4[1] - 44 * mm, id="f2")
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=first), PageTemplate("rest", [f2])])

    W = A4[0] - 40 * mm
    st = [NextPageTemplate("rest")]
    st.append(Paragraph("MINUTES of a meeting of the <b>PLANNING COMMITTEE</b> held in the Council Chamber, "
                        "Wendlecombe House, Market Street, Wendlecombe on <b>Tuesday, 13 February 2024</b> at 6.00 pm",
                        S("t", parent=body, fontSize=11.5, leading=15, spaceAfter=8)))

    st.append(Paragraph("Members Present:", label))
    grid = [
        ["Councillor R. Ashdown (Chairman)", "Councillor P. Okafor (Vice-Chairman)"],
        ["Councillor S. Bellamy", "Councillor T. Fairbrother"],
        ["Councillor J. Harcourt-Lee", "Councillor M. Iqbal"],
        ["Councillor D. Lomax", "Councillor H. Pennington"],
        ["Councillor C. Quarrie", "Councillor A. Venn"],
        ["Councillor G. Whitlock*", ""],
    ]
    st.append(borderless([[Paragraph(a, body), Paragraph(b, body)] for a, b in grid], [W / 2, W / 2],
                         [("BOTTOMPADDING", (0, 0), (-1, -1), -3)]))
    st.append(Paragraph("* attended remotely via Microsoft Teams and did not vote", small))
    st.append(Paragraph("Substitutes:", label))
    st.append(Paragraph("Councillor L. Dorsey (for Councillor K. Marchetti)", body))
    st.append(Paragraph("Also Present:", label))
    st.append(Paragraph("Councillor W. Dancey (Ward Member, Priory Ward – for Minute PL/61/23 only)", body))
    st.append(Paragraph("Officers Present:", label))
    officers = [
        ["F. Greenhalgh", "Head of Planning and Building Control"],
        ["O. Nwosu", "Principal Planning Officer (Major Applications)"],
        ["E. Tait", "Senior Lawyer (Planning), Legal Services"],
        ["B. Cheung", "Democratic Services Officer"],
    ]
    st.append(borderless([[Paragraph(a, body), Paragraph(b, body)] for a, b in officers], [40 * mm, W - 40 * mm],
                         [("BOTTOMPADDING", (0, 0), (-1, -1), -3)]))
    st.append(Spacer(1, 6))

    def item(number, title, *paras):
        block = [borderless([[Paragraph(number, num), Paragraph(title, head)]], [24 * mm, W - 24 * mm])]
        block.append(Spacer(1, 4))
        out = [KeepTogether(block + [paras[0]])] if paras else block
        st.extend(out)
        st.extend(paras[1:])
        st.append(Spacer(1, 4))

    P = lambda t, s=body: Paragraph(t, S("ind", parent=s, leftIndent=24 * mm))  # noqa: E731

    item("PL/56/23", "Apologies for Absence and Substitutions",
         P("Apologies for absence were received from Councillors K. Marchetti and N. Sowerby. Councillor L. Dorsey "
           "attended as substitute for Councillor Marchetti."))
    item("PL/57/23", "Declarations of Interest",
         P("Councillor M. Iqbal declared a non-registerable interest in application 23/01777/HOU (Minute PL/61/23) as "
           "the applicant is known to him, and left the Chamber for the consideration of that item. There were no "
           "other declarations."))
    item("PL/58/23", "Minutes",
         P("<b>RESOLVED:</b> That the minutes of the meeting held on 16 January 2024 be approved as a correct record "
           "and signed by the Chairman."))
    item("PL/59/23", "Public Speaking",
         P("The Chairman reported that five members of the public had registered to speak on the applications before "
           "the Committee, and that a Supplementary Update Sheet had been published on the Council's website at "
           "noon on the day of the meeting."))
    item("PL/60/23", "Application 23/01482/FUL – Land North of Coldharbour Lane, Ebbsworth",
         P("Proposal: Erection of 46 dwellings with associated access, public open space and landscaping. "
           "Applicant: Corvel Homes Ltd.", prop),
         P("The Principal Planning Officer presented the report and drew attention to the Update Sheet, which "
           "reported a further objection from Ebbsworth Parish Council and confirmed that Aldermarsh County Council, "
           "as Local Highway Authority, raised no objection subject to conditions. The Environment Agency had "
           "withdrawn its holding objection following receipt of a revised flood risk assessment."),
         P("Mr G. Pryor (objector), Councillor V. Hale (Ebbsworth Parish Council) and Ms N. Adeyemi (agent for the "
           "applicant) addressed the Committee."),
         P("Members debated the capacity of Ebbsworth Primary School, the width of Coldharbour Lane and the proposed "
           "tenure mix. Councillor Quarrie proposed, seconded by Councillor Harcourt-Lee, that the application be "
           "refused on highway safety grounds. On being put to the vote the motion was LOST (For 3, Against 8, "
           "Abstain 0)."),
         P("It was then proposed by Councillor Pennington and seconded by Councillor Venn that the officer "
           "recommendation be agreed. On being put to the vote the motion was carried (For 7, Against 3, Abstain 1)."),
         P("<b>RESOLVED:</b> That planning permission be GRANTED subject to the conditions set out in the report and "
           "the Update Sheet and to the completion of a Section 106 agreement securing 35% affordable housing and a "
           "contribution of £184,000 towards primary education by 30 April 2024; and that, if the agreement has not "
           "been completed by that date, authority be delegated to the Head of Planning and Building Control to "
           "refuse the application."))
    item("PL/61/23", "Application 23/01777/HOU – 14 Priory Mews, Wendlecombe",
         P("Proposal: Single-storey rear extension and raised terrace.", prop),
         P("(Councillor Iqbal had left the Chamber.) The report recommended approval. Councillor Dancey, Ward Member, "
           "spoke in objection on behalf of the occupiers of No. 12 Priory Mews. Members considered that the depth of "
           "the extension on the shared boundary would be overbearing."),
         P("Contrary to the officer recommendation, it was proposed by Councillor Okafor and seconded by Councillor "
           "Lomax that the application be refused. On being put to the vote the motion was carried (For 6, Against 4, "
           "Abstain 0)."),
         P("<b>RESOLVED:</b> That planning permission be REFUSED for the following reason: The proposed extension, by "
           "reason of its depth and height on the common boundary, would have an overbearing impact on and cause an "
           "unacceptable loss of light to No. 12 Priory Mews, contrary to Policy DM4 of the Wendlecombe Local Plan "
           "2019–2036."))
    item("PL/62/23", "Application 23/01901/LBC – The Old Maltings, Station Road, Ebbsworth",
         P("Proposal: Listed building consent for internal alterations and replacement windows.", prop),
         P("The Head of Planning and Building Control reported that Historic England had submitted late comments "
           "querying the proposed window profile. The Head of Planning and Building Control undertook to circulate "
           "the Council's heritage consultant's advice on the window profile to all Members of the Committee by "
           "23 February 2024."),
         P("<b>RESOLVED:</b> That consideration of the application be DEFERRED to allow a site visit by Members, to be "
           "arranged by the Democratic Services Officer before the next meeting of the Committee."))
    item("PL/63/23", "Planning Appeals Update",
         P("The Committee received a report listing the appeal decisions issued by the Planning Inspectorate between "
           "1 December 2023 and 31 January 2024. Of the six appeals determined, five had been dismissed."),
         P("<b>RESOLVED:</b> That the report be noted."))
    item("PL/64/23", "Planning Enforcement – Quarterly Report",
         P("<b>(a) Performance in Quarter 3 2023/24</b>", body),
         P("The Committee was informed that 112 new enforcement cases had been opened in Quarter 3 2023/24, and 97 "
           "had been closed."),
         P("<b>(b) Unit 4, Furnace Yard, Wendlecombe</b>", body),
         P("The Senior Lawyer (Planning) advised that the owner had failed to comply with an enforcement notice "
           "requiring removal of stored vehicles."),
         P("<b>RESOLVED:</b> That (a) the enforcement performance for Quarter 3 2023/24 be noted; and (b) the Head of "
           "Planning and Building Control be authorised to take direct action under Section 219 of the Town and "
           "Country Planning Act 1990 at Unit 4, Furnace Yard, Wendlecombe, and to recover the costs from the owner."))
    st.append(P("The next meeting of the Committee will be held on Tuesday, 12 March 2024 at 6.00 pm."))
    st.append(P("The meeting closed at 8.47 pm."))
    st.append(Spacer(1, 18))
    st.append(P("Chairman ........................................................   Date ....................."))
    doc.build(st, canvasmaker=numbered_canvas(decorate))
    return stem


# ---------------------------------------------------------------------------------------
# 2. Scottish council police and fire scrutiny committee minute (DejaVu Serif, roman items)
# ---------------------------------------------------------------------------------------
def doc_scottish():
    stem = "blind6-uk-strathmorven-council-police-fire-scrutiny-committee-minutes-2024-03-07"
    body = S("b", fontName="Serif", fontSize=10, leading=14, spaceAfter=7, alignment=TA_JUSTIFY)
    cap = S("c", parent=body, fontName="Serif-Bold", alignment=TA_LEFT, spaceBefore=6, spaceAfter=5)

    def decorate(c, n, total):
        w, h = A4
        c.saveState()
        c.setFont("Serif-Italic", 8)
        c.drawString(25 * mm, h - 14 * mm, "Strathmorven Council")
        c.drawRightString(w - 25 * mm, h - 14 * mm, "Police and Fire Scrutiny Committee – 7 March 2024")
        c.setFont("Serif", 9)
        c.drawCentredString(w / 2, 13 * mm, f"– {n} –")
        c.restoreState()

    doc = BaseDocTemplate(str(OUT / f"{stem}.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                          topMargin=24 * mm, bottomMargin=24 * mm, title="Minute of Police and Fire Scrutiny Committee",
                          author="Strathmorven Council")
    doc.addPageTemplates([PageTemplate("p", [Frame(25 * mm, 24 * mm, A4[0] - 50 * mm, A4[1] - 48 * mm)])])
    st = []
    st.append(Paragraph("STRATHMORVEN COUNCIL", S("x", parent=body, fontName="Serif-Bold", fontSize=13,
                                                   alignment=TA_CENTER, spaceAfter=10)))
    st.append(Paragraph("MINUTE of MEETING of the POLICE AND FIRE SCRUTINY COMMITTEE held in the Council Chambers, "
                        "Burgh Chambers, High Street, Kilbrannoch, on Thursday, 7th of March 2024 at 10.00 a.m.",
                        S("y", parent=body, alignment=TA_CENTER, fontName="Serif-Bold", leading=15, spaceAfter=12)))
    st.append(Paragraph("Sederunt", S("z", parent=body, fontName="Serif-Bold", alignment=TA_CENTER)))
    st.append(Paragraph(
        "Councillor Morag Dalgleish (Convener); Councillor Euan MacRury (Vice-Convener); and Councillors Fiona Baird, "
        "Callum Drummond, Iona Ferrier (by video link), Ruaridh Gillies and Alasdair Innes; together with "
        "Mr Kenneth Strachan (co-opted member, Strathmorven Federation of Community Councils).", body))
    st.append(Paragraph(
        "<b>In Attendance:</b> Chief Superintendent Lorna McCaig, Divisional Commander, and Chief Inspector Grant Ure, "
        "Police Scotland; Area Commander Stuart Petrie, Local Senior Officer, Scottish Fire and Rescue Service; "
        "Ailsa Mowat, Head of Community Safety; and Iain Shearer, Committee Services Officer.", body))
    st.append(Paragraph("<b>Apology:</b> Councillor Neil Cowie.", body))
    st.append(Paragraph("Councillor Dalgleish, Convener, presiding.", S("q", parent=body, fontName="Serif-Italic")))

    def item(numeral, title, *paras):
        st.append(CondPageBreak(40 * mm))
        st.append(Paragraph(f"{numeral}.&nbsp;&nbsp;&nbsp;{title}", cap))
        for p in paras:
            st.append(Paragraph(p, body))

    item("I", "DECLARATIONS OF INTEREST",
         "The Convener invited members to declare any interests in the items of business. No declarations were made.")
    item("II", "MINUTE OF PREVIOUS MEETING",
         "There was submitted the minute of the meeting of the Police and Fire Scrutiny Committee held on Thursday, "
         "7th of December 2023. The Committee approved the minute as a correct record.")
    item("III", "POLICE SCOTLAND – LOCAL POLICE PLAN 2023–26: QUARTER 3 PERFORMANCE",
         "There was submitted a report by the Divisional Commander, Police Scotland, which provided information on "
         "performance against the Strathmorven Local Police Plan 2023–26 for the period 1st of April to 31st of "
         "December 2023. Chief Superintendent McCaig reminded members that the Plan sets five local priorities, "
         "namely protecting vulnerable people; reducing violence and antisocial behaviour; tackling substance misuse; "
         "road safety and road crime; and acquisitive crime.",
         "Members were advised that recorded shoplifting in Kilbrannoch town centre had risen by 31 per cent on the "
         "same period of the previous year, while serious assaults had fallen by 12 per cent. In response to a "
         "question from Councillor Innes about the Drumlaw area, Chief Inspector Ure explained that a dedicated "
         "problem-solving team had been deployed from January 2024 in partnership with Kilbrannoch Housing "
         "Association.",
         "Following discussion, the Committee noted the performance information for the period 1st of April to 31st "
         "of December 2023 and agreed to ask the Divisional Commander to provide a briefing note on the rise in "
         "shoplifting in Kilbrannoch town centre to all members of the Committee by the end of April 2024.")
    item("IV", "SCOTTISH FIRE AND RESCUE SERVICE – QUARTER 3 PERFORMANCE",
         "There was submitted a report by the Local Senior Officer, Scottish Fire and Rescue Service, on performance "
         "against the Local Fire and Rescue Plan for Strathmorven. Area Commander Petrie reported that accidental "
         "dwelling fires had reduced to 41, the lowest figure for five years, and that 1,126 home fire safety visits "
         "had been carried out, many of them following referrals from Strathmorven Health and Social Care Partnership. "
         "Members were reminded that the national consultation on the Service's Strategic Service Review would close on "
         "28th of March 2024.",
         "The Committee noted the report and agreed that the Local Senior Officer present a report on unwanted fire "
         "alarm signals from non-domestic premises to the meeting of the Committee in June 2024.")
    item("V", "ANTISOCIAL BEHAVIOUR STRATEGY 2024–2027",
         "There was submitted a report by the Head of Community Safety seeking approval of a draft Antisocial Behaviour "
         "Strategy for consultation. The draft had been prepared by the Strathmorven Community Safety Partnership with "
         "input from Police Scotland, the Scottish Fire and Rescue Service, Kilbrannoch Housing Association and Victim "
         "Support Scotland.",
         "After discussion, the Committee agreed (a) to approve the draft Antisocial Behaviour Strategy 2024–2027 for "
         "public consultation from 18th of March to 26th of April 2024; and (b) to note that the finalised Strategy "
         "would be submitted to the Communities and Housing Committee for approval.")
    item("VI", "ANY OTHER COMPETENT BUSINESS",
         "The Convener advised that she had been informed by the Scottish Police Authority of a proposal to close the "
         "public counter at Drumlaw Police Office. The Committee agreed that the Convener write, on its behalf, to the "
         "Scottish Police Authority expressing concern at the proposed closure and requesting that a local "
         "consultation be held.")
    item("VII", "DATE OF NEXT MEETING",
         "The Committee noted that the next meeting would be held on Thursday, 6th of June 2024 at 10.00 a.m. in the "
         "Council Chambers, Kilbrannoch.")
    st.append(Spacer(1, 8))
    st.append(Paragraph("The meeting ended at 12.15 p.m.", S("e", parent=body, fontName="Serif-Italic")))
    doc.build(st, canvasmaker=numbered_canvas(decorate))
    return stem


# ---------------------------------------------------------------------------------------
# 3. US city council regular meeting minutes (Times-like, US Letter, narrative)
# ---------------------------------------------------------------------------------------
def doc_us():
    stem = "blind6-us-port-alderwood-city-council-regular-meeting-minutes-2024-04-16"
    body = S("b", fontName="TNR", fontSize=11.5, leading=14.5, spaceAfter=7, alignment=TA_JUSTIFY)
    h = S("h", parent=body, fontName="TNR-Bold", alignment=TA_LEFT, spaceBefore=6, spaceAfter=4)
    sub = S("sub", parent=body, leftIndent=0.4 * 72)
    subh = S("subh", parent=sub, fontName="TNR-Bold", alignment=TA_LEFT, spaceAfter=3)

    def decorate(c, n, total):
        w, hh = LETTER
        c.saveState()
        c.setFont("TNR-Italic", 9)
        c.drawString(72, 40, "City Council Regular Meeting Minutes – April 16, 2024")
        c.drawRightString(w - 72, 40, f"Page {n} of {total}")
        c.setLineWidth(0.5)
        c.line(72, 52, w - 72, 52)
        c.restoreState()

    doc = BaseDocTemplate(str(OUT / f"{stem}.pdf"), pagesize=LETTER, leftMargin=72, rightMargin=72,
                          topMargin=60, bottomMargin=70, title="City Council Minutes April 16, 2024",
                          author="City of Port Alderwood, Office of the City Clerk")
    doc.addPageTemplates([PageTemplate("p", [Frame(72, 70, LETTER[0] - 144, LETTER[1] - 130)])])
    st = []
    c = lambda t, size=12, font="TNR-Bold", after=2: Paragraph(t, S("c", parent=body, fontName=font, fontSize=size,  # noqa: E731
                                                                  alignment=TA_CENTER, spaceAfter=after, leading=size + 3))
    st += [c("CITY OF PORT ALDERWOOD", 15), c("CITY COUNCIL", 13),
           c("MINUTES OF THE REGULAR MEETING", 12),
           c("Tuesday, April 16, 2024", 11.5, "TNR"),
           c("Council Chambers, City Hall, 410 Harbor Street, Port Alderwood", 11.5, "TNR", 14)]

    def H(t):
        st.append(CondPageBreak(60))
        st.append(Paragraph(t, h))

    def p(t, style=body):
        st.append(Paragraph(t, style))

    H("1. CALL TO ORDER")
    p("Mayor Dana Whitcombe called the regular meeting of the Port Alderwood City Council to order at 6:02 p.m.")
    H("2. ROLL CALL")
    p("ROLL CALL: Councilmembers Rosa Alvarez, Henry Brennan-Cho, Tom Kowalczyk, Mayor Pro Tem Janelle Okonjo and "
      "Mayor Dana Whitcombe present; Councilmember Peter Sutter absent (excused).")
    p("STAFF PRESENT: City Manager Carl Featherstone; City Attorney Miriam Osei; City Clerk Lucy Vang; Public Works "
      "Director Raj Patel; Community Development Director Shauna Birch; Police Chief Andrea Dunmore.")
    H("3. PLEDGE OF ALLEGIANCE")
    p("Councilmember Alvarez led the Pledge of Allegiance.")
    H("4. APPROVAL OF AGENDA")
    p("It was moved by Councilmember Alvarez and seconded by Councilmember Kowalczyk to approve the agenda as "
      "presented; the motion carried unanimously (5-0).")
    H("5. PUBLIC COMMENT")
    p("Marjorie Ellison, representing the Harbor District Merchants Association, asked the Council to consider "
      "extending two-hour parking on Front Street. Ken Abernathy spoke about speeding on Lighthouse Road. Two "
      "written comments were received and distributed to the Council.")
    H("6. CONSENT CALENDAR")
    p("A. Approval of the minutes of the regular meeting of April 2, 2024.", sub)
    p("B. RESOLUTION NO. 24-086 authorizing the purchase of two patrol vehicles from Harborline Fleet Services in an "
      "amount not to exceed $118,400.", sub)
    p("C. RESOLUTION NO. 24-087 accepting the Marina Boardwalk Repair Project as complete and authorizing the City "
      "Clerk to file a Notice of Completion with the Alder County Recorder.", sub)
    p("It was moved by Mayor Pro Tem Okonjo and seconded by Councilmember Brennan-Cho to approve the Consent Calendar "
      "as presented; the motion carried unanimously (5-0).")
    H("7. PUBLIC HEARINGS")
    p("A. Zoning Text Amendment ZTA 24-02 – Accessory Dwelling Units", subh)
    p("Community Development Director Birch presented the staff report. The amendment updates Chapter 17.42 of the "
      "Municipal Code for consistency with state law and guidance from the California Department of Housing and "
      "Community Development (HCD). The Port Alderwood Planning Commission recommended approval on March 20, 2024.", sub)
    p("Mayor Whitcombe opened the public hearing at 6:31 p.m. Three members of the public spoke; two in support and "
      "one expressing concern about parking. Mayor Whitcombe closed the public hearing at 6:52 p.m.", sub)
    p("It was moved by Councilmember Brennan-Cho and seconded by Mayor Pro Tem Okonjo to introduce and waive the "
      "first reading of Ordinance No. 1187, amending Chapter 17.42 of the Port Alderwood Municipal Code relating to "
      "accessory dwelling units, and to schedule the second reading for May 7, 2024; the motion carried 4-1 "
      "(Kowalczyk opposed).", sub)
    H("8. NEW BUSINESS")
    p("A. Community Safety Camera Program Use Policy", subh)
    p("Police Chief Dunmore presented the proposed policy governing the use of fixed license plate reader cameras "
      "and the retention of footage, developed with input from the Alder County Sheriff's Office. Council discussion "
      "focused on data retention and public reporting.", sub)
    p("It was moved by Mayor Pro Tem Okonjo and seconded by Councilmember Alvarez to adopt RESOLUTION NO. 24-088, "
      "A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF PORT ALDERWOOD ADOPTING A COMMUNITY SAFETY CAMERA PROGRAM USE "
      "POLICY; the motion carried unanimously (5-0).", sub)
    p("Staff was directed to return with a six-month report on camera usage and data retention audits by November "
      "2024.", sub)
    p("B. Downtown Parking Time Limits – Discussion", subh)
    p("Public Works Director Patel reviewed parking occupancy counts for Front Street and Bay Avenue. No action was "
      "taken. Staff was directed to return with options for a pilot of two-hour parking limits on Front Street at the "
      "May 21, 2024 meeting.", sub)
    H("9. CITY MANAGER REPORT")
    p("City Manager Featherstone announced the Earth Day shoreline cleanup with the Port Alderwood Rotary Club on "
      "Saturday, April 20, 2024, and reminded the Council that the first budget workshop for Fiscal Year 2024-25 will "
      "be held on May 14, 2024.")
    H("10. COUNCIL COMMENTS")
    p("Councilmember Kowalczyk asked that a future agenda include traffic calming on Lighthouse Road. By consensus, "
      "the City Manager was asked to place a traffic calming study for Lighthouse Road on the June 4, 2024 agenda. "
      "Mayor Pro Tem Okonjo reported on the Alder County Transit Authority board meeting.")
    H("11. ADJOURNMENT")
    p("There being no further business, Mayor Whitcombe adjourned the meeting at 8:14 p.m. in memory of former "
      "Councilmember Edith Rowe.")
    st.append(Spacer(1, 20))
    sig = [["Respectfully submitted,", "APPROVED: May 7, 2024"], ["", ""], ["_____________________________", "_____________________________"],
           ["Lucy Vang, City Clerk", "Dana Whitcombe, Mayor"], ["City of Port Alderwood", "City of Port Alderwood"]]
    st.append(borderless([[Paragraph(a, body), Paragraph(b, body)] for a, b in sig], [3.2 * 72, 3.2 * 72]))
    doc.build(st, canvasmaker=numbered_canvas(decorate))
    return stem


# ---------------------------------------------------------------------------------------
# 4. Parish council minutes, typed informally in Courier
# ---------------------------------------------------------------------------------------
def doc_parish():
    stem = "blind6-uk-little-hensworth-pc-parish-council-minutes-2024-01-15"
    body = S("b", fontName="Courier", fontSize=9.6, leading=12, spaceAfter=5)
    bold = S("bb", parent=body, fontName="Courier-Bold")
    act = S("a", parent=body, fontName="Courier-Bold", alignment=TA_RIGHT, spaceBefore=-2)

    def decorate(c, n, total):
        w, h = A4
        c.saveState()
        c.setFont("Courier", 8)
        if n > 1:
            c.drawString(22 * mm, h - 12 * mm, "Little Hensworth Parish Council - minutes 15/01/2024")
        c.drawString(22 * mm, 12 * mm, f"Page {n} of {total}")
        c.drawRightString(w - 22 * mm, 12 * mm, "Signed (Chair) ........  Date ........")
        c.restoreState()

    doc = BaseDocTemplate(str(OUT / f"{stem}.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                          topMargin=20 * mm, bottomMargin=20 * mm, title="PC minutes Jan 2024", author="Clerk")
    W = A4[0] - 44 * mm
    doc.addPageTemplates([PageTemplate("p", [Frame(22 * mm, 20 * mm, W, A4[1] - 40 * mm)])])
    st = []
    st.append(Paragraph("LITTLE HENSWORTH PARISH COUNCIL", S("t", parent=bold, fontSize=12, alignment=TA_CENTER, spaceAfter=6)))
    st.append(Paragraph("Minutes of the Parish Council Meeting held on Monday 15th January 2024 at 7.30pm in the "
                        "Village Hall", S("t2", parent=bold, alignment=TA_CENTER, spaceAfter=10)))
    st.append(Paragraph("<b>Present:</b> Cllrs J Pargeter (Chair), S Moss (Vice Chair), R Teague, A Nwachukwu, P Fenn", body))
    st.append(Paragraph("<b>In attendance:</b> Mrs K Ollerenshaw (Clerk/RFO), District Cllr B Hollis (North Barnshire "
                        "DC), 3 members of the public", body))
    st.append(Spacer(1, 4))

    def item(no, title, *paras):
        st.append(CondPageBreak(30 * mm))
        st.append(Paragraph(f"<b>{no}&nbsp;&nbsp;{title}</b>", body))
        for x in paras:
            st.append(x)

    P = lambda t: Paragraph(t, S("i", parent=body, leftIndent=0))  # noqa: E731
    A = lambda who: Paragraph(f"Action: {who}", act)  # noqa: E731

    item("2024/001", "APOLOGIES FOR ABSENCE",
         P("Cllr D Wren (work commitments). PCSO T Garside (Barnshire Police) also sent apologies. resolved to accept "
           "the apologies given."))
    item("2024/002", "DECLARATIONS OF INTEREST", P("None."))
    item("2024/003", "MINUTES OF THE MEETING HELD ON 4th DECEMBER 2023",
         P("Resolved: that the minutes of 4th December 2023 be signed by the Chair as a true record. Prop Cllr Moss, "
           "sec Cllr Teague, all in favour."))
    item("2024/004", "PUBLIC SESSION",
         P("A resident of Mill Lane raised speeding again, esp. at school times. Another resident reported a deep "
           "pothole outside The Forge, Church Road."),
         P("Clerk to report the pothole outside The Forge to Barnshire County Council Highways via the online fault "
           "reporting system."), A("Clerk"))
    item("2024/005", "POLICE REPORT",
         P("No written report. Clerk had circulated the December crime figures (3 incidents - 1 theft from a shed, "
           "2 vehicle related)."))
    item("2024/006", "REPORTS FROM DISTRICT & COUNTY COUNCILLORS",
         P("Cllr Hollis reported that Barnshire County Council's budget consultation closes on 31st January 2024 and "
           "urged residents to respond. NBDC garden waste subscriptions renew from 1st March 2024."))
    item("2024/007", "SPEED INDICATOR DEVICE (SID)",
         P("Cllr Fenn reported on the six-week trial of the borrowed SID on Mill Lane: 38% of vehicles exceeded 30mph. "
           "After discussion it was RESOLVED to purchase a second SID from Evolve Traffic Ltd at a cost of £2,385 + "
           "VAT, funded from the Highways earmarked reserve. 4 for, 1 abstention."),
         P("Clerk to place the order for the SID with Evolve Traffic Ltd."), A("Clerk"),
         P("Cllr Fenn to draw up a rota of volunteers for moving the SID between its two posts."), A("Cllr Fenn"))
    item("2024/008", "PRECEPT 2024/25",
         P("The Clerk presented the draft budget (circulated). Resolved unanimously - the precept for 2024/25 to be "
           "set at £18,750 (an increase of 4.2% on 2023/24)."),
         P("Clerk to submit the precept request form to North Barnshire District Council by 9th February 2024."),
         A("Clerk"))
    item("2024/009", "FINANCE", P("<b>a) Payments for approval</b>"))
    pay = [["Payee", "Details", "Amount"],
           ["K Ollerenshaw", "Clerk salary January", "412.60"],
           ["HMRC", "PAYE/NI month 10", "103.20"],
           ["Hensworth Village Hall Trust", "Room hire Dec & Jan", "24.00"],
           ["Greenway Grounds Maintenance Ltd", "Grass cutting December", "180.00"],
           ["Barnshire Association of Local Councils", "Cllr training (P Fenn)", "45.00"],
           ["", "TOTAL", "764.80"]]
    t = Table(pay, colWidths=[82 * mm, 50 * mm, 22 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Courier", 9), ("FONT", (0, 0), (-1, 0), "Courier-Bold", 9),
                           ("FONT", (0, -1), (-1, -1), "Courier-Bold", 9), ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black)]))
    st.append(t)
    st.append(Spacer(1, 5))
    st.append(P("resolved: payments totalling £764.80 approved. Cheques signed by Cllrs Pargeter and Moss."))
    st.append(P("<b>b) Bank reconciliation</b>"))
    st.append(P("Reconciliation to 31st December 2023 checked and signed by Cllr Nwachukwu. Balance at bank "
                "£21,406.33."))
    item("2024/010", "PLANNING",
         P("24/00031/HOU - 7 Orchard Close - rear conservatory. Resolved - no objection."),
         P("23/02210/FUL - Land rear of Glebe Farm - 2 holiday lets. Application withdrawn by the applicant."))
    item("2024/011", "VILLAGE HALL CAR PARK LIGHTING",
         P("Deferred to next meeting. Cllr Moss to obtain three quotes for two LED bollard lights."), A("Cllr Moss"))
    item("2024/012", "CORRESPONDENCE",
         P("Barnshire Rural Community Council - winter newsletter. CPRE - hedgerow survey volunteers wanted."))
    item("2024/013", "DATE OF NEXT MEETING", P("Monday 19th February 2024, 7.30pm, Village Hall."))
    st.append(Spacer(1, 6))
    st.append(P("Meeting closed at 9.05pm."))
    doc.build(st, canvasmaker=numbered_canvas(decorate))
    return stem


# ---------------------------------------------------------------------------------------
# 5. Police and crime plan (Helvetica, purple, cover + foreword + priorities + partners)
# ---------------------------------------------------------------------------------------
def doc_pcc():
    stem = "blind6-uk-ravensmoor-pcc-police-and-crime-plan-2024-04"
    purple = colors.HexColor("#4b2a73")
    lilac = colors.HexColor("#ece6f3")
    body = S("b", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=7)
    h1 = S("h1", parent=body, fontName="Helvetica-Bold", fontSize=18, leading=22, textColor=purple, spaceAfter=10)
    h2 = S("h2", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=18, textColor=purple, spaceBefore=8,
           spaceAfter=6)
    h3 = S("h3", parent=body, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=4, spaceAfter=3)
    bullet = S("bl", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=3)
    w, h = A4

    def cover(c, d):
        c.saveState()
        c.setFillColor(purple)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#7d5ba6"))
        c.circle(w - 30 * mm, h - 60 * mm, 70 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica", 13)
        c.drawString(25 * mm, h - 40 * mm, "Ravensmoor Police and Crime Commissioner")
        c.setFont("Helvetica-Bold", 34)
        c.drawString(25 * mm, h / 2 + 20 * mm, "Police and Crime Plan")
        c.setFont("Helvetica-Bold", 28)
        c.drawString(25 * mm, h / 2 - 2 * mm, "2024–2029")
        c.setFont("Helvetica-Oblique", 16)
        c.drawString(25 * mm, h / 2 - 20 * mm, "Safer Streets, Stronger Communities")
        c.setFont("Helvetica", 11)
        c.drawString(25 * mm, 30 * mm, "Published April 2024")
        c.drawString(25 * mm, 24 * mm, "www.ravensmoor-pcc.gov.uk")
        c.restoreState()

    def inner(c, d):
        c.saveState()
        c.setFillColor(purple)
        c.rect(0, h - 12 * mm, w, 12 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica", 8.5)
        c.drawString(20 * mm, h - 8 * mm, "Police and Crime Plan 2024–2029")
        c.drawRightString(w - 20 * mm, h - 8 * mm, "Ravensmoor Police and Crime Commissioner")
        c.setFillColor(purple)
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(w - 20 * mm, 12 * mm, str(d.page))
        c.restoreState()

    doc = BaseDocTemplate(str(OUT / f"{stem}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=22 * mm, bottomMargin=20 * mm, title="Police and Crime Plan 2024-2029",
                          author="Office of the Police and Crime Commissioner for Ravensmoor")
    fr = lambda: Frame(20 * mm, 20 * mm, w - 40 * mm, h - 42 * mm)  # noqa: E731
    doc.addPageTemplates([PageTemplate("cover", [fr()], onPage=cover), PageTemplate("inner", [fr()], onPage=inner)])
    W = w - 40 * mm
    st = [NextPageTemplate("inner"), Spacer(1, 1), PageBreak()]

    st.append(Paragraph("Foreword", h1))
    for t in [
        "I am pleased to publish my Police and Crime Plan for 2024–2029. It sets out what I expect Ravensmoor Police "
        "to deliver, and what I will do with our partners, between 1 April 2024 and 31 March 2029.",
        "This plan has been shaped by the people of Ravensmoor. 3,412 residents, businesses and victims responded to "
        "my consultation, which ran from 2 October to 10 December 2023, and the Ravensmoor Police and Crime Panel "
        "reviewed the draft plan at its meeting on 25 January 2024.",
        "You told me that road safety matters to you. <b>Making our roads safer is therefore a new priority in this "
        "plan</b>; in my previous plan (2021–2024) it formed part of the ‘Safer Communities’ priority. Tackling rural "
        "crime, a separate priority in the previous plan, has been brought together with neighbourhood crime under "
        "Priority Two, so that our towns and villages are served by one neighbourhood policing model.",
        "I will hold the Chief Constable, Marcus Thorne, to account for the delivery of this plan, and I will have "
        "regard to the Home Office’s Strategic Policing Requirement and to the findings of His Majesty’s Inspectorate "
        "of Constabulary and Fire & Rescue Services (HMICFRS).",
    ]:
        st.append(Paragraph(t, body))
    st.append(Paragraph("<b>Helen Achterberg</b><br/>Police and Crime Commissioner for Ravensmoor",
                        S("sig", parent=body, spaceBefore=4, spaceAfter=14)))

    glance = [[Paragraph("Our priorities at a glance", S("g", parent=h3, textColor=purple, fontSize=12))]]
    for n, t in [("One", "Preventing violence against women and girls"),
                 ("Two", "Tackling neighbourhood crime and anti-social behaviour"),
                 ("Three", "Making our roads safer"),
                 ("Four", "Supporting victims and delivering justice")]:
        glance.append([Paragraph(f"<b>Priority {n}:</b> {t}", body)])
    glance.append([Paragraph("Running through every priority are three cross-cutting themes:", body)])
    for t in ["Early intervention and prevention", "Equality, diversity and inclusion", "Listening to communities"]:
        glance.append([Paragraph(t, bullet, bulletText="•")])
    g = Table(glance, colWidths=[W])
    g.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), lilac), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    st.append(g)
    st.append(PageBreak())

    def priority(n, title, intro, will, measures):
        st.append(CondPageBreak(70 * mm))
        st.append(Paragraph(f"Priority {n}: {title}", h2))
        st.append(Paragraph(intro, body))
        st.append(Paragraph("We will:", h3))
        for t in will:
            st.append(Paragraph(t, bullet, bulletText="•"))
        box = [[Paragraph("How we will measure success", S("m", parent=h3, textColor=purple))]]
        box += [[Paragraph(t, bullet, bulletText="–")] for t in measures]
        b = Table(box, colWidths=[W])
        b.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, purple), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        st.append(Spacer(1, 4))
        st.append(b)
        st.append(Spacer(1, 8))

    priority("One", "Preventing violence against women and girls",
             "Domestic abuse accounts for one in five crimes recorded by Ravensmoor Police. Women and girls should be "
             "safe, and feel safe, at home, online and in public spaces.",
             ["Commission a specialist domestic abuse perpetrator programme across all districts by March 2025.",
              "Fund two additional Independent Sexual Violence Advisers (ISVAs) through Ravensmoor Rape Crisis.",
              "Work with Ravensmoor County Council and NHS Ravensmoor Integrated Care Board to deliver healthy "
              "relationships education in every secondary school.",
              "Require Ravensmoor Police to publish its VAWG action plan and report progress to me twice a year."],
             ["Increase in the proportion of domestic abuse crimes resulting in a charge",
              "Victim satisfaction with the police response to domestic abuse",
              "Number of perpetrators completing an accredited programme"])
    priority("Two", "Tackling neighbourhood crime and anti-social behaviour",
             "Burglary, vehicle crime, rural theft and persistent anti-social behaviour do lasting harm to victims and "
             "to confidence in policing.",
             ["Protect the number of Police Community Support Officers (PCSOs) at 184 for the life of this plan.",
              "Establish a dedicated Rural and Wildlife Crime Team by the end of 2024.",
              "Provide £250,000 a year through my Safer Neighbourhoods Fund for community-led crime prevention.",
              "Work with the Community Safety Partnerships to introduce a single Anti-social Behaviour Case Review "
              "process across Ravensmoor."],
             ["Reduction in burglary, vehicle crime and theft from the person",
              "Reduction in repeat anti-social behaviour incidents at the same location",
              "Public confidence in local policing, measured by the Ravensmoor Residents’ Survey"])
    priority("Three", "Making our roads safer",
             "In 2023, 41 people died and 388 were seriously injured on Ravensmoor’s roads.",
             ["Work through Safer Roads Ravensmoor to reduce the number of people killed or seriously injured.",
              "Expand Community Speedwatch to 60 communities by March 2026.",
              "Invest in average-speed cameras on two high-risk rural routes identified by the partnership."],
             ["Number of people killed or seriously injured on Ravensmoor’s roads",
              "Number of active Community Speedwatch schemes"])
    priority("Four", "Supporting victims and delivering justice",
             "Victims must be at the heart of the criminal justice system, from the first report to the outcome in court.",
             ["Recommission the Ravensmoor Victims’ Hub, currently delivered by Victim Support, from April 2025.",
              "Work with the Crown Prosecution Service and HM Courts & Tribunals Service through the Ravensmoor Local "
              "Criminal Justice Board to reduce delays for victims.",
              "Fund restorative justice services for every victim who chooses them."],
             ["Compliance with the Victims’ Code",
              "Average time from charge to first hearing"])

    st.append(CondPageBreak(90 * mm))
    st.append(Paragraph("Working in partnership", h2))
    st.append(Paragraph("I cannot deliver this plan alone. My key partners are:", body))
    partners = ["Ravensmoor Police", "Ravensmoor County Council", "Ashcombe Borough Council",
                "Harbury District Council", "Fellbridge District Council", "Ravensmoor Fire and Rescue Service",
                "NHS Ravensmoor Integrated Care Board", "The Probation Service", "Crown Prosecution Service",
                "HM Courts & Tribunals Service", "Ravensmoor Youth Justice Service",
                "Ravensmoor Community Safety Partnerships", "Safer Roads Ravensmoor", "Victim Support",
                "Ravensmoor Rape Crisis", "Ravensmoor Local Criminal Justice Board"]
    half = (len(partners) + 1) // 2
    rows = [[Paragraph(partners[i], bullet, bulletText="•"),
             Paragraph(partners[i + half], bullet, bulletText="•") if i + half < len(partners) else ""]
            for i in range(half)]
    st.append(borderless(rows, [W / 2, W / 2]))
    st.append(Spacer(1, 6))
    st.append(Paragraph("Holding the Chief Constable to account", h2))
    st.append(Paragraph("I will hold a public Accountability Board with the Chief Constable every quarter, and the "
                        "Ravensmoor Police and Crime Panel will scrutinise my progress against this plan each year. "
                        "I will publish an annual report each summer, beginning in July 2025.", body))
    st.append(Spacer(1, 14))
    st.append(Paragraph("Office of the Police and Crime Commissioner for Ravensmoor (OPCC)<br/>Kingsgate House, "
                        "Ravensmoor RV1 4PQ<br/>Telephone 01999 860 400", S("ct", parent=body, fontSize=8.5,
                                                                           leading=11, textColor=purple)))
    doc.build(st)
    return stem


# ---------------------------------------------------------------------------------------
# 6. Landscape action tracker with an unruled table (Arial Narrow)
# ---------------------------------------------------------------------------------------
def doc_tracker():
    stem = "blind6-uk-brackenford-csp-action-tracker-2024-06-30"
    pw, ph = landscape(A4)
    body = S("b", fontName="ArialN", fontSize=9.5, leading=11.5)
    hdr = S("h", parent=body, fontName="ArialN-Bold", fontSize=10)
    grp = S("g", parent=body, fontName="ArialN-Bold", fontSize=10.5, textColor=colors.HexColor("#8a1c1c"))

    def decorate(c, n, total):
        c.saveState()
        c.setFont("ArialN", 8)
        c.drawString(15 * mm, 9 * mm, "Brackenford CSP – Partnership Plan 2024/25 Action Tracker – OFFICIAL")
        c.drawRightString(pw - 15 * mm, 9 * mm, f"Page {n} of {total}")
        if n > 1:
            c.drawString(15 * mm, ph - 10 * mm, "Action Tracker (continued) – position as at 30 June 2024")
        c.restoreState()

    doc = BaseDocTemplate(str(OUT / f"{stem}.pdf"), pagesize=(pw, ph), leftMargin=15 * mm, rightMargin=15 * mm,
                          topMargin=15 * mm, bottomMargin=15 * mm, title="CSP Action Tracker June 2024",
                          author="Brackenford Community Safety Partnership")
    doc.addPageTemplates([PageTemplate("p", [Frame(15 * mm, 14 * mm, pw - 30 * mm, ph - 28 * mm)])])
    st = []
    st.append(Paragraph("Brackenford Community Safety Partnership", S("t", parent=body, fontName="ArialN-Bold",
                                                                       fontSize=16, leading=19)))
    st.append(Paragraph("Partnership Plan 2024/25 – Action Tracker", S("t2", parent=body, fontSize=13, leading=16)))
    st.append(Paragraph("Position as at 30 June 2024 &nbsp;|&nbsp; Reported to the CSP Strategy Board on 11 July 2024",
                        S("t3", parent=body, fontName="ArialN-Italic", spaceBefore=2, spaceAfter=4)))
    st.append(Paragraph("Partners: Brackenford Borough Council (BrBC), Eastshire Police, Eastshire County Council, "
                        "Eastshire Fire &amp; Rescue Service, NHS Eastshire Integrated Care Board (ICB), The Probation "
                        "Service, Eastshire Youth Justice Service (YJS) and Brackenford Homes.",
                        S("t4", parent=body, spaceAfter=8)))
    widths = [16 * mm, 124 * mm, 44 * mm, 26 * mm, 55 * mm]
    rows = [[Paragraph(x, hdr) for x in ["No.", "Action", "Owner", "Due", "Status"]]]
    styles = []

    def group(t):
        rows.append([Paragraph(t, grp), "", "", "", ""])
        styles.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))

    def row(*cells):
        rows.append([Paragraph(x, body) for x in cells])

    group("Priority 1 – Serious violence")
    row("SV1", "Refresh the Serious Violence Duty strategic needs assessment and share it with all specified "
        "authorities", "CSP Manager (BrBC)", "30/09/2024", "On track")
    row("SV2", "Deliver StreetDoctors knife-crime first-aid sessions in all four secondary schools",
        "Eastshire YJS", "Mar 2025", "On track – 2 of 4 schools booked")
    row("SV3", "Introduce a hospital navigator scheme at Brackenford General Hospital A&amp;E with referrals to the "
        "youth violence team", "NHS Eastshire ICB / Public Health", "Q3 2024/25",
        "At risk – funding bid to Home Office pending")
    row("SV4", "Agree an information-sharing protocol for violence hotspot mapping between Eastshire Police, BrBC and "
        "Eastshire Fire &amp; Rescue Service", "Eastshire Police – Partnerships Inspector", "31/08/2024", "Complete")
    group("Priority 2 – Domestic abuse")
    row("DA1", "Recommission the community-based domestic abuse outreach service (current contract ends 31/03/2025)",
        "DA Coordinator, BrBC", "31/01/2025", "On track – tender published")
    row("DA2", "Roll out Domestic Abuse Champions training to 120 frontline staff across partner agencies",
        "DA Coordinator, BrBC", "Dec 2024", "46 trained to date")
    row("DA3", "Review MARAC referral thresholds in line with SafeLives guidance", "Eastshire Police / MARAC Chair",
        "Sep 2024", "Not started")
    group("Priority 3 – Anti-social behaviour")
    row("ASB1", "Launch the ASB Case Review online form and publish annual case review data",
        "Community Safety Team, BrBC", "31/07/2024", "Complete")
    row("ASB2", "Deploy two redeployable CCTV cameras to Brackenford town centre and Mill Park",
        "CCTV Manager, BrBC", "Oct 2024", "Slipped – revised date Dec 2024")
    row("ASB3", "Hold quarterly joint action days with Brackenford Homes and the Neighbourhood Policing Team",
        "Brackenford Homes / Eastshire Police", "Ongoing (quarterly)", "On track")
    group("Priority 4 – Drug and alcohol related harm")
    row("DR1", "Complete the Eastshire Combating Drugs Partnership needs assessment for Brackenford",
        "Public Health, Eastshire County Council", "30/11/2024", "On track")
    row("DR2", "Consult on a Public Spaces Protection Order (alcohol) for the Station Quarter",
        "Licensing &amp; Community Safety, BrBC", "Jan 2025", "Not started – awaiting Cabinet approval")
    row("DR3", "Extend assertive outreach by Pathways Recovery Eastshire to the Station Quarter on Friday and "
        "Saturday evenings", "Pathways Recovery Eastshire (commissioned provider)", "Mar 2025", "On track")

    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, 0), 9)] + styles))
    st.append(t)
    st.append(Spacer(1, 10))
    st.append(Paragraph("Status key: Complete – action delivered; On track – expected by due date; At risk – delivery "
                        "or funding uncertain; Slipped – due date missed, revised date shown; Not started.",
                        S("k", parent=body, fontName="ArialN-Italic", fontSize=8.5)))
    doc.build(st, canvasmaker=numbered_canvas(decorate))
    return stem


# ---------------------------------------------------------------------------------------
# 7. Canadian (Ontario) community safety and well-being plan in two columns (DejaVu Sans Condensed)
# ---------------------------------------------------------------------------------------
def doc_cswb():
    stem = "blind6-ca-kestrel-bay-township-cswb-plan-2024-02-27"
    teal = colors.HexColor("#0f5e6e")
    pw, ph = LETTER
    body = S("b", fontName="Cond", fontSize=9.3, leading=12.4, spaceAfter=6, alignment=TA_LEFT)
    h2 = S("h2", parent=body, fontName="Cond-Bold", fontSize=12.5, leading=15, textColor=teal, spaceBefore=6,
           spaceAfter=5)
    sd = S("sd", parent=body, fontName="Cond-Bold", fontSize=10.5, leading=13, textColor=colors.white,
           backColor=teal, borderPadding=(3, 3, 3, 3), spaceBefore=8, spaceAfter=8)
    goal = S("goal", parent=body, fontName="Cond-Bold", leftIndent=8, spaceAfter=3)
    act = S("act", parent=body, leftIndent=22, bulletIndent=12, spaceAfter=2)
    meta = S("meta", parent=body, fontName="Cond-Italic", leftIndent=22, fontSize=8.5, leading=11, spaceAfter=6,
             textColor=colors.HexColor("#444444"))

    def cover(c, d):
        c.saveState()
        c.setFillColor(teal)
        c.rect(0, ph * 0.45, pw, ph * 0.55, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Cond", 14)
        c.drawString(54, ph - 90, "Township of Kestrel Bay")
        c.setFont("Cond-Bold", 30)
        c.drawString(54, ph - 200, "Community Safety and")
        c.drawString(54, ph - 236, "Well-Being Plan")
        c.setFont("Cond", 22)
        c.drawString(54, ph - 276, "2024–2028")
        c.setFillColor(colors.black)
        c.setFont("Cond", 11)
        c.drawString(54, ph * 0.45 - 40, "Adopted by Council on February 27, 2024 (Resolution No. 2024-041)")
        c.drawString(54, ph * 0.45 - 56, "Prepared by the Kestrel Bay CSWB Advisory Committee")
        c.restoreState()

    def inner(c, d):
        c.saveState()
        c.setFont("Cond", 8)
        c.setFillColor(teal)
        c.drawString(54, ph - 34, "Township of Kestrel Bay  •  Community Safety and Well-Being Plan 2024–2028")
        c.setStrokeColor(teal)
        c.line(54, ph - 38, pw - 54, ph - 38)
        c.drawCentredString(pw / 2, 28, str(d.page))
        c.restoreState()

    doc = BaseDocTemplate(str(OUT / f"{stem}.pdf"), pagesize=LETTER, title="CSWB Plan 2024-2028",
                          author="Township of Kestrel Bay")
    gap = 20
    colw = (pw - 108 - gap) / 2
    two = [Frame(54, 48, colw, ph - 100, id="L"), Frame(54 + colw + gap, 48, colw, ph - 100, id="R")]
    doc.addPageTemplates([PageTemplate("cover", [Frame(54, 48, pw - 108, ph - 100)], onPage=cover),
                          PageTemplate("two", two, onPage=inner)])
    st = [NextPageTemplate("two"), Spacer(1, 1), PageBreak()]

    st.append(Paragraph("Message from the Mayor", h2))
    st.append(Paragraph("On behalf of Council, I am proud to present the Township of Kestrel Bay’s updated Community "
                        "Safety and Well-Being Plan. Safety is about much more than policing: it depends on housing, "
                        "mental health, belonging and the strength of our neighbourhoods. I thank every resident and "
                        "partner who took part.", body))
    st.append(Paragraph("<b>Mayor Colette Brisebois</b>", body))
    st.append(Paragraph("Introduction", h2))
    st.append(Paragraph("Under the Community Safety and Policing Act, 2019, every municipality in Ontario must prepare "
                        "and adopt a community safety and well-being (CSWB) plan, working with police, health, "
                        "education and social service partners. Kestrel Bay adopted its first plan on June 22, 2021. "
                        "This plan replaces it and covers the period 2024 to 2028.", body))
    st.append(Paragraph("The plan was developed by the Kestrel Bay CSWB Advisory Committee, which met six times between "
                        "March and November 2023, and reflects a community survey completed by 611 residents.", body))
    st.append(Paragraph("Planning framework", h2))
    st.append(Paragraph("Following the provincial framework published by the Ministry of the Solicitor General, actions "
                        "in this plan are organised across four areas: social development; prevention; risk "
                        "intervention; and incident response. Most of our effort is directed to the first two.", body))
    st.append(Paragraph("Our partners", h2))
    for p in ["Ontario Provincial Police – Kestrel Bay Detachment (OPP)", "Tamarack District Health Unit",
              "Canadian Mental Health Association, Tamarack Branch (CMHA Tamarack)", "Kestrel Bay Family Health Team",
              "Tamarack District School Board", "Tamarack District Social Services Administration Board (TDSSAB)",
              "Kestrel Bay Fire Department", "Kestrel Bay Food Bank", "Victim Services Tamarack"]:
        st.append(Paragraph(p, S("pp", parent=body, leftIndent=10, bulletIndent=0, spaceAfter=2), bulletText="•"))
    st.append(Spacer(1, 4))
    st.append(Paragraph("Strategic Directions and Goals", h2))
    st.append(Paragraph("The plan sets four Strategic Directions. Each has two or three goals, and each goal has actions "
                        "with a lead partner and a target year.", body))

    def direction(n, title, goals):
        st.append(CondPageBreak(90))
        st.append(Paragraph(f"Strategic Direction {n} – {title}", sd))
        for gno, gtext, actions in goals:
            st.append(Paragraph(f"Goal {gno}&nbsp;&nbsp;{gtext}", goal))
            for a, lead, when in actions:
                st.append(Paragraph(a, act, bulletText="▪"))
                st.append(Paragraph(f"Lead: {lead} &nbsp;|&nbsp; Target: {when}", meta))

    direction(1, "Mental Health and Addictions", [
        ("1.1", "Improve timely access to crisis support for people experiencing a mental health crisis.",
         [("Establish a Mobile Crisis Response Team pairing OPP officers with CMHA Tamarack crisis workers.",
           "OPP / CMHA Tamarack", "2025")]),
        ("1.2", "Reduce harms associated with substance use.",
         [("Make naloxone kits available in all municipal facilities and train front-desk staff in their use.",
           "Tamarack District Health Unit", "2024")]),
        ("1.3", "Reduce stigma and increase awareness of local services.",
         [("Publish a plain-language directory of mental health and addiction services, in English and French.",
           "Kestrel Bay Family Health Team", "2024")]),
    ])
    direction(2, "Housing and Homelessness", [
        ("2.1", "Increase the supply of safe and affordable housing.",
         [("Complete a municipal housing needs assessment and report to Council.", "Township of Kestrel Bay", "2024")]),
        ("2.2", "Prevent people from becoming homeless.",
         [("Create a coordinated by-name list of people experiencing homelessness.", "TDSSAB", "2025"),
          ("Provide emergency rent and utility support through the Kestrel Bay Food Bank’s outreach desk.",
           "Kestrel Bay Food Bank / TDSSAB", "Ongoing")]),
    ])
    direction(3, "Youth Engagement and Belonging", [
        ("3.1", "Increase access to free and low-cost recreation for young people.",
         [("Offer free drop-in youth nights at the Kestrel Bay Community Centre every Friday.",
           "Township Recreation Department", "Ongoing")]),
        ("3.2", "Strengthen connections between young people and caring adults.",
         [("Launch a youth mentorship program in partnership with the Tamarack District School Board.",
           "Tamarack District School Board", "2026")]),
    ])
    direction(4, "Road and Community Safety", [
        ("4.1", "Reduce speeding and impaired driving.",
         [("Install radar speed signs in the four Community Safety Zones.", "Public Works Department", "2024")]),
        ("4.2", "Reduce property crime in the downtown core.",
         [("Deliver a business crime-prevention audit program for downtown merchants.",
           "OPP Kestrel Bay Detachment", "2025")]),
    ])
    st.append(Paragraph("Monitoring and reporting", h2))
    st.append(Paragraph("The Advisory Committee will report progress on each action to Council every spring. The plan "
                        "will be formally reviewed in 2026, at its mid-point, and a new plan prepared by the end of "
                        "2028.", body))
    doc.build(st)
    return stem


if __name__ == "__main__":
    for f in (doc_planning, doc_scottish, doc_us, doc_parish, doc_pcc, doc_tracker, doc_cswb):
        print(f())
