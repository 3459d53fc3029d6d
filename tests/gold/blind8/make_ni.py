"""Doc 1: Northern Irish borough council committee minutes (serif, hanging item numbers)."""
from common import *

STEM = "blind8-uk-lisnacree-dbc-environment-regeneration-committee-minutes-2023-09-12"
S = styles("LSerif", 11)


def head(num, title):
    t = Table([[P("<b>%s</b>" % num, S["body"]), P("<b>%s</b>" % title, S["body"])]],
              colWidths=[14 * mm, 150 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def B(text):
    return P(text, S["indent"])


def on_page(c, doc):
    c.saveState()
    c.setFont("LSerif-Italic", 9)
    c.drawRightString(190 * mm, 287 * mm, "Environment and Regeneration Committee – 12 September 2023")
    c.setFont("LSerif", 9)
    c.drawCentredString(105 * mm, 10 * mm, "ER %d" % (doc.page + 112))
    c.restoreState()


def build():
    st = []
    st.append(P("LISNACREE AND DRUMBEG BOROUGH COUNCIL", S["centerb"]))
    st.append(P("Minutes of the Meeting of the Environment and Regeneration Committee held in the Council "
                "Chamber, Civic Centre, Lisnacree on Tuesday 12 September 2023 at 7.00 pm.", S["center"]))
    st.append(Spacer(1, 4 * mm))
    rows = [
        ["Chairperson:", "Alderman P McAleese"],
        ["Vice-Chairperson:", "Councillor R Doherty-Quinn"],
        ["Aldermen:", "J Gilmore and S Kerr"],
        ["Councillors:", "A Boyle, B Cassidy*, C Devlin, M Ferguson, T Hanna, L McCartan-Reid and D O’Neill"],
    ]
    t = Table([[P("<b>Present:</b>", S["body"]) if i == 0 else "", P(a, S["body"]), P(b, S["body"])]
               for i, (a, b) in enumerate(rows)], colWidths=[28 * mm, 38 * mm, 100 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    st.append(t)
    st.append(P("<i>*attended remotely</i>", S["small"]))
    st.append(Spacer(1, 3 * mm))
    rows = [
        ["Director of Environment", "(Mr K Moorhead)"],
        ["Head of Waste Services", "(Ms F Tumelty)"],
        ["Regeneration Manager", "(Mr G Lavery)"],
        ["Democratic Services Officer", "(Mrs J Rafferty)"],
    ]
    t = Table([[P("<b>In Attendance:</b>", S["body"]) if i == 0 else "", P(a, S["body"]), P(b, S["body"])]
               for i, (a, b) in enumerate(rows)], colWidths=[28 * mm, 60 * mm, 60 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    st.append(t)
    st.append(Spacer(1, 3 * mm))

    st.append(head("1.", "APOLOGIES"))
    st.append(B("Apologies for inability to attend were recorded on behalf of Alderman W Irvine and "
                "Councillor H Magee."))
    st.append(head("2.", "DECLARATIONS OF INTEREST"))
    st.append(B("Councillor Devlin declared an interest in Item 7, Drumbeg Village Renewal Scheme – Tender "
                "Report, as a committee member of Drumbeg Community Association, and withdrew from the "
                "meeting for the duration of that item."))
    st.append(head("3.", "MINUTES OF MEETING HELD ON 8 AUGUST 2023"))
    st.append(B("Proposed by Councillor Ferguson, Seconded by Alderman Gilmore and AGREED that the minutes of "
                "the meeting of the Environment and Regeneration Committee held on 8 August 2023 be taken as "
                "read and signed as correct."))
    st.append(head("4.", "MATTERS ARISING"))
    st.append(B("<u>Glenavon Road Household Recycling Centre</u> – the Head of Waste Services confirmed that the "
                "replacement compactor had been installed on 21 August and the site had returned to normal "
                "opening hours. There were no other matters arising."))
    st.append(head("5.", "KERBSIDE GLASS COLLECTION PILOT – SIX MONTH REVIEW (Report ER/23/041)"))
    st.append(B("The Head of Waste Services presented the six month review of the kerbside glass collection "
                "pilot, which commenced in the Lisnacree Town District Electoral Area (DEA) on 6 March 2023. "
                "Participation had averaged 71% and 412 tonnes of glass had been diverted from residual "
                "waste, against a Waste and Resources Action Programme (WRAP) benchmark of 380 tonnes for a "
                "comparable area."))
    st.append(B("Members welcomed the results. In response to a question from Councillor Hanna, the Head of "
                "Waste Services advised that the additional vehicle leased for the pilot could serve a second "
                "DEA without further capital outlay, but that a borough-wide service would require three "
                "further vehicles. Alderman Kerr asked that rural households be prioritised in any roll-out."))
    st.append(B("Proposed by Councillor Boyle, Seconded by Alderman Kerr and AGREED to recommend to Council that "
                "the kerbside glass collection pilot be extended to the Drumbeg DEA from 1 November 2023."))
    st.append(B("The Head of Waste Services undertook to bring a report on the full borough-wide roll-out "
                "costs, including vehicle and staffing requirements, to the December meeting of the "
                "Committee."))
    st.append(head("6.", "CORRESPONDENCE"))
    st.append(B("(a)&nbsp;&nbsp;<u>Department for Infrastructure (DfI) – Gully Cleaning Programme 2023/24</u>"))
    st.append(P("Correspondence from DfI Roads, Northern Division, setting out the gully cleaning schedule for "
                "the borough was noted.", S["indent2"]))
    st.append(B("(b)&nbsp;&nbsp;<u>Northern Ireland Environment Agency (NIEA) – Carnbeg Landfill Site</u>"))
    st.append(P("Members expressed concern at the proposed variation to the waste management licence for "
                "Carnbeg Landfill Site. It was AGREED that the Chairperson write to NIEA requesting a meeting "
                "to discuss the licence conditions and the monitoring of leachate at the site.", S["indent2"]))
    st.append(head("7.", "DRUMBEG VILLAGE RENEWAL SCHEME – TENDER REPORT"))
    st.append(B("<i>Councillor Devlin withdrew from the meeting at 7.41 pm.</i>"))
    st.append(B("The Regeneration Manager reported that four tenders had been received for Phase 2 of the "
                "Drumbeg Village Renewal Scheme, jointly funded by the Council and the Department for "
                "Communities (DfC). The most economically advantageous tender had been submitted by "
                "Mournevale Civils Ltd. Councillor O’Neill queried the weighting given to social value; "
                "Alderman Gilmore expressed concern about the programme overlapping with the Christmas "
                "trading period."))
    st.append(B("On a recorded vote being taken, there voted 7 For and 3 Against, and it was AGREED that the "
                "tender for Phase 2 public realm works be awarded to Mournevale Civils Ltd in the sum of "
                "£412,650 (excluding VAT), with works to commence no earlier than 8 January 2024."))
    st.append(B("<i>Councillor Devlin re-joined the meeting at 8.02 pm.</i>"))
    st.append(head("8.", "DOG CONTROL AND LITTER ENFORCEMENT – QUARTERLY UPDATE (APRIL – JUNE 2023)"))
    st.append(B("The Director of Environment presented the quarterly enforcement update. 186 fixed penalty "
                "notices had been issued in the quarter, of which 41 related to dog fouling. The Committee "
                "noted the report."))
    st.append(B("Members requested that a breakdown of fixed penalty notices by District Electoral Area be "
                "included in future quarterly reports."))
    st.append(head("9.", "NOTICE OF MOTION – SINGLE-USE PLASTICS"))
    st.append(B("The following Notice of Motion was Proposed by Councillor McCartan-Reid and Seconded by "
                "Councillor O’Neill:"))
    st.append(P("<i>“That this Council commits to eliminating avoidable single-use plastics from all Council "
                "buildings and events by 31 March 2025.”</i>", S["indent2"]))
    st.append(B("The Motion was put to the meeting and declared CARRIED."))
    st.append(B("The Director of Environment was asked to bring forward an implementation plan to the January "
                "2024 meeting of the Committee."))
    st.append(head("10.", "ANY OTHER BUSINESS"))
    st.append(B("Members noted that the Lisnacree Christmas lights switch-on would take place on Saturday 25 "
                "November 2023 in Market Square."))
    st.append(Spacer(1, 4 * mm))
    st.append(P("There being no further business, the meeting terminated at 8.47 pm.", S["body"]))
    st.append(Spacer(1, 10 * mm))
    st.append(P("______________________________<br/>Chairperson", S["body"]))
    doc = SimpleDocTemplate("pdf/%s.pdf" % STEM, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm)
    doc.build(st, onFirstPage=on_page, onLaterPages=on_page)


if __name__ == "__main__":
    build()
