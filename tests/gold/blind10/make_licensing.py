"""Licensing sub-committee hearing: minutes and notice of determination. Boxed hearing-details grid,
parties 'Also present', numbered paragraphs 3.1-3.7 under each application, conditions in a ruled table,
'RESOLVED' decisions, right of appeal."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF

STEM = "blind10-uk-eastmere-dc-licensing-sub-committee-hearing-2025-01-22"
base = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=13.8, spaceAfter=5)
para = ParagraphStyle("p", parent=base, leftIndent=12 * mm, firstLineIndent=-12 * mm)
head = ParagraphStyle("h", parent=base, fontName="Times-Bold", fontSize=11.5, leftIndent=12 * mm,
                      firstLineIndent=-12 * mm, spaceBefore=8)
cell = ParagraphStyle("c", parent=base, fontSize=10, leading=12, spaceAfter=0)


def P(t, s=base):
    return Paragraph(t, s)


def hf(c, doc):
    w, h = A4
    c.saveState()
    c.setFont("Times-Italic", 8.5)
    c.drawString(20 * mm, 10 * mm, "LSC 22/01/25 \u2013 Minutes and Notice of Determination")
    c.drawRightString(w - 20 * mm, 10 * mm, f"Page {doc.page}")
    if doc.page > 1:
        c.drawRightString(w - 20 * mm, h - 11 * mm, "EASTMERE DISTRICT COUNCIL \u2013 LICENSING SUB-COMMITTEE")
    c.restoreState()


def build():
    s = []
    s.append(P("<font size=17><b>EASTMERE DISTRICT COUNCIL</b></font>", ParagraphStyle("t", parent=base, leading=21,
                                                                                     alignment=1)))
    s.append(P("Licensing Act 2003", ParagraphStyle("t2", parent=base, alignment=1, fontName="Times-Italic")))
    s.append(P("<b>LICENSING SUB-COMMITTEE (HEARINGS)</b>", ParagraphStyle("t3", parent=base, alignment=1, fontSize=13,
                                                                           leading=16)))
    s.append(P("MINUTES AND NOTICE OF DETERMINATION", ParagraphStyle("t4", parent=base, alignment=1, fontSize=11.5)))
    grid = [
        ["Date of hearing:", "Wednesday 22 January 2025, 10.00am"],
        ["Venue:", "Committee Room 2, Marsh Lane Offices, Eastmere"],
        ["Sub-Committee:", "Cllr Margaret Ives (Chair), Cllr Dev Raman, Cllr Tomasz Nowak (substitute for "
                           "Cllr Bryony Watts)"],
        ["Apologies:", "Cllr Bryony Watts"],
        ["Officers in attendance:", "Lucy Prendergast (Senior Licensing Officer), Hamid Qureshi (Legal Adviser), "
                                    "Eleanor Shaw (Democratic Services Officer)"],
        ["Also present (parties):", "Item 3 \u2013 Simon Farrow (Director, Saltline Taverns Ltd, applicant); Clare "
                                    "Upton (solicitor for the applicant, Upton Licensing Law); PC Jade Harmer "
                                    "(Coastal Counties Police); Sarah Kettle (Environmental Protection, Eastmere "
                                    "District Council); Keith Dunmore and Pauline Halloran (local residents). "
                                    "Item 4 \u2013 Gareth Lyle (Club Secretary, Eastmere Rovers Social Club)."],
    ]
    t = Table([[P(f"<b>{a}</b>", cell), P(b, cell)] for a, b in grid], colWidths=[42 * mm, 128 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.3,
                                                                        colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]))
    s += [Spacer(1, 6), t, Spacer(1, 8)]

    s.append(P("1.\tAPOLOGIES AND SUBSTITUTIONS".replace("\t", "&nbsp;" * 6), head))
    s.append(P("1.1\tApologies were received from Cllr Bryony Watts. Cllr Tomasz Nowak attended as her "
               "substitute.".replace("\t", "&nbsp;" * 3), para))
    s.append(P("2.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;DECLARATIONS OF INTEREST", head))
    s.append(P("2.1&nbsp;&nbsp;&nbsp;Cllr Raman declared that he had visited the premises in Harbour Street as a "
               "customer before it closed in 2023. He had formed no view on the application and remained in the "
               "meeting.", para))
    s.append(P("3.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;APPLICATION FOR A NEW PREMISES LICENCE \u2013 THE SALT HOUSE, "
               "14 HARBOUR STREET, EASTMERE EA7 2QL", head))
    s.append(P("3.1&nbsp;&nbsp;&nbsp;<b>The application.</b> Saltline Taverns Ltd applied on 28 November 2024 for a "
               "premises licence permitting the sale of alcohol on and off the premises from 10.00 to 00.30 daily, "
               "regulated entertainment (live and recorded music) until 00.00, and late night refreshment until "
               "00.30. The consultation period ended on 26 December 2024.", para))
    s.append(P("3.2&nbsp;&nbsp;&nbsp;<b>Representations.</b> Relevant representations were received from Coastal "
               "Counties Police (prevention of crime and disorder), from Environmental Protection (prevention of "
               "public nuisance) and from four local residents. The Police representation was withdrawn on 15 "
               "January 2025 after the applicant agreed the conditions now shown as conditions 1 and 2 below.", para))
    s.append(P("3.3&nbsp;&nbsp;&nbsp;<b>The hearing.</b> The Sub-Committee heard from the Senior Licensing Officer, "
               "from Ms Upton for the applicant, from Ms Kettle, and from Mr Dunmore and Mrs Halloran. Residents "
               "were concerned about music noise from the rear courtyard and customers leaving late along Quay "
               "Steps. Ms Upton offered to close the courtyard at 22.00 and to employ a door supervisor on Friday "
               "and Saturday nights.", para))
    s.append(P("3.4&nbsp;&nbsp;&nbsp;<b>Decision.</b> RESOLVED that the application for a premises licence for "
               "The Salt House be GRANTED, with the sale of alcohol and late night refreshment permitted until "
               "23.30 Sunday to Thursday and 00.30 on Friday and Saturday, and regulated entertainment until 23.00, "
               "subject to the mandatory conditions, the conditions consistent with the operating schedule and "
               "the additional conditions set out in the table below.", para))
    conds = [["No.", "Additional condition imposed by the Sub-Committee", "Licensing objective"],
             ["1", "CCTV shall be installed, maintained and operated to cover all entrances and the courtyard, "
                   "with recordings kept for 31 days and provided to the Police on request.", "Crime and disorder"],
             ["2", "A minimum of one SIA-licensed door supervisor shall be on duty from 21.00 until close on "
                   "Fridays and Saturdays.", "Crime and disorder; public safety"],
             ["3", "The rear courtyard shall be cleared of customers by 22.00 each day, save for up to six "
                   "smokers at any one time.", "Public nuisance"],
             ["4", "No regulated entertainment shall take place in the courtyard, and all doors and windows "
                   "shall be kept closed when music is played inside.", "Public nuisance"],
             ["5", "Notices asking customers to leave quietly shall be displayed at all exits.", "Public nuisance"]]
    ct = Table([[P(c, cell) for c in r] for r in conds], colWidths=[10 * mm, 118 * mm, 42 * mm], repeatRows=1)
    ct.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd"))]))
    s += [ct, Spacer(1, 6)]
    s.append(P("3.5&nbsp;&nbsp;&nbsp;<b>Reasons.</b> The Sub-Committee considered the Council\u2019s Statement of "
               "Licensing Policy 2021\u20132026 and the guidance issued under section 182 of the Licensing Act 2003. "
               "It was satisfied that the reduced hours on weekdays and the courtyard restriction were "
               "appropriate and proportionate to promote the prevention of public nuisance, and that the terminal "
               "hour requested on weekdays was not justified by the evidence of local residents.", para))
    s.append(P("3.6&nbsp;&nbsp;&nbsp;<b>Next steps.</b> The applicant must submit a revised plan of the premises "
               "showing the courtyard smoking area to the Licensing Team by 7 February 2025. The Licensing Team "
               "will issue the licence within five working days of receiving the revised plan.", para))
    s.append(P("3.7&nbsp;&nbsp;&nbsp;<b>Right of appeal.</b> The applicant and any person who made relevant "
               "representations may appeal against this decision to the Magistrates\u2019 Court within 21 days of "
               "the date on which they are notified of it.", para))
    s.append(P("4.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;APPLICATION TO VARY A CLUB PREMISES CERTIFICATE \u2013 "
               "EASTMERE ROVERS SOCIAL CLUB, CLIFF ROAD", head))
    s.append(P("4.1&nbsp;&nbsp;&nbsp;Eastmere Rovers Social Club applied to extend the supply of alcohol to 01.00 on "
               "Saturdays. One representation was received from a neighbouring resident, who did not attend. "
               "Mr Lyle explained that the extension was needed for about twelve private functions a year.", para))
    s.append(P("4.2&nbsp;&nbsp;&nbsp;<b>Decision.</b> RESOLVED that the variation be GRANTED IN PART: the supply of "
               "alcohol is extended to 00.30 on Saturdays only, with the premises closing to members and guests "
               "by 01.00.", para))
    s.append(P("4.3&nbsp;&nbsp;&nbsp;<b>Reasons.</b> The Sub-Committee considered that a 30-minute extension, with a "
               "half-hour drinking-up period, struck the right balance between the club\u2019s needs and residents\u2019 "
               "amenity.", para))
    s.append(Spacer(1, 8))
    s.append(P("The hearing closed at 12.50pm. &nbsp; Notice issued: 24 January 2025", base))
    s.append(P("Signed: Cllr Margaret Ives, Chair of the Licensing Sub-Committee", base))

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title="Licensing Sub-Committee 22 January 2025")
    doc.build(s, onFirstPage=hf, onLaterPages=hf)


if __name__ == "__main__":
    build()
