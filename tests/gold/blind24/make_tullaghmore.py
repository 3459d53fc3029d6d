"""Irish Joint Policing Committee minutes: bilingual crest block, members in two side-by-side groups,
items in a left margin column "JPC 25/nn", crime statistics table, members' questions with replies,
running header from page 2, "Page x of y" footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Indenter, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, numbered_canvas, style

STEM = "blind24-ie-tullaghmore-coco-jpc-minutes-2025-03-24"
GREEN = colors.HexColor("#1d5c3a")


def build():
    fonts()
    F, FB, FI = "LibSerif", "LibSerif-Bold", "LibSerif-Italic"
    body = style("b", F, 11, 14, spaceAfter=5, alignment=4)
    bodyi = style("bi", FI, 11, 14, spaceAfter=5, leftIndent=6 * mm)
    ref = style("r", FB, 11, 14)
    ttl = style("t", FB, 11, 14, spaceAfter=4)
    small = style("s", F, 10.5, 13)
    smallb = style("sb", FB, 10.5, 13)
    cell = style("c", F, 9.5, 12)
    cellb = style("cb", FB, 9.5, 12)
    s = []
    crest = Table([[Paragraph("<font color='#1d5c3a'><b>Comhairle Contae Thulach Mhóir</b></font><br/>"
                              "<font color='#1d5c3a'><b>Tullaghmore County Council</b></font>", style("cr", FB, 13, 17)),
                    Paragraph("Áras an Chontae<br/>Main Street, Tullaghmore<br/>Co. Tullaghmore", style("ad", F, 9, 11, alignment=2))]],
                  colWidths=[110 * mm, 60 * mm])
    crest.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1.5, GREEN), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(crest)
    s.append(Spacer(1, 10))
    s.append(Paragraph("MINUTES OF MEETING OF TULLAGHMORE JOINT POLICING COMMITTEE HELD IN THE COUNCIL CHAMBER, "
                       "ÁRAS AN CHONTAE, TULLAGHMORE ON MONDAY, 24th MARCH 2025 AT 3.00 P.M.", style("h", FB, 11.5, 15, alignment=1)))
    s.append(Spacer(1, 8))

    def grp(title, names):
        return [Paragraph(f"<u>{title}</u>", smallb)] + [Paragraph(n, small) for n in names]

    left = grp("Elected Members:", ["Cllr Declan Furlong (Cathaoirleach)", "Cllr Áine Mulqueen", "Cllr Pádraig Costigan",
                                     "Cllr Eileen Brophy", "Cllr Ciarán Moloney", "Cllr Tom Hegarty", "Cllr Siobhán Kearns"])
    left += [Spacer(1, 5)] + grp("Oireachtas Members:", ["Deputy Fergal Ó Dúill TD", "Senator Rosaleen Carty"])
    right = grp("An Garda Síochána:", ["Chief Superintendent Gráinne Lally, Tullaghmore Division",
                                        "Superintendent Martin Keogh, Carrickderg District",
                                        "Superintendent Orla Nestor, Tullaghmore District",
                                        "Inspector Barry Fennessy, Community Engagement"])
    right += [Spacer(1, 5)] + grp("Community Representatives:", ["Ms Noreen Walsh, Tullaghmore PPN",
                                                                   "Mr Kevin Dempsey, Tullaghmore PPN",
                                                                   "Ms Ifeoma Adeyinka, Tullaghmore PPN",
                                                                   "Mr John Mahon, Community Alert"])
    t = Table([[Paragraph("<b>Members Present:</b>", small), left, right]], colWidths=[32 * mm, 62 * mm, 76 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(t)
    s.append(Spacer(1, 6))
    t = Table([[Paragraph("<b>In Attendance:</b>", small),
                Paragraph("Mr Colm Rafferty, Director of Services, Housing and Community<br/>"
                          "Ms Deirdre Quirke, Senior Executive Officer, Meetings Administrator<br/>"
                          "Ms Gemma Kiely, Road Safety Officer (for item JPC 25/14)", small)],
               [Paragraph("<b>Apologies:</b>", small),
                Paragraph("Cllr Liam Scallan<br/>Deputy Niamh Hession TD<br/>Mr Paul Treacy, Chief Executive", small)]],
              colWidths=[32 * mm, 138 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s.append(t)
    s.append(Spacer(1, 4))
    s.append(Paragraph("Cllr Declan Furlong, Cathaoirleach, presided.", body))

    def item(num, title, paras):
        it = Table([[Paragraph(num, ref), Paragraph(f"<u>{title}</u>", ttl)]], colWidths=[26 * mm, 144 * mm])
        it.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        s.append(it)
        s.append(Indenter(left=26 * mm))
        s.extend(paras)
        s.append(Indenter(left=-26 * mm))

    def P(x, st=body):
        return Paragraph(x, st)

    item("JPC 25/10", "Confirmation of Minutes", [
        P("On the proposal of Cllr Pádraig Costigan, seconded by Cllr Eileen Brophy, the minutes of the meeting of the "
          "Joint Policing Committee held on 9th December 2024 were confirmed and signed.")])
    item("JPC 25/11", "Matters Arising", [
        P("Arising from JPC 24/41, Superintendent Keogh confirmed that the safety camera route on the R712 at Kilnamuck "
          "had been extended from 3rd February 2025 following representations from residents. Cllr Hegarty welcomed "
          "the change. Superintendent Keogh undertook to report on its effect to a future meeting.")])
    rows = [["Crime category", "Jan–Feb 2024", "Jan–Feb 2025", "Change"],
            ["Burglary", "61", "48", "-21%"],
            ["Theft from shops", "142", "167", "+18%"],
            ["Assaults causing harm", "39", "41", "+5%"],
            ["Criminal damage", "88", "74", "-16%"],
            ["Drug possession (detections)", "57", "72", "+26%"],
            ["Public order offences", "64", "59", "-8%"]]
    ct = Table([[Paragraph(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(rows)],
               colWidths=[60 * mm, 26 * mm, 26 * mm, 20 * mm], hAlign="LEFT")
    ct.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe9e3"))]))
    item("JPC 25/12", "Chief Superintendent’s Report", [
        P("Chief Superintendent Lally presented her report on policing in the Tullaghmore Division for the period "
          "1st January to 28th February 2025, which had been circulated in advance. She highlighted the following:"),
        ct, Spacer(1, 5),
        P("Burglary continued to fall, which she attributed to targeted patrols and the work of Community Alert groups. "
          "The rise in theft from shops was concentrated in Tullaghmore town centre, and the Division was working with "
          "the Tullaghmore Chamber of Commerce on a retail crime forum. Roads policing remained a priority: there had been "
          "two fatal collisions in the county since 1st January, and a further 212 detections for speeding and 31 "
          "arrests for driving under the influence."),
        P("The Divisional Protective Services Unit had engaged with 118 victims of domestic abuse in the period. "
          "Four new Garda members had been allocated to the Division and would take up duty in April 2025."),
        P("Members welcomed the report. Cllr Mulqueen raised concern about the closure of the public counter at "
          "Drumlessan Garda Station on weekday afternoons. Deputy Ó Dúill asked that burglary figures be broken down by "
          "district so that members could see trends in their own areas."),
        P("The Chief Superintendent’s report was noted."),
        P("Chief Superintendent Lally agreed to circulate a breakdown of burglary figures by district to members before "
          "the next meeting.")])
    q = []
    qs = [("Question 1 – Cllr Ciarán Moloney",
           "To ask the Chief Superintendent for an update on Garda numbers at Carrickderg Garda Station and whether the "
           "station’s public opening hours will be restored.",
           "Superintendent Keogh replied that two of the four new Garda members would be assigned to Carrickderg. Public "
           "opening hours of 8 a.m. to 8 p.m. would be restored from 1st May 2025."),
          ("Question 2 – Cllr Siobhán Kearns",
           "To ask what measures are being taken to address anti-social behaviour at Riverside Park, Tullaghmore.",
           "Superintendent Nestor replied that high-visibility patrols had been increased on Friday and Saturday evenings and "
           "that the Tullaghmore Youth Diversion Project was running an outreach programme in the park. Mr Rafferty added that the "
           "Council will install additional lighting at Riverside Park by the end of June 2025."),
          ("Question 3 – Senator Rosaleen Carty",
           "To ask for the number of domestic abuse incidents reported in the Division in 2024 and the supports available "
           "to victims.",
           "Chief Superintendent Lally replied that 612 incidents were reported in 2024, compared with 548 in 2023. All "
           "victims are offered a referral to Safe Haven Tullaghmore, which operates a 24-hour helpline and refuge."),
          ("Question 4 – Ms Noreen Walsh, Tullaghmore PPN",
           "To ask whether the Garda Síochána will attend meetings of rural community groups to advise on fraud targeting "
           "older people.",
           "Inspector Fennessy replied that the Community Engagement team would attend any meeting on request, and would "
           "present at the PPN Plenary on 8th May 2025.")]
    for head, qq, rep in qs:
        q += [P(f"<b>{head}</b>", style("qh", FB, 11, 14, spaceAfter=2)), P(qq, bodyi),
              P(f"<b>Reply:</b> {rep}", style("rp", F, 11, 14, leftIndent=6 * mm, spaceAfter=7, alignment=4))]
    item("JPC 25/13", "Members’ Questions", [P("The following questions were submitted in advance in accordance with "
                                                "the Committee’s standing orders.")] + q)
    item("JPC 25/14", "Road Safety Update", [
        P("Ms Kiely, Road Safety Officer, gave a presentation on road safety in the county. There were 9 road deaths "
          "in County Tullaghmore in 2024, the highest number since 2016, and 5 of these occurred on regional roads. "
          "The Road Safety Authority’s latest figures show that speed was a factor in one in three fatal collisions "
          "nationally. The Tullaghmore Road Safety Working Together Group, which brings together the Council, the Garda "
          "Síochána, the National Ambulance Service and Tullaghmore County Fire Service, had met on 20th February 2025 "
          "and agreed a programme of school and community talks."),
        P("Members raised concerns about speeding outside schools, in particular at Kilnamuck National School and "
          "Carrickderg Community College. Cllr Kearns asked that the 30 km/h speed limit review be brought forward."),
        P("Ms Kiely confirmed that the Council will carry out speed surveys at Kilnamuck National School and "
          "Carrickderg Community College before the end of May 2025, and the results will be brought to the next "
          "meeting of the Committee."),
        P("The road safety update was noted.")])
    item("JPC 25/15", "Transition to Local Community Safety Partnership", [
        P("Mr Rafferty reported that, under the Policing, Security and Community Safety Act 2024, Joint Policing "
          "Committees will be replaced by Local Community Safety Partnerships. The Tullaghmore Local Community Safety "
          "Partnership is expected to be established by 30th September 2025, with membership drawn from the Council, "
          "An Garda Síochána, the HSE, Tusla, the Tullaghmore and Lisbrack Education and Training Board and the Tullaghmore Public Participation Network (PPN)."),
        P("Members asked that the new partnership retain a strong rural voice and that the questions procedure be kept."),
        P("The Committee noted the report."),
        P("It was agreed that the Meetings Administrator would write to each nominating body seeking nominations to "
          "the Tullaghmore Local Community Safety Partnership by 16th May 2025.")])
    item("JPC 25/16", "Community CCTV Scheme – Drumlessan", [
        P("Members considered a request from Drumlessan Community Development Association for the Committee’s support "
          "for an application to the Department of Justice Community CCTV Grant Scheme. Superintendent Nestor confirmed "
          "that the Garda Síochána had been consulted on camera locations."),
        P("On the proposal of Cllr Tom Hegarty, seconded by Senator Rosaleen Carty, it was agreed that the Joint "
          "Policing Committee supports the application by Drumlessan Community Development Association for funding "
          "under the Community CCTV Grant Scheme.")])
    wp = ["Road safety, with a focus on speeding on regional roads",
          "Drug-related crime and intimidation",
          "Anti-social behaviour in town centres",
          "Domestic, sexual and gender-based violence",
          "Supporting older and isolated people living in rural areas"]
    item("JPC 25/17", "JPC Work Programme 2025", [
        P("The draft Work Programme 2025 was circulated. It sets out the following priorities for the Committee’s "
          "work in 2025:")] +
        [P(f"({chr(97 + i)})&nbsp;&nbsp;{x}", style("wl", F, 11, 14, leftIndent=8 * mm, spaceAfter=2)) for i, x in enumerate(wp)] +
        [Spacer(1, 4),
         P("On the proposal of Cllr Áine Mulqueen, seconded by Ms Noreen Walsh, the Work Programme 2025 was adopted.")])
    item("JPC 25/18", "Correspondence", [
        P("The Meetings Administrator read a letter dated 4th March 2025 from the Department of Justice acknowledging "
          "the Committee’s submission on the draft Community Safety Guidelines, and an invitation from Safe Haven "
          "Tullaghmore to members to attend its annual remembrance event on 25th November 2025."),
        P("The correspondence was noted.")])
    item("JPC 25/19", "Any Other Business", [
        P("Cllr Brophy asked about the take-up of the Community Text Alert scheme in Kilnamuck. Inspector Fennessy "
          "agreed to attend the Kilnamuck Community Alert AGM on 10th April 2025 to promote the scheme."),
        P("The Cathaoirleach thanked Chief Superintendent Lally, who was attending her last meeting before transferring "
          "to Garda Headquarters.")])
    item("JPC 25/20", "Date of Next Meeting", [
        P("The next meeting of the Joint Policing Committee will be held on Monday, 23rd June 2025 at 3.00 p.m."),
        P("This concluded the business of the meeting.")])
    s.append(Spacer(1, 24))
    sig = []
    sig.append(Paragraph("Signed: ______________________________ &nbsp;&nbsp;&nbsp; Signed: ______________________________", small))
    sig.append(Paragraph("Cathaoirleach &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                       "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                       "&nbsp;&nbsp;&nbsp; Meetings Administrator", small))
    sig.append(Paragraph("Date: ____________", small))
    s.append(KeepTogether(sig))

    def deco(c, page, total):
        c.saveState()
        c.setFont(F, 9)
        if page > 1:
            c.drawString(20 * mm, 285 * mm, "Tullaghmore Joint Policing Committee – 24th March 2025")
            c.setStrokeColor(GREEN)
            c.line(20 * mm, 283.5 * mm, 190 * mm, 283.5 * mm)
        c.drawCentredString(105 * mm, 10 * mm, f"Page {page} of {total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="JPC minutes 24 March 2025")
    doc.build(s, canvasmaker=numbered_canvas(deco))


if __name__ == "__main__":
    build()
