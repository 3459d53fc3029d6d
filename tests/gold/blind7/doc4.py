"""Doc 4: Kilbrannagh Community Alert Committee (Ireland) - plain typed minutes, one font, no headings."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from common import fonts

STEM = "blind7-ie-kilbrannagh-community-alert-committee-minutes-2024-03-07"

OPENING = ("Minutes of meeting of Kilbrannagh Community Alert Committee held in Kilbrannagh Community Centre on "
           "Thursday 7th March 2024 at 8pm.")
ATTEND = ("Present were Seán Ó Murchú (chairperson), Bridget Kealy (secretary), Declan Furlong (treasurer), Maura "
          "Twomey, Niall Geraghty, Cllr. Pat Rooney and Garda Niamh Cosgrave (Community Garda, Cloonmore Garda "
          "Station); apologies were received from Fr. Michael Dunne and Aoife Brennan.")

A_DECLAN = "Declan to contact the roads section of Cloonmore County Council about the sign by 22nd March."
A_GARDA = ("Garda Cosgrave to arrange a property marking day with the local IFA branch by the end of April.")
A_BRIDGET = "Bridget to send the renewal form to Alertlink Ireland Ltd. by 25th March."
A_ROONEY = ("Cllr. Rooney to raise the speed limit review at the Cloonmore Municipal District meeting on 18th March.")
A_MAURA = "Maura to put a notice in the parish newsletter by 24th March."
A_NIALL = "Niall to ask Kilbrannagh Tidy Towns how many volunteers are needed by the next meeting."

R1 = ("It was agreed that the minutes be adopted, proposed by Maura Twomey and seconded by Niall Geraghty.")
R4 = ("It was agreed that the committee would pay the subscription from its own funds and that households would "
      "not be charged this year.")
R5 = ("It was agreed that Seniors Alert Scheme applications be made through the committee for four older residents "
      "living alone.")
R6 = ("It was agreed that the committee will concentrate on the following this year: rural burglary and farm "
      "theft, speeding through the village, checking in on older people living alone, and illegal dumping on the "
      "bog road.")
R8 = ("It was agreed that the Community Alert committee would help with the Tidy Towns clean-up on Saturday 13th "
      "April.")

# (number, run-in topic, text after the topic)
ITEMS = [
    ("1", "Minutes of last meeting", "The minutes of the meeting held on 1st February 2024 were read. " + R1),
    ("2", "Matters arising", "Declan reported that the replacement Community Alert sign at Ballyroe Cross has still "
          "not been put up although it was promised before Christmas. " + A_DECLAN + " Bridget said the new "
          "hi-vis vests had arrived and were handed out at the meeting."),
    ("3", "Garda report", "Garda Cosgrave reported 3 burglaries in the area in February, two of them at farmyards "
          "on the Drumkeel road where power tools and a quad were taken. There was one report of a suspicious "
          "van calling to older people offering to tarmac driveways. She reminded members of the An Garda "
          "Síochána Lock Up, Light Up campaign and the need to mark farm machinery. " + A_GARDA),
    ("4", "Text Alert", "Bridget reported that 212 households are now registered on the Text Alert scheme, up from "
          "187 at the last meeting. The annual subscription of €350 to the text provider, Alertlink Ireland Ltd., "
          "is due on 1st April. " + R4 + " " + A_BRIDGET),
    ("5", "Finance", "Declan reported a balance of €1,842.60 in the Credit Union account. The Muintir na Tíre "
          "affiliation fee of €60 has been paid. The Seniors Alert Scheme, funded by the Department of Rural and "
          "Community Development and administered by Pobal, provides free pendant alarms to older people. " + R5),
    ("6", "Priorities for the year", "There was a long discussion on what the committee should focus on for 2024. "
          + R6 + " Members felt the dumping was getting worse since the bring bank was closed."),
    ("7", "Speeding", "Cllr. Rooney said he has raised speeding on the main street with the council engineer a "
          "number of times and a speed survey was carried out last October. " + A_ROONEY + " Niall suggested "
          "asking the school to put up the slow down signs again."),
    ("8", "Any other business", "Niall raised the Kilbrannagh Tidy Towns clean-up planned for April. " + R8 + " "
          + A_MAURA + " " + A_NIALL + " Aoife had asked by text that the committee consider a defibrillator for "
          "the community centre, this will be on the agenda for next time."),
    ("9", "Next meeting", "The next meeting will be held on Thursday 4th April 2024 at 8pm in the Community "
          "Centre. The meeting closed at 9.40pm."),
]


def build(path):
    fonts()
    st = ParagraphStyle("p", fontName="Times-Roman", fontSize=12, leading=18, spaceAfter=10)
    item = ParagraphStyle("i", parent=st, leftIndent=24, firstLineIndent=-24)
    story = [Paragraph("Kilbrannagh Community Alert", st), Paragraph(OPENING, st), Paragraph(ATTEND, st)]
    for n, topic, text in ITEMS:
        story.append(Paragraph(f"{n}.&nbsp;&nbsp;&nbsp;&nbsp;{topic}. {text}", item))
    story += [Spacer(1, 24), Paragraph("Signed: ______________________ Chairperson &nbsp;&nbsp;&nbsp;&nbsp; "
                                       "Date: ______________", st)]

    def page(c, d):
        c.saveState()
        c.setFont("Times-Roman", 12)
        c.drawCentredString(A4[0] / 2, 15 * mm, str(d.page))
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
                            bottomMargin=25 * mm, title="minutes march 2024", author="Bridget")
    doc.build(story, onFirstPage=page, onLaterPages=page)
