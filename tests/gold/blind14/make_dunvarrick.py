"""Scottish licensing board MINUTE of MEETING: title block as one sentence in mixed caps, sederunt as a
paragraph (shared plural title "Councillors Fergusson, Lindsay, Munro and Orr"), bold CAPS item titles with
numbered paragraphs 1.1, 1.2 in a hanging-number column, DECIDED: paragraphs, motion/amendment vote."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind14-uk-dunvarrick-licensing-board-minutes-2025-03-11"


def build():
    fonts()
    F, FB = "LibSans", "LibSans-Bold"
    body = style("b", F, 10.5, 14)
    bold = style("bb", FB, 10.5, 14, spaceBefore=8, spaceAfter=3)
    W = 165 * mm
    s = []
    s.append(Paragraph("DUNVARRICK COUNCIL", style("c0", FB, 9, 11, alignment=1, textColor=colors.HexColor("#1f3a68"))))
    s.append(Paragraph("Comhairle Dhùn Bharraig", style("c1", "LibSans-Italic", 8, 10, alignment=1,
                                                        textColor=colors.HexColor("#1f3a68"))))
    s.append(Spacer(1, 14))
    s.append(Paragraph("<b>MINUTE</b> of <b>MEETING</b> of the <b>DUNVARRICK LICENSING BOARD</b> held in the Council "
                       "Chamber, Municipal Buildings, Harbour Road, Portnacraig on Tuesday, 11 March 2025 at 10.00 a.m.",
                       style("t", F, 11, 15)))
    s.append(Spacer(1, 10))

    def lab(label, text):
        t = Table([[Paragraph(f"<b>{label}</b>", body), Paragraph(text, body)]], colWidths=[28 * mm, W - 28 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return t

    s.append(lab("Present:", "Provost A. Kerr (Convener); Bailie M. Dunlop (Vice-Convener); Councillors Fergusson, "
                             "Lindsay, Munro and Orr."))
    s.append(lab("Attending:", "Mrs F. Gilchrist, Depute Clerk to the Board; Ms K. Sutherland, Solicitor (Licensing); "
                               "Mr D. Rennie, Licensing Standards Officer; Sergeant L. Watt, Police Scotland."))
    s.append(lab("Apology:", "Councillor Tait."))
    s.append(Spacer(1, 2))
    s.append(Paragraph("Provost Kerr in the Chair.", style("ch", F, 10.5, 14, alignment=1)))
    s.append(Spacer(1, 4))

    def H(num, title):
        return Paragraph(f"{num}.&nbsp;&nbsp;&nbsp;{title}", bold)

    def para(num, text):
        t = Table([[Paragraph(num, body), Paragraph(text, body)]], colWidths=[12 * mm, W - 12 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return t

    def note(text):
        return Paragraph(f"<i>{text}</i>", style("n", "LibSans-Italic", 10.5, 14, leftIndent=12 * mm, spaceAfter=4))

    s += [H("1", "APOLOGIES FOR ABSENCE"),
          para("1.1", "An apology for absence was intimated on behalf of Councillor Tait.")]
    s += [H("2", "DECLARATIONS OF INTEREST"),
          para("2.1", "Councillor Munro declared a non-financial interest in item 5 as a member of Kilmaddie Community "
                      "Council, which had lodged an objection, and intimated that he would leave the meeting during "
                      "consideration of that item.")]
    s += [H("3", "MINUTE OF PREVIOUS MEETING"),
          para("3.1", "There was submitted and approved as a correct record the minute of meeting of the Board held on "
                      "11 February 2025.")]
    s += [H("4", "PREMISES LICENCE – MAJOR VARIATION: THE HARBOUR BAR, 12 QUAY STREET, PORTNACRAIG"),
          para("4.1", "There was submitted a report by the Clerk (LB/25/07) regarding an application by Quayside Inns "
                      "Limited for a major variation of the premises licence to extend the outdoor drinking area and to "
                      "permit live music on Fridays and Saturdays until 11.00 p.m."),
          para("4.2", "The Board heard from Mr C. Boyd of Boyd &amp; Laird, Solicitors, on behalf of the applicant; from "
                      "Sergeant Watt, who advised that Police Scotland did not object; and from Mr Rennie, who confirmed "
                      "that a noise management plan had been agreed with the Council’s Environmental Health service."),
          para("4.3", "<b>DECIDED:</b> that the application be granted subject to the additional condition that the "
                      "outdoor drinking area shall not be used after 10.00 p.m.")]
    s += [H("5", "PREMISES LICENCE – NEW APPLICATION: KILMADDIE MINI MARKET, 3 MAIN STREET, KILMADDIE"),
          note("Councillor Munro, having declared an interest, left the meeting."),
          para("5.1", "There was submitted a report by the Clerk (LB/25/08) regarding an application by Mr H. Anand for "
                      "a premises licence for off-sales at the above premises. Two objections had been received, from "
                      "Kilmaddie Community Council and from a local resident."),
          para("5.2", "The Board heard from the applicant and from Mrs E. Cairns on behalf of Kilmaddie Community Council."),
          para("5.3", "Councillor Lindsay, seconded by Councillor Fergusson, moved that the application be refused on the "
                      "ground of overprovision. Provost Kerr, seconded by Bailie Dunlop, moved as an amendment that the "
                      "application be granted. On a vote being taken, two members voted for the amendment and three for "
                      "the motion. The motion was accordingly carried."),
          para("5.4", "<b>DECIDED:</b> that the application be refused in terms of section 23(5)(e) of the Licensing "
                      "(Scotland) Act 2005, the Board being satisfied that granting it would result in overprovision of "
                      "licensed premises in the Kilmaddie locality."),
          para("5.5", "The Clerk was instructed to issue a statement of reasons to the applicant within 21 days."),
          note("Councillor Munro rejoined the meeting.")]
    s += [H("6", "STATEMENT OF LICENSING POLICY 2025–2028: CONSULTATION DRAFT"),
          para("6.1", "There was submitted a report by the Clerk (LB/25/09) presenting a draft Statement of Licensing "
                      "Policy for the period 2025 to 2028. The draft sets out the Board’s local priorities, which are:<br/>"
                      "(a)&nbsp;&nbsp;tackling alcohol-related harm in Portnacraig town centre;<br/>"
                      "(b)&nbsp;&nbsp;protecting children and young people from harm, including from proxy purchase;<br/>"
                      "(c)&nbsp;&nbsp;supporting a safe and vibrant late-night economy; and<br/>"
                      "(d)&nbsp;&nbsp;keeping overprovision under review in each of the Board’s localities."),
          para("6.2", "Ms Sutherland advised that NHS Dunvarrick and Islands and the Dunvarrick Alcohol and Drug "
                      "Partnership had contributed to the overprovision assessment that accompanies the draft."),
          para("6.3", "<b>DECIDED:</b> that the Board (a) approve the draft Statement of Licensing Policy 2025–2028 for "
                      "public consultation from 24 March 2025 to 16 June 2025; and (b) instruct the Clerk to report the "
                      "consultation responses to the meeting of the Board on 19 August 2025."),
          para("6.4", "The Board further requested that the Licensing Standards Officer arrange a briefing for members on "
                      "the overprovision assessment before the end of April 2025.")]
    s += [H("7", "OCCASIONAL LICENCES AND EXTENDED HOURS – DELEGATED DECISIONS"),
          para("7.1", "There was submitted a report by the Clerk listing 14 occasional licences and 3 extended hours "
                      "applications granted under delegated powers between 1 and 28 February 2025."),
          para("7.2", "<b>DECIDED:</b> that the report be noted.")]
    s += [H("8", "DATE OF NEXT MEETING"),
          para("8.1", "It was noted that the next meeting of the Board would be held on Tuesday, 8 April 2025 at "
                      "10.00 a.m.")]
    s += [Spacer(1, 10), Paragraph("The meeting terminated at 11.50 a.m.", body), Spacer(1, 16),
          Paragraph("Signed ............................................................ Convener", body)]

    def page(c, d):
        c.saveState()
        c.setFont(F, 8.5)
        c.drawCentredString(105 * mm, 12 * mm, f"{d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=23 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="Licensing Board minute 11 March 2025")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
