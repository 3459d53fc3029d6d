"""Doc 3: Canadian city standing committee minutes (letter, sans, Moved/Seconded blocks, CARRIED)."""
from common import *

STEM = "blind8-ca-port-alder-community-protective-services-committee-minutes-2024-04-08"
S = styles("LSans", 10)
S["mot"] = ParagraphStyle("mot", parent=S["body"], leftIndent=10 * mm)
S["car"] = ParagraphStyle("car", parent=S["body"], alignment=2, fontName="LSans-Bold")


def H(num, title):
    return P("<b>%s&nbsp;&nbsp;&nbsp;&nbsp;%s</b>" % (num, title), S["h3"])


def H2(num, title):
    return P("<b>%s&nbsp;&nbsp;&nbsp;%s</b>" % (num, title),
             ParagraphStyle("h4", parent=S["body"], leftIndent=6 * mm, spaceBefore=4))


def motion(mover, seconder, text_paras, result="CARRIED", label=None):
    out = []
    if label:
        out.append(P("<b>%s</b>" % label, S["mot"]))
    t = Table([[P("Moved by:", S["body"]), P(mover, S["body"])],
               [P("Seconded by:", S["body"]), P(seconder, S["body"])]],
              colWidths=[28 * mm, 100 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    out.append(Table([["", t]], colWidths=[10 * mm, 150 * mm], hAlign="LEFT",
                     style=[("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    for tp in text_paras:
        out.append(P(tp, S["mot"]))
    if result:
        out.append(P(result, S["car"]))
    return out


def on_page(c, doc):
    c.saveState()
    c.setFont("LSans", 8)
    c.drawString(20 * mm, 268 * mm, "Community and Protective Services Standing Committee")
    c.drawRightString(196 * mm, 268 * mm, "Minutes – April 8, 2024")
    c.line(20 * mm, 266.5 * mm, 196 * mm, 266.5 * mm)
    c.drawCentredString(108 * mm, 10 * mm, "Page %d of 3" % doc.page)
    c.restoreState()


def build():
    st = []
    st.append(P("THE CORPORATION OF THE CITY OF PORT ALDER", S["centerb"]))
    st.append(P("Community and Protective Services Standing Committee", S["h1"]))
    st.append(P("<b>MINUTES</b>", S["body"]))
    info = [["Date:", "Monday, April 8, 2024"], ["Time:", "4:00 p.m."],
            ["Location:", "Council Chambers, City Hall, 200 Harbour Street, and by electronic participation"]]
    t = Table([[P("<b>%s</b>" % a, S["body"]), P(b, S["body"])] for a, b in info], colWidths=[25 * mm, 140 * mm],
              hAlign="LEFT")
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    st.append(t)
    st.append(Spacer(1, 2 * mm))
    att = [
        ["Committee Members Present:", "Councillor D. Okafor (Chair)<br/>Councillor S. Beaulieu-Hart<br/>"
                                       "Councillor P. Singh<br/>Councillor M. Trudel (electronic)<br/>"
                                       "Mayor L. Whitcombe (ex officio)"],
        ["Regrets:", "Councillor J. Kowalczyk"],
        ["Also Present:", "Councillor R. Mbeki (non-member)"],
        ["Staff Present:", "A. Lindqvist, General Manager, Community Services<br/>R. Desjardins, Fire Chief<br/>"
                           "T. Ng, Manager, Recreation Programs<br/>K. Ferris, Legislative Coordinator"],
    ]
    t = Table([[P("<b>%s</b>" % a, S["body"]), P(b, S["body"])] for a, b in att], colWidths=[50 * mm, 115 * mm],
              hAlign="LEFT")
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.grey)]))
    st.append(t)

    st.append(H("1.", "CALL TO ORDER"))
    st.append(P("The Chair called the meeting to order at 4:02 p.m.", S["mot"]))
    st.append(H("2.", "LAND ACKNOWLEDGEMENT"))
    st.append(P("The Chair read the land acknowledgement.", S["mot"]))
    st.append(H("3.", "DISCLOSURES OF PECUNIARY INTEREST"))
    st.append(P("Councillor Singh disclosed a pecuniary interest in Item 6.1 as her son is a coach with the "
                "Port Alder Minor Hockey Association, and did not participate in the discussion or vote.",
                S["mot"]))
    st.append(H("4.", "APPROVAL OF AGENDA"))
    st += motion("Councillor Beaulieu-Hart", "Mayor Whitcombe",
                 ["THAT the agenda for the April 8, 2024 meeting of the Community and Protective Services "
                  "Standing Committee be approved as circulated."])
    st.append(H("5.", "ADOPTION OF MINUTES"))
    st += motion("Councillor Trudel", "Councillor Singh",
                 ["THAT the minutes of the Community and Protective Services Standing Committee meeting held "
                  "March 11, 2024 be adopted as printed."])
    st.append(H("6.", "DELEGATIONS"))
    st.append(H2("6.1", "Port Alder Minor Hockey Association – Ice Allocation for 2024-2025 Season"))
    st.append(P("G. Halvorsen, President, Port Alder Minor Hockey Association (PAMHA), requested that the "
                "Association’s prime-time ice allocation at the Westview Arena be restored to 2022-2023 levels.",
                S["mot"]))
    st += motion("Councillor Trudel", "Mayor Whitcombe",
                 ["THAT the delegation from the Port Alder Minor Hockey Association be received; and",
                  "THAT staff review the 2024-2025 ice allocation policy and report back to the Committee by "
                  "June 10, 2024."])
    st.append(H("7.", "STAFF REPORTS"))
    st.append(H2("7.1", "Report CPS-2024-014: Fire Master Plan Update 2024-2034"))
    st.append(P("Fire Chief Desjardins presented the Fire Master Plan Update prepared with the Office of the Fire "
                "Marshal (OFM) community risk assessment. The plan recommends a fourth fire station in the north "
                "end by 2029 and the hiring of twelve additional firefighters over the ten-year period.",
                S["mot"]))
    st += motion("Councillor Singh", "Councillor Beaulieu-Hart",
                 ["THAT Report CPS-2024-014 be received; and",
                  "THAT the Committee recommend that Council endorse the Fire Master Plan Update 2024-2034 "
                  "attached as Appendix A; and",
                  "THAT staff report back in Q4 2024 with a multi-year implementation costing."])
    st.append(H2("7.2", "Report CPS-2024-017: Community Safety and Well-Being Plan – Year 2 Progress"))
    st.append(P("A. Lindqvist provided an overview of Year 2 of the Port Alder Community Safety and Well-Being "
                "(CSWB) Plan 2022-2026, which was developed under the Community Safety and Policing Act, 2019. "
                "The Plan’s four priority risk areas remain:", S["mot"]))
    st += bullets(["Mental Health and Addictions", "Housing and Homelessness", "Youth Engagement and Belonging",
                   "Road Safety"], ParagraphStyle("b2", parent=S["bullet"], leftIndent=18 * mm,
                                                  bulletIndent=13 * mm))
    st.append(P("Partners include the Port Alder Police Service, Lakeshore Ontario Health Team and the Canadian "
                "Mental Health Association – Lakeshore Branch (CMHA).", S["mot"]))
    st += motion("Councillor Beaulieu-Hart", "Councillor Okafor",
                 ["THAT Report CPS-2024-017 be received for information."], result=None, label="Main Motion")
    st += motion("Councillor Trudel", "Councillor Singh",
                 ["THAT the main motion be amended by adding “and THAT staff be directed to include "
                  "youth-specific outcome measures in the Year 3 progress report.”"],
                 result="AMENDMENT CARRIED", label="Amendment")
    st.append(P("<b>Main Motion as Amended</b>", S["mot"]))
    st.append(P("THAT Report CPS-2024-017 be received for information; and THAT staff be directed to include "
                "youth-specific outcome measures in the Year 3 progress report.", S["mot"]))
    st.append(P("MAIN MOTION AS AMENDED CARRIED", S["car"]))
    st.append(H2("7.3", "Report CPS-2024-019: Extension of Splash Pad Operating Hours"))
    st += motion("Councillor Okafor", "Mayor Whitcombe",
                 ["THAT the operating hours of the Riverside and Elmwood splash pads be extended to 9:00 a.m. to "
                  "9:00 p.m. daily from June 1 to September 2, 2024, at an estimated cost of $18,500 to be funded "
                  "from the Recreation Reserve."], result=None)
    st.append(P("<b>Recorded Vote:</b> For: Councillors Beaulieu-Hart, Okafor, Singh and Mayor Whitcombe (4); "
                "Against: Councillor Trudel (1)", S["mot"]))
    st.append(P("CARRIED (4 to 1)", S["car"]))
    st.append(H("8.", "INFORMATION ITEMS"))
    st.append(H2("8.1", "Port Alder Police Service – Q1 2024 Calls for Service Summary"))
    st.append(H2("8.2", "Correspondence from the Ministry of the Solicitor General dated March 15, 2024"))
    st += motion("Mayor Whitcombe", "Councillor Trudel",
                 ["THAT Information Items 8.1 and 8.2 be received for information."])
    st.append(H("9.", "NOTICES OF MOTION"))
    st.append(P("Councillor Singh gave notice that she will introduce a motion at the May 13, 2024 meeting "
                "respecting traffic calming measures on Lakeshore Drive between Elm Street and Cove Road.",
                S["mot"]))
    st.append(H("10.", "ADJOURNMENT"))
    st += motion("Councillor Beaulieu-Hart", "Councillor Singh",
                 ["THAT the meeting be adjourned at 5:41 p.m."])
    st.append(Spacer(1, 10 * mm))
    sig = Table([[P("____________________________<br/>Councillor D. Okafor, Chair", S["body"]),
                  P("____________________________<br/>K. Ferris, Legislative Coordinator", S["body"])]],
                colWidths=[85 * mm, 85 * mm])
    st.append(sig)
    doc = SimpleDocTemplate("pdf/%s.pdf" % STEM, pagesize=letter, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm)
    doc.build(st, onFirstPage=on_page, onLaterPages=on_page)


if __name__ == "__main__":
    build()
