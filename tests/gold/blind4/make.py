#!/usr/bin/env python3
"""Draw the six blind4 evaluation PDFs into /work/blind4/pdf/ with reportlab.

All places, people and local bodies are fictional; national bodies are real.
Run with /work/main/.venv/bin/python make.py
"""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

OUT = Path(__file__).resolve().parent / "pdf"
OUT.mkdir(parents=True, exist_ok=True)


def st(name, font="Helvetica", size=10.5, leading=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.3, **kw)


def P(text, style, **kw):
    return Paragraph(text, style, **kw)


class NumberedDoc(BaseDocTemplate):
    """Doc template that knows its total page count (second pass) for 'Page x of y'."""

    def __init__(self, *a, **kw):
        self.total_pages = kw.pop("total_pages", 0)
        super().__init__(*a, **kw)


def build(path, story_fn, templates_fn, pagesize=A4, **margins):
    """Build twice so the footer can print 'of N'."""
    total = 0
    for _ in range(2):
        doc = NumberedDoc(str(path), pagesize=pagesize, total_pages=total, **margins)
        doc.addPageTemplates(templates_fn(doc))
        doc.build(story_fn())
        total = doc.page
    return total


# ---------------------------------------------------------------------------
# a. English metropolitan borough council - Cabinet minutes (ModernGov style)
# ---------------------------------------------------------------------------

def doc_a():
    name = "blind4-uk-harrowdale-mbc-cabinet-minutes-2024-09-04.pdf"
    body = st("a_body", "Helvetica", 10.5, 14, leftIndent=62, spaceAfter=7, alignment=TA_LEFT)
    head = st("a_head", "Helvetica-Bold", 11, 14, leftIndent=62, bulletIndent=0,
              bulletFontName="Helvetica-Bold", bulletFontSize=11, spaceBefore=10, spaceAfter=6)
    sub = st("a_sub", "Helvetica-Bold", 10.5, 14, leftIndent=62, spaceBefore=2, spaceAfter=3)
    res = st("a_res", "Helvetica", 10.5, 14, leftIndent=84, firstLineIndent=-22, spaceAfter=5)
    flush = st("a_flush", "Helvetica", 10.5, 14, spaceAfter=7)
    title = st("a_title", "Helvetica-Bold", 16, 20, alignment=TA_CENTER, spaceAfter=6)

    def item(num, ttl):
        return P(f"<b>{ttl}</b>", head, bulletText=num)

    def story():
        s = [
            P("CABINET", title),
            P("MINUTES of the meeting held on Wednesday, 4th September, 2024 at 10.00 am in the "
              "Council Chamber, Harrowdale Town Hall, Crossgate, Harrowdale, HD1 1UJ", flush),
            Spacer(1, 4),
            P("<b>Present:</b> Councillor Sarah Pemberton (Chair); Councillors Imran Aziz, Joanne Blythe, "
              "Keith Dransfield, Tahira Malik and Gareth Owusu", flush),
            P("<b>Also in attendance:</b> Councillor Philip Crowther (Leader of the Opposition) and "
              "Councillor Helen Marsden (Chair of the Overview and Scrutiny Management Committee)", flush),
            P("<b>Officers:</b> Alison Fairclough (Chief Executive), David Nwosu (Strategic Director of "
              "Resources and Section 151 Officer), Rebecca Holt (Director of Legal and Governance and "
              "Monitoring Officer), Martin Sheard (Strategic Director of Place) and Lucy Chen "
              "(Democratic Services Officer)", flush),
            Spacer(1, 6),
            item("CAB.41", "Apologies for Absence"),
            P("Apologies for absence were received from Councillor Nadeem Rafiq (Cabinet Member for "
              "Adult Social Care and Health).", body),
            item("CAB.42", "Declarations of Interest"),
            P("Councillor Keith Dransfield declared an other registrable interest in Minute CAB.47 "
              "(Leisure Services Contract Extension) as a trustee of Harrowdale Leisure Trust. He left the "
              "meeting for the duration of that item and took no part in the discussion or vote.", body),
            P("There were no other declarations of interest.", body),
            item("CAB.43", "Minutes of the Previous Meeting"),
            P("<b>RESOLVED:</b> That the minutes of the meeting held on 24th July, 2024 be approved as a "
              "correct record and signed by the Chair.", body),
            item("CAB.44", "Public Questions"),
            P("No questions had been received from members of the public.", body),
            item("CAB.45", "Revenue and Capital Budget Monitoring 2024/25 \u2013 Quarter 1"),
            P("The Strategic Director of Resources submitted a report setting out the forecast financial "
              "position of the Council for 2024/25 as at the end of Quarter 1 (30th June, 2024). The report "
              "forecast a net revenue overspend of \u00a33.2m, principally arising from demand pressures in "
              "children\u2019s social care placements and home to school transport, partly offset by "
              "additional investment income.", body),
            P("Councillor Aziz, Cabinet Member for Finance and Corporate Services, introduced the report and "
              "highlighted that the Council\u2019s general fund reserve stood at \u00a314.6m, and that the "
              "spending controls introduced in July would remain in place until the end of the financial "
              "year.", body),
            P("Decision:", sub),
            P("<b>RESOLVED:</b>", body),
            P("(1)\u00a0\u00a0That the forecast revenue overspend of \u00a33.2m for 2024/25 as at Quarter 1 "
              "be noted.", res),
            P("(2)\u00a0\u00a0That the revised capital programme for 2024/25 of \u00a386.4m, as set out in "
              "Appendix B to the report, be approved.", res),
            P("(3)\u00a0\u00a0That the Strategic Director of Resources be requested to submit a financial "
              "recovery plan to the meeting of Cabinet on 6th November, 2024.", res),
            P("Reasons for decision", sub),
            P("To ensure that Cabinet is aware of the Council\u2019s forecast financial position and that "
              "appropriate action is taken to deliver a balanced budget for 2024/25.", body),
            P("Alternative options considered", sub),
            P("None. The Council is required to monitor its budget throughout the financial year.", body),
            item("CAB.46", "Harrowdale Local Plan 2024\u20132041 \u2013 Publication (Regulation 19) Draft"),
            P("The Strategic Director of Place submitted a report seeking approval to publish the Harrowdale "
              "Local Plan 2024\u20132041 Publication Draft for a six-week period of representations under "
              "Regulation 19 of the Town and Country Planning (Local Planning) (England) Regulations 2012, "
              "and thereafter to submit the Plan to the Secretary of State for independent examination by "
              "the Planning Inspectorate.", body),
            P("Councillor Malik, Cabinet Member for Regeneration and Planning, reported that the Plan made "
              "provision for 12,400 new homes and 96 hectares of employment land over the plan period. "
              "Councillor Marsden reported the comments of the Overview and Scrutiny Management Committee, "
              "which had considered the draft Plan on 29th August, 2024 and supported its publication.", body),
            P("Decision:", sub),
            P("<b>RESOLVED:</b>", body),
            P("(1)\u00a0\u00a0That the Harrowdale Local Plan 2024\u20132041 Publication Draft be approved for "
              "a six-week period of representations commencing on 23rd September, 2024.", res),
            P("(2)\u00a0\u00a0That the Plan be recommended to Council on 18th September, 2024 for approval "
              "for submission to the Secretary of State.", res),
            P("(3)\u00a0\u00a0That the Strategic Director of Place, in consultation with the Cabinet Member "
              "for Regeneration and Planning, be authorised to make minor amendments to the Plan prior to "
              "publication.", res),
            P("Reasons for decision", sub),
            P("To progress the preparation of an up-to-date Local Plan in accordance with the Local "
              "Development Scheme and national planning policy.", body),
            P("Alternative options considered", sub),
            P("Not to publish the Plan. This was rejected as it would leave the Council without an "
              "up-to-date Local Plan and expose it to speculative development proposals.", body),
            item("CAB.47", "Leisure Services Contract Extension"),
            P("<i>(Councillor Dransfield, having declared an interest, left the meeting during consideration "
              "of this item.)</i>", body),
            P("The Strategic Director of Place submitted a report seeking approval to extend the management "
              "agreement with Harrowdale Leisure Trust for the operation of the Borough\u2019s five leisure "
              "centres for a further two years, in accordance with the extension provisions of the "
              "agreement.", body),
            P("The Strategic Director of Place was asked to report back to Cabinet with a draft Leisure "
              "Facilities Strategy by March 2025.", body),
            P("Decision:", sub),
            P("<b>RESOLVED:</b> That the management agreement with Harrowdale Leisure Trust be extended for a "
              "period of two years from 1st April, 2025 to 31st March, 2027, on the terms set out in the "
              "report.", body),
            P("Reasons for decision", sub),
            P("The extension provides continuity of service while a long-term leisure facilities strategy "
              "is developed.", body),
            P("Alternative options considered", sub),
            P("To re-procure the service immediately or to bring it in-house. Both options were rejected "
              "because of the cost and the timescales involved.", body),
            item("CAB.48", "Household Support Fund \u2013 October 2024 to March 2025"),
            P("Councillor Blythe, Cabinet Member for Communities and Customer Services, presented a report "
              "on the allocation of \u00a33.9m received from the Department for Work and Pensions (DWP) under "
              "the extended Household Support Fund for the period 1st October, 2024 to 31st March, 2025.",
              body),
            P("Decision:", sub),
            P("<b>RESOLVED:</b>", body),
            P("(1)\u00a0\u00a0That the allocation of the Household Support Fund grant of \u00a33.9m as set out "
              "in Table 1 of the report be approved.", res),
            P("(2)\u00a0\u00a0That authority be delegated to the Director of Communities, in consultation with "
              "the Cabinet Member for Communities and Customer Services, to vary the allocations between "
              "schemes in response to demand.", res),
            P("Reasons for decision", sub),
            P("To ensure that financial support reaches eligible households during the winter period.", body),
            P("Alternative options considered", sub),
            P("To allocate the entire fund through direct awards. This was rejected as it would not reach "
              "households not already known to the Council.", body),
            item("CAB.49", "Exclusion of the Public"),
            P("<b>RESOLVED:</b> That, under Section 100A(4) of the Local Government Act 1972, the public be "
              "excluded from the meeting for the following item of business on the grounds that it involves "
              "the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule "
              "12A to the Act.", body),
            item("CAB.50", "Acquisition of Land at Brook Lane, Harrowdale (Exempt Item)"),
            P("The Strategic Director of Place submitted an exempt report concerning the proposed acquisition "
              "of land at Brook Lane to facilitate the delivery of the Brook Lane Employment Zone.", body),
            P("Decision:", sub),
            P("<b>RESOLVED:</b> That the recommendations set out in the exempt report be approved.", body),
            P("Reasons for decision", sub),
            P("As set out in the exempt report.", body),
            P("Alternative options considered", sub),
            P("As set out in the exempt report.", body),
            Spacer(1, 10),
            P("The meeting closed at 11.42 am.", flush),
            Spacer(1, 18),
            P("CHAIR", st("a_chair", "Helvetica-Bold", 10.5, alignment=TA_RIGHT)),
            Spacer(1, 14),
            P("<i>Decisions in minutes CAB.45 to CAB.48 will come into force at 5.00 pm on 13th September, "
              "2024 unless called in by the Overview and Scrutiny Management Committee.</i>",
              st("a_note", "Helvetica-Oblique", 9, 12)),
        ]
        return s

    def templates(doc):
        def on_page(c, d):
            c.saveState()
            w, h = A4
            c.setFont("Helvetica", 8.5)
            c.setFillColor(colors.HexColor("#444444"))
            c.drawString(20 * mm, h - 12 * mm, "Harrowdale Metropolitan Borough Council")
            c.drawRightString(w - 20 * mm, h - 12 * mm, "Cabinet - Wednesday, 4th September, 2024")
            c.setStrokeColor(colors.HexColor("#888888"))
            c.line(20 * mm, h - 14 * mm, w - 20 * mm, h - 14 * mm)
            c.drawCentredString(w / 2, 10 * mm, f"Page {d.page}")
            c.restoreState()
        frame = Frame(20 * mm, 18 * mm, A4[0] - 40 * mm, A4[1] - 40 * mm, id="f")
        return [PageTemplate("p", [frame], onPage=on_page)]

    return build(OUT / name, story, templates)


# ---------------------------------------------------------------------------
# b. Scottish community planning partnership board minute
# ---------------------------------------------------------------------------

def doc_b():
    name = "blind4-uk-glenmorven-cpp-board-minutes-2024-06-12.pdf"
    F, FB = "Helvetica", "Helvetica-Bold"
    body = st("b_body", F, 10, 13.5, spaceAfter=5, alignment=TA_JUSTIFY)
    para = st("b_para", F, 10, 13.5, leftIndent=30, firstLineIndent=-30, spaceAfter=5, alignment=TA_JUSTIFY)
    head = st("b_head", FB, 11, 14, leftIndent=30, firstLineIndent=-30, spaceBefore=9, spaceAfter=5,
              textColor=colors.HexColor("#1f3864"))
    agreed = st("b_agreed", FB, 10, 13.5, leftIndent=30, spaceBefore=2, spaceAfter=3)
    bullet = st("b_bul", F, 10, 13.5, leftIndent=46, bulletIndent=34, spaceAfter=3)
    cell = st("b_cell", F, 9, 11.5)
    cellb = st("b_cellb", FB, 9, 11.5, textColor=colors.white)

    def para_(num, text):
        return P(f"{num}\u00a0\u00a0\u00a0{text}", para)

    def heading(num, text):
        return P(f"{num}.\u00a0\u00a0\u00a0{text}", head)

    def bullets(items):
        return [P(t, bullet, bulletText="\u2022") for t in items]

    def table(rows, widths, header=True):
        data = [[P(c, cellb if (header and i == 0) else cell) for c in r] for i, r in enumerate(rows)]
        t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f7f7f")),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3864")))
        t.setStyle(TableStyle(style))
        return t

    def story():
        s = [
            P("Glenmorven Community Planning Partnership", st("b_t1", FB, 15, 19, textColor=colors.HexColor("#1f3864"))),
            P("Board Meeting \u2013 Minute", st("b_t2", F, 12, 16, spaceAfter=8)),
            table([["Meeting", "Date", "Venue", "Chair"],
                   ["Community Planning Partnership Board", "Wednesday 12 June 2024, 10.00am",
                    "Council Chamber, Glenmorven House, Kirkton", "Cllr Fiona MacLeod, Leader, Glenmorven Council"]],
                  [42 * mm, 38 * mm, 46 * mm, 44 * mm]),
            Spacer(1, 8),
            P("<b>Attendees</b>", st("b_h2", FB, 11, 14, spaceAfter=3)),
            table([["Name", "Organisation"],
                   ["Cllr Fiona MacLeod (Chair)", "Glenmorven Council"],
                   ["Cllr Alasdair Munro", "Glenmorven Council"],
                   ["Morag Sinclair", "Chief Executive, Glenmorven Council"],
                   ["Chief Superintendent Gordon Baird", "Police Scotland"],
                   ["Area Commander Lorna Fraser", "Scottish Fire and Rescue Service"],
                   ["Dr Ewan Mackay", "Director of Public Health, NHS Glenmorven"],
                   ["Kirsty Urquhart", "Glenmorven Third Sector Interface"],
                   ["Duncan Ross", "Skills Development Scotland"],
                   ["Shona McAllister", "Glenmorven College"],
                   ["Iain Chisholm", "Community Planning Manager, Glenmorven Council"],
                   ["Rachel Dunbar", "Glenmorven Council (Minute)"]],
                  [70 * mm, 100 * mm]),
            Spacer(1, 6),
            P("<b>Apologies</b>", st("b_h2b", FB, 11, 14, spaceAfter=3)),
            table([["Name", "Organisation"],
                   ["Cllr Callum Grant", "Glenmorven Council"],
                   ["Professor Anne Menzies", "University of the Highlands and Islands"],
                   ["Hamish Reid", "Highlands and Islands Enterprise"]],
                  [70 * mm, 100 * mm]),
            Spacer(1, 6),
            heading("1", "Welcome and Apologies"),
            para_("1.1", "The Chair welcomed members to the meeting, including Shona McAllister, who was "
                  "attending her first meeting as the representative of Glenmorven College."),
            para_("1.2", "Apologies were noted as listed above."),
            heading("2", "Minute of Previous Meeting and Action Tracker"),
            para_("2.1", "The minute of the meeting held on 13 March 2024 was approved as an accurate record."),
            para_("2.2", "Iain Chisholm updated the Board on the action tracker. Actions 1 to 4 from the March "
                  "meeting were complete, and the remaining action was covered under item 4 of the agenda."),
            P("The Board agreed:", agreed),
            *bullets(["to approve the minute of the meeting held on 13 March 2024; and",
                      "to note the update on the action tracker."]),
            heading("3", "Local Outcomes Improvement Plan 2023\u20132033: Annual Report 2023/24"),
            para_("3.1", "Iain Chisholm presented the draft annual report on progress against the Local "
                  "Outcomes Improvement Plan (LOIP), which the Partnership is required to publish under the "
                  "Community Empowerment (Scotland) Act 2015."),
            para_("3.2", "The report sets out progress against the three LOIP priorities:"),
            *bullets(["Tackling poverty and inequality",
                      "Improving health and wellbeing across the life course",
                      "Creating resilient and sustainable communities"]),
            para_("3.3", "Of the 24 indicators in the LOIP performance framework, 14 had improved, 6 were stable "
                  "and 4 had declined. Members discussed the decline in the proportion of school leavers "
                  "entering a positive destination, and Duncan Ross offered to provide further analysis from "
                  "Skills Development Scotland."),
            para_("3.4", "Dr Mackay noted that the healthy life expectancy indicators would be updated when "
                  "National Records of Scotland published new figures in the autumn."),
            P("The Board agreed:", agreed),
            *bullets(["to approve the LOIP Annual Report 2023/24 for publication, subject to minor amendments "
                      "delegated to the Community Planning Manager;",
                      "that the three LOIP priorities remain unchanged for 2024/25; and",
                      "to request a focused report on positive destinations for school leavers at the "
                      "December meeting."]),
            heading("4", "Local Child Poverty Action Report 2023/24"),
            para_("4.1", "Kirsty Urquhart and Morag Sinclair presented the joint Local Child Poverty Action "
                  "Report prepared by Glenmorven Council and NHS Glenmorven, as required by the Child Poverty "
                  "(Scotland) Act 2017."),
            para_("4.2", "The Board heard that take-up of the Scottish Child Payment in Glenmorven had risen to "
                  "an estimated 91% of eligible families. Members welcomed the work of the income "
                  "maximisation service, which had generated \u00a32.1 million in additional income for local "
                  "households in 2023/24."),
            para_("4.3", "Members discussed the cost of transport to employment and training as a barrier for "
                  "parents in rural areas."),
            P("The Board agreed:", agreed),
            *bullets(["to endorse the Local Child Poverty Action Report 2023/24 for submission to the Scottish "
                      "Government by 30 June 2024; and",
                      "to establish a short-life working group on rural transport and child poverty, to be "
                      "chaired by the Third Sector Interface."]),
            heading("5", "Community Justice Outcome Improvement Plan Update"),
            para_("5.1", "Gordon Baird presented an update on the Community Justice Outcome Improvement Plan on "
                  "behalf of the Glenmorven Community Justice Partnership. Unpaid work hours completed in "
                  "2023/24 had returned to pre-pandemic levels."),
            P("The Board agreed:", agreed),
            *bullets(["to note the update."]),
            heading("6", "UK Shared Prosperity Fund: 2024/25 Allocations"),
            para_("6.1", "Morag Sinclair reported that Glenmorven Council, as lead authority, had received "
                  "confirmation of a UK Shared Prosperity Fund allocation of \u00a31.46 million for 2024/25. "
                  "The proposed allocation had been developed with partners through the Employability "
                  "Partnership and the Third Sector Interface."),
            P("The Board agreed:", agreed),
            *bullets(["to approve the proposed allocation of the 2024/25 UK Shared Prosperity Fund as set out in "
                      "the report."]),
            heading("7", "Partner Updates"),
            para_("7.1", "Lorna Fraser reported that the Scottish Fire and Rescue Service public consultation on "
                  "its Strategic Service Review would run until 14 August 2024 and encouraged partners to "
                  "respond."),
            para_("7.2", "Gordon Baird reported that Police Scotland had begun engagement on the next local "
                  "policing plan for Glenmorven."),
            heading("8", "Any Other Competent Business"),
            para_("8.1", "There was no other competent business."),
            heading("9", "Date of Next Meeting"),
            para_("9.1", "The next meeting of the Board will take place on Wednesday 11 September 2024 at 10.00am "
                  "in Glenmorven College, Kirkton Campus."),
            CondPageBreak(60 * mm),
            Spacer(1, 8),
            P("Action Tracker", st("b_h3", FB, 12, 15, spaceAfter=4, textColor=colors.HexColor("#1f3864"))),
            table([["No.", "Action", "Lead", "Due", "Status"],
                   ["1", "Finalise and publish the LOIP Annual Report 2023/24 on the CPP website",
                    "Iain Chisholm", "30 Sept 2024", "Open"],
                   ["2", "Provide further analysis of school leaver destinations data",
                    "Duncan Ross", "Sept 2024", "Open"],
                   ["3", "Prepare focused report on positive destinations for school leavers for the December Board",
                    "Community Planning Manager", "Dec 2024", "Open"],
                   ["4", "Submit Local Child Poverty Action Report 2023/24 to the Scottish Government",
                    "Morag Sinclair", "30 June 2024", "Open"],
                   ["5", "Convene short-life working group on rural transport and child poverty",
                    "Kirsty Urquhart", "Aug 2024", "Open"],
                   ["6", "Circulate SFRS Strategic Service Review consultation link to all partners",
                    "Lorna Fraser", "21 June 2024", "Open"]],
                  [12 * mm, 78 * mm, 36 * mm, 26 * mm, 18 * mm]),
        ]
        return s

    def templates(doc):
        def on_page(c, d):
            c.saveState()
            w, h = A4
            c.setFont("Helvetica", 8)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(20 * mm, h - 11 * mm, "Glenmorven CPP Board \u2013 12 June 2024")
            c.drawRightString(w - 20 * mm, h - 11 * mm, "OFFICIAL")
            c.drawString(20 * mm, 10 * mm, "Glenmorven Community Planning Partnership")
            tot = d.total_pages or "?"
            c.drawRightString(w - 20 * mm, 10 * mm, f"Page {d.page} of {tot}")
            c.restoreState()
        frame = Frame(20 * mm, 17 * mm, A4[0] - 40 * mm, A4[1] - 35 * mm, id="f")
        return [PageTemplate("p", [frame], onPage=on_page)]

    return build(OUT / name, story, templates)


# ---------------------------------------------------------------------------
# c. New England select board minutes (US letter, Times)
# ---------------------------------------------------------------------------

def doc_c():
    name = "blind4-us-ashcombe-ma-select-board-minutes-2024-03-11.pdf"
    F, FB = "Times-Roman", "Times-Bold"
    body = st("c_body", F, 11.5, 14.5, spaceAfter=7)
    motion = st("c_mot", F, 11.5, 14.5, leftIndent=24, spaceAfter=7)
    head = st("c_head", FB, 11.5, 14.5, spaceBefore=8, spaceAfter=4)
    ctr = st("c_ctr", FB, 13, 16, alignment=TA_CENTER)

    def story():
        return [
            P("TOWN OF ASHCOMBE, MASSACHUSETTS", ctr),
            P("ASHCOMBE SELECT BOARD", ctr),
            P("MEETING MINUTES", ctr),
            P("Monday, March 11, 2024", st("c_d", F, 12, 15, alignment=TA_CENTER)),
            P("Ashcombe Town Hall, Selectmen\u2019s Meeting Room, 24 Common Street", st("c_v", F, 12, 15,
                                                                                    alignment=TA_CENTER, spaceAfter=12)),
            P("<b>Members present:</b> Linda Whitcomb, Chair; Robert Fessenden, Vice Chair; Maria Castellano, "
              "Clerk", body),
            P("<b>Also present:</b> Daniel Ruiz, Town Administrator; Karen Oakes, Executive Assistant; Tom "
              "Haskell, Director of the Department of Public Works (DPW); Janet Morrissey, Police Chief; "
              "approximately 15 residents", body),
            P("CALL TO ORDER", head),
            P("Chair Linda Whitcomb called the meeting to order at 6:30 PM and led the Pledge of Allegiance. "
              "She announced that the meeting was being recorded by Ashcombe Community Television (ACTV).", body),
            P("PUBLIC COMMENT", head),
            P("Paul Guerin of Orchard Hill Road raised concerns about speeding on Orchard Hill Road near the "
              "elementary school. Chief Morrissey stated that the Ashcombe Police Department will place the "
              "speed trailer on Orchard Hill Road for two weeks and report the results to the Board.", body),
            P("APPROVAL OF MINUTES", head),
            P("Motion: To approve the minutes of the February 26, 2024 regular session as presented. Moved by "
              "Mr. Fessenden; Seconded by Ms. Castellano. Vote: 3-0-0, motion passes.", motion),
            P("ONE-DAY LICENSE \u2013 ASHCOMBE HISTORICAL SOCIETY", head),
            P("Historical Society president Ellen Marsh described the Society\u2019s annual Spring Social, which "
              "raises funds for the restoration of the Old Stone Schoolhouse.", body),
            P("Motion: To approve a one-day wine and malt beverages license for the Ashcombe Historical Society "
              "for its Spring Social on Saturday, April 20, 2024, from 6:00 PM to 10:00 PM at the Grange Hall, "
              "9 Depot Road. Moved by Ms. Castellano; Seconded by Mr. Fessenden. Vote: 3-0-0, motion passes.",
              motion),
            P("PUBLIC HEARING \u2013 EVERSOURCE POLE PETITION, WEST STREET", head),
            P("At 6:45 PM Chair Whitcomb opened the public hearing on the petition of NSTAR Electric Company "
              "d/b/a Eversource Energy and Verizon New England Inc. to install one new jointly owned pole on "
              "West Street near house number 112. No members of the public spoke. The hearing was closed at "
              "6:52 PM.", body),
            P("Motion: To approve the Eversource Energy and Verizon New England Inc. petition for one jointly "
              "owned pole on West Street as shown on the plan dated January 30, 2024. Moved by Mr. Fessenden; "
              "Seconded by Ms. Castellano. Vote: 3-0-0, motion passes.", motion),
            P("CHAPTER 90 PAVING PROGRAM \u2013 FY2025 ROAD LIST", head),
            P("DPW Director Tom Haskell presented the proposed FY2025 paving list totaling $612,000, to be funded "
              "from the Town\u2019s Chapter 90 apportionment from the Massachusetts Department of Transportation "
              "(MassDOT). The list includes Orchard Hill Road, Pine Street and a section of West Street. Ms. "
              "Castellano asked whether the sidewalk on Pine Street could be included; Mr. Haskell stated that "
              "it could be added as an alternate if bids come in under budget.", body),
            P("Motion: To approve the FY2025 Chapter 90 paving list as presented by the DPW Director. Moved by "
              "Mr. Fessenden; Seconded by Ms. Castellano. Vote: 3-0-0, motion passes.", motion),
            P("Mr. Haskell will contact the vendor, Granite Ridge Paving, to confirm unit prices before the bid "
              "documents are issued on April 1.", body),
            P("TRANSFER STATION STICKER FEE", head),
            P("Mr. Ruiz presented a recommendation from the Board of Health to increase the annual transfer "
              "station sticker fee from $150 to $175. Mr. Fessenden said he could not support an increase "
              "without more data on tonnage costs.", body),
            P("Motion: To increase the annual transfer station sticker fee to $175 effective July 1, 2024. Moved "
              "by Ms. Castellano; Seconded by Ms. Whitcomb. Vote: 2-1-0, motion passes (Mr. Fessenden "
              "opposed).", motion),
            P("ANNUAL TOWN MEETING WARRANT", head),
            P("The Board reviewed the draft warrant for the Annual Town Meeting to be held on Saturday, May 4, "
              "2024, which contains 28 articles. The Finance Committee will present its recommendations on the "
              "warrant articles at the Board\u2019s March 25 meeting.", body),
            P("Motion: To close the warrant for the May 4, 2024 Annual Town Meeting. Moved by Mr. Fessenden; "
              "Seconded by Ms. Castellano. Vote: 3-0-0, motion passes.", motion),
            P("Ms. Oakes will forward the signed warrant to the Town Clerk for posting no later than April 19, "
              "2024.", body),
            P("OLD BUSINESS \u2013 SENIOR CENTER HVAC REPLACEMENT", head),
            P("Mr. Ruiz reported that the only bid received for the Senior Center HVAC replacement, from "
              "Merrimack Mechanical Inc., was $48,000 over the appropriation. The Board agreed by consensus to "
              "reject the bid and re-advertise the project. Mr. Ruiz will re-advertise the project with a "
              "revised scope and report back to the Board by April 8.", body),
            P("TOWN ADMINISTRATOR\u2019S REPORT", head),
            P("Mr. Ruiz reported that the Town has been awarded a $75,000 Community Compact IT grant from the "
              "Executive Office of Technology Services and Security, and that the Annual Town Report will be "
              "available at Town Hall by April 26.", body),
            P("CORRESPONDENCE", head),
            P("The Board acknowledged a letter from the Ashcombe Public Library Board of Trustees thanking the "
              "DPW for snow removal at the library during the February storm.", body),
            P("ADJOURNMENT", head),
            P("Motion: To adjourn. Moved by Ms. Castellano; Seconded by Mr. Fessenden. Vote: 3-0-0, motion "
              "passes.", motion),
            P("Meeting adjourned at 8:14 PM.", body),
            Spacer(1, 14),
            P("Respectfully submitted,", body),
            P("Karen Oakes, Executive Assistant", body),
        ]

    def templates(doc):
        def on_page(c, d):
            c.saveState()
            w, h = letter
            c.setFont("Times-Italic", 9)
            if d.page > 1:
                c.drawString(1 * 72, h - 0.5 * 72, "Ashcombe Select Board \u2013 Minutes of March 11, 2024")
            tot = d.total_pages or "?"
            c.setFont("Times-Roman", 9)
            c.drawCentredString(w / 2, 0.45 * 72, f"Page {d.page} of {tot}")
            c.drawRightString(w - 72, 0.45 * 72, "Approved: ____________")
            c.restoreState()
        frame = Frame(72, 60, letter[0] - 144, letter[1] - 60 - 58, id="f")
        return [PageTemplate("p", [frame], onPage=on_page)]

    return build(OUT / name, story, templates, pagesize=letter)


# ---------------------------------------------------------------------------
# d. Irish county council Strategic Policy Committee minutes
# ---------------------------------------------------------------------------

def doc_d():
    name = "blind4-ie-kilbarra-coco-spc-minutes-2024-09-18.pdf"
    F, FB = "Times-Roman", "Times-Bold"
    body = st("d_body", F, 11, 14, spaceAfter=6, alignment=TA_JUSTIFY)
    head = st("d_head", FB, 11, 14, spaceBefore=9, spaceAfter=4)
    act = st("d_act", "Times-BoldItalic", 11, 14, leftIndent=18, spaceAfter=6)

    def item(ref, title):
        return P(f"<u>{ref}</u>\u00a0\u00a0\u00a0{title}", head)

    def story():
        return [
            P("KILBARRA COUNTY COUNCIL", st("d_t", FB, 14, 18, alignment=TA_CENTER, spaceAfter=8)),
            P("Minutes of Meeting of the Planning, Economic Development and Housing Strategic Policy Committee "
              "held in the Council Chamber, \u00c1ras an Chontae, Kilbarra on Wednesday, 18th September 2024 at "
              "11.00 a.m.", st("d_t2", FB, 11, 14, alignment=TA_CENTER, spaceAfter=10)),
            P("<b>In attendance:</b> Cllrs Siobh\u00e1n Nolan (Cathaoirleach), P\u00e1draig \u00d3 Conaill, "
              "Michael Brennan, Aoife Delaney and Declan Furlong; Mr Ciar\u00e1n Walsh (Kilbarra Public "
              "Participation Network), Ms Gr\u00e1inne Hennessy (Construction Industry Federation) and Mr Liam "
              "Doyle (Irish Farmers\u2019 Association).", body),
            P("<b>Officials:</b> Mr Eoin Kavanagh, Director of Services; Ms Niamh Ryan, Senior Planner; Mr "
              "Se\u00e1n Dunne, Senior Executive Officer, Housing; Ms Eimear Cleary, Head of Enterprise, Local "
              "Enterprise Office; Ms Orla Fitzgerald, Meetings Administrator.", body),
            P("<b>Apologies:</b> Cllr Tom Kinsella.", body),
            item("SPC/24/029", "Adoption of Minutes"),
            P("Proposed by Cllr Aoife Delaney, seconded by Cllr Michael Brennan, and agreed that the minutes of "
              "the meeting held on 12th June 2024 be confirmed as a true record.", body),
            item("SPC/24/030", "Matters Arising"),
            P("<i>Residential Zoned Land Tax:</i> Cllr \u00d3 Conaill asked for an update on the review of the "
              "Residential Zoned Land Tax maps. Ms Ryan advised that the annual draft map would be published in "
              "February 2025 and that a briefing would be provided to members beforehand.", body),
            P("Action: Senior Planner to circulate a briefing note on the Residential Zoned Land Tax annual map "
              "review to members by end of October.", act),
            P("<i>Derelict Sites:</i> Cllr Furlong requested an update on the Derelict Sites Register for "
              "Kilbarra town.", body),
            P("Action: Senior Executive Officer, Housing to present an update on the Derelict Sites Register at "
              "the next meeting.", act),
            P("<i>Ballyrowan Meadows:</i> Members raised continuing concerns about the wastewater treatment "
              "plant serving the Ballyrowan Meadows estate.", body),
            P("Action: Director of Services to write to Uisce \u00c9ireann regarding the taking in charge of the "
              "wastewater treatment plant at Ballyrowan Meadows by 15th October 2024.", act),
            item("SPC/24/031", "Kilbarra County Development Plan 2022\u20132028: Two-Year Progress Report"),
            P("Ms Niamh Ryan, Senior Planner, presented the report on the progress achieved in securing the "
              "objectives of the Kilbarra County Development Plan 2022\u20132028, as required under Section "
              "15(2) of the Planning and Development Act 2000 (as amended). Ms Ryan outlined progress on "
              "compact growth, town centre regeneration and the preparation of the Kilbarra Town Local Area "
              "Plan. A copy of the report will also be forwarded to the Office of the Planning Regulator.", body),
            P("Cllr Nolan welcomed the report and noted the importance of the serviced sites initiative for "
              "smaller villages. Ms Hennessy queried the rate of activation of zoned residential land.", body),
            P("Proposed by Cllr P\u00e1draig \u00d3 Conaill, seconded by Cllr Declan Furlong, and agreed that "
              "the Committee recommend the Two-Year Progress Report to the full Council for noting.", body),
            P("Action: Senior Planner to present the Two-Year Progress Report to the October meeting of Kilbarra "
              "County Council.", act),
            item("SPC/24/032", "Housing Delivery Action Plan 2022\u20132026: Progress Update"),
            P("Mr Se\u00e1n Dunne, Senior Executive Officer, presented an update on the Housing Delivery Action "
              "Plan 2022\u20132026 prepared under Housing for All. To the end of June 2024, 412 social homes had "
              "been delivered against the target of 1,140 homes, with a further 286 homes on site. Quarterly "
              "returns continue to be made to the Department of Housing, Local Government and Heritage.", body),
            P("The Committee noted the report.", body),
            item("SPC/24/033", "Draft Policy on Vacant Property Refurbishment Grant (Cro\u00ed C\u00f3naithe)"),
            P("Mr Dunne presented the draft policy on the administration of the Vacant Property Refurbishment "
              "Grant. The Council had received 164 applications since the scheme opened, of which 97 had been "
              "approved.", body),
            P("Proposed by Cllr Michael Brennan, seconded by Mr Ciar\u00e1n Walsh, and agreed that the draft "
              "policy be recommended to the full Council for adoption.", body),
            item("SPC/24/034", "Local Enterprise Office Update"),
            P("Ms Eimear Cleary reported that the Local Enterprise Office Kilbarra had approved 38 grants to "
              "small businesses in 2024 to date and that Local Enterprise Week would take place from 3rd to 7th "
              "March 2025.", body),
            P("The update was noted.", body),
            item("SPC/24/035", "Any Other Business"),
            P("Mr Doyle raised the exempted development provisions for agricultural structures. The "
              "Cathaoirleach agreed that the matter be placed on the agenda for the next meeting.", body),
            P("Action: Meetings Administrator to include exempted development for agricultural structures on "
              "the agenda for the next meeting.", act),
            P("<b>Date of Next Meeting:</b> The next meeting will take place on Wednesday, 4th December 2024 at "
              "11.00 a.m.", body),
            P("The meeting concluded at 12.55 p.m.", body),
            Spacer(1, 24),
            P("Signed: ______________________ Cathaoirleach\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Date: "
              "______________", body),
        ]

    def templates(doc):
        def on_page(c, d):
            c.saveState()
            w, h = A4
            c.setFont("Times-Roman", 9)
            c.drawString(25 * mm, h - 12 * mm, "Planning, Economic Development and Housing SPC")
            c.drawRightString(w - 25 * mm, h - 12 * mm, "18.09.2024")
            tot = d.total_pages or "?"
            c.drawCentredString(w / 2, 11 * mm, f"Page {d.page} of {tot}")
            c.restoreState()
        frame = Frame(25 * mm, 20 * mm, A4[0] - 50 * mm, A4[1] - 40 * mm, id="f")
        return [PageTemplate("p", [frame], onPage=on_page)]

    return build(OUT / name, story, templates)


# ---------------------------------------------------------------------------
# e. Community safety partnership plan with strategic assessment summary
# ---------------------------------------------------------------------------

def doc_e():
    name = "blind4-uk-eastmere-csp-partnership-plan-2024-04.pdf"
    F, FB = "Helvetica", "Helvetica-Bold"
    teal = colors.HexColor("#00566b")
    body = st("e_body", F, 10.5, 14, spaceAfter=7)
    h1 = st("e_h1", FB, 16, 20, textColor=teal, spaceBefore=6, spaceAfter=8)
    h2 = st("e_h2", FB, 12, 15, textColor=teal, spaceBefore=8, spaceAfter=5)
    bul = st("e_bul", F, 10.5, 14, leftIndent=18, bulletIndent=6, spaceAfter=3)
    num = st("e_num", FB, 11, 15, leftIndent=22, bulletIndent=4, spaceAfter=4)
    cell = st("e_cell", F, 9, 11.5)
    cellh = st("e_cellh", FB, 9, 11.5, textColor=colors.white)

    def plan_table(rows):
        data = [[P(c, cellh) for c in ["Objective", "What we will do", "Lead", "When"]]]
        data += [[P(c, cell) for c in r] for r in rows]
        t = Table(data, colWidths=[42 * mm, 72 * mm, 36 * mm, 22 * mm], repeatRows=1)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), teal),
                               ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#e6f0f2")]),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bbcc4")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    def priority(n, title, why, rows):
        return [CondPageBreak(70 * mm), P(f"Priority {n}: {title}", h1), P("Why is this a priority?", h2),
                P(why, body), P("What we will do", h2), plan_table(rows), Spacer(1, 8)]

    def story():
        s = [
            Spacer(1, 60 * mm),
            P("Safer Eastmere Partnership", st("e_c1", FB, 26, 32, textColor=teal)),
            P("Community Safety Partnership Plan 2024\u20132027", st("e_c2", F, 18, 24, spaceAfter=6)),
            P("incorporating the Strategic Assessment Summary 2023/24", st("e_c3", F, 13, 17, spaceAfter=30)),
            P("Published April 2024", st("e_c4", F, 11, 14)),
            NextPageTemplate("inner"),
            PageBreak(),
            P("Foreword", h1),
            P("Welcome to the Safer Eastmere Partnership\u2019s plan for 2024\u20132027. Eastmere remains a "
              "safe place to live, work and visit, but residents have told us that anti-social behaviour, "
              "violence and the exploitation of young people are the issues that concern them most. This plan "
              "sets out how partners will work together over the next three years to respond to those "
              "concerns.", body),
            P("<i>Cllr Rebecca Thorne, Chair, Safer Eastmere Partnership</i>", body),
            P("About the Partnership", h1),
            P("The Safer Eastmere Partnership is the Community Safety Partnership (CSP) for the borough of "
              "Eastmere. Community Safety Partnerships were established under the Crime and Disorder Act 1998 "
              "and bring together the agencies with a statutory duty to work together to reduce crime and "
              "disorder, substance misuse and reoffending.", body),
            P("Responsible authorities", h2),
            P("The responsible authorities in Eastmere are:", body),
            *[P(t, bul, bulletText="\u2022") for t in [
                "Eastmere Borough Council", "Northshire County Council", "Northshire Police",
                "Northshire Fire and Rescue Service", "NHS Northshire Integrated Care Board",
                "The Probation Service"]],
            Spacer(1, 4),
            P("We also work closely with the Office of the Northshire Police and Crime Commissioner, Eastmere "
              "Homes, Eastmere Council for Voluntary Service (CVS) and the Eastmere Youth Justice Service.", body),
            P("Strategic Assessment Summary", h1),
            P("Our annual strategic assessment, completed in January 2024, analysed crime and disorder data for "
              "the period 1 October 2022 to 30 September 2023, together with the results of the Eastmere "
              "Residents\u2019 Survey. The key findings were:", body),
            *[P(t, bul, bulletText="\u2022") for t in [
                "Total recorded crime fell by 4% compared with the previous year, but violence with injury "
                "rose by 7%.",
                "Anti-social behaviour incidents fell by 11%, although repeat locations in the town centre, "
                "Harbourside and Millfield accounted for over a third of all reports.",
                "Domestic abuse accounted for 31% of all violent crime recorded in the borough.",
                "Knife-enabled offences increased from 68 to 84, with 40% of suspects aged under 25.",
                "Partners identified 57 children at risk of criminal exploitation, compared with 39 in the "
                "previous year."]],
            Spacer(1, 4),
            P("Our priorities", h1),
            P("Based on the strategic assessment and consultation with residents, our priorities for "
              "2024\u20132027 are:", body),
            *[P(t, num, bulletText=f"{i}.") for i, t in enumerate([
                "Reducing anti-social behaviour and its impact on communities",
                "Tackling serious violence and knife crime",
                "Domestic abuse and violence against women and girls",
                "Preventing exploitation and protecting vulnerable people"], 1)],
            Spacer(1, 4),
            P("Our cross-cutting themes, which apply to every priority, are early intervention and prevention; "
              "listening to and engaging with communities; and making the best use of data and intelligence.",
              body),
        ]
        s += priority(1, "Reducing anti-social behaviour and its impact on communities",
                      "Anti-social behaviour is consistently the top community safety concern in the Eastmere "
                      "Residents\u2019 Survey, and a small number of locations generate a large share of reports.",
                      [["Reduce repeat anti-social behaviour in hotspot areas",
                        "Run multi-agency problem-solving plans in the three highest-demand wards, including "
                        "Eastmere town centre", "Eastmere Borough Council", "From June 2024"],
                       ["Improve the response to victims of ASB",
                        "Introduce a single ASB Case Review (Community Trigger) process across partners",
                        "Northshire Police", "September 2024"],
                       ["Increase diversionary activity for young people",
                        "Commission youth outreach sessions in Harbourside and Millfield on Friday and Saturday "
                        "evenings", "Eastmere Youth Justice Service", "2024/25"]])
        s += priority(2, "Tackling serious violence and knife crime",
                      "Violence with injury and knife-enabled offences have both increased, and under the "
                      "Serious Violence Duty partners must work together to prevent and reduce serious violence.",
                      [["Meet the requirements of the Serious Violence Duty",
                        "Refresh the Eastmere serious violence strategic needs assessment and response strategy",
                        "Eastmere Borough Council", "January 2025"],
                       ["Reduce knife crime among young people",
                        "Deliver knife crime awareness sessions in all secondary schools",
                        "Northshire Police", "By July 2025"],
                       ["Reduce violence in the night-time economy",
                        "Work with licensed premises to achieve Purple Flag accreditation for Eastmere town "
                        "centre", "Eastmere Borough Council", "March 2026"]])
        s += priority(3, "Domestic abuse and violence against women and girls",
                      "Domestic abuse accounts for almost a third of violent crime in Eastmere and is known to be "
                      "under-reported.",
                      [["Improve support for victims and their children",
                        "Recommission the Eastmere domestic abuse outreach and IDVA service",
                        "Northshire County Council", "April 2025"],
                       ["Hold perpetrators to account",
                        "Expand the perpetrator behaviour change programme to accept self-referrals",
                        "The Probation Service", "2025/26"],
                       ["Embed learning from Domestic Homicide Reviews",
                        "Deliver a training programme for frontline staff on the lessons from local reviews",
                        "Safer Eastmere Partnership", "Ongoing"]])
        s += priority(4, "Preventing exploitation and protecting vulnerable people",
                      "The number of children identified as at risk of criminal exploitation has risen by almost "
                      "half, and county lines activity continues to affect the borough.",
                      [["Identify exploitation earlier",
                        "Establish a multi-agency exploitation panel for children and adults",
                        "Northshire County Council", "October 2024"],
                       ["Disrupt county lines activity",
                        "Carry out joint operations to close down county lines operating in Eastmere",
                        "Northshire Police", "Ongoing"],
                       ["Protect vulnerable people from harm in their homes",
                        "Deliver Safe and Well visits to people referred by partners as vulnerable",
                        "Northshire Fire and Rescue Service", "2024\u20132027"]])
        s += [
            P("How we will monitor progress", h1),
            P("The Partnership Board will review progress against this plan every quarter and will publish an "
              "annual progress report each summer. The plan will be refreshed each year following the annual "
              "strategic assessment.", body),
        ]
        return s

    def templates(doc):
        def cover(c, d):
            c.saveState()
            c.setFillColor(teal)
            c.rect(0, A4[1] - 40 * mm, A4[0], 40 * mm, fill=1, stroke=0)
            c.restoreState()

        def inner(c, d):
            c.saveState()
            w, h = A4
            c.setFillColor(teal)
            c.rect(0, h - 14 * mm, w, 14 * mm, fill=1, stroke=0)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(20 * mm, h - 9 * mm, "Safer Eastmere Partnership")
            c.setFont("Helvetica", 9)
            c.drawRightString(w - 20 * mm, h - 9 * mm, "Community Safety Partnership Plan 2024\u20132027")
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 8.5)
            c.drawRightString(w - 20 * mm, 10 * mm, str(d.page))
            c.restoreState()
        f1 = Frame(25 * mm, 25 * mm, A4[0] - 50 * mm, A4[1] - 70 * mm, id="c")
        f2 = Frame(20 * mm, 18 * mm, A4[0] - 40 * mm, A4[1] - 40 * mm, id="i")
        return [PageTemplate("cover", [f1], onPage=cover), PageTemplate("inner", [f2], onPage=inner)]

    return build(OUT / name, story, templates)


# ---------------------------------------------------------------------------
# f. Two-column district council corporate plan
# ---------------------------------------------------------------------------

def doc_f():
    name = "blind4-uk-wexcombe-dc-corporate-plan-2024-02.pdf"
    F, FB = "Helvetica", "Helvetica-Bold"
    green = colors.HexColor("#2e6b30")
    body = st("f_body", F, 9.5, 12.5, spaceAfter=6)
    h1 = st("f_h1", FB, 13, 16, textColor=green, spaceBefore=6, spaceAfter=5)
    h2 = st("f_h2", FB, 10, 13, spaceBefore=3, spaceAfter=3)
    bul = st("f_bul", F, 9.5, 12.5, leftIndent=12, bulletIndent=2, spaceAfter=2.5)
    vision = st("f_vis", "Helvetica-Oblique", 11, 15, textColor=green, spaceAfter=8)
    cell = st("f_cell", F, 9, 11.5)
    cellh = st("f_cellh", FB, 9, 11.5, textColor=colors.white)

    def bullets(items):
        return [P(t, bul, bulletText="\u2022") for t in items]

    def story():
        s = [
            Spacer(1, 70 * mm),
            P("Wexcombe District Council", st("f_c1", FB, 24, 30, textColor=green)),
            P("Corporate Plan 2024\u20132028", st("f_c2", F, 20, 26, spaceAfter=6)),
            P("Building a greener, fairer Wexcombe", st("f_c3", "Helvetica-Oblique", 14, 18, spaceAfter=30)),
            P("Adopted by Council on 21 February 2024", st("f_c4", F, 11, 14)),
            NextPageTemplate("two"),
            PageBreak(),
            P("Foreword", h1),
            P("This Corporate Plan sets out what Wexcombe District Council will focus on between 2024 and 2028. "
              "It has been shaped by the views of more than 2,300 residents who took part in our \u2018Your "
              "Wexcombe\u2019 survey in the summer of 2023, and by the recommendations of the Local Government "
              "Association corporate peer challenge which the Council hosted in October 2023.", body),
            P("Like all councils, we face rising demand and tight budgets. That is why the plan concentrates "
              "on a small number of priorities where we can make the greatest difference, working with our "
              "partners, businesses and communities.", body),
            P("<i>Cllr Daniel Hartley, Leader of the Council</i><br/><i>Karen Whitlock, Chief Executive</i>", body),
            P("Our vision", h1),
            P("By 2028, Wexcombe will be a greener, fairer and more prosperous district where everyone has a "
              "safe, affordable home and the opportunity to thrive.", vision),
            P("Our values", h1),
            P("Our values describe how we work, with residents and with each other:", body),
            *bullets(["Listening and respectful", "Open and honest", "Ambitious for Wexcombe",
                      "Working together", "Making every pound count"]),
            P("Our priorities", h1),
            P("The plan is built around three priorities. Under each priority we set out the commitments we "
              "will deliver over the next four years.", body),
            P("Priority 1: Homes and thriving communities", h1),
            P("House prices in Wexcombe are more than eleven times average earnings and 1,850 households are on "
              "the housing register. We want everyone to have a decent home they can afford and to live in a "
              "community with good facilities.", body),
            P("Our commitments:", h2),
            *bullets(["Deliver 500 new affordable homes by 2027, working with Homes England and housing "
                      "association partners",
                      "Bring 150 long-term empty homes back into use by 2026",
                      "End the use of bed and breakfast accommodation for homeless families by March 2025",
                      "Invest \u00a32 million in village halls and community facilities through the Wexcombe "
                      "Community Grants Fund",
                      "Adopt a new Local Plan by December 2026"]),
            P("Priority 2: A green and clean district", h1),
            P("The Council declared a climate emergency in 2019. We will lead by example in reducing our own "
              "emissions and help residents and businesses to do the same.", body),
            P("Our commitments:", h2),
            *bullets(["Achieve net zero carbon emissions from the Council\u2019s own operations by 2030",
                      "Increase the household recycling rate from 41% to 50% by 2028",
                      "Plant 20,000 trees on council-owned land by 2027",
                      "Install 100 new public electric vehicle charge points in council car parks by 2026",
                      "Work with the Environment Agency to deliver the Wexcombe Flood Alleviation Scheme"]),
            P("Priority 3: A thriving local economy", h1),
            P("Wexcombe\u2019s economy is built on small businesses, tourism and agriculture. We want to help "
              "local firms grow, bring new life to our town centres and make sure young people have good "
              "local job opportunities.", body),
            P("Our commitments:", h2),
            *bullets(["Support 300 local businesses each year through the Wexcombe Business Hub",
                      "Deliver the \u00a312 million Wexcombe town centre regeneration programme by 2027",
                      "Create 200 apprenticeship opportunities with local employers",
                      "Work with the Wexcombe Chamber of Commerce to launch a Buy Local campaign"]),
            P("Delivering the plan", h1),
            P("The plan will be delivered through annual service plans and our Medium Term Financial Strategy. "
              "Progress will be reported to councillors every quarter and to residents in an annual report.",
              body),
            NextPageTemplate("one"),
            PageBreak(),
            P("How we will measure success", h1),
        ]
        rows = [["Measure", "Baseline (2023/24)", "Target (2027/28)"],
                ["Affordable homes delivered (cumulative from April 2024)", "0", "500"],
                ["Long-term empty homes brought back into use", "38", "150"],
                ["Homeless families in bed and breakfast accommodation", "14", "0"],
                ["Council operational carbon emissions (tonnes CO2e)", "4,120", "Net zero by 2030"],
                ["Household waste sent for reuse, recycling and composting", "41%", "50%"],
                ["Trees planted on council-owned land (cumulative)", "1,200", "20,000"],
                ["Public EV charge points in council car parks", "12", "112"],
                ["Businesses supported by the Wexcombe Business Hub each year", "210", "300"],
                ["Apprenticeships created with local employers (cumulative)", "0", "200"]]
        data = [[P(c, cellh if i == 0 else cell) for c in r] for i, r in enumerate(rows)]
        t = Table(data, colWidths=[95 * mm, 37 * mm, 38 * mm], repeatRows=1)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), green),
                               ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#a0a0a0")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s += [t, Spacer(1, 10),
              P("For more information about this plan, contact the Policy and Performance Team, Wexcombe "
                "District Council, Council Offices, Station Road, Wexcombe.", body)]
        return s

    def templates(doc):
        w, h = A4

        def deco(c, d):
            c.saveState()
            c.setFillColor(green)
            c.rect(0, 0, 12 * mm, h, fill=1, stroke=0)
            c.restoreState()

        def inner(c, d):
            c.saveState()
            c.setFont("Helvetica", 8)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(18 * mm, h - 11 * mm, "Wexcombe District Council | Corporate Plan 2024\u20132028")
            c.setStrokeColor(green)
            c.line(18 * mm, h - 13 * mm, w - 18 * mm, h - 13 * mm)
            c.drawCentredString(w / 2, 9 * mm, f"{d.page}")
            c.restoreState()
        cover = Frame(25 * mm, 25 * mm, w - 50 * mm, h - 50 * mm, id="cov")
        gap = 8 * mm
        colw = (w - 36 * mm - gap) / 2
        left = Frame(18 * mm, 16 * mm, colw, h - 34 * mm, id="l")
        right = Frame(18 * mm + colw + gap, 16 * mm, colw, h - 34 * mm, id="r")
        one = Frame(18 * mm, 16 * mm, w - 36 * mm, h - 34 * mm, id="o")
        return [PageTemplate("cover", [cover], onPage=deco), PageTemplate("two", [left, right], onPage=inner),
                PageTemplate("one", [one], onPage=inner)]

    return build(OUT / name, story, templates)


if __name__ == "__main__":
    for fn in (doc_a, doc_b, doc_c, doc_d, doc_e, doc_f):
        pages = fn()
        print(fn.__name__, pages, "pages")
