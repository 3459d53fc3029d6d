"""Draw the six blind-test PDFs with reportlab into pdf/ beside this script.

Run:  .venv/bin/python tests/gold/blind/make.py
All names, councils and people are invented.
"""
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pdf")
os.makedirs(OUT, exist_ok=True)

REG, BOLD, ITAL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"


def wrap(text, font, size, width):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if stringWidth(trial, font, size) <= width:
            cur = trial
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Page:
    """A tiny cursor-based writer around a reportlab canvas."""

    def __init__(self, path, size=A4, margin=56, footer=None, title=None):
        self.c = canvas.Canvas(path, pagesize=size)
        if title:
            self.c.setTitle(title)
        self.W, self.H = size
        self.m = margin
        self.footer = footer
        self.pageno = 1
        self.y = self.H - margin

    def need(self, h):
        if self.y - h < self.m + 20:
            self.newpage()

    def newpage(self):
        self._footer()
        self.c.showPage()
        self.pageno += 1
        self.y = self.H - self.m

    def _footer(self):
        if self.footer:
            self.c.setFont(REG, 8)
            self.c.drawCentredString(self.W / 2, 30, self.footer.format(n=self.pageno))

    def save(self):
        self._footer()
        self.c.save()

    def line(self, text, font=REG, size=10, x=None, lead=None):
        lead = lead or size * 1.35
        self.need(lead)
        self.c.setFont(font, size)
        self.c.drawString(self.m if x is None else x, self.y, text)
        self.y -= lead

    def para(self, text, font=REG, size=10, x=None, width=None, lead=None, after=4,
             first_prefix=None, prefix_font=None):
        x = self.m if x is None else x
        width = width or (self.W - self.m - x)
        lead = lead or size * 1.35
        lines = wrap(text, font, size, width)
        for i, ln in enumerate(lines):
            self.need(lead)
            if i == 0 and first_prefix:
                self.c.setFont(prefix_font or font, size)
                self.c.drawString(x - stringWidth(first_prefix + " ", prefix_font or font, size) - 2,
                                  self.y, first_prefix)
            self.c.setFont(font, size)
            self.c.drawString(x, self.y, ln)
            self.y -= lead
        self.y -= after

    def bullet(self, text, x=None, width=None, size=10, glyph="\u2022", after=2):
        x = (self.m if x is None else x)
        self.need(size * 1.35)
        self.c.setFont(REG, size)
        self.c.drawString(x, self.y, glyph)
        self.para(text, REG, size, x=x + 12, width=width, after=after)

    def gap(self, h=6):
        self.y -= h

    def hrule(self, x0=None, x1=None, w=0.5):
        self.c.setLineWidth(w)
        self.c.line(self.m if x0 is None else x0, self.y + 8, self.W - self.m if x1 is None else x1, self.y + 8)

    def table(self, cols, rows, header=True, size=9, pad=3, head_font=BOLD, grid=True):
        """cols: list of (title, width). rows: list of lists of strings."""
        x0 = self.m
        widths = [w for _, w in cols]
        lead = size * 1.3

        def draw_row(cells, font):
            wrapped = [wrap(t, font, size, w - 2 * pad) or [""] for t, w in zip(cells, widths)]
            h = max(len(wl) for wl in wrapped) * lead + 2 * pad
            if self.y - h < self.m + 20:
                self.newpage()
                if header:
                    draw_row([t for t, _ in cols], head_font)
            top = self.y + lead - 1
            x = x0
            for wl, w in zip(wrapped, widths):
                yy = self.y - pad
                self.c.setFont(font, size)
                for ln in wl:
                    self.c.drawString(x + pad, yy, ln)
                    yy -= lead
                x += w
            bottom = top - h
            if grid:
                self.c.setLineWidth(0.5)
                self.c.line(x0, top, x0 + sum(widths), top)
                self.c.line(x0, bottom, x0 + sum(widths), bottom)
                x = x0
                for w in widths:
                    self.c.line(x, top, x, bottom)
                    x += w
                self.c.line(x, top, x, bottom)
            self.y = bottom - lead + 1

        if header:
            draw_row([t for t, _ in cols], head_font)
        for r in rows:
            draw_row(r, REG)
        self.y -= 6


# ---------------------------------------------------------------------------
# 1. English district council committee minutes (ModernGov-like, with variations)
# ---------------------------------------------------------------------------
def doc1():
    p = Page(os.path.join(OUT, "blind-uk-district-committee-minutes-2023-03-14.pdf"),
             footer="Planning Committee 14.03.23        Page {n}",
             title="Minutes - Planning Committee - 14 March 2023")
    c = p.c
    c.setFont(BOLD, 14)
    c.drawCentredString(p.W / 2, p.y, "FENMOOR DISTRICT COUNCIL")
    p.y -= 22
    p.para("MINUTES of a meeting of the PLANNING COMMITTEE held in the Council Chamber, "
           "Fenmoor House, Station Road, Wrexby on Tuesday, 14 March 2023 at 7.00 pm", BOLD, 10, after=10)

    p.line("PRESENT:", BOLD, 10)
    left, right = p.m + 20, p.m + 250
    members = [
        ("Councillor P. Hargreaves", "Chair"),
        ("Councillor D. Okonjo", "Vice-Chair"),
        ("Councillor R. Banerjee", ""),
        ("Councillor E. Nwosu", ""),
        ("Councillor J. Fairbrother", ""),
        ("Councillor A. Kowalczyk", "Substitute for Councillor B. Driscoll"),
        ("Councillor T. McAllister", ""),
        ("Councillor L. Pryce", ""),
        ("Councillor H. Stannard", ""),
        ("Councillor S. Whitlock", ""),
    ]
    for n, r in members:
        p.need(13)
        c.setFont(REG, 10)
        c.drawString(left, p.y, n)
        if r:
            c.drawString(right, p.y, r)
        p.y -= 13
    p.gap(4)
    p.line("Officers:", BOLD, 10)
    officers = [
        ("Helen Marsh", "Head of Planning and Regeneration"),
        ("Daniel Osei", "Principal Planning Officer"),
        ("Ruth Calloway", "Legal Adviser (Solicitor)"),
        ("Kieran Bligh", "Democratic Services Officer"),
    ]
    for n, r in officers:
        c.setFont(REG, 10)
        c.drawString(left, p.y, n)
        c.drawString(right, p.y, r)
        p.y -= 13
    p.gap(4)
    p.line("Also Present:", BOLD, 10)
    c.setFont(REG, 10)
    c.drawString(left, p.y, "Councillor G. Thorne")
    c.drawString(right, p.y, "Ward Member, Wrexby North (for minute 23/48)")
    p.y -= 20

    def minute(num, title):
        p.need(30)
        c.setFont(BOLD, 10)
        c.drawString(p.m, p.y, num)
        c.drawString(p.m + 52, p.y, title.upper())
        p.y -= 15

    body_x = p.m + 52

    minute("23/45", "Apologies for Absence")
    p.para("Apologies for absence were received from Councillor B. Driscoll, for whom Councillor "
           "A. Kowalczyk attended as substitute, and from Councillor N. Varley.", x=body_x)

    minute("23/46", "Declarations of Interest")
    p.para("Councillor J. Fairbrother declared a non-registrable interest in minute 23/48 as a member "
           "of Wrexby Town Council, which had commented on the application. She left the Chamber "
           "during consideration of that item and did not vote.", x=body_x)

    minute("23/47", "Minutes")
    p.para("RESOLVED that the minutes of the meeting of the Committee held on 14 February 2023 be "
           "approved as a correct record and signed by the Chair.", x=body_x, after=8)

    minute("23/48", "22/01874/FUL - Land East of Millbrook Lane, Wrexby")
    p.para("The Principal Planning Officer presented the report on the application for the erection of "
           "48 dwellings with associated access, open space and drainage. The officer recommendation "
           "was to grant permission subject to conditions and a Section 106 agreement. The Committee "
           "was addressed by Mr K. Doyle (objector), Ms F. Adeyemi (agent for the applicant) and "
           "Councillor G. Thorne as Ward Member.", x=body_x)
    p.para("Members discussed highway safety on Millbrook Lane, the capacity of Wrexby Primary School "
           "and the response of Northshire County Council as Local Highway Authority, which had raised "
           "no objection subject to a new footway. It was moved by Councillor Hargreaves and seconded "
           "by Councillor Okonjo that the officer recommendation be approved.", x=body_x)
    p.para("A recorded vote was taken:", x=body_x, after=2)
    p.para("For: 6, Against: 2, Abstain: 1", BOLD, x=body_x + 20, after=6)
    p.para("RESOLVED that:", BOLD, x=body_x, after=2)
    subs = [
        ("(a)", "planning permission be GRANTED subject to the conditions set out in the report and the "
                "completion of a Section 106 agreement securing 30% affordable housing and a contribution "
                "of \u00a3212,000 towards primary education;"),
        ("(b)", "authority be delegated to the Head of Planning and Regeneration, in consultation with "
                "the Chair, to finalise the wording of the conditions and the Section 106 agreement; and"),
        ("(c)", "should the Section 106 agreement not be completed by 30 June 2023, the application be "
                "reported back to the Committee for determination."),
    ]
    for lab, t in subs:
        p.need(14)
        c.setFont(REG, 10)
        c.drawString(body_x + 4, p.y, lab)
        p.para(t, x=body_x + 30, after=3)
    p.gap(4)

    minute("23/49", "23/00112/HOU - 7 Kestrel Close, Heathby")
    p.para("The Committee considered an application for a two-storey side extension which had been "
           "referred to the Committee at the request of Councillor Pryce. Members considered that the "
           "extension would be overbearing to the neighbouring property at 9 Kestrel Close.", x=body_x)
    p.para("RESOLVED that planning permission be REFUSED, contrary to the officer recommendation, on "
           "the grounds that the proposal would have an unacceptable overbearing impact on the "
           "occupiers of 9 Kestrel Close, contrary to Policy DM4 of the Fenmoor Local Plan 2018-2036.",
           x=body_x, after=8)

    minute("23/50", "Planning Appeals Update")
    p.para("The Head of Planning and Regeneration reported that two appeals had been determined since "
           "the last meeting, including the appeal at Orchard Farm, Little Sedley, which had been "
           "dismissed by the Planning Inspectorate. The Principal Planning Officer agreed to circulate "
           "the Inspector's decision letter to all Members.", x=body_x)
    p.para("RESOLVED that the report be noted.", x=body_x, after=8)

    minute("23/51", "Tree Preservation Order No. 3/2023 - Church Walk, Heathby")
    p.para("No objections had been received to the provisional order within the consultation period.",
           x=body_x)
    p.para("RESOLVED that Tree Preservation Order No. 3/2023 (Church Walk, Heathby) be confirmed "
           "without modification.", x=body_x, after=10)

    p.line("ACTIONS ARISING", BOLD, 10)
    p.table([("Action", 235), ("Owner", 170), ("Deadline", 78)], [
        ["Finalise conditions and Section 106 agreement for 22/01874/FUL",
         "Head of Planning and Regeneration", "30 June 2023"],
        ["Circulate Orchard Farm appeal decision letter to all Members",
         "Principal Planning Officer", "21 March 2023"],
        ["Issue refusal notice for 23/00112/HOU", "Development Management Team", "28 March 2023"],
        ["Serve notice of confirmation of TPO No. 3/2023 on affected owners", "Legal Adviser",
         "31 March 2023"],
    ])
    p.gap(6)
    p.line("The meeting closed at 8.52 pm.", REG, 10)
    p.gap(14)
    p.line("Chair ..........................................            Date ..............................",
           REG, 10)
    p.save()


# ---------------------------------------------------------------------------
# 2. Scottish community council minutes (plain text, superscript ordinals)
# ---------------------------------------------------------------------------
def doc2():
    p = Page(os.path.join(OUT, "blind-scot-community-council-minutes-2023-03-14.pdf"), margin=64,
             title="BETCC Minutes March 2023")
    c = p.c

    def ordinal_date(x, y, parts, size=11, font=REG):
        """parts: list of (text, is_sup). Superscript drawn smaller and raised 3pt."""
        for t, sup in parts:
            if sup:
                c.setFont(font, size * 0.6)
                c.drawString(x, y + 3, t)
                x += stringWidth(t, font, size * 0.6)
            else:
                c.setFont(font, size)
                c.drawString(x, y, t)
                x += stringWidth(t, font, size)
        return x

    c.setFont(BOLD, 13)
    c.drawCentredString(p.W / 2, p.y, "Balnacraig and Easter Tullo Community Council")
    p.y -= 18
    # centred line with superscript ordinal
    parts = [("Minutes of the meeting held on Tuesday 14", False), ("th", True),
             (" March 2023 at 7.30pm in Balnacraig Village Hall", False)]
    total = sum(stringWidth(t, REG, 11 * (0.6 if s else 1)) for t, s in parts)
    ordinal_date(p.W / 2 - total / 2, p.y, parts)
    p.y -= 26

    c.setFont(BOLD, 10)
    c.drawString(p.m, p.y, "Present:")
    p.para("Fiona Gallacher (Chair), Iain McPhail (Vice Chair), Morag Dunlop (Treasurer), Alasdair Reid, "
           "Catriona Baird, Stuart Kerr", x=p.m + 80, after=4)
    c.setFont(BOLD, 10)
    c.drawString(p.m, p.y, "In attendance:")
    p.para("Cllr Douglas Menzies (Mearnsford Council, Ward 6), PC Lorna Haig (Police Scotland), "
           "Jean Paterson (Clerk), 3 members of the public", x=p.m + 80, after=12)

    def item(n, title):
        p.need(30)
        p.gap(4)
        c.setFont(BOLD, 10)
        c.drawString(p.m, p.y, f"{n}.")
        c.drawString(p.m + 20, p.y, title)
        p.y -= 14

    def action(who):
        c.setFont(BOLD, 10)
        c.drawString(p.W - p.m - stringWidth(f"ACTION: {who}", BOLD, 10), p.y, f"ACTION: {who}")
        p.y -= 16

    bx = p.m + 20
    item(1, "Welcome and Apologies")
    p.para("The Chair welcomed everyone to the meeting. Apologies were received from Graham Tosh and "
           "Eilidh Munro.", x=bx)

    item(2, "Minutes of Previous Meeting")
    # body line with superscript
    y0 = p.y
    x = ordinal_date(bx, y0, [("The minutes of the meeting held on 14", False), ("th", True),
                               (" February 2023 were approved, proposed by Alasdair Reid and", False)],
                     size=10)
    p.y -= 13.5
    p.para("seconded by Catriona Baird.", x=bx)

    item(3, "Matters Arising")
    p.para("Bus shelter, Easter Tullo: the Clerk had written to Mearnsford Council in January but no "
           "date had yet been given for repair of the damaged glazing. It was agreed that the Clerk "
           "would write again to the Roads and Transport Service asking for a repair date.", x=bx, after=2)
    action("Clerk")
    p.para("Path to Craigmill Woods: Stuart Kerr reported that the landowner was content for volunteers "
           "to clear the path. It was agreed that a work party be arranged for a Saturday in April.",
           x=bx, after=2)
    action("Stuart Kerr")

    item(4, "Police Report")
    p.para("PC Haig reported four incidents in the area during February: two thefts from outbuildings, "
           "one road traffic collision on the B9120 and one report of fly-tipping at Mill Brae. "
           "Residents continued to raise concerns about speeding on Main Street, Balnacraig. PC Haig "
           "said that officers would carry out speed checks on Main Street during March and April.",
           x=bx, after=2)
    action("Police Scotland")

    item(5, "Planning")
    p.para("23/00231/FLL - Erection of dwellinghouse, Plot 2, Mill Brae: no objections were raised and "
           "it was agreed that no comment would be submitted.", x=bx)
    y0 = p.y
    ordinal_date(bx, y0, [("Corsehill Wind Farm scoping consultation: it was agreed that the Community Council would", False)], size=10)
    p.y -= 13.5
    x = ordinal_date(bx, p.y, [("respond by 31", False), ("st", True),
                                (" March 2023, stressing the impact of construction traffic on the", False)], size=10)
    p.y -= 13.5
    p.para("B9120 and the need for a community benefit fund.", x=bx, after=2)
    action("Iain McPhail")

    item(6, "Treasurer's Report")
    p.para("Morag Dunlop reported a balance of \u00a32,314.56 in the main account and \u00a3640.00 in the "
           "Christmas lights fund. It was agreed that \u00a3150 be donated to Balnacraig Primary School "
           "Parent Council towards the Easter fun day.", x=bx, after=2)
    action("Treasurer")

    item(7, "Community Resilience")
    p.para("The defibrillator at the Village Hall had been used once in February and had been restocked. "
           "It was agreed that the Community Council would apply to the Mearnsford Council Community "
           "Investment Fund for a second defibrillator to be sited at Easter Tullo.", x=bx, after=2)
    action("Chair")

    item(8, "AOCB")
    y0 = p.y
    ordinal_date(bx, y0, [("The spring litter pick will take place on Saturday 22", False), ("nd", True),
                          (" April 2023, meeting at the Village Hall at 10am.", False)], size=10)
    p.y -= 13.5
    p.para("Catriona Baird will contact Keep Scotland Beautiful for litter picking equipment.", x=bx, after=2)
    action("Catriona Baird")

    item(9, "Date of Next Meeting")
    ordinal_date(bx, p.y, [("Tuesday 11", False), ("th", True),
                           (" April 2023 at 7.30pm, Balnacraig Village Hall.", False)], size=10)
    p.y -= 30
    c.setFont(REG, 10)
    c.drawString(p.m, p.y, "The meeting closed at 9.05pm.")
    p.save()


# ---------------------------------------------------------------------------
# 3. US city council regular meeting minutes
# ---------------------------------------------------------------------------
def doc3():
    p = Page(os.path.join(OUT, "blind-us-city-council-regular-meeting-minutes-2023-06-06.pdf"),
             size=LETTER, margin=72, footer="City Council Minutes - June 6, 2023 - Page {n} of 2",
             title="CC Minutes 06-06-2023")
    c = p.c
    for t, f, s in [("CITY OF MAPLE CROSSING", BOLD, 13),
                    ("MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL", BOLD, 11),
                    ("Tuesday, June 6, 2023 - 7:00 p.m.", REG, 10),
                    ("Council Chambers, City Hall, 410 Ash Street, Maple Crossing", REG, 10)]:
        c.setFont(f, s)
        c.drawCentredString(p.W / 2, p.y, t)
        p.y -= s + 5
    p.gap(10)

    def head(t):
        p.need(30)
        p.gap(4)
        c.setFont(BOLD, 10)
        c.drawString(p.m, p.y, t)
        p.y -= 14

    head("CALL TO ORDER")
    p.para("Mayor Whitfield called the meeting to order at 7:02 p.m.")
    head("ROLL CALL")
    for lab, txt in [("Present:", "Mayor Dana Whitfield, Mayor Pro Tem Luis Arroyo, Councilmembers Karen "
                                  "Lindqvist, Marcus Bell and Priya Raman"),
                     ("Absent:", "Councilmember Tom Brzezinski"),
                     ("Staff Present:", "City Manager Janet Okafor, City Attorney Robert Hale, Finance "
                                        "Director Miguel Santos, City Clerk Denise Moreau")]:
        c.setFont(BOLD, 10)
        c.drawString(p.m + 18, p.y, lab)
        p.para(txt, x=p.m + 110, after=2)
    head("PLEDGE OF ALLEGIANCE")
    p.para("Led by Councilmember Raman.")
    head("PUBLIC COMMENT")
    p.para("Gloria Vasquez, resident, spoke in support of additional crossing guards near Sycamore "
           "Elementary School. Hank Patterson, representing the Maple Crossing Chamber of Commerce, "
           "asked the Council to consider extending the downtown parking validation program. No "
           "action was taken on items raised under Public Comment.")

    def item(ref, title):
        p.need(30)
        p.gap(2)
        c.setFont(BOLD, 10)
        c.drawString(p.m + 18, p.y, ref)
        p.para(title, BOLD, 10, x=p.m + 90, after=3)

    head("CONSENT CALENDAR")
    item("ITEM 4-A", "Approval of Minutes of the Regular Meeting of May 16, 2023")
    item("ITEM 4-B", "Warrant Register for May 2023 in the amount of $2,417,886.12")
    p.para("MOTION by Councilmember Bell, seconded by Mayor Pro Tem Arroyo, to approve the Consent "
           "Calendar as presented. Motion carried 5-0 (Brzezinski absent).", x=p.m + 18)

    head("NEW BUSINESS")
    item("ITEM 5-A", "Resolution No. 2023-41 Awarding a Construction Contract for the Elm Street "
                     "Resurfacing Project to Tri-County Paving, Inc.")
    p.para("Public Works Director Sam Whitaker presented the staff report. Three bids were received; "
           "the lowest responsive bid was from Tri-County Paving, Inc. Councilmember Lindqvist "
           "expressed concern that the project would delay the Oak Avenue bike lanes.", x=p.m + 18)
    p.para("MOTION by Councilmember Bell, seconded by Councilmember Raman, to adopt Resolution No. "
           "2023-41 awarding a construction contract to Tri-County Paving, Inc. in the amount of "
           "$1,284,500 and authorizing the City Manager to execute the contract. Motion carried 4-1 "
           "(Lindqvist voting no).", x=p.m + 18)
    item("ITEM 5-B", "Introduction of Ordinance No. 812 Amending Chapter 17.40 of the Municipal Code "
                     "Regarding Short-Term Rentals (First Reading)")
    p.para("City Attorney Hale summarized the proposed permit and inspection requirements.", x=p.m + 18)
    p.para("MOTION by Mayor Pro Tem Arroyo, seconded by Councilmember Lindqvist, to introduce Ordinance "
           "No. 812 by title only and waive further reading. Motion carried 5-0 (Brzezinski absent).",
           x=p.m + 18)
    item("ITEM 5-C", "Fiscal Year 2023-24 Proposed Budget - Study Session")
    p.para("Finance Director Santos presented the proposed General Fund budget of $38.6 million. "
           "Following discussion, Council directed staff to return with a revised parks maintenance "
           "budget at the June 20, 2023 meeting. City Manager Okafor stated that staff would also "
           "bring back options for two additional crossing guard positions.", x=p.m + 18)

    head("COUNCIL AND STAFF REPORTS")
    p.para("Councilmember Raman reported on the Westside Transit Authority board meeting. City Manager "
           "Okafor announced that the Fourth of July celebration will be held at Heritage Park.")
    head("ADJOURNMENT")
    p.para("There being no further business, Mayor Whitfield adjourned the meeting at 9:14 p.m.")
    p.gap(20)
    c.setFont(REG, 10)
    c.drawString(p.m, p.y, "____________________________")
    c.drawString(p.m + 270, p.y, "APPROVED: June 20, 2023")
    p.y -= 13
    c.drawString(p.m, p.y, "Denise Moreau, City Clerk")
    p.save()


# ---------------------------------------------------------------------------
# 4. NHS trust board meeting in public
# ---------------------------------------------------------------------------
def doc4():
    p = Page(os.path.join(OUT, "blind-uk-nhs-trust-board-public-minutes-2023-07-27.pdf"), margin=50,
             footer="Board of Directors (Public) - 27 July 2023 - Unconfirmed minutes       {n}",
             title="Trust Board Public Minutes July 2023")
    c = p.c
    c.setFont(BOLD, 12)
    c.drawRightString(p.W - p.m, p.y, "Brackenridge and Tarn Valley")
    p.y -= 14
    c.setFont(REG, 10)
    c.drawRightString(p.W - p.m, p.y, "NHS Foundation Trust")
    p.y -= 26
    c.setFont(BOLD, 13)
    c.drawString(p.m, p.y, "Minutes of the Board of Directors Meeting held in Public")
    p.y -= 24
    # cover box: two-column table
    p.table([("", 90), ("", 405)], [
        ["Meeting", "Board of Directors (Part 1 - Public)"],
        ["Date", "Thursday 27 July 2023"],
        ["Time", "10:00 - 12:45"],
        ["Venue", "Boardroom, Tarn House, Brackenridge General Hospital, Kendrew Road, Brackenridge"],
    ], header=False, size=10)
    p.gap(4)
    rows = []
    present = [
        ("Dr Alison Crewe", "Chair", "Brackenridge and Tarn Valley NHS FT"),
        ("Martin Ellory", "Chief Executive", "Brackenridge and Tarn Valley NHS FT"),
        ("Sunita Varma", "Chief Finance Officer / Deputy Chief Executive", "Brackenridge and Tarn Valley NHS FT"),
        ("Dr Owen Pritchard", "Chief Medical Officer", "Brackenridge and Tarn Valley NHS FT"),
        ("Claire Hebden", "Chief Nurse", "Brackenridge and Tarn Valley NHS FT"),
        ("Paul Greaves", "Chief Operating Officer", "Brackenridge and Tarn Valley NHS FT"),
        ("Rachel Ng", "Non-Executive Director", "Brackenridge and Tarn Valley NHS FT"),
        ("Geoffrey Lamb", "Non-Executive Director (Senior Independent Director)", "Brackenridge and Tarn Valley NHS FT"),
        ("Beatrice Oduya", "Non-Executive Director", "Brackenridge and Tarn Valley NHS FT"),
    ]
    attend = [
        ("Tom Rafferty", "Director of Corporate Affairs and Company Secretary", "Brackenridge and Tarn Valley NHS FT"),
        ("Ian Coulthard", "Director of Estates and Facilities", "Brackenridge and Tarn Valley NHS FT"),
        ("Joanne Firth", "Freedom to Speak Up Guardian (item BM/23/052)", "Brackenridge and Tarn Valley NHS FT"),
        ("Linda Marsh", "Lead Governor (observing)", "Council of Governors"),
        ("Ahmed Rashid", "Director of Strategy", "Tarn Valley Integrated Care Board"),
    ]
    apols = [
        ("Dr Niamh Kearney", "Non-Executive Director", "Brackenridge and Tarn Valley NHS FT"),
        ("Colin Brady", "Chief People Officer", "Brackenridge and Tarn Valley NHS FT"),
    ]
    p.line("Attendance", BOLD, 10)
    rows = [["Present:", "", ""]] + [list(r) for r in present] + \
           [["In attendance:", "", ""]] + [list(r) for r in attend] + \
           [["Apologies:", "", ""]] + [list(r) for r in apols]
    p.table([("Name", 120), ("Title", 200), ("Organisation", 175)], rows, size=9)

    def item(ref, title):
        p.need(34)
        p.gap(6)
        c.setFont(BOLD, 10)
        c.drawString(p.m, p.y, ref)
        c.drawString(p.m + 75, p.y, title)
        p.y -= 15

    bx = p.m + 75
    item("BM/23/045", "Welcome and Apologies")
    p.para("The Chair welcomed members of the Board, governors and members of the public. Apologies were "
           "noted as recorded above. The meeting was confirmed as quorate.", x=bx)
    item("BM/23/046", "Declarations of Interest")
    p.para("No new declarations were made in relation to items on the agenda.", x=bx)
    item("BM/23/047", "Minutes of the Previous Meeting held on 25 May 2023")
    p.para("The Board APPROVED the minutes of the meeting held on 25 May 2023 as an accurate record.", x=bx)
    item("BM/23/048", "Matters Arising and Action Log")
    p.para("The Board NOTED the action log and agreed that actions 12 and 14 could be closed.", x=bx)
    item("BM/23/049", "Chief Executive's Report")
    p.para("The Chief Executive highlighted the opening of the new Tarn Valley Diagnostic Centre in June "
           "and the impact of industrial action on elective activity. The Board NOTED the report.", x=bx)
    item("BM/23/050", "Integrated Performance Report (Month 3)")
    p.para("The Chief Operating Officer reported that performance against the four-hour emergency care "
           "standard was 74.2% in June. Performance against the 62-day cancer standard remained below "
           "trajectory. The Board requested a deep dive into 62-day cancer performance to be presented "
           "to the Quality Committee in September 2023. The Board NOTED the report.", x=bx)
    item("BM/23/051", "Annual Infection Prevention and Control Report 2022/23")
    p.para("The Chief Nurse presented the annual report. There had been 31 cases of Clostridioides "
           "difficile against a threshold of 38. The Board APPROVED the Annual Infection Prevention "
           "and Control Report 2022/23 for publication on the Trust website.", x=bx)
    item("BM/23/052", "Freedom to Speak Up Guardian Report")
    p.para("The Freedom to Speak Up Guardian reported 46 concerns raised in Quarter 1, an increase of "
           "12 on the previous quarter. Non-Executive Directors asked for future reports to show themes "
           "by staff group. The Board NOTED the report.", x=bx)
    item("BM/23/053", "Green Plan Refresh 2023-2026")
    p.para("The Director of Estates and Facilities presented the refreshed Green Plan. The plan sets out "
           "four areas of focus for the Trust: estates and facilities; travel and transport; medicines; "
           "and supply chain. The Board APPROVED the Green Plan 2023-2026 for submission to Tarn Valley "
           "Integrated Care Board.", x=bx)
    item("BM/23/054", "Any Other Business")
    p.para("There was no other business. The next meeting in public will be held on Thursday "
           "28 September 2023.", x=bx)

    p.gap(6)
    p.line("ACTION LOG", BOLD, 10)
    p.table([("No.", 30), ("Minute", 65), ("Action", 190), ("Lead", 130), ("Due", 80)], [
        ["1", "BM/23/050", "Present deep dive into 62-day cancer performance to the Quality Committee",
         "Chief Operating Officer", "September 2023"],
        ["2", "BM/23/051", "Publish the Annual IPC Report 2022/23 on the Trust website", "Chief Nurse",
         "31 August 2023"],
        ["3", "BM/23/052", "Include themes by staff group in future Freedom to Speak Up reports",
         "Freedom to Speak Up Guardian", "November 2023"],
        ["4", "BM/23/053", "Submit the approved Green Plan to Tarn Valley ICB",
         "Director of Estates and Facilities", "30 September 2023"],
    ], size=9)
    p.save()


# ---------------------------------------------------------------------------
# 5. Community safety partnership plan
# ---------------------------------------------------------------------------
def doc5():
    p = Page(os.path.join(OUT, "blind-uk-community-safety-partnership-plan-2024-04.pdf"), margin=60,
             title="Safer Kelbrook Partnership Plan 2024-2027")
    c = p.c
    # title page
    c.setFillColorRGB(0.1, 0.25, 0.45)
    c.rect(0, p.H - 300, p.W, 300, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(BOLD, 26)
    c.drawString(p.m, p.H - 150, "Safer Kelbrook Partnership")
    c.setFont(REG, 18)
    c.drawString(p.m, p.H - 185, "Community Safety Partnership Plan")
    c.drawString(p.m, p.H - 210, "2024-2027")
    c.setFillColorRGB(0, 0, 0)
    c.setFont(REG, 11)
    c.drawString(p.m, 200, "Published April 2024")
    c.setFont(REG, 9)
    yy = 160
    for ln in wrap("The Safer Kelbrook Partnership brings together Kelbrook Borough Council, Northshire "
                   "Police, Northshire Fire and Rescue Service, Northshire County Council, the Probation "
                   "Service and NHS Northshire Integrated Care Board.", REG, 9, p.W - 2 * p.m):
        c.drawString(p.m, yy, ln)
        yy -= 12
    p.c.showPage()
    p.pageno += 1
    p.y = p.H - p.m

    p.line("Introduction", BOLD, 14, lead=22)
    p.para("Kelbrook is a safe place to live, work and visit, but we know that crime and anti-social "
           "behaviour still affect too many people. This plan sets out how the Safer Kelbrook Partnership "
           "(SKP) will work together over the next three years. It is based on our Strategic Assessment "
           "2023 and on the views of more than 1,400 residents who took part in our community safety "
           "survey in autumn 2023.")
    p.gap(4)
    p.line("Our priorities", BOLD, 14, lead=22)
    p.para("Between 2024 and 2027 the Partnership will focus on four priorities:", after=4)
    pr = ["Reducing serious violence",
          "Tackling anti-social behaviour",
          "Protecting people from domestic abuse and sexual violence",
          "Reducing drug and alcohol related harm"]
    for i, t in enumerate(pr, 1):
        c.setFont(BOLD, 10)
        c.drawString(p.m + 10, p.y, f"{i}.")
        p.para(t, x=p.m + 28, after=2)
    p.gap(6)
    p.line("Our principles", BOLD, 14, lead=22)
    p.para("In everything we do, partners have signed up to the following principles:", after=4)
    prin = ["Prevention and early intervention come first.",
            "We put victims and communities at the centre of our work.",
            "Our decisions are led by evidence and we share information safely.",
            "We work as one partnership, not as separate organisations.",
            "We listen to residents and tell them what we have done."]
    for num, t in zip(["i.", "ii.", "iii.", "iv.", "v."], prin):
        c.setFont(REG, 10)
        c.drawString(p.m + 10, p.y, num)
        p.para(t, x=p.m + 34, after=2)
    p.gap(8)

    sections = [
        ("Priority 1: Reducing serious violence", [
            "Set up a Serious Violence Duty group and publish a local Serious Violence Strategy by "
            "January 2025 (Lead: Kelbrook Borough Council)",
            "Extend knife crime education sessions to all secondary schools in the borough by July 2025 "
            "(Lead: Northshire Police)",
            "Work with licensed premises to introduce a town centre Safe Space on Friday and Saturday "
            "nights by December 2024 (Lead: Kelbrook Borough Council)",
        ]),
        ("Priority 2: Tackling anti-social behaviour", [
            "Review the Public Spaces Protection Order for Kelbrook town centre by March 2025 "
            "(Lead: Kelbrook Borough Council)",
            "Hold monthly multi-agency ASB case panels and offer every high-risk victim a support "
            "worker (Lead: Northshire Police)",
            "Deliver fire-setting prevention sessions in the Eastfield and Moorside wards by September "
            "2024 (Lead: Northshire Fire and Rescue Service)",
        ]),
        ("Priority 3: Protecting people from domestic abuse and sexual violence", [
            "Recommission the Kelbrook domestic abuse outreach service by April 2025 "
            "(Lead: Northshire County Council)",
            "Train 200 frontline staff across partner organisations to recognise coercive control by "
            "March 2025 (Lead: Kelbrook Borough Council)",
        ]),
        ("Priority 4: Reducing drug and alcohol related harm", [
            "Open a drug and alcohol recovery hub in Kelbrook town centre by October 2025 "
            "(Lead: NHS Northshire Integrated Care Board)",
            "Carry out joint operations against county lines drug dealing each quarter "
            "(Lead: Northshire Police)",
            "Offer every person released from prison to Kelbrook a referral to treatment services "
            "(Lead: Probation Service)",
        ]),
    ]
    for head, bullets in sections:
        p.need(60)
        p.gap(4)
        p.line(head, BOLD, 12, lead=18)
        p.line("We will:", BOLD, 10)
        for b in bullets:
            p.bullet(b, x=p.m + 10)
        p.gap(4)

    p.need(120)
    p.gap(6)
    p.line("Delivery plan 2024/25: key milestones", BOLD, 12, lead=18)
    p.table([("Priority", 110), ("Action", 190), ("Lead", 110), ("By when", 65)], [
        ["1. Serious violence", "Complete the serious violence strategic needs assessment",
         "Community Safety Team", "June 2024"],
        ["2. Anti-social behaviour", "Launch online ASB reporting form for residents",
         "Kelbrook Borough Council", "September 2024"],
        ["3. Domestic abuse", "Achieve White Ribbon accreditation for all partner organisations",
         "Safer Kelbrook Partnership", "November 2024"],
        ["4. Drugs and alcohol", "Publish combating drugs partnership action plan",
         "Northshire County Council", "March 2025"],
    ], size=9)
    p.para("Progress will be reported to the Safer Kelbrook Partnership Board every quarter and to the "
           "Kelbrook Borough Council Overview and Scrutiny Committee once a year.", after=2)
    p.save()


# ---------------------------------------------------------------------------
# 6. Health and wellbeing strategy on a page (A4 landscape, three columns)
# ---------------------------------------------------------------------------
def doc6():
    size = landscape(A4)
    p = Page(os.path.join(OUT, "blind-uk-health-wellbeing-strategy-summary-2023-10.pdf"), size=size,
             margin=36, title="JHWS summary")
    c = p.c
    W, H = size
    c.setFont(BOLD, 18)
    c.drawString(36, H - 50, "Harbury and Ledston Joint Health and Wellbeing Strategy 2023-2028")
    c.setFont(REG, 11)
    c.drawString(36, H - 70, "Our strategy on a page  |  Harbury and Ledston Health and Wellbeing Board  "
                             "|  October 2023")
    c.setFont(BOLD, 11)
    c.drawString(36, H - 98, "Our vision:")
    c.setFont(REG, 11)
    vis = ("Everyone in Harbury and Ledston will have the opportunity to live a longer, healthier and "
           "happier life, wherever they live and whatever their background.")
    yy = H - 98
    for ln in wrap(vis, REG, 11, W - 36 - 110 - 36):
        c.drawString(110, yy, ln)
        yy -= 14

    cols = [
        ("Start Well", "Every child has the best start in life",
         ["Increase the number of children who are ready for school at age five",
          "Reduce smoking in pregnancy to below 6%",
          "Improve emotional wellbeing and mental health support for young people",
          "Reduce the number of children living in cold, damp homes"]),
        ("Live Well", "Adults live healthy and fulfilling lives",
         ["Reduce the gap in healthy life expectancy between our most and least deprived wards",
          "Help more people to be physically active every day",
          "Support people with long-term conditions to manage their health"]),
        ("Age Well", "Older people stay independent for longer",
         ["Reduce falls and hip fractures in people aged 65 and over",
          "Tackle loneliness and social isolation",
          "Support unpaid carers to look after their own health",
          "Help people to die well, in the place of their choosing"]),
    ]
    gutter = 16
    colw = (W - 72 - 2 * gutter) / 3
    top = H - 140
    boxh = 300
    for i, (title, sub, bullets) in enumerate(cols):
        x = 36 + i * (colw + gutter)
        c.setLineWidth(1)
        c.setStrokeColorRGB(0.2, 0.4, 0.3)
        c.roundRect(x, top - boxh, colw, boxh, 8, stroke=1, fill=0)
        c.setFillColorRGB(0.2, 0.4, 0.3)
        c.rect(x, top - 34, colw, 34, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(BOLD, 15)
        c.drawString(x + 12, top - 23, title)
        c.setFillColorRGB(0, 0, 0)
        y = top - 54
        c.setFont(ITAL, 10)
        c.drawString(x + 12, y, sub)
        y -= 22
        for b in bullets:
            c.setFont(REG, 10)
            c.drawString(x + 12, y, "\u2022")
            for ln in wrap(b, REG, 10, colw - 40):
                c.drawString(x + 24, y, ln)
                y -= 13
            y -= 8
    y = top - boxh - 28
    c.setFont(BOLD, 11)
    c.drawString(36, y, "Our cross-cutting themes are equality, prevention and partnership working.")
    y -= 20
    c.setFont(REG, 10)
    txt = ("We will publish an annual progress report to the Health and Wellbeing Board, starting in "
           "October 2024, and refresh this strategy in 2026.")
    c.drawString(36, y, txt)
    y -= 22
    c.setFont(BOLD, 10)
    c.drawString(36, y, "Partners:")
    partners = ("Harbury Metropolitan Borough Council, Ledston District Council, NHS Harbury and Ledston "
                "Integrated Care Board, Harbury Teaching Hospitals NHS Foundation Trust, Ledston Community "
                "Voluntary Services, Healthwatch Harbury and Ledston, Northshire Fire and Rescue Service")
    yy = y
    for ln in wrap(partners, REG, 10, W - 36 - 90 - 36):
        c.setFont(REG, 10)
        c.drawString(90, yy, ln)
        yy -= 13
    p.save()


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5, doc6):
        f()
    print("written:", sorted(os.listdir(OUT)))
