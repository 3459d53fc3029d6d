"""English fire and rescue authority minutes set in two columns on every page: minute number and title in a
narrow left column, text in the wide right column (a light-ruled Word-style table, one rule under each minute,
minutes splitting across pages); attendees one per line in the right column with Present / Also present /
Officers / Apologies labels at the start; RESOLVED paragraphs with (a)–(d) limbs; recorded votes
"(For 8, Against 2, Abstentions 1)" and a lost amendment; CRMP "Label – description" priorities; running header,
page numbers and chair's initials box."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, style

STEM = "blind17-uk-orrinshire-fire-and-rescue-authority-minutes-2025-02-18"
RED = colors.HexColor("#a4161a")
RULE = colors.HexColor("#9a9a9a")


def build():
    F, FB = "Helvetica", "Helvetica-Bold"
    body = style("b", F, 9.5, 12.5, spaceAfter=4)
    res = style("r", FB, 9.5, 12.5, spaceAfter=2)
    lim = style("l", FB, 9.5, 12.5, leftIndent=7 * mm, firstLineIndent=-7 * mm, spaceAfter=1)
    pri = style("p", F, 9.5, 12.5, leftIndent=5 * mm, spaceAfter=1)
    name = style("n", F, 9.5, 12.5)
    left = style("left", FB, 9.5, 12.5)

    s = []
    s.append(Paragraph("ORRINSHIRE FIRE AND RESCUE AUTHORITY", style("t", FB, 15, 19, textColor=RED)))
    s.append(Paragraph("MINUTES of the meeting of the Fire and Rescue Authority held at Service Headquarters, Beacon "
                       "Way, Harlsford on Tuesday 18 February 2025 at 10.30am", style("t2", F, 10.5, 14, spaceAfter=10)))

    rows, ends = [], []

    def block(lab, paras):
        for i, p in enumerate(paras):
            rows.append([Paragraph(lab, left) if i == 0 else "", p])
        ends.append(len(rows) - 1)

    def names(xs):
        return [Paragraph(x, name) for x in xs]

    block("Present:", names(["Councillor Margaret Elphick (Chair)", "Councillor Dev Rathore (Vice-Chair)",
                             "Councillor Alan Beckwith", "Councillor Sally Cordingley", "Councillor Paul Etheridge",
                             "Councillor Hannah Fitzwilliam", "Councillor Robert Gale", "Councillor Yasmin Hussain",
                             "Councillor Neil Ingleby", "Councillor Bernard Joliffe", "Councillor Carol Kettering"]))
    block("Also present:", names(["Mr Anthony Grieve (Independent Person)"]))
    block("Officers in attendance:", names(["Lisa Marchant – Chief Fire Officer", "Owen Pryce – Deputy Chief Fire Officer",
                                            "Julian Stott – Treasurer", "Alison Reddy – Monitoring Officer",
                                            "Tom Neave – Democratic Services Officer (minutes)"]))
    block("Apologies:", names(["Councillor Frances Lyle", "Councillor Martin Quayle", "Councillor Rekha Varma"]))

    def M(n, title, paras):
        for i, p in enumerate(paras):
            rows.append([Paragraph(f"{n}.&nbsp;&nbsp;{title}", left) if i == 0 else "", p])
        ends.append(len(rows) - 1)

    P = lambda x, st=body: Paragraph(x, st)
    M("52", "Apologies for Absence", [P("Apologies for absence were received from the Members listed above.")])
    M("53", "Declarations of Interest", [
        P("Councillor Ingleby declared a non-registrable interest in minute 56 as a close family member is employed by "
          "Orrinshire Fire and Rescue Service as an on-call firefighter. He remained in the meeting and took part in the vote.")])
    M("54", "Minutes of the Previous Meeting", [
        P("RESOLVED that the minutes of the meeting held on 10 December 2024 be confirmed as a correct record and signed "
          "by the Chair.", res)])
    M("55", "Chair’s Announcements", [
        P("The Chair congratulated Station Manager Priya Dhillon on the award of the King’s Fire Service Medal and "
          "reminded Members that the Member Development Day will be held on 13 March 2025.")])
    M("56", "Revenue Budget 2025/26, Medium Term Financial Plan 2025/26 to 2028/29 and Council Tax Precept", [
        P("The Treasurer presented the report. The final local government finance settlement allowed fire and rescue "
          "authorities to increase the Band D precept by up to £5 without a referendum. The Medium Term Financial Plan "
          "shows a funding gap of £1.9m by 2028/29 even after the proposed increase."),
        P("Councillor Hussain moved, and Councillor Gale seconded, an amendment that the increase in the precept be "
          "limited to 2.99%. On being put to the vote the amendment was LOST (For 3, Against 8)."),
        P("The substantive motion was then put to the vote and it was:"),
        P("RESOLVED that:", res),
        P("(a)&nbsp;&nbsp;the net revenue budget for 2025/26 of £48,372,000 be approved;", lim),
        P("(b)&nbsp;&nbsp;a Band D council tax precept of £94.66 for 2025/26, an increase of £4.99 (5.56%), be approved;", lim),
        P("(c)&nbsp;&nbsp;the Medium Term Financial Plan 2025/26 to 2028/29 be noted; and", lim),
        P("(d)&nbsp;&nbsp;the Treasurer be authorised to notify the billing authorities of the precept by 28 February 2025.", lim),
        P("(For 8, Against 2, Abstentions 1)", style("v", FB, 9.5, 12.5, spaceBefore=2, spaceAfter=4))])
    M("57", "Capital Programme 2025/26 to 2029/30 and Treasury Management Strategy 2025/26", [
        P("RESOLVED that the capital programme of £21.6m for 2025/26 to 2029/30, the Treasury Management Strategy "
          "2025/26 and the Minimum Revenue Provision policy be approved.", res)])
    M("58", "Community Risk Management Plan 2025–2029", [
        P("The Deputy Chief Fire Officer presented the outcome of the public consultation, which ran for eight weeks "
          "ending on 5 January 2025 and received 1,184 responses. The Community Risk Management Plan (CRMP) sets out "
          "four strategic priorities:"),
        P("Prevent – helping people to stay safe in their homes and on the roads", pri),
        P("Protect – keeping people safe in the buildings where they live, work and visit", pri),
        P("Respond – getting the right resources to emergencies quickly", pri),
        P("People – a skilled, diverse and healthy workforce", style("p2", F, 9.5, 12.5, leftIndent=5 * mm, spaceAfter=4)),
        P("Members requested that the Deputy Chief Fire Officer bring a separate report on the crewing review at "
          "Harlsford West fire station before any change is made. The Chief Fire Officer will report progress against "
          "the CRMP action plan to the Authority every six months."),
        P("RESOLVED that the Community Risk Management Plan 2025–2029 be approved for publication on 1 April 2025.", res)])
    M("59", "HMICFRS Inspection Report 2024", [
        P("His Majesty’s Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) published its inspection "
          "report on the Service on 22 January 2025. The Service was graded ‘Good’ in two areas, ‘Adequate’ in eight "
          "areas and ‘Requires improvement’ in one area (promoting the right values and culture)."),
        P("The Deputy Chief Fire Officer to present the improvement plan to the Audit and Governance Committee on "
          "25 March 2025."),
        P("RESOLVED that the report be noted.", res)])
    M("60", "Pay Policy Statement 2025/26", [
        P("RESOLVED that the Pay Policy Statement 2025/26 be approved for publication in accordance with the Localism "
          "Act 2011.", res)])
    M("61", "Minutes of Committees", [
        P("RESOLVED that the minutes of the meetings of the Audit and Governance Committee held on 21 January 2025 and "
          "the Appointments and Remuneration Committee held on 4 February 2025 be received.", res)])
    M("62", "Date of Next Meeting", [
        P("The next meeting of the Authority will be held on Tuesday 15 April 2025 at 10.30am."),
        P("The meeting closed at 12.48pm.")])

    t = Table(rows, colWidths=[44 * mm, 126 * mm], repeatRows=0)
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.5, RULE),
          ("LINEAFTER", (0, 0), (0, -1), 0.5, RULE), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("LEFTPADDING", (0, 0), (-1, -1), 5),
          ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f3f3f3"))]
    for e in ends:
        st.append(("LINEBELOW", (0, e), (-1, e), 0.5, RULE))
        st.append(("BOTTOMPADDING", (0, e), (-1, e), 5))
    t.setStyle(TableStyle(st))
    s.append(t)
    s.append(Spacer(1, 18))
    s.append(Paragraph("Chair: ……………………………………………&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Date: ……………………", body))

    def page(c, d):
        c.saveState()
        c.setFont(F, 8)
        c.setFillColor(RED)
        c.drawRightString(190 * mm, 287 * mm, "Fire and Rescue Authority – 18 February 2025")
        c.setFillColor(colors.black)
        c.drawCentredString(105 * mm, 10 * mm, f"{d.page}")
        c.rect(160 * mm, 8 * mm, 30 * mm, 7 * mm, stroke=1, fill=0)
        c.drawString(162 * mm, 10.5 * mm, "Chair’s initials")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="FRA minutes 18 February 2025")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
