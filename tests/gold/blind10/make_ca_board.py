"""Combined authority board minutes: banner, attendance by constituent council, 'CAB nn' item codes,
ruled 'Decision' boxes with lettered parts, recorded-vote tables by constituent council."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from lib import PDF, register_fonts

STEM = "blind10-uk-severnmoor-combined-authority-board-minutes-2025-03-14"
register_fonts()
TEAL = colors.HexColor("#0b5563")
base = ParagraphStyle("b", fontName="DejaVuSans", fontSize=9.2, leading=12.5, spaceAfter=5)
small = ParagraphStyle("s", parent=base, fontSize=8.4, leading=11, spaceAfter=0)
h_item = ParagraphStyle("h", parent=base, fontName="DejaVuSans-Bold", fontSize=10.5, leading=13.5,
                        spaceBefore=9, spaceAfter=4, textColor=TEAL, leftIndent=22 * mm,
                        firstLineIndent=-22 * mm)
h_sec = ParagraphStyle("hs", parent=base, fontName="DejaVuSans-Bold", fontSize=9.5, spaceBefore=6)
dec = ParagraphStyle("d", parent=base, fontSize=9, leading=12, spaceAfter=3)


def P(t, s=base):
    return Paragraph(t, s)


def header_footer(c, doc):
    c.saveState()
    w, h = A4
    c.setFont("DejaVuSans", 7.5)
    c.setFillColor(colors.grey)
    c.drawString(18 * mm, h - 12 * mm, "Severnmoor Combined Authority Board \u2013 Minutes \u2013 14 March 2025")
    c.drawRightString(w - 18 * mm, h - 12 * mm, "OFFICIAL")
    c.drawString(18 * mm, 10 * mm, "Subject to approval at the next meeting")
    c.drawRightString(w - 18 * mm, 10 * mm, f"Page {doc.page}")
    c.restoreState()


def banner(c, doc):
    w, h = A4
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, h - 38 * mm, w, 38 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DejaVuSans-Bold", 20)
    c.drawString(18 * mm, h - 18 * mm, "SEVERNMOOR")
    c.setFont("DejaVuSans", 11)
    c.drawString(18 * mm, h - 25 * mm, "Combined Authority")
    c.setFont("DejaVuSans", 8)
    c.drawRightString(w - 18 * mm, h - 18 * mm, "Quayside House, Aldercombe AC1 4QT")
    c.drawRightString(w - 18 * mm, h - 23 * mm, "democratic.services@severnmoor-ca.gov.uk")
    c.restoreState()
    c.saveState()
    c.setFont("DejaVuSans", 7.5)
    c.setFillColor(colors.grey)
    c.drawString(18 * mm, 10 * mm, "Subject to approval at the next meeting")
    c.drawRightString(w - 18 * mm, 10 * mm, f"Page {doc.page}")
    c.restoreState()


def decision(parts):
    """A ruled, shaded 'Decision' box."""
    rows = [[P("<b>Decision:</b>", dec)]] + [[p] for p in parts]
    t = Table(rows, colWidths=[170 * mm])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.9, TEAL),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8f1f3")),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return [t, Spacer(1, 5)]


def vote(rows, result):
    data = [["Constituent council / member", "Voting member", "Vote"]] + rows
    t = Table(data, colWidths=[72 * mm, 62 * mm, 24 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "DejaVuSans", 8.2),
        ("FONT", (0, 0), (-1, 0), "DejaVuSans-Bold", 8.2),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d5e4e8"))]))
    return [P("<b>Recorded vote</b> (Standing Order 14.3):", small), Spacer(1, 2), t,
            Spacer(1, 2), P(result, small), Spacer(1, 6)]


def build():
    s = []
    s.append(Spacer(1, 26 * mm))
    s.append(P("<b>Combined Authority Board</b>", ParagraphStyle("t", parent=base, fontName="DejaVuSans-Bold",
                                                                 fontSize=15, leading=19)))
    s.append(P("<b>MINUTES</b> of the meeting on <b>Friday 14 March 2025</b> at 10.00 am in The Forum, "
               "Quayside House, Aldercombe (members could also attend remotely via Microsoft Teams)"))
    att = [
        [P("<b>Voting members</b>", small), P("<b>Representing</b>", small)],
        [P("Mayor Helen Ashdown (Chair)", small), P("Mayor of Severnmoor", small)],
        [P("Cllr Rafiq Doshi", small), P("Aldercombe City Council", small)],
        [P("Cllr Joanna Pettifer (Vice-Chair)", small), P("Brackwater Metropolitan Borough Council", small)],
        [P("Cllr Owen Thwaite (substitute for Cllr Tom Faraday)", small), P("Kingsmere Council", small)],
        [P("<b>Non-voting members</b>", small), P("", small)],
        [P("Cllr Beverley Amos (attended remotely)", small), P("Holmbridge District Council (non-constituent)", small)],
        [P("Sir Graham Leckie", small), P("Chair, Severnmoor Business Board", small)],
        [P("<b>Officers in attendance</b>", small), P("", small)],
        [P("Dr Simone Kaur", small), P("Chief Executive", small)],
        [P("Marcus Ellery", small), P("Monitoring Officer", small)],
        [P("Priya Venn", small), P("Director of Transport", small)],
        [P("Alun Griffiths", small), P("Chief Finance Officer", small)],
        [P("<b>Apologies</b>", small), P("", small)],
        [P("Cllr Tom Faraday", small), P("Kingsmere Council", small)],
        [P("Chief Constable Dawn Mellor", small), P("Severnmoor Police (co-opted, non-voting)", small)],
    ]
    t = Table(att, colWidths=[80 * mm, 90 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.5, TEAL)]))
    s += [Spacer(1, 4), t, Spacer(1, 6)]

    s.append(P("CAB 58\tApologies and Substitutions".replace("\t", "&nbsp;&nbsp;&nbsp;&nbsp;"), h_item))
    s.append(P("Apologies were received from Cllr Tom Faraday, for whom Cllr Owen Thwaite attended as "
               "substitute, and from Chief Constable Dawn Mellor."))
    s.append(P("CAB 59&nbsp;&nbsp;&nbsp;&nbsp;Declarations of Interest", h_item))
    s.append(P("Cllr Pettifer declared a non-pecuniary interest in item CAB 66 as a trustee of the Tanners "
               "Wharf Heritage Trust and left the meeting for that item."))
    s.append(P("CAB 60&nbsp;&nbsp;&nbsp;&nbsp;Minutes of the meeting held on 24 January 2025", h_item))
    s += decision([P("That the minutes of the meeting held on 24 January 2025 be approved as a correct record "
                     "and signed by the Mayor.", dec)])
    s.append(P("CAB 61&nbsp;&nbsp;&nbsp;&nbsp;Mayor\u2019s Update", h_item))
    s.append(P("The Mayor reported that the Severnmoor Integrated Settlement had been confirmed by the "
               "Ministry of Housing, Communities and Local Government and would take effect from 1 April 2025. "
               "She thanked Transport for Severnmoor (TfS) staff for their work during the February floods."))
    s += decision([P("That the update be noted.", dec)])
    s.append(P("CAB 62&nbsp;&nbsp;&nbsp;&nbsp;Severnmoor Local Transport Plan 2025\u20132040 and Bus Service "
               "Improvement Plan Refresh: Approval for Adoption", h_item))
    s.append(P("Priya Venn presented the report. Consultation had run from 4 November 2024 to 12 January 2025 "
               "and had received 2,317 responses. The plan sets five transport objectives and a delivery "
               "programme of £412m to 2030. Cllr Thwaite said that Kingsmere Council could not support the "
               "removal of the Kingsmere\u2013Holm Valley rail reopening from the first delivery period and asked "
               "for his council\u2019s dissent to be recorded."))
    s.append(P("In answer to Sir Graham Leckie, the Director confirmed that bus franchising remained under "
               "assessment and that a separate decision would be brought to the Board in July 2025."))
    s += decision([
        P("The Board:", dec),
        P("(a) approved the Severnmoor Local Transport Plan 2025\u20132040 for adoption with effect from "
          "1 April 2025;", dec),
        P("(b) approved the refreshed Bus Service Improvement Plan for submission to the Department for "
          "Transport by 30 April 2025;", dec),
        P("(c) delegated authority to the Director of Transport, in consultation with the Mayor, to make minor "
          "drafting amendments before publication.", dec)])
    s += vote([["Mayor of Severnmoor", "Mayor Helen Ashdown", "For"],
               ["Aldercombe City Council", "Cllr Rafiq Doshi", "For"],
               ["Brackwater Metropolitan Borough Council", "Cllr Joanna Pettifer", "For"],
               ["Kingsmere Council", "Cllr Owen Thwaite", "Against"]],
              "The recommendations were CARRIED (3 for, 1 against). As the Plan is a mayoral strategy the "
              "Mayor\u2019s vote was required to be in the majority.")
    s.append(P("<b>Action:</b> Director of Transport to publish the adopted Local Transport Plan on the Combined "
               "Authority website by 31 March 2025."))
    s.append(P("<b>Action:</b> Chief Executive to write to Kingsmere Council setting out the review point for "
               "the Holm Valley rail scheme."))
    s.append(P("CAB 63&nbsp;&nbsp;&nbsp;&nbsp;Adult Skills Fund Allocations 2025/26", h_item))
    s.append(P("The Board considered proposed allocations of the devolved Adult Skills Fund of £28.4m for the "
               "2025/26 academic year, including £3.1m for the Green Skills Accelerator delivered with "
               "Brackwater College."))
    s += decision([
        P("The Board:", dec),
        P("(a) approved the Adult Skills Fund allocations for 2025/26 as set out in Appendix 1 to the report;", dec),
        P("(b) delegated authority to the Director of Economy and Skills, in consultation with the Skills "
          "Portfolio Lead, to reallocate up to 10% of the fund between providers in-year.", dec)])
    s += vote([["Mayor of Severnmoor", "Mayor Helen Ashdown", "For"],
               ["Aldercombe City Council", "Cllr Rafiq Doshi", "For"],
               ["Brackwater Metropolitan Borough Council", "Cllr Joanna Pettifer", "For"],
               ["Kingsmere Council", "Cllr Owen Thwaite", "For"]],
              "The recommendations were CARRIED unanimously.")
    s.append(P("CAB 64&nbsp;&nbsp;&nbsp;&nbsp;Budget Monitoring: Quarter 3 2024/25", h_item))
    s.append(P("Alun Griffiths reported a forecast underspend of £1.2m on the mayoral budget, mainly from "
               "delayed concessionary fares reimbursement. Members asked that the level of earmarked reserves "
               "be reviewed before the 2026/27 budget round."))
    s += decision([P("That the Board notes the forecast outturn position at Quarter 3 2024/25.", dec)])
    s.append(P("<b>Action:</b> Chief Finance Officer to bring a report on the reserves strategy to the Board "
               "meeting on 16 May 2025."))
    s.append(P("CAB 65&nbsp;&nbsp;&nbsp;&nbsp;Exclusion of the Press and Public", h_item))
    s += decision([P("That the press and public be excluded from the meeting for the following item on the "
                     "grounds that it involves the likely disclosure of exempt information as defined in "
                     "paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.", dec)])
    s.append(P("CAB 66&nbsp;&nbsp;&nbsp;&nbsp;Brownfield Housing Fund \u2013 Site Acquisition, Tanners Wharf", h_item))
    s.append(P("(Cllr Pettifer left the meeting for this item.) The Board considered an exempt report on the "
               "proposed acquisition of land at Tanners Wharf, Brackwater, for 240 homes."))
    s += decision([P("That the acquisition of the Tanners Wharf site be approved on the terms set out in the "
                     "exempt report, subject to Homes England confirming grant funding.", dec)])
    s.append(P("<b>Date of next meeting:</b> Friday 16 May 2025 at 10.00 am, The Forum, Quayside House."))
    s.append(P("The meeting closed at 12.05 pm."))
    s.append(Spacer(1, 8))
    s.append(P("Signed ............................................. Mayor &nbsp;&nbsp;&nbsp; Date ....................."))

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title="Combined Authority Board minutes 14 March 2025", author="Severnmoor Combined Authority")
    doc.build(s, onFirstPage=banner, onLaterPages=header_footer)


if __name__ == "__main__":
    build()
