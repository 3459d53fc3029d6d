"""Scottish council committee minute: crest block, "Present:"/"In attendance:" paragraphs, numbered items in a
hanging number column, each closing with a "Decision" heading and "The Committee agreed:-" with (1)(2) limbs on
separate lines, a declarations item, a motion/amendment with a For/Against roll call, an exempt item,
running header from page 2 and "Page x of y"."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, numbered_canvas, style

STEM = "blind23-uk-dalmorran-council-environment-infrastructure-committee-minutes-2025-02-18"
NAVY = colors.HexColor("#1d3557")


def build():
    fonts()
    F, FB, FI = "LibSans", "LibSans-Bold", "LibSans-Italic"
    body = style("b", F, 11, 14.5, spaceAfter=6)
    head = style("h", FB, 11, 14.5, spaceAfter=4)
    dec = style("d", FB, 11, 14.5, spaceBefore=2, spaceAfter=3)
    limb = style("l", F, 11, 14.5, leftIndent=10 * mm, firstLineIndent=-10 * mm, spaceAfter=3)
    vote = style("v", F, 11, 14.5, leftIndent=8 * mm, spaceAfter=4)
    s = []
    crest = Table([[Paragraph("<b>DALMORRAN</b><br/>COUNCIL", style("cr", FB, 10, 12, alignment=1, textColor=colors.white))]],
                  colWidths=[30 * mm], rowHeights=[18 * mm])
    crest.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), NAVY), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    top = Table([[crest, Paragraph("ENVIRONMENT AND INFRASTRUCTURE COMMITTEE", style("t", FB, 14, 18, textColor=NAVY))]],
                colWidths=[36 * mm, 124 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    s += [top, Spacer(1, 8),
          Paragraph("MINUTE of MEETING of the ENVIRONMENT AND INFRASTRUCTURE COMMITTEE held in the Council Chamber, "
                    "Council Headquarters, 12 Kirkgate, Dalmorran, on Tuesday 18 February 2025 at 10.00 am.", body),
          Spacer(1, 2)]
    s.append(Paragraph("<b>Present:</b> Councillor Fiona MacRae (Convener), Councillor Alasdair Kerr (Depute Convener), "
                       "and Councillors Euan Baird, Jennifer Coutts, Iain Drummond, Shona Fleming, Neil Gilchrist, "
                       "Morag Lindsay (substitute for Councillor Gavin Reid), Ruaridh MacInnes, Catriona Paterson "
                       "and Derek Sutherland.", body))
    s.append(Paragraph("<b>Apologies:</b> Councillor Gavin Reid.", body))
    s.append(Paragraph("<b>Also present:</b> Councillor Hamish Urquhart (local member, for item 7).", body))
    s.append(Paragraph("<b>In attendance:</b> Graham Pollock, Director of Environment and Infrastructure; Lorna "
                       "Blackwood, Head of Roads and Transportation; Stuart Kinnaird, Head of Waste and Fleet Services; "
                       "Dr Aileen Mowat, Flood Risk Manager; Ross Halliday, Solicitor (Legal Services); and Kirsty "
                       "Anderson, Committee Officer.", body))
    s.append(Paragraph("Councillor MacRae in the Chair.", style("c", FI, 11, 14.5, spaceAfter=10)))

    ind = lambda st, n: style(st.name + "i", st.fontName, st.fontSize, st.leading, leftIndent=st.leftIndent + 12 * mm,
                              firstLineIndent=st.firstLineIndent, spaceAfter=st.spaceAfter, spaceBefore=st.spaceBefore,
                              keepWithNext=n)
    hd = style("hd", FB, 11, 14.5, leftIndent=12 * mm, firstLineIndent=-12 * mm, spaceAfter=4, spaceBefore=8,
               keepWithNext=1)

    def item(num, title, paras, limbs=None, lead="The Committee agreed:-"):
        h = Table([[Paragraph(f"{num}.", head), Paragraph(title, head)]], colWidths=[12 * mm, 148 * mm])
        h.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        h.keepWithNext = 1
        s.append(h)
        for p in paras:
            p.style = ind(p.style, 0)
            s.append(p)
        if limbs is not None:
            s.append(Paragraph("Decision", ind(dec, 1)))
            s.append(Paragraph(lead, ind(body, 1)))
            s.extend([Paragraph(f"({i})&nbsp;&nbsp;&nbsp;&nbsp;{t}", ind(limb, 0)) for i, t in enumerate(limbs, 1)])

    P = lambda x, st=body: Paragraph(x, st)
    item(1, "DECLARATIONS OF INTEREST", [
        P("Councillor Drummond declared a financial interest in item 7 (Community Transport Grant 2025/26) as a "
          "director of Dalmorran Community Transport Limited and stated that he would leave the meeting during "
          "consideration of that item."),
        P("Councillor Paterson declared a non-financial interest in item 5 as a member of the Glenkerran Flood Action "
          "Group, having applied the objective test, she considered that this did not preclude her participation.")],
        ["to note the declarations of interest by Councillors Drummond and Paterson; and",
         "that Councillor Drummond would take no part in item 7."])
    item(2, "MINUTE OF PREVIOUS MEETING", [
        P("There was submitted the minute of meeting of the Environment and Infrastructure Committee of "
          "10 December 2024.")],
        ["to approve the minute as a correct record."])
    item(3, "ROADS AND FOOTWAYS CAPITAL PROGRAMME 2025/26", [
        P("There was submitted a report (EI/25/04) by the Head of Roads and Transportation seeking approval of the "
          "roads and footways capital programme for 2025/26, totalling £8.42 million, of which £1.15 million was "
          "allocated to footway resurfacing and £0.6 million to the strengthening of Balcaskie Bridge."),
        P("In response to questions about the condition of the B9127 between Auchenbrae and Tullochard, the Head of "
          "Roads and Transportation undertook to add the route to the reserve list of schemes.")],
        ["to approve the Roads and Footways Capital Programme 2025/26 of £8.42 million as set out in Appendix 1 to "
         "the report;",
         "to delegate authority to the Head of Roads and Transportation, in consultation with the Convener, to "
         "substitute schemes from the reserve list should any programmed scheme be delayed; and",
         "to request a progress report to the meeting of the Committee in September 2025."])
    item(4, "HOUSEHOLD WASTE COLLECTION SERVICE REVIEW", [
        P("There was submitted a report (EI/25/05) by the Head of Waste and Fleet Services setting out options to "
          "deliver the savings of £640,000 required in 2025/26 and to meet the recycling duties expected under the "
          "Circular Economy (Scotland) Act 2024. The report recommended a change from fortnightly to three-weekly "
          "collection of residual (non-recyclable) waste from 6 October 2025."),
        P("The Convener, seconded by Councillor Kerr, moved that the Committee approve the recommendations in the report."),
        P("As an amendment, Councillor Coutts, seconded by Councillor Baird, moved that the Committee (a) retain "
          "fortnightly residual waste collections; and (b) instruct the Head of Waste and Fleet Services to report on "
          "alternative savings of £640,000 to the meeting of the Committee on 22 April 2025."),
        P("On a roll call vote being taken on the amendment, the members voted as follows:-"),
        P("<b>For (4):</b> Councillors Baird, Coutts, MacInnes and Paterson.", vote),
        P("<b>Against (7):</b> Councillors Drummond, Fleming, Gilchrist, Kerr, Lindsay, MacRae and Sutherland.", vote),
        P("The amendment accordingly fell and the motion was carried.")],
        ["to approve the change to three-weekly collection of residual waste from 6 October 2025;",
         "to instruct the Head of Waste and Fleet Services to deliver an information campaign to all households by "
         "31 August 2025;",
         "that households of six or more residents, or producing medical waste, may apply for additional capacity; and",
         "to request a report on the first six months of operation to the Committee in May 2026."])
    item(5, "LOCAL FLOOD RISK MANAGEMENT PLAN 2022–2028: INTERIM PROGRESS", [
        P("There was submitted a report (EI/25/06) by the Flood Risk Manager on progress with the actions of the "
          "Dalmorran Local Flood Risk Management Plan, prepared jointly with the Scottish Environment Protection "
          "Agency (SEPA) and Scottish Water. The outline design of the Glenkerran Flood Protection Scheme had been "
          "completed, and the Flood Risk Manager would hold a public exhibition in Glenkerran Village Hall in May 2025.")],
        ["to note the progress made;",
         "to approve the outline design of the Glenkerran Flood Protection Scheme for public exhibition; and",
         "to note that the scheme would be notified under the Flood Risk Management (Scotland) Act 2009 in autumn 2025."])
    item(6, "PUBLIC ELECTRIC VEHICLE CHARGING TARIFF", [
        P("There was submitted a report (EI/25/07) by the Head of Roads and Transportation proposing revised tariffs "
          "for the Council’s 74 public electric vehicle charge points to recover electricity, maintenance and back "
          "office costs.")],
        ["to approve a tariff of 45p per kWh for rapid chargers and 38p per kWh for fast chargers from 1 April 2025;",
         "to approve an overstay charge of £10 after 60 minutes at rapid chargers; and",
         "to review the tariffs annually."])
    item(7, "COMMUNITY TRANSPORT GRANT 2025/26", [
        P("Councillor Drummond, having declared an interest, left the meeting."),
        P("There was submitted a report (EI/25/08) by the Director of Environment and Infrastructure on the grant to "
          "Dalmorran Community Transport Limited, which provided 21,300 passenger journeys in 2023/24. Councillor "
          "Urquhart, as local member, spoke in support of the dial-a-bus service in the Tullochard area.")],
        ["to award a grant of £48,500 to Dalmorran Community Transport Limited for 2025/26; and",
         "to instruct the Head of Roads and Transportation to agree a service level agreement with the organisation "
         "by 31 March 2025."])
    s.append(P("Councillor Drummond rejoined the meeting.", style("rj", FI, 11, 14.5, leftIndent=12 * mm, spaceAfter=2, spaceBefore=4)))
    item(8, "ACTIVE TRAVEL: TULLOCHARD TO DALMORRAN SHARED PATH", [
        P("There was submitted a report (EI/25/09) by the Head of Roads and Transportation on the outcome of the "
          "route options appraisal and public engagement for a 6.4 km shared walking, wheeling and cycling path.")],
        ["to approve Option B as the preferred route for the Tullochard to Dalmorran shared path;",
         "to authorise the submission of a funding bid of £2.3 million to Transport Scotland by 28 March 2025; and",
         "to note that construction could start in spring 2026, subject to funding."])
    item(9, "BRIDGE INSPECTION AND ASSESSMENT: ANNUAL REPORT 2024", [
        P("There was submitted a report (EI/25/10) by the Head of Roads and Transportation summarising the 412 "
          "general and 96 principal inspections carried out during 2024.")],
        ["to note the report; and",
         "to note that the 18 tonne weight restriction at Balcaskie Bridge would remain until the strengthening "
         "works are complete."])
    item(10, "EXCLUSION OF THE PUBLIC", [
        P("The Committee resolved, under Section 50A(4) of the Local Government (Scotland) Act 1973, to exclude the "
          "public from the meeting during consideration of the following item of business on the grounds that it "
          "involved the likely disclosure of exempt information of the class described in paragraphs 8 and 9 of "
          "Part 1 of Schedule 7A to the Act.")])
    item(11, "DISPOSAL OF FORMER ROADS DEPOT, MILL ROAD, AUCHENBRAE", [
        P("There was submitted a report (EI/25/11) by the Director of Environment and Infrastructure on offers "
          "received for the former roads depot following marketing by the Council’s Estates team.")],
        ["to declare the former roads depot at Mill Road, Auchenbrae surplus to operational requirements; and",
         "to authorise the Director of Environment and Infrastructure to conclude the sale to Strathbeg Homes "
         "Limited at the price set out in the report."])
    s.append(P("The meeting ended at 12.40 pm.", style("end", FI, 11, 14.5, spaceBefore=6)))

    def draw(c, n, total):
        c.saveState()
        c.setFont(F, 9)
        c.setFillColor(colors.HexColor("#444444"))
        if n > 1:
            c.drawRightString(190 * mm, 287 * mm - 12, "Environment and Infrastructure Committee – 18 February 2025")
        c.drawCentredString(105 * mm, 12 * mm, f"Page {n} of {total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=20 * mm, bottomMargin=22 * mm,
                            title="Minute - Environment and Infrastructure Committee - 18 February 2025")
    doc.build(s, canvasmaker=numbered_canvas(draw))


if __name__ == "__main__":
    build()
