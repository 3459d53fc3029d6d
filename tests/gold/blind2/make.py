"""Draw the blind2 test PDFs with reportlab canvas.drawString.

Run:  .venv/bin/python tests/gold/blind2/make.py
Writes pdf/<stem>.pdf beside this script.  Answer keys are hand-written beside it.
"""
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pdf")
R, B, I = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"


def wrap(text, font, size, width, first_width=None):
    words = text.split()
    lines, cur = [], ""
    w = first_width if first_width is not None else width
    for word in words:
        trial = cur + " " + word if cur else word
        if stringWidth(trial, font, size) <= w or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = word
            w = width
    lines.append(cur)
    return lines


class Doc:
    def __init__(self, stem, pagesize=A4, left=56, right=56, top=60, bottom=60,
                 header=None, footer=None):
        self.c = canvas.Canvas(os.path.join(OUT, stem + ".pdf"), pagesize=pagesize)
        self.c.setTitle(stem)
        self.W, self.H = pagesize
        self.left, self.right = left, right
        self.top_y = self.H - top
        self.bottom = bottom
        self.header, self.footer = header, footer
        self.page = 1
        self.cols = [(left, self.W - left - right)]
        self.col = 0
        self.col_top = self.top_y
        self._start_page()

    # -- page / column management
    def _start_page(self):
        self.y = self.top_y
        if self.header:
            self.header(self)
        self.col_top = self.y

    @property
    def x(self):
        return self.cols[self.col][0]

    @property
    def width(self):
        return self.cols[self.col][1]

    def new_page(self):
        if self.footer:
            self.footer(self)
        self.c.showPage()
        self.page += 1
        self.col = 0
        self._start_page()

    def need(self, h):
        if self.y - h < self.bottom:
            if self.col < len(self.cols) - 1:
                self.col += 1
                self.y = self.col_top
            else:
                self.new_page()

    def set_columns(self, n, gap=20):
        full_left = self.left
        full_w = self.W - self.left - self.right
        cw = (full_w - gap * (n - 1)) / n
        self.cols = [(full_left + i * (cw + gap), cw) for i in range(n)]
        self.col = 0
        self.col_top = self.y

    def column_break(self):
        if self.col < len(self.cols) - 1:
            self.col += 1
            self.y = self.col_top
        else:
            self.new_page()

    def space(self, h):
        self.y -= h

    # -- text primitives
    def line(self, text, font=R, size=10, x=None, align="left", lead=13):
        self.need(lead)
        self.c.setFont(font, size)
        xx = self.x if x is None else x
        if align == "left":
            self.c.drawString(xx, self.y - size, text)
        elif align == "right":
            self.c.drawRightString(self.x + self.width, self.y - size, text)
        else:
            self.c.drawCentredString(self.x + self.width / 2, self.y - size, text)
        self.y -= lead

    def heading(self, text, size=12, before=8, after=4, font=B, align="left"):
        self.y -= before
        self.need(size + 30)  # keep heading with following text
        for ln in wrap(text, font, size, self.width):
            self.line(ln, font, size, align=align, lead=size + 3)
        self.y -= after

    def para(self, text, size=10, font=R, label=None, label_font=B, indent=0,
             hang=0, lead=None, after=6, width=None):
        """Paragraph, optionally starting with a bold label run on the first line.
        hang: indent for continuation lines (relative to indent)."""
        lead = lead or size + 3
        avail = (width or self.width) - indent
        x0 = self.x + indent
        first_off = 0
        if label:
            first_off = stringWidth(label + " ", label_font, size)
        lines = wrap(text, font, size, avail - hang, first_width=avail - first_off)
        for i, ln in enumerate(lines):
            self.need(lead)
            x0 = self.x + indent
            if i == 0:
                if label:
                    self.c.setFont(label_font, size)
                    self.c.drawString(x0, self.y - size, label)
                self.c.setFont(font, size)
                self.c.drawString(x0 + first_off, self.y - size, ln)
            else:
                self.c.setFont(font, size)
                self.c.drawString(x0 + hang, self.y - size, ln)
            self.y -= lead
        self.y -= after

    def bullet(self, text, glyph="\u2022", size=10, indent=10, gap=12, font=R, after=3):
        lead = size + 3
        lines = wrap(text, font, size, self.width - indent - gap)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.c.setFont(font, size)
            if i == 0:
                self.c.drawString(self.x + indent, self.y - size, glyph)
            self.c.drawString(self.x + indent + gap, self.y - size, ln)
            self.y -= lead
        self.y -= after

    def rule(self, weight=0.5, before=2, after=6):
        self.y -= before
        self.c.setLineWidth(weight)
        self.c.line(self.x, self.y, self.x + self.width, self.y)
        self.y -= after

    def table(self, widths, rows, header=True, size=9, pad=3, shade=True, after=8,
              bold_first_col=False):
        """Ruled table; widths are fractions of the current column width."""
        lead = size + 2.5
        ws = [f * self.width for f in widths]

        def cell_lines(row, is_head):
            out = []
            for j, cell in enumerate(row):
                f = B if is_head or (bold_first_col and j == 0) else R
                out.append([wrap(p, f, size, ws[j] - 2 * pad) if p else [""]
                            for p in cell.split("\n")])
            return out

        def draw_row(row, is_head):
            cls = cell_lines(row, is_head)
            nlines = max(sum(len(p) for p in c) for c in cls)
            h = nlines * lead + 2 * pad
            if self.y - h < self.bottom:
                return False, h
            top = self.y
            if is_head and shade:
                self.c.setFillGray(0.85)
                self.c.rect(self.x, top - h, sum(ws), h, stroke=0, fill=1)
                self.c.setFillGray(0)
            xx = self.x
            for j, c in enumerate(cls):
                f = B if is_head or (bold_first_col and j == 0) else R
                self.c.setFont(f, size)
                yy = top - pad - size
                for p in c:
                    for ln in p:
                        self.c.drawString(xx + pad, yy, ln)
                        yy -= lead
                xx += ws[j]
            self.c.setLineWidth(0.6)
            self.c.line(self.x, top, self.x + sum(ws), top)
            self.c.line(self.x, top - h, self.x + sum(ws), top - h)
            xx = self.x
            for wv in ws:
                self.c.line(xx, top, xx, top - h)
                xx += wv
            self.c.line(xx, top, xx, top - h)
            self.y = top - h
            return True, h

        head = rows[0] if header else None
        body = rows[1:] if header else rows
        if head:
            self.need(40)
            draw_row(head, True)
        for row in body:
            ok, h = draw_row(row, False)
            if not ok:
                self.new_page()
                if head:
                    draw_row(head, True)
                draw_row(row, False)
        self.y -= after

    def box(self, title, entries, size=9.5, pad=6, after=10):
        """Boxed panel: bold title then (label, text) entries."""
        lead = size + 3
        inner = self.width - 2 * pad
        blocks = []
        for label, text in entries:
            lw = stringWidth(label + " ", B, size) if label else 0
            blocks.append((label, lw, wrap(text, R, size, inner - 22, first_width=inner - lw)))
        h = pad + (size + 5) + sum(len(b[2]) * lead + 3 for b in blocks) + pad
        self.need(h)
        top = self.y
        self.c.setLineWidth(1)
        self.c.rect(self.x, top - h, self.width, h, stroke=1, fill=0)
        yy = top - pad - size - 1
        self.c.setFont(B, size + 1)
        self.c.drawString(self.x + pad, yy, title)
        yy -= size + 5
        for label, lw, lines in blocks:
            for i, ln in enumerate(lines):
                if i == 0 and label:
                    self.c.setFont(B, size)
                    self.c.drawString(self.x + pad, yy, label)
                self.c.setFont(R, size)
                self.c.drawString(self.x + pad + (lw if i == 0 else 22), yy, ln)
                yy -= lead
            yy -= 3
        self.y = top - h - after

    def save(self):
        if self.footer:
            self.footer(self)
        self.c.save()


def page_footer(text_fn):
    def f(d):
        d.c.setFont(R, 8)
        d.c.drawCentredString(d.W / 2, 30, text_fn(d))
    return f


# ---------------------------------------------------------------------------
# 1. Welsh town council minutes
# ---------------------------------------------------------------------------
def wales():
    stem = "blind2-wales-llanhafren-town-council-minutes-2024-06-10"

    def foot(d):
        d.c.setFont(R, 8)
        d.c.drawString(d.left, 34, "Signed ..................................... (Mayor)")
        d.c.drawRightString(d.W - d.right, 34, "Tudalen / Page %d" % d.page)

    d = Doc(stem, footer=foot, top=50)
    d.line("CYNGOR TREF LLANHAFREN", B, 14, align="center", lead=17)
    d.line("LLANHAFREN TOWN COUNCIL", B, 14, align="center", lead=20)
    d.para("MINUTES of the Ordinary Meeting of Llanhafren Town Council held in the Council "
           "Chamber, Neuadd y Dref (Town Hall), Stryd Fawr, Llanhafren on Monday 10 June 2024 "
           "at 7.00pm.", size=10, after=8)
    d.para("The Mayor, Cllr Gwenllian Pritchard (in the Chair); the Deputy Mayor, Cllr Rhodri "
           "Jenkins; Cllrs Alun Bevan, Catrin Lloyd, Sian Morgan-Hughes, Huw Parry, Dafydd Rees "
           "and Eleri Watkins.", label="Present:", after=6)
    d.para("Mrs Nia Griffiths (Town Clerk); Mr Owain Thomas (Deputy Clerk and RFO); County "
           "Cllr Mererid Evans (Powys County Council) for Minute No. 122/24; PCSO Carys Hughes "
           "(Dyfed-Powys Police) for Minute No. 121/24; two members of the public.",
           label="In attendance:", after=10)

    def minute(no, title):
        d.y -= 4
        d.need(40)
        d.c.setFont(B, 10)
        d.c.drawString(d.x, d.y - 10, "Minute No. %s" % no)
        d.c.drawString(d.x + 95, d.y - 10, title)
        d.y -= 16

    def body(text, **kw):
        d.para(text, indent=95, **kw)

    minute("118/24", "APOLOGIES FOR ABSENCE")
    body("Apologies were received and accepted from Cllr Gareth Powell (work commitments) and "
         "Cllr Menna Davies.")
    minute("119/24", "DECLARATIONS OF INTEREST")
    body("Cllr Dafydd Rees declared a personal and prejudicial interest in Minute No. 124/24 as "
         "Treasurer of Llanhafren Bowls Club and left the Chamber for that item.")
    minute("120/24", "MINUTES OF PREVIOUS MEETINGS")
    body("Proposed by Cllr Alun Bevan, seconded by Cllr Catrin Lloyd and RESOLVED that the "
         "minutes of the Annual Meeting of the Council held on 13 May 2024 be approved and "
         "signed by the Mayor as a true record.")
    minute("121/24", "POLICE MATTERS")
    body("PCSO Hughes reported 14 crimes in the Llanhafren ward during May, including two "
         "thefts from vehicles in the Maes car park and one report of criminal damage at the "
         "skate park. Members raised continuing concerns about speeding traffic on Ffordd yr "
         "Orsaf outside Ysgol Gynradd Llanhafren. PCSO Hughes left the meeting at 7.25pm.")
    body("Clerk to write to the Dyfed-Powys Police Neighbourhood Policing Team requesting a "
         "speed check on Ffordd yr Orsaf during school drop-off and pick-up times.")
    minute("122/24", "REPORT OF THE COUNTY COUNCILLOR")
    body("County Cllr Evans reported that Powys County Council had approved the resurfacing of "
         "the B4390 through the town, with works programmed for October 2024. The report was "
         "noted.")
    minute("123/24", "TOWN HALL ROOF REPAIRS")
    body("Members considered three quotations for repairs to the slate roof and lead valley "
         "gutters of Neuadd y Dref. Proposed by Cllr Huw Parry, seconded by the Deputy Mayor "
         "and RESOLVED to accept the quotation of \u00a318,450 plus VAT from Hafren Roofing "
         "Ltd, to be funded from the Building Maintenance earmarked reserve.")
    body("Clerk to write to Hafren Roofing Ltd confirming the order and to notify Powys County "
         "Council's Built Heritage Officer before works commence, as the Town Hall is a "
         "Grade II listed building.")
    minute("124/24", "COMMUNITY GRANT APPLICATIONS")
    body("Having left the Chamber, Cllr Rees took no part in the discussion or vote. Proposed "
         "by Cllr Sian Morgan-Hughes, seconded by Cllr Eleri Watkins and RESOLVED to award "
         "grants of \u00a3500 to Llanhafren Bowls Club towards a new mower and \u00a3350 to "
         "Cyfeillion Ysgol Llanhafren (PTA) towards the summer fun day. Cllr Rees returned to "
         "the meeting.")
    body("Clerk to write to both applicants confirming the awards and requesting receipts by "
         "31 March 2025.")
    minute("125/24", "SCHEDULE OF PAYMENTS")
    body("The Deputy Clerk presented the schedule of payments for June 2024. Proposed by Cllr "
         "Alun Bevan, seconded by Cllr Catrin Lloyd and RESOLVED that the following payments "
         "be approved:", after=4)
    # payments table indented under the body text
    saved = d.cols
    d.cols = [(d.left + 95, d.W - d.left - d.right - 95)]
    d.table([0.50, 0.30, 0.20], [
        ["Payee", "Details", "Amount"],
        ["Staff salaries", "June 2024 (net)", "\u00a33,412.60"],
        ["HMRC", "PAYE / NI", "\u00a31,022.18"],
        ["Powys Pension Fund", "Employer contributions", "\u00a3684.50"],
        ["Severn Valley Garden Services", "Grass cutting (May)", "\u00a3720.00"],
        ["Dwr Cymru Welsh Water", "Town Hall water", "\u00a386.42"],
        ["One Voice Wales", "Annual subscription", "\u00a3412.00"],
        ["Llanhafren Bowls Club", "Grant (Min. 124/24)", "\u00a3500.00"],
        ["Cyfeillion Ysgol Llanhafren", "Grant (Min. 124/24)", "\u00a3350.00"],
        ["", "Total", "\u00a37,187.70"],
    ], size=9)
    d.cols = saved
    minute("126/24", "BILINGUAL WEBSITE")
    body("The Clerk reported that the Council website did not yet meet the Council's Welsh "
         "Language Scheme. Proposed by Cllr Catrin Lloyd, seconded by the Mayor and RESOLVED "
         "to allocate up to \u00a31,200 for translation of the website, to be completed by "
         "30 September 2024.")
    body("Clerk to obtain quotations from at least two translators and report to the July "
         "meeting.")
    minute("127/24", "CORRESPONDENCE")
    body("(a) Llanhafren Chamber of Trade - request for a contribution towards the Christmas "
         "lights. Clerk to write to the Chamber of Trade inviting a representative to the "
         "July meeting to present a costed proposal.", after=3)
    body("(b) One Voice Wales - training programme for new councillors, autumn 2024. Noted.")
    minute("128/24", "DATE OF NEXT MEETING")
    body("Monday 8 July 2024 at 7.00pm in the Council Chamber.")
    d.y -= 6
    d.para("The meeting closed at 8.52pm.", font=I)
    d.save()


# ---------------------------------------------------------------------------
# 2. Ontario municipal council minutes
# ---------------------------------------------------------------------------
def ontario():
    stem = "blind2-ca-on-wexbury-township-council-minutes-2024-05-21"

    def foot(d):
        d.c.setFont(R, 8)
        d.c.drawString(d.left, 34, "Regular Council Meeting Minutes - May 21, 2024")
        d.c.drawRightString(d.W - d.right, 34, "Page %d" % d.page)

    d = Doc(stem, pagesize=letter, left=64, right=64, footer=foot)
    d.line("The Corporation of the Township of Wexbury", B, 15, align="center", lead=19)
    d.line("Regular Council Meeting", B, 12, align="center", lead=15)
    d.line("Minutes", B, 12, align="center", lead=20)
    d.c.setFont(R, 10)
    for lab, val in [("Date:", "Tuesday, May 21, 2024"), ("Time:", "6:00 p.m."),
                     ("Location:", "Council Chambers, Wexbury Municipal Office, 25 Mill Street, Wexbury")]:
        d.c.setFont(B, 10); d.c.drawString(d.x, d.y - 10, lab)
        d.c.setFont(R, 10); d.c.drawString(d.x + 70, d.y - 10, val)
        d.y -= 13
    d.y -= 8

    def block(title, names):
        d.line(title, B, 10, lead=14)
        for n in names:
            d.line(n, R, 10, x=d.x + 20, lead=13)
        d.y -= 6

    block("Members Present:", ["Mayor Denise Lafreni\u00e8re", "Deputy Mayor Paul Kowalczyk",
                               "Councillor Mark Brennan", "Councillor Janet Oduya",
                               "Councillor Robert St-Amour"])
    block("Regrets:", ["Councillor Linda MacPhail"])
    block("Staff Present:", ["Kevin Bergeron, Chief Administrative Officer",
                             "Amanda Tremblay, Clerk",
                             "Steven Chu, Treasurer",
                             "Greg Halvorsen, Director of Public Works"])

    def sec(t):
        d.heading(t, size=11, before=6, after=2)

    def motion(no, mover, seconder, text_parts, outcome="CARRIED", vote=None):
        d.need(60)
        d.line("Resolution No. %s" % no, B, 10, lead=13)
        d.line("Moved by %s" % mover, R, 10, lead=13)
        d.line("Seconded by %s" % seconder, R, 10, lead=15)
        for i, t in enumerate(text_parts):
            d.para(t, label="BE IT RESOLVED THAT" if i == 0 else "AND THAT", after=4)
        if vote:
            d.line("Recorded Vote (requested by %s):" % vote[0], I, 10, lead=13)
            d.para(", ".join(vote[1]), label="Yeas:", indent=20, after=2)
            d.para(", ".join(vote[2]), label="Nays:", indent=20, after=2)
        d.line(outcome, B, 10, align="right", lead=16)

    sec("1. Call to Order and Land Acknowledgement")
    d.para("Mayor Lafreni\u00e8re called the meeting to order at 6:00 p.m. and read the "
           "Township's land acknowledgement.")
    sec("2. Adoption of the Agenda")
    motion("2024-112", "Councillor Oduya", "Deputy Mayor Kowalczyk",
           ["the agenda for the Regular Council Meeting of May 21, 2024 be adopted as "
            "circulated."])
    sec("3. Disclosure of Pecuniary Interest and General Nature Thereof")
    d.para("None declared.")
    sec("4. Adoption of Minutes")
    motion("2024-113", "Councillor Brennan", "Councillor St-Amour",
           ["the minutes of the Regular Council Meeting held May 7, 2024 be adopted as "
            "presented."])
    sec("5. Delegations and Presentations")
    sec("5.1 Delegations - Wexbury Curling Club, Ice Plant Replacement")
    d.para("Heather Lindqvist, President of the Wexbury Curling Club, addressed Council "
           "regarding the failure of the club's ice plant compressor and requested that the "
           "Township consider a contribution of $25,000 towards a replacement unit before the "
           "2024-2025 season.")
    motion("2024-114", "Deputy Mayor Kowalczyk", "Councillor Oduya",
           ["Council receive the delegation from the Wexbury Curling Club for information;",
            "staff be directed to report back on funding options for the ice plant replacement, "
            "including the Community Grant Reserve, at the June 18, 2024 Regular Council "
            "Meeting."])
    sec("6. Reports of Municipal Officers")
    sec("6.1 Treasurer - 2024 First Quarter Budget Variance Report (TR-2024-09)")
    motion("2024-115", "Councillor St-Amour", "Councillor Brennan",
           ["Council receive Report TR-2024-09, 2024 First Quarter Budget Variance Report, "
            "for information."])
    sec("6.2 Director of Public Works - 2024 Surface Treatment Program Tender Award "
        "(PW-2024-14)")
    d.para("Mr. Halvorsen advised that three bids were received for Tender PW-2024-04 and that "
           "the low bid was within the approved capital budget. Councillor St-Amour expressed "
           "concern that the program omitted the Concession 6 Road section.")
    motion("2024-116", "Councillor St-Amour", "Councillor Brennan",
           ["the 2024 Surface Treatment Program be deferred to the June 18, 2024 Regular "
            "Council Meeting to allow the Concession 6 Road section to be costed."],
           outcome="DEFEATED")
    motion("2024-117", "Councillor Brennan", "Councillor Oduya",
           ["Council award Tender PW-2024-04, 2024 Surface Treatment Program, to Northway "
            "Paving Ltd. in the amount of $412,680.00 plus HST;",
            "the Mayor and Clerk be authorized to execute the agreement."],
           vote=("Councillor St-Amour",
                 ["Mayor Lafreni\u00e8re", "Deputy Mayor Kowalczyk", "Councillor Brennan",
                  "Councillor Oduya"],
                 ["Councillor St-Amour"]))
    sec("6.3 Clerk - Appointment to the Wexbury Public Library Board (CL-2024-05)")
    motion("2024-118", "Councillor Oduya", "Councillor Brennan",
           ["Council appoint Priya Nandakumar to the Wexbury Public Library Board for the "
            "remainder of the 2022-2026 term of Council."])
    sec("7. By-laws")
    sec("7.1 By-law 2024-31, being a By-law to Authorize an Agreement with Northway Paving Ltd.")
    motion("2024-119", "Deputy Mayor Kowalczyk", "Councillor St-Amour",
           ["By-law 2024-31, being a By-law to authorize an agreement with Northway Paving "
            "Ltd. for the 2024 Surface Treatment Program, be read a first, second and third "
            "time and finally passed."])
    sec("8. Correspondence")
    d.para("Letter from the Ministry of Municipal Affairs and Housing dated May 3, 2024 "
           "regarding the Building Faster Fund. Council directed the CAO to submit an "
           "expression of interest by the June 28, 2024 deadline.")
    sec("9. Confirmatory By-law")
    motion("2024-120", "Councillor Brennan", "Councillor Oduya",
           ["By-law 2024-32, being a By-law to confirm the proceedings of Council at its "
            "meeting held on May 21, 2024, be read a first, second and third time and finally "
            "passed."])
    sec("10. Adjournment")
    motion("2024-121", "Councillor St-Amour", "Deputy Mayor Kowalczyk",
           ["this meeting be adjourned at 7:48 p.m."])
    d.y -= 20
    d.need(40)
    d.c.setFont(R, 10)
    d.c.line(d.x, d.y, d.x + 170, d.y)
    d.c.line(d.x + 250, d.y, d.x + 420, d.y)
    d.c.drawString(d.x, d.y - 12, "Mayor Denise Lafreni\u00e8re")
    d.c.drawString(d.x + 250, d.y - 12, "Clerk Amanda Tremblay")
    d.y -= 20
    d.save()


# ---------------------------------------------------------------------------
# 3. Police and crime panel minutes
# ---------------------------------------------------------------------------
def pcp():
    stem = "blind2-uk-westmarch-police-and-crime-panel-minutes-2024-06-20"

    def head(d):
        if d.page > 1:
            d.c.setFont(I, 8)
            d.c.drawString(d.left, d.H - 36, "Westmarch Police and Crime Panel - 20 June 2024")
            d.y = d.H - 60

    d = Doc(stem, header=head, footer=page_footer(lambda d: str(d.page)))
    d.line("WESTMARCH POLICE AND CRIME PANEL", B, 14, lead=18)
    d.para("MINUTES of a meeting of the Westmarch Police and Crime Panel held at Shire Hall, "
           "Market Square, Castlefield on Thursday 20 June 2024 at 10.00am.", after=8)
    d.box("Summary of decisions", [
        ("Item 5", "Annual Report 2023/24 - the Panel AGREED its recommendations to the "
                   "Commissioner."),
        ("Item 6", "Deputy Police and Crime Commissioner - the Panel AGREED to support the "
                   "proposed appointment."),
        ("Item 7", "Performance report, Quarter 4 2023/24 - NOTED."),
        ("Item 9", "Work programme 2024/25 - AGREED, with an additional item on rural crime."),
    ])
    d.heading("Attendance", size=11, before=2)
    d.table([0.34, 0.30, 0.36], [
        ["Name", "Role", "Authority"],
        ["Cllr Margaret Ellison", "Chair", "Castlefield Borough Council"],
        ["Cllr Tariq Hussain", "Vice-Chair", "Westmarch County Council"],
        ["Cllr Peter Danvers", "Panel Member", "Westmarch County Council"],
        ["Cllr Joanne Whitlock", "Panel Member", "Brenhurst District Council"],
        ["Cllr Samuel Okafor", "Panel Member", "Oakmere Borough Council"],
        ["Cllr Helen Marsh", "Substitute for Cllr Brian Hollis", "Ashdown District Council"],
        ["Mr David Fenwick", "Independent Co-opted Member", "-"],
        ["Sally-Anne Prentice", "Police and Crime Commissioner (PCC)", "Office of the PCC"],
        ["Jonathan Breary", "Chief Executive", "Office of the PCC"],
        ["Louise Carver", "Chief Finance Officer", "Office of the PCC"],
        ["Emma Whitfield", "Democratic Services Officer", "Westmarch County Council"],
    ], size=9)
    d.heading("Apologies", size=11, before=0)
    d.para("Cllr Brian Hollis (Ashdown District Council) and Ms Priya Raman (Independent "
           "Co-opted Member).")

    def item(n, title):
        d.heading("%s.   %s" % (n, title), size=10.5, before=6, after=2)

    item("1", "Apologies and Substitutes")
    d.para("Apologies were noted as above. Cllr Helen Marsh attended as substitute for Cllr "
           "Brian Hollis.")
    item("2", "Declarations of Interest")
    d.para("Cllr Danvers declared that he is a member of the Westmarch Fire Authority. No "
           "other interests were declared.")
    item("3", "Minutes")
    d.para("The Panel AGREED that the minutes of the meeting held on 14 March 2024 be "
           "confirmed as a correct record and signed by the Chair.")
    item("4", "Public Questions")
    d.para("No public questions had been received.")
    item("5", "Police and Crime Commissioner's Annual Report 2023/24")
    d.para("The Commissioner introduced her draft Annual Report, which set out progress "
           "against the Police and Crime Plan 2021-2025. Members welcomed the fall in "
           "burglary but raised concern about 101 non-emergency call answering times, which "
           "averaged 11 minutes in March 2024. The Chief Executive undertook to provide a "
           "breakdown of 101 answer times by hour of day (Action PCP/24/07).")
    d.para("The Panel AGREED to make the following recommendations to the Commissioner:", after=3)
    d.para("(a) that the final Annual Report includes a clearer explanation of how victim "
           "satisfaction is measured; and", indent=18, after=2)
    d.para("(b) that future reports show 101 call answering performance against the national "
           "target.", indent=18)
    item("6", "Confirmation Hearing: Proposed Appointment of Deputy Police and Crime Commissioner")
    d.para("The Panel questioned the Commissioner and the proposed candidate, Mr Callum "
           "Redfern, on his professional competence and personal independence. Following "
           "deliberation in private session, the Panel AGREED to recommend to the Commissioner "
           "that Mr Callum Redfern be appointed as Deputy Police and Crime Commissioner.")
    item("7", "Police and Crime Plan Performance Report - Quarter 4 2023/24")
    d.para("Members asked about the rise in rural crime, in particular thefts of farm "
           "machinery in the Brenhurst area. The Commissioner agreed to attend a future "
           "meeting to present on the force's rural crime response (Action PCP/24/09).")
    d.para("The Panel NOTED the performance report for Quarter 4 2023/24.")
    item("8", "Complaints Update")
    d.para("The Panel NOTED that two complaints against the Commissioner had been received "
           "since the last meeting, both of which had been resolved informally.")
    item("9", "Work Programme 2024/25")
    d.para("The Panel AGREED the work programme for 2024/25, subject to the addition of a "
           "scrutiny session on rural crime at the November 2024 meeting.")
    item("10", "Date of Next Meeting")
    d.para("Thursday 19 September 2024 at 10.00am, Shire Hall, Castlefield.")
    d.heading("Actions", size=11, before=8)
    d.table([0.13, 0.49, 0.23, 0.15], [
        ["Ref", "Action", "Owner", "Due"],
        ["PCP/24/07", "Provide a breakdown of 101 call answering times by hour of day for "
                      "March to May 2024", "Chief Executive, OPCC", "19 Sept 2024"],
        ["PCP/24/08", "Circulate the Panel's recommendations on the Annual Report to the "
                      "Commissioner in writing", "Democratic Services Officer", "5 July 2024"],
        ["PCP/24/09", "Attend the November meeting to present on the force's rural crime "
                      "response", "Police and Crime Commissioner", "November 2024"],
        ["PCP/24/10", "Confirm the Panel's recommendation on the Deputy PCC appointment to "
                      "the Commissioner", "Chair", "24 June 2024"],
    ], size=9)
    d.line("Chair ....................................................", R, 10, lead=14)
    d.save()


# ---------------------------------------------------------------------------
# 4. English parish council minutes, compact style
# ---------------------------------------------------------------------------
def parish():
    stem = "blind2-uk-lower-brenchworth-parish-council-minutes-2024-08-12"
    d = Doc(stem, left=50, right=50, top=50,
            footer=page_footer(lambda d: "LBPC minutes 12.08.24   Page %d   Chair's initials ......" % d.page))
    d.line("LOWER BRENCHWORTH PARISH COUNCIL", B, 13, align="center", lead=16)
    d.line("Minutes of the Parish Council Meeting held on Monday 12th August 2024 at 7.30pm "
           "in the Village Hall", R, 10, align="center", lead=18)
    d.para("Cllrs P Ashworth, J Bramley, K Dutton (Chair), S Kaur, T Mellor", label="Present:",
           after=2)
    d.para("Mrs L Fairbrother", label="Clerk:", after=2)
    d.para("District Cllr R Okonjo (Mid Ravensworth District Council) - items 24/101 to 24/106",
           label="Also present:", after=2)
    d.para("3", label="Members of the public:", after=8)
    d.rule()

    def it(no, title, text=None, after=5):
        d.need(28)
        d.c.setFont(B, 10)
        d.c.drawString(d.x, d.y - 10, no)
        if text is None:
            d.c.drawString(d.x + 48, d.y - 10, title)
            d.y -= 14
        else:
            d.para(text, label=title, indent=48, after=after)

    it("24/101", "Apologies:", "Cllr H Venn (holiday). Resolved: to accept the apologies.")
    it("24/102", "Declarations of interest:", "None.")
    it("24/103", "Minutes:", "Resolved: that the minutes of the meeting held on 8th July 2024 "
       "be approved and signed as a true record.")
    it("24/104", "Public participation:", "Residents raised concerns about HGVs using Church "
       "Lane as a cut-through to the A614 and damage to the verges outside the school. The "
       "Chair thanked residents; to be considered under 24/107.")
    it("24/105", "Planning")
    d.para("Resolved: to submit the following comments to Mid Ravensworth District Council:",
           indent=48, after=3)
    saved = d.cols
    d.cols = [(d.left + 48, d.W - d.left - d.right - 48)]
    d.table([0.20, 0.25, 0.30, 0.25], [
        ["Application", "Address", "Proposal", "Decision"],
        ["24/01234/HOUSE", "3 Orchard Close", "Single storey rear extension", "No objection"],
        ["24/01302/FUL", "Land adj. Mill Farm, Church Lane", "Erection of 2 detached dwellings",
         "Objection - highway safety on Church Lane"],
        ["24/01355/TCA", "The Old Rectory, Main Street", "Fell 1 x ash (ash dieback)",
         "No objection"],
    ], size=8.5)
    d.cols = saved
    d.para("Decision notices: 24/00988/HOUSE, 12 Brook Road - approved.", indent=48)
    it("24/106", "Finance")
    d.para("a) Resolved: to approve payments totalling \u00a31,284.36 as per the schedule "
           "circulated (chq/BACS 1187-1193).", indent=48, after=2)
    d.para("b) Bank reconciliation to 31st July 2024 noted; balance \u00a324,611.09.",
           indent=48, after=2)
    d.para("c) Resolved: to note the external auditor's report and certificate on the Annual "
           "Governance and Accountability Return 2023/24. Clerk to publish the notice of "
           "conclusion of audit by 30th September 2024.", indent=48, after=2)
    d.para("d) Resolved: to adopt the revised Financial Regulations (2024 model).", indent=48)
    it("24/107", "Highways:", "Clerk to report the pothole at the junction of Church Lane and "
       "Main Street and the verge damage to Northshire County Council Highways. Cllr Bramley "
       "to ask the Community Speed Watch group to monitor HGV movements on Church Lane.")
    it("24/108", "Playing field:", "Resolved: to accept the quotation of \u00a32,150 from "
       "Greenway Play Ltd for two replacement cradle swing seats and shackles. Cllr Mellor to "
       "continue weekly inspections and report to the Clerk.")
    it("24/109", "Correspondence:", "Northshire CALC - autumn training dates; circulated.")
    it("24/110", "Items for next agenda:", "Remembrance Sunday wreath; draft budget 2025/26.")
    it("24/111", "Date of next meeting:", "Monday 9th September 2024 at 7.30pm.")
    d.y -= 4
    d.para("Meeting closed at 9.05pm.", font=I)
    d.save()


# ---------------------------------------------------------------------------
# 5. Community safety strategy (portrait)
# ---------------------------------------------------------------------------
def cssp():
    stem = "blind2-uk-safer-hartmoor-community-safety-strategy-2024-2027"

    def foot(d):
        d.c.setFont(R, 8)
        d.c.drawString(d.left, 30, "Safer Hartmoor Partnership | Community Safety Strategy 2024-2027")
        d.c.drawRightString(d.W - d.right, 30, str(d.page))

    d = Doc(stem, footer=foot, top=56)
    d.line("Safer Hartmoor Partnership", B, 20, lead=26)
    d.line("Community Safety Strategy 2024-2027", B, 15, lead=19)
    d.line("Published July 2024", R, 10, lead=20)
    d.heading("Introduction", size=13)
    d.para("The Safer Hartmoor Partnership is the Community Safety Partnership for the borough "
           "of Hartmoor. It brings together the organisations that have a legal duty under the "
           "Crime and Disorder Act 1998 to work together to reduce crime and disorder, "
           "substance misuse and reoffending. This strategy sets out what we will focus on "
           "from April 2024 to March 2027, based on our Strategic Assessment completed in "
           "January 2024.")
    d.heading("What we achieved in 2023/24", size=12)
    d.para("Over the last year the Partnership reduced reported anti-social behaviour by 12%, "
           "opened the Hartmoor Safe Space in the town centre on Friday and Saturday nights, "
           "supported 214 victims through the Independent Domestic Violence Advisor service, "
           "and delivered knife crime awareness sessions in every secondary school in the "
           "borough. We also completed a Domestic Homicide Review and have implemented all "
           "of its recommendations.")
    d.heading("Our strategic priorities", size=12)
    d.para("Our Strategic Assessment identified four strategic priorities for 2024-2027:", after=4)
    pri = ["Reducing serious violence",
           "Tackling anti-social behaviour and neighbourhood crime",
           "Protecting people from domestic abuse and violence against women and girls",
           "Reducing reoffending and the harm caused by drugs and alcohol"]
    for n, p in zip(["I.", "II.", "III.", "IV."], pri):
        d.bullet(p, glyph=n, indent=14, gap=24, font=B)
    d.y -= 4
    d.heading("Responsible Authorities", size=12)
    d.para("The statutory partners (Responsible Authorities) of the Safer Hartmoor "
           "Partnership are:", after=3)
    for p in ["Hartmoor Borough Council", "Hartshire County Council", "Hartshire Police",
              "Hartshire Fire and Rescue Service", "NHS Hartshire Integrated Care Board",
              "The Probation Service (Hartshire Probation Delivery Unit)"]:
        d.bullet(p)
    d.para("The Partnership also works with the Office of the Hartshire Police and Crime "
           "Commissioner, Hartmoor Homes and Hartmoor Council for Voluntary Service.", after=4)

    d.new_page()
    d.line("Our priorities in detail", B, 15, lead=22)

    def prio(num, title, why, wills):
        d.heading("Priority %s: %s" % (num, title), size=12, before=6)
        d.para(why, label="Why this matters:", after=4)
        d.line("What we will do:", B, 10, lead=14)
        for w in wills:
            d.bullet(w)
        d.y -= 2

    prio("I", pri[0],
         "Hospital admissions for assault with a sharp object rose by 9% in 2023, and most "
         "serious violence in Hartmoor takes place in the town centre night-time economy.",
         ["We will deliver the Serious Violence Duty response strategy jointly with "
          "Hartshire Police and the Violence Reduction Unit.",
          "We will extend the Hartmoor Safe Space to Thursday nights by December 2024."])
    prio("II", pri[1],
         "Anti-social behaviour is the issue residents raise most often, particularly in "
         "Westgate and the Riverside estate.",
         ["We will introduce a single case management system for anti-social behaviour "
          "across the Council, Police and Hartmoor Homes.",
          "We will review the Public Spaces Protection Order for the town centre before it "
          "expires in October 2025."])
    prio("III", pri[2],
         "Domestic abuse accounts for one in five violent crimes recorded in the borough.",
         ["We will commission a new domestic abuse safe accommodation service from April 2025.",
          "We will achieve White Ribbon accreditation for all partner organisations."])
    prio("IV", pri[3],
         "Around half of adults supervised by the Probation Service in Hartmoor have an "
         "identified drug or alcohol need.",
         ["We will work with the Combating Drugs Partnership to increase the number of "
          "prison leavers engaging with treatment within three weeks of release."])

    d.heading("How we will deliver", size=13, before=8)
    d.para("The action plan below will be monitored quarterly by the Safer Hartmoor "
           "Partnership Board. RAG status is at June 2024.", after=6)
    d.table([0.50, 0.22, 0.15, 0.13], [
        ["Action", "Owner", "Target date", "RAG"],
        ["Publish the Serious Violence Duty response strategy", "Community Safety Manager, "
         "Hartmoor Borough Council", "January 2025", "Green"],
        ["Extend the Hartmoor Safe Space to Thursday nights", "Hartmoor Borough Council",
         "December 2024", "Amber"],
        ["Procure and implement a shared ASB case management system", "Hartmoor Borough "
         "Council / Hartshire Police", "March 2025", "Amber"],
        ["Consult on renewal of the town centre Public Spaces Protection Order",
         "Hartmoor Borough Council", "June 2025", "Green"],
        ["Commission domestic abuse safe accommodation service", "Hartshire County Council",
         "April 2025", "Red"],
        ["Achieve White Ribbon accreditation across partners", "Partnership Board", "March 2026",
         "Green"],
        ["Increase prison leavers engaging with treatment within three weeks of release",
         "The Probation Service / Combating Drugs Partnership", "March 2027", "Amber"],
        ["Publish an annual Strategic Assessment refresh", "Hartshire Police analysts",
         "January 2025", "Green"],
    ], size=9)
    d.para("Approved by the Safer Hartmoor Partnership Board on 27 June 2024. Next review: "
           "June 2025.", size=9, font=I)
    d.save()


# ---------------------------------------------------------------------------
# 6. Council annual report, two-column portrait
# ---------------------------------------------------------------------------
def annual():
    stem = "blind2-uk-brackenford-district-council-annual-report-2023-24"

    def foot(d):
        d.c.setFont(R, 8)
        d.c.drawString(d.left, 30, "Brackenford District Council - Annual Report 2023/24")
        d.c.drawRightString(d.W - d.right, 30, "Page %d" % d.page)

    d = Doc(stem, footer=foot, left=48, right=48, top=52)
    d.line("Brackenford District Council", B, 22, lead=28)
    d.line("Annual Report 2023/24", B, 16, lead=20)
    d.line("Published September 2024", R, 10, lead=12)
    d.c.setLineWidth(2)
    d.c.line(d.left, d.y, d.W - d.right, d.y)
    d.y -= 14
    d.set_columns(2, gap=24)

    def h(t):
        d.heading(t, size=12, before=4, after=3)

    h("Welcome from the Leader")
    d.para("This report looks back on a year in which Brackenford District Council balanced "
           "its budget without reducing frontline services, despite rising costs and demand. "
           "It also sets out what we will focus on in 2024/25, as the second year of our "
           "Council Plan 2023-2027. I would like to thank our staff, our partners and the many "
           "volunteers who make our district a great place to live.")
    d.para("Cllr Fiona Achterberg, Leader of the Council", font=I, after=8)
    h("Our achievements in 2023/24")
    for b in ["Delivered 146 new affordable homes, the highest number in a decade",
              "Increased household recycling to 52.4%",
              "Opened the refurbished Brackenford Market Hall, now home to 28 traders",
              "Awarded \u00a3310,000 in cost of living grants to local voluntary groups",
              "Answered 91% of calls to our customer service centre within two minutes",
              "Achieved Carbon Literate Organisation (Silver) status"]:
        d.bullet(b, indent=2, gap=10)
    d.y -= 4
    h("Our finances")
    d.para("We spent \u00a314.8 million on day-to-day services in 2023/24 and invested "
           "\u00a36.2 million in capital projects. Council Tax for a Band D property was "
           "\u00a3198.40, an increase of 2.99%.")
    d.column_break()
    h("Our priorities for 2024/25")
    d.para("In 2024/25 we will concentrate on four priorities:", after=3)
    for b in ["Homes that local people can afford",
              "A thriving local economy and town centres",
              "A cleaner, greener district",
              "Healthy, safe and connected communities"]:
        d.bullet(b, indent=2, gap=10)
    d.y -= 4
    h("What we will do next")
    commitments = [
        "We will start work on 60 council homes at Ferris Lane by March 2025 (Lead: "
        "Director of Housing).",
        "We will open the new Brackenford Leisure Centre in January 2025 (Lead: Director of "
        "Communities).",
        "We will introduce weekly food waste collections for all households by April 2025 "
        "(Lead: Head of Environmental Services).",
        "We will adopt a new Local Plan by December 2025 (Lead: Head of Planning Policy).",
        "We will launch a town centre business grant scheme by October 2024 (Lead: Economic "
        "Development Manager).",
    ]
    for b in commitments:
        d.bullet(b, indent=2, gap=10)
    d.y -= 4
    h("Working with our partners")
    d.para("None of this would be possible without our partners. We work closely with "
           "Brackenshire County Council, Brackenshire Police, NHS Brackenshire and Wyeland "
           "Integrated Care Board, Greenvale Housing Association, Citizens Advice Brackenford "
           "and the Brackenford Business Improvement District (BID). Our community safety "
           "work is delivered through the Brackenford Community Safety Partnership.")
    h("Contact us")
    d.para("Brackenford District Council, Civic Offices, Priory Road, Brackenford. "
           "Telephone 01632 960 400.", size=9)
    d.save()


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for fn in (wales, ontario, pcp, parish, cssp, annual):
        fn()
    print("written:", sorted(os.listdir(OUT)))
