"""Irish county council Strategic Policy Committee minutes: bilingual crest line, header block in a ruled box
(Meeting / Date / Venue / Time), "Present" split into councillors, sectoral members and officials, an
"Apologies:" line, ordinal dates ("6th February 2025"), motions as "proposed by ..., seconded by ... and agreed",
a work-programme list, underlined item titles."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind13-ie-dunmallow-coco-housing-strategic-policy-committee-minutes-2025-02-06"


def build():
    fonts()
    F, FB = "DejaVuSerif", "DejaVuSerif-Bold"
    S, SB = "DejaVuSans", "DejaVuSans-Bold"
    body = style("b", F, 9.5, 13, spaceAfter=5, leftIndent=8 * mm, alignment=4)
    head = style("h", FB, 9.5, 13, spaceBefore=6, spaceAfter=3)
    lst = style("l", F, 9.5, 13, spaceAfter=1, leftIndent=16 * mm, firstLineIndent=-6 * mm)
    s = []
    s.append(Paragraph("Comhairle Contae Dhún Mhalla", style("c1", S, 11, 14, alignment=1, textColor=colors.HexColor("#00594f"))))
    s.append(Paragraph("DUNMALLOW COUNTY COUNCIL", style("c2", SB, 14, 18, alignment=1, textColor=colors.HexColor("#00594f"))))
    s.append(Spacer(1, 8))
    s.append(Paragraph("MINUTES", style("m", SB, 12, 15, alignment=1)))
    s.append(Spacer(1, 4))
    lab = style("lab", SB, 9.5, 13)
    val = style("val", S, 9.5, 13)
    box = Table([[Paragraph("Meeting:", lab), Paragraph("Housing Strategic Policy Committee", val)],
                 [Paragraph("Date:", lab), Paragraph("Thursday, 6th February 2025", val)],
                 [Paragraph("Venue:", lab), Paragraph("Council Chamber, Áras an Chontae, Dunmallow", val)],
                 [Paragraph("Time:", lab), Paragraph("2.30 p.m.", val)]],
                colWidths=[28 * mm, 120 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 2),
                             ("LEFTPADDING", (0, 0), (0, -1), 8)]))
    s.append(box)
    s.append(Spacer(1, 10))

    def P(x, st=body):
        s.append(Paragraph(x, st))

    P("<b>Present:</b>", style("pp", F, 9.5, 13))
    P("<i>Elected Members:</i> Cllr Seán Ó Dálaigh (Cathaoirleach), Cllr Bridget Kenny, Cllr Paddy Moran, "
      "Cllr Aoife Gallagher, Cllr Tom Brosnan.")
    P("<i>Sectoral Members:</i> Ms Niamh Cullinane (Dunmallow Public Participation Network – Social Inclusion "
      "College), Mr Gerard Fahy (Construction/Development sector), Ms Orla Keane (Dunmallow Tenants’ Forum).")
    P("<b>Officials:</b>", style("pp2", F, 9.5, 13))
    P("Ms Caroline Hession, Director of Services, Housing; Mr Brendan Tierney, Senior Executive Officer; "
      "Ms Gráinne Walsh, Administrative Officer and Meetings Administrator.")
    P("<b>Apologies:</b> Cllr Máire Ní Bhriain; Mr Declan Roche (Approved Housing Bodies sector).", style("ap", F, 9.5, 13, spaceAfter=6))
    P("The Cathaoirleach, Cllr Ó Dálaigh, presided.", style("pr", F, 9.5, 13, spaceAfter=6))

    def H(n, t):
        s.append(Paragraph(f"{n}.&nbsp;&nbsp;&nbsp;<u>{t}</u>", head))

    H("1", "Minutes of meeting held on 14th November 2024")
    P("The minutes of the meeting held on 14th November 2024 were adopted on the proposal of Cllr Kenny, seconded "
      "by Cllr Moran.")
    H("2", "Matters arising")
    P("Ms Walsh confirmed that the letter regarding Cost Rental eligibility had issued to the Department of Housing, "
      "Local Government and Heritage on 2nd December 2024 and that a reply was awaited.")
    H("3", "Social Housing Delivery – Update")
    P("Mr Tierney reported that 212 social homes were delivered in 2024 against a target of 240 under Housing for All, "
      "with 38 homes delivered by Approved Housing Bodies including Cluain Housing Association. A further 96 homes "
      "are on site at Rathkeel, Ballinacorr and Knockanure Road. Members welcomed the progress but raised concern at "
      "delays in connections by Uisce Éireann.")
    P("Ms Hession agreed to circulate a scheme-by-scheme delivery schedule to all members before the next meeting.")
    H("4", "Draft Allocation Scheme 2025")
    P("Ms Hession outlined the main changes in the draft scheme, including a medical priority category and a "
      "revised area of choice policy. Following discussion, it was proposed by Cllr Gallagher, seconded by Ms "
      "Cullinane, that the draft Allocation Scheme 2025 be recommended to the full Council for adoption at its "
      "March meeting. This was agreed.")
    H("5", "Vacant Homes Action Plan 2023–2026 – Progress Report")
    P("Mr Tierney reported that 147 applications for the Vacant Property Refurbishment Grant had been received in "
      "2024, of which 91 were approved. Members noted that rising costs were deterring applicants.")
    P("Proposed by Cllr Brosnan, seconded by Cllr Kenny, and agreed that the SPC write to the Department of Housing, "
      "Local Government and Heritage seeking an increase in the Vacant Property Refurbishment Grant.")
    P("The Meetings Administrator to issue the letter on behalf of the Cathaoirleach.")
    H("6", "Traveller Accommodation Programme 2025–2029")
    P("Mr Tierney advised that the draft Programme would go to public consultation from 3rd March to 14th April 2025, "
      "following consultation with the Local Traveller Accommodation Consultative Committee (LTACC), and must be "
      "adopted by the Council by 30th June 2025. The update was noted.")
    H("7", "SPC Work Programme 2025")
    P("The Cathaoirleach proposed the following priorities for the SPC’s work in 2025:")
    for i, x in enumerate(["Housing Need and Demand Assessment for the County Development Plan review",
                           "An age-friendly housing and rightsizing policy",
                           "Review of the Estate Management and Anti-Social Behaviour Strategy"]):
        P(f"({'i' * (i + 1) if i < 3 else 'iv'})&nbsp;&nbsp;{x}", lst)
    s.append(Spacer(1, 4))
    P("The work programme was adopted on the proposal of Ms Keane, seconded by Cllr Moran.")
    H("8", "Any other business")
    P("Cllr Moran raised the condition of the green areas at Rathkeel estate. Ms Hession undertook to arrange a site "
      "meeting with the local members and the Estate Management Section within four weeks.")
    H("9", "Date of next meeting")
    P("The next meeting will take place on Thursday, 15th May 2025 at 2.30 p.m. in the Council Chamber.")
    P("This concluded the business of the meeting.")
    s.append(Spacer(1, 14))
    sig = Table([["Signed: ______________________________", "Date: __________________"],
                 ["Cathaoirleach", ""], ["", ""],
                 ["Signed: ______________________________", ""], ["Meetings Administrator", ""]],
                colWidths=[100 * mm, 60 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), S, 9)]))
    s.append(sig)

    def page(c, d):
        c.saveState()
        c.setFont(S, 7.5)
        c.drawCentredString(105 * mm, 10 * mm, f"{d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm, title="Housing SPC minutes 6 February 2025")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
