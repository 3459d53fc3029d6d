"""British Columbia village council regular meeting minutes: long wrapped CAPS title, PRESENT / STAFF PRESENT /
ABSENT / ALSO PRESENT label column with names in a right column ("Councillor A. Bhatti", "P. Raman, Chief
Administrative Officer"), numbered sections with decimal sub-items, resolutions numbered R24/117... in a left
margin column with Moved by / Seconded by / THAT ... / right-aligned CARRIED, one OPPOSED line, a DEFEATED
motion on a tie followed by a substitute motion, certification block and running footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind16-ca-sorrel-creek-village-council-regular-meeting-minutes-2024-06-11"


def build():
    fonts()
    F, FB = "DejaVuSans", "DejaVuSans-Bold"
    body = style("b", F, 9.5, 12.5, spaceAfter=5)
    bold = style("bb", FB, 9.5, 12.5)
    h1 = style("h1", FB, 10, 13, spaceBefore=5, spaceAfter=3)
    h2 = style("h2", FB, 9.5, 12.5, spaceBefore=3, spaceAfter=3, leftIndent=0.3 * inch)
    right = style("r", FB, 9.5, 12.5, alignment=2)
    s = []
    s.append(Paragraph("MINUTES OF THE REGULAR MEETING OF COUNCIL OF THE VILLAGE OF SORREL CREEK HELD IN THE "
                       "COUNCIL CHAMBERS, VILLAGE OFFICE, 220 FIR STREET, SORREL CREEK, BC ON TUESDAY, JUNE 11, "
                       "2024 AT 7:00 PM", style("t", FB, 11, 14.5, alignment=1, spaceAfter=10)))
    roll = [("PRESENT:", ["Mayor D. Whitford", "Councillor A. Bhatti", "Councillor C. Marchand",
                          "Councillor W. Kowalchuk"]),
            ("STAFF PRESENT:", ["P. Raman, Chief Administrative Officer", "G. Oduya, Corporate Officer",
                                "H. Sorensen, Director of Public Works (until 8:05 p.m.)"]),
            ("ABSENT:", ["Councillor L. Pidcock"]),
            ("ALSO PRESENT:", ["3 members of the public", "1 member of the media"])]
    rows = []
    for lab, names in roll:
        for i, n in enumerate(names):
            rows.append([Paragraph(lab if i == 0 else "", bold), Paragraph(n, body)])
        rows.append(["", ""])
    t = Table(rows[:-1], colWidths=[1.6 * inch, 4.9 * inch], rowHeights=None)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    s += [t, Spacer(1, 4)]

    def H(x):
        s.append(Paragraph(x, h1))

    def H2(x):
        s.append(Paragraph(x, h2))

    def P(x):
        s.append(Paragraph(x, style("pi", F, 9.5, 12.5, spaceAfter=5, leftIndent=0.3 * inch)))

    def R(no, moved, seconded, text, result="CARRIED", extra=None):
        cell = []
        if moved:
            cell.append(Paragraph(f"Moved by {moved}", body if not seconded else style("m", F, 9.5, 12.5)))
        if seconded:
            cell.append(Paragraph(f"Seconded by {seconded}", body))
        cell.append(Paragraph(text, style("rt", FB, 9.5, 12.5, spaceAfter=2)))
        cell.append(Paragraph(result, right))
        if extra:
            cell.append(Paragraph(extra, style("op", F, 9.5, 12.5, alignment=2)))
        t = Table([[Paragraph(no, bold), cell]], colWidths=[1.0 * inch, 5.5 * inch])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        s.append(t)

    H("1.&nbsp;&nbsp;&nbsp;CALL TO ORDER")
    P("Mayor Whitford called the meeting to order at 7:00 p.m. and acknowledged that Council meets on the "
      "traditional and unceded territory of the First Nations of the upper Sorrel valley.")
    H("2.&nbsp;&nbsp;&nbsp;ADOPTION OF AGENDA")
    R("R24/117", "Councillor Bhatti", "Councillor Marchand",
      "THAT Council adopt the agenda for the June 11, 2024 Regular Meeting of Council as presented.")
    H("3.&nbsp;&nbsp;&nbsp;ADOPTION OF MINUTES")
    H2("3.1&nbsp;&nbsp;&nbsp;Regular Meeting of Council – May 28, 2024")
    R("R24/118", "Councillor Kowalchuk", "Councillor Bhatti",
      "THAT Council adopt the minutes of the Regular Meeting of Council held May 28, 2024 as circulated.")
    H2("3.2&nbsp;&nbsp;&nbsp;Committee of the Whole – June 4, 2024")
    R("R24/119", "Councillor Marchand", "Councillor Kowalchuk",
      "THAT Council receive the minutes of the Committee of the Whole meeting held June 4, 2024 for information.")
    H("4.&nbsp;&nbsp;&nbsp;DELEGATIONS")
    H2("4.1&nbsp;&nbsp;&nbsp;Sorrel Creek Curling Club – Ice Plant Replacement")
    P("Bev Lindqvist, President, and Ron Takahashi, Treasurer, presented the Club’s request for a contribution of "
      "$15,000 towards the replacement of the 1978 ice plant at the Sorrel Creek Community Arena, estimated at "
      "$96,000. The Club has raised $31,500 to date. Mayor Whitford thanked the delegation.")
    H("5.&nbsp;&nbsp;&nbsp;STAFF REPORTS")
    H2("5.1&nbsp;&nbsp;&nbsp;Public Works Monthly Report – May 2024")
    P("The Director of Public Works reported that hydrant flushing is complete and that Stage 1 watering "
      "restrictions will come into effect on July 1, 2024. The Fir Street culvert replacement is scheduled for "
      "the week of August 12, 2024.")
    R("R24/120", "Councillor Bhatti", "Councillor Kowalchuk",
      "THAT Council receive the Public Works Monthly Report for May 2024 for information.")
    H2("5.2&nbsp;&nbsp;&nbsp;Development Variance Permit DVP 2024-03 – 418 Larch Avenue")
    P("The Corporate Officer reported that notices were mailed to owners and occupiers within 50 metres on "
      "May 29, 2024 and that two letters of objection were received, citing privacy and parking.")
    R("R24/121", "Councillor Marchand", "Councillor Bhatti",
      "THAT Council approve Development Variance Permit DVP 2024-03 for 418 Larch Avenue to reduce the rear "
      "yard setback from 7.5 m to 4.0 m to permit construction of a carriage house.",
      extra="Councillor Kowalchuk OPPOSED")
    H2("5.3&nbsp;&nbsp;&nbsp;2023 Statement of Financial Information")
    R("R24/122", "Councillor Kowalchuk", "Councillor Marchand",
      "THAT Council approve the 2023 Statement of Financial Information as presented.")
    P("The Chief Administrative Officer will submit the approved statement to the Ministry of Municipal Affairs "
      "by June 30, 2024.")
    H("6.&nbsp;&nbsp;&nbsp;BYLAWS")
    H2("6.1&nbsp;&nbsp;&nbsp;Water Rates and Regulations Amendment Bylaw No. 512, 2024 – Adoption")
    R("R24/123", "Councillor Bhatti", "Councillor Kowalchuk",
      "THAT Village of Sorrel Creek Water Rates and Regulations Amendment Bylaw No. 512, 2024 be adopted.")
    H2("6.2&nbsp;&nbsp;&nbsp;Five-Year Financial Plan (2024–2028) Amendment Bylaw No. 513, 2024 – First, Second "
       "and Third Readings")
    R("R24/124", "Councillor Marchand", "Councillor Kowalchuk",
      "THAT Village of Sorrel Creek Five-Year Financial Plan (2024–2028) Amendment Bylaw No. 513, 2024 be given "
      "first, second and third readings.")
    H("7.&nbsp;&nbsp;&nbsp;NEW BUSINESS")
    H2("7.1&nbsp;&nbsp;&nbsp;Sorrel Creek Curling Club – Request for Funding")
    R("R24/125", "Councillor Marchand", "Councillor Bhatti",
      "THAT Council approve a grant of $15,000 to the Sorrel Creek Curling Club from the Community Works "
      "Reserve for the replacement of the arena ice plant.", result="DEFEATED",
      extra="Mayor Whitford and Councillor Kowalchuk OPPOSED")
    R("R24/126", "Mayor Whitford", "Councillor Kowalchuk",
      "THAT Council direct staff to work with the Sorrel Creek Curling Club on an application to the provincial "
      "Community Gaming Grant program and report back to Council by September 10, 2024.")
    H2("7.2&nbsp;&nbsp;&nbsp;Tamsin Valley Regional District – Solid Waste Management Plan Review")
    R("R24/127", "Councillor Bhatti", "Councillor Kowalchuk",
      "THAT Council appoint Councillor Marchand as the Village representative on the Tamsin Valley Regional "
      "District Solid Waste Management Plan Public and Technical Advisory Committee.")
    H("8.&nbsp;&nbsp;&nbsp;COUNCIL REPORTS")
    P("Councillor Bhatti attended the Sorrel Creek Fall Fair Society annual general meeting on June 5, 2024. "
      "Mayor Whitford reported on the Tamsin Valley Regional District Board meeting of June 6, 2024.")
    H("9.&nbsp;&nbsp;&nbsp;PUBLIC QUESTION PERIOD")
    P("One resident asked whether the 418 Larch Avenue carriage house could be used as a short-term rental. The "
      "Corporate Officer advised that short-term rentals are not permitted in that zone.")
    H("10.&nbsp;&nbsp;&nbsp;ADJOURNMENT")
    R("R24/128", "Councillor Kowalchuk", None, "THAT the meeting be adjourned at 8:42 p.m.")
    s.append(Spacer(1, 10))
    sig = Table([["______________________________", "______________________________"],
                 [Paragraph("Mayor", body), Paragraph("Corporate Officer", body)]],
                colWidths=[3.25 * inch, 3.25 * inch])
    sig.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(Paragraph("<b>CERTIFIED CORRECT:</b>", body))
    s.append(Spacer(1, 16))
    s.append(sig)

    def page(c, d):
        c.saveState()
        c.setFont(F, 7.5)
        c.setStrokeColor(colors.grey)
        c.line(1 * inch, 0.7 * inch, 7.5 * inch, 0.7 * inch)
        c.drawString(1 * inch, 0.55 * inch, "Village of Sorrel Creek – Regular Council Meeting Minutes – June 11, 2024")
        c.drawRightString(7.5 * inch, 0.55 * inch, f"Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=letter, leftMargin=1 * inch, rightMargin=1 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.85 * inch, title="RC Minutes 2024-06-11")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
