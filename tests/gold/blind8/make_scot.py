"""Doc 2: Scottish council committee minute with Sederunt (sans, margin numbers, 'The Committee agreed:-')."""
from common import *

STEM = "blind8-uk-glenmorie-council-communities-housing-committee-minutes-2024-02-20"
S = styles("DV", 9.5)


def para(num, title, body):
    """margin number + bold title, followed by indented body flowables"""
    out = []
    t = Table([[P("<b>%s</b>" % num, S["body"]), P("<b>%s</b>" % title, S["body"])]],
              colWidths=[12 * mm, 152 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    out.append(t)
    for b in body:
        if isinstance(b, str):
            out.append(P(b, S["ind"]))
        else:
            out.append(b)
    return out


S["ind"] = ParagraphStyle("ind", parent=S["body"], leftIndent=12 * mm)
S["dec"] = ParagraphStyle("dec", parent=S["body"], leftIndent=22 * mm, firstLineIndent=-8 * mm)


def D(lbl, text):
    return P("%s&nbsp;&nbsp;%s" % (lbl, text), S["dec"])


def on_page(c, doc):
    c.saveState()
    c.setFont("DV", 8)
    c.drawString(23 * mm, 12 * mm, "Communities and Housing Committee – 20.02.24")
    c.drawRightString(187 * mm, 12 * mm, "%d" % doc.page)
    c.restoreState()


def build():
    st = []
    st.append(P("GLENMORIE COUNCIL", S["h1"]))
    st.append(P("MINUTE of MEETING of the COMMUNITIES AND HOUSING COMMITTEE held in Committee Room 2, "
                "Council Headquarters, Kirkton Road, Invermorie, on Tuesday, 20th February, 2024 at 10.00 a.m.",
                S["body"]))
    st.append(Spacer(1, 3 * mm))
    st.append(P("<b>Sederunt:</b>", S["body"]))
    st.append(P("Councillor Fiona MacRae (Convener); Councillors Alasdair Bain, Kirsty Drummond, Euan Fairlie "
                "(Vice-Convener), Morag Henderson-Lyle, Callum Innes, Shona Kerr and Peter Wylie.", S["ind"]))
    st.append(P("Councillors Drummond and Innes attended the meeting remotely.", S["ind"]))
    st.append(P("<b>Attending:</b>", S["body"]))
    st.append(P("J Cowan, Executive Director (Communities); R Stirling, Head of Housing Services; M Petrie, "
                "Community Development Manager; L Ogilvie, Committee Services Officer; and Inspector D Reid, "
                "Police Scotland.", S["ind"]))
    st.append(P("<b>Apologies:</b>", S["body"]))
    st.append(P("Councillors Graham Lamont and Isla Munro.", S["ind"]))
    st.append(P("Councillor MacRae in the Chair", S["centerb"]))

    st += para("1.", "DECLARATIONS OF INTEREST", [
        "Councillor Kerr declared a non-financial interest in item 6 below as a member of the Board of "
        "Invermorie Housing Association, and took no part in the consideration of that item."])
    st += para("2.", "MINUTE OF PREVIOUS MEETING", [
        "The minute of the meeting of the Communities and Housing Committee of 16th January, 2024 was "
        "submitted and approved as a correct record."])
    st += para("3.", "POLICE SCOTLAND – LOCAL AREA PERFORMANCE REPORT, QUARTER 3 2023/24", [
        "There was submitted a report by the Local Area Commander (copy herewith) on police performance in "
        "the Glenmorie area for the period 1st October to 31st December, 2023. Inspector Reid advised that "
        "the report was structured around the five priorities of the Glenmorie Local Police Plan 2023-26:",
        P("(i)&nbsp;&nbsp;&nbsp;Road Safety;", S["indent2"]),
        P("(ii)&nbsp;&nbsp;Drug Harm Reduction;", S["indent2"]),
        P("(iii)&nbsp;Antisocial Behaviour and Disorder;", S["indent2"]),
        P("(iv)&nbsp;&nbsp;Protecting People at Risk of Harm; and", S["indent2"]),
        P("(v)&nbsp;&nbsp;&nbsp;Acquisitive Crime.", S["indent2"]),
        "In response to questions, Inspector Reid confirmed that the pilot of Operation Lantern in Invermorie "
        "town centre would be evaluated and reported to the Committee in June.",
        "<b>Decision</b>",
        "The Committee agreed to note the performance report."])
    st += para("4.", "RAPID REHOUSING TRANSITION PLAN – ANNUAL UPDATE", [
        "There was submitted a report by the Executive Director (Communities) (copy herewith) providing an "
        "update on year four of the Glenmorie Rapid Rehousing Transition Plan (RRTP), funded by the Scottish "
        "Government. The average time spent in temporary accommodation had fallen from 168 days to 131 days, "
        "although the number of households assessed as homeless had risen by 9%.",
        "<b>Decision</b>",
        "The Committee agreed:-",
        D("(1)", "to note the progress made in year four of the Rapid Rehousing Transition Plan;"),
        D("(2)", "to approve the revised RRTP targets for 2024/25 as set out in Appendix 2 to the report; and"),
        D("(3)", "to instruct the Head of Housing Services to submit a progress report to the meeting of this "
                 "Committee in August, 2024."),
    ])
    st += para("5.", "HOUSING REVENUE ACCOUNT CAPITAL PROGRAMME 2024/25", [
        "There was submitted a report by the Executive Director (Communities) (copy herewith) seeking approval "
        "of the Housing Revenue Account (HRA) capital programme for 2024/25, including £6.2 million for "
        "energy efficiency works to meet the Energy Efficiency Standard for Social Housing (EESSH2).",
        "<b>Decision</b>",
        "The Committee agreed to recommend to the Council that the HRA capital programme for 2024/25 totalling "
        "£18.4 million, as set out in Appendix 1 to the report, be approved."])
    st += para("6.", "INVERMORIE HOUSING ASSOCIATION – STRATEGIC HOUSING INVESTMENT PLAN", [
        "<i>Councillor Kerr, having declared an interest, took no part in the consideration of this item.</i>",
        "There was submitted a report by the Head of Housing Services (copy herewith) on a proposal from "
        "Invermorie Housing Association to bring forward 24 social rented homes at Mill Lade, Invermorie, "
        "within the Strategic Housing Investment Plan (SHIP) 2024-29.",
        "<b>Decision</b>",
        "The Committee agreed:-",
        D("(1)", "to approve a contribution of £250,000 from the Council Tax on Second Homes fund towards the "
                 "Mill Lade development; and"),
        D("(2)", "to request that the Head of Housing Services report back on the tender outcome before any "
                 "funds are released."),
    ])
    st += para("7.", "COMMUNITY ASSET TRANSFER – FORMER KILBRIDE PUBLIC HALL", [
        "There was submitted a report by the Community Development Manager (copy herewith) on an asset "
        "transfer request under Part 5 of the Community Empowerment (Scotland) Act 2015 from Kilbride "
        "Community Trust SCIO for the former Kilbride Public Hall.",
        "<b>Motion</b>",
        "Councillor Bain, seconded by Councillor Wylie, moved that the Committee approve the transfer of the "
        "former Kilbride Public Hall to Kilbride Community Trust SCIO at nil value, subject to the conditions "
        "set out in paragraph 4.3 of the report.",
        "<b>Amendment</b>",
        "Councillor Henderson-Lyle, seconded by Councillor Innes, moved as an amendment that consideration of "
        "the request be continued to the next meeting to allow a full valuation to be obtained.",
        "On a division, there voted for the motion 6 and for the amendment 3, and the motion was accordingly "
        "carried.",
        "<b>Decision</b>",
        "The Committee agreed to approve the transfer of the former Kilbride Public Hall to Kilbride Community "
        "Trust SCIO at nil value, subject to the conditions set out in paragraph 4.3 of the report.",
        "The Community Development Manager undertook to notify the Trust of the decision within 14 days."])
    st += para("8.", "DATE OF NEXT MEETING", [
        "It was noted that the next meeting of the Committee would be held on Tuesday, 19th March, 2024 at "
        "10.00 a.m."])
    st.append(Spacer(1, 4 * mm))
    st.append(P("The meeting concluded at 12.18 p.m.", S["body"]))
    doc = SimpleDocTemplate("pdf/%s.pdf" % STEM, pagesize=A4, leftMargin=23 * mm, rightMargin=23 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm)
    doc.build(st, onFirstPage=on_page, onLaterPages=on_page)


if __name__ == "__main__":
    build()
