"""London-borough planning committee minutes (ModernGov style)."""
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle, KeepTogether
from lib import PDF, build_doc, P, style

STEM = "blind18-uk-stanwell-cross-lbc-planning-committee-minutes-2024-10-16"

def build():
    F = "LibSans"
    body = style("b", F, 10, 13, spaceAfter=5)
    bold = style("bo", F + "-Bold", 10, 13, spaceAfter=5)
    h = style("h", F + "-Bold", 11, 14, spaceBefore=8, spaceAfter=4)
    t = style("t", F + "-Bold", 14, 18, spaceAfter=8)
    ind = style("i", F, 10, 13, leftIndent=18, spaceAfter=4)
    s = []
    s.append(P("London Borough of Stanwell Cross", style("lb", F, 9, 11, textColor=colors.grey)))
    s.append(P("Minutes of the meeting of the Planning Committee held on Wednesday, 16 October 2024 at 7.00 pm "
               "in Committee Room 2, Stanwell Cross Civic Centre, Orme Road, London N27 4QT", t))
    s.append(P("<b>Present:</b> Councillor Priya Odedra (Chair), Councillor Tomasz Wilk (Vice-Chair), "
               "Councillors Abena Mensah, Gareth Fullwood, Rosalind Hickey, Imran Qureshi, Deborah Stainer, "
               "Callum Reeve and Yusuf Demir", body))
    s.append(P("<b>Also Present:</b> Councillor Nadia Falkner (Ward Councillor, Orme Park)", body))
    s.append(P("<b>Officers:</b> Martin Oyelaran (Head of Development Management), Kirsty Lamb (Principal Planning "
               "Officer), Simon Baptiste (Senior Lawyer, Planning) and Hannah Yeo (Democratic Services Officer)", body))
    s.append(P("34. Apologies for Absence and Substitutions", h))
    s.append(P("Apologies for absence were received from Councillor Leonard Pike. Councillor Yusuf Demir attended "
               "as substitute.", body))
    s.append(P("35. Declarations of Interest", h))
    s.append(P("Councillor Rosalind Hickey declared a non-pecuniary interest in item 37 as a member of the Orme Park "
               "Residents' Association, which had objected to the application; she had not expressed a view on "
               "the application and remained in the room.", body))
    s.append(P("36. Minutes of the Previous Meeting", h))
    s.append(P("RESOLVED: That the minutes of the meeting held on 18 September 2024 be approved as a correct record "
               "and signed by the Chair.", bold))
    s.append(P("37. 24/01234/FUL - Former Garage Block, 12-14 Marlpit Lane, London N27 6DA", h))
    s.append(P("Demolition of existing garages and erection of a part three, part four storey building comprising "
               "14 affordable homes (Use Class C3), with cycle parking, refuse storage and landscaping.", ind))
    s.append(P("Kirsty Lamb, Principal Planning Officer, introduced the report and the addendum circulated on the "
               "day of the meeting. The officer recommendation was to grant planning permission subject to "
               "conditions and the completion of a Section 106 agreement securing the affordable housing, a car-free "
               "restriction and a carbon offset contribution of £38,760.", body))
    s.append(P("Mr Dennis Hale spoke in objection on behalf of neighbouring residents, raising the height of the "
               "four storey element, loss of daylight to 10 and 16 Marlpit Lane and construction traffic. "
               "Ms Olu Adebayo of Northgate Living Housing Association spoke in support. Councillor Nadia Falkner "
               "addressed the Committee as ward councillor and asked that a construction logistics plan be agreed "
               "before any work started.", body))
    s.append(P("In debate Members asked about the daylight assessment and the play space. Officers confirmed that "
               "the two affected windows would retain daylight levels within BRE guidance and that a condition "
               "would secure the doorstep play area. Councillor Fullwood proposed an additional condition requiring "
               "a construction logistics plan; this was seconded by Councillor Mensah and accepted by the Chair.", body))
    s.append(P("RESOLVED: That planning permission be GRANTED subject to the conditions set out in the report and "
               "addendum, an additional condition requiring a construction logistics plan to be approved before "
               "demolition, and the completion of a Section 106 agreement on the heads of terms set out in the "
               "report, with authority delegated to the Head of Development Management to finalise the wording of "
               "the conditions.", bold))
    s.append(P("(For: 7, Against: 1, Abstain: 1)", body))
    s.append(P("38. 24/02087/HOU - 41 Kestle Avenue, London N27 8RP", h))
    s.append(P("Single storey rear extension and loft conversion with rear dormer and two front rooflights.", ind))
    s.append(P("The application was reported to Committee because the applicant is a member of staff of the "
               "Council. The officer recommendation was to grant permission. There were no speakers. Members had "
               "no questions.", body))
    s.append(P("RESOLVED: That planning permission be GRANTED subject to the conditions set out in the report.", bold))
    s.append(P("(For: 9, Against: 0, Abstain: 0)", body))
    s.append(P("39. 24/01876/FUL - Unit 3, Tanyard Trading Estate, Wharf Street, London N27 2LE", h))
    s.append(P("Change of use of warehouse (Use Class B8) to a gym and climbing centre (Use Class E(d)) with "
               "installation of a mezzanine floor and external alterations.", ind))
    s.append(P("Simon Baptiste advised Members that the site lies within a Locally Significant Industrial Site "
               "and that the officer recommendation was to REFUSE permission for the reason given in the report "
               "(loss of industrial floorspace contrary to Local Plan Policy EC2).", body))
    s.append(P("Ms Farah Choudhury, the applicant's agent, spoke in support, stating that the unit had been vacant "
               "for 26 months and marketed without success. Several Members considered the marketing evidence "
               "sufficient. Councillor Reeve moved that permission be granted contrary to the officer "
               "recommendation, on the grounds that the marketing evidence demonstrated no reasonable prospect of "
               "industrial reuse and the community benefit of the sports facility; this was seconded by Councillor "
               "Qureshi. Officers advised that conditions and a legal agreement would be needed.", body))
    s.append(P("On being put to the vote the motion to grant was LOST (For: 4, Against: 5, Abstain: 0).", body))
    s.append(P("The Chair then put the officer recommendation to the vote.", body))
    s.append(P("RESOLVED: That planning permission be REFUSED for the reason set out in the report.", bold))
    s.append(P("(For: 5, Against: 3, Abstain: 1)", body))
    s.append(P("40. Planning Appeals Monitoring Report: Quarter 2 2024/25", h))
    s.append(P("Martin Oyelaran presented the quarterly report. Of 11 appeal decisions received between July and "
               "September 2024, 8 had been dismissed. Members noted that two allowed appeals concerned "
               "householder dormers and asked that the Design Guide SPD review, due to start in January 2025, "
               "address rear dormer design.", body))
    s.append(P("Action: Head of Development Management to report on options for updating the rear dormer guidance "
               "in the Design Guide SPD to the meeting on 15 January 2025.", body))
    s.append(P("RESOLVED: That the report be noted.", bold))
    s.append(P("41. Date of Next Meeting", h))
    s.append(P("The next meeting will be held on Wednesday, 13 November 2024 at 7.00 pm.", body))
    s.append(Spacer(1, 10))
    s.append(P("The meeting ended at 9.18 pm", body))
    s.append(Spacer(1, 16))
    s.append(P("Chair ........................................", body))

    def page(c, d):
        c.saveState()
        c.setFont("LibSans", 8)
        c.setFillColor(colors.grey)
        c.drawRightString(d.pagesize[0] - 60, d.pagesize[1] - 35, "Planning Committee - 16 October 2024")
        c.drawCentredString(d.pagesize[0] / 2, 30, str(d.page))
        c.restoreState()
    build_doc(PDF / f"{STEM}.pdf", s, on_page=page)

if __name__ == "__main__":
    build()
