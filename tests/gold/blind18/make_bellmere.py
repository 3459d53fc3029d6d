"""Ontario city committee-of-the-whole minutes: Moved/Seconded/That/Carried, recorded vote, direction to staff."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.platypus import Spacer, Table, TableStyle, HRFlowable
from lib import PDF, build_doc, P, style

STEM = "blind18-ca-bellmere-committee-of-the-whole-minutes-2024-09-23"


def build():
    F = "LibNarrow"
    t = style("t", F + "-Bold", 16, 20)
    t2 = style("t2", F, 11, 14)
    body = style("b", F, 10.5, 13.5, spaceAfter=5)
    h1 = style("h1", F + "-Bold", 12, 15, spaceBefore=9, spaceAfter=4)
    h2 = style("h2", F + "-Bold", 10.5, 13.5, spaceBefore=5, spaceAfter=3, leftIndent=14)
    ind = style("i", F, 10.5, 13.5, leftIndent=28, spaceAfter=4)
    lab = style("l", F + "-Bold", 10.5, 13.5)
    cell = style("c", F, 9.5, 12)

    def motion(num, mover, seconder, text, result):
        rows = [[P("Resolution No.", lab), P(num, body)], [P("Moved by", lab), P(mover, body)],
                [P("Seconded by", lab), P(seconder, body)]]
        tb = Table(rows, colWidths=[90, 370], hAlign="RIGHT")
        tb.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        out = [tb, Spacer(1, 3)]
        for para in text:
            out.append(P(para, ind))
        out.append(P(f"<b>{result}</b>", ind))
        return out

    s = [P("City of Bellmere", t), P("Committee of the Whole", t2), P("Minutes", t2), Spacer(1, 4),
         P("Monday, September 23, 2024, 1:00 p.m.<br/>Council Chamber, Bellmere City Hall, 40 Tamarack Street "
           "North", body),
         HRFlowable(width="100%", thickness=0.8, color=colors.HexColor("#1f3c88")), Spacer(1, 4),
         P("<b>Members Present:</b> Mayor Suzanne Lachance (Chair), Councillor Derek Amankwah, Councillor "
           "Maureen Fitzhugh, Councillor Pierre Bouchard, Councillor Harjit Sandhu, Councillor Ellen "
           "Vandermeer, Councillor Robert Kuzyk (electronic participation), Councillor Tanya Whitecloud", body),
         P("<b>Regrets:</b> Councillor Gordon MacInnis", body),
         P("<b>Staff Present:</b> J. Arsenault, Chief Administrative Officer; M. Pelletier, City Clerk; "
           "K. Osei, Director of Public Works; L. Trudeau, Director of Planning and Development; S. Varga, "
           "Deputy Clerk (Recording Secretary)", body)]
    s += [P("1. Call to Order", h1),
          P("Mayor Lachance called the meeting to order at 1:00 p.m.", body),
          P("2. Land Acknowledgement", h1),
          P("Councillor Whitecloud read the land acknowledgement.", body),
          P("3. Disclosure of Pecuniary Interest and the General Nature Thereof", h1),
          P("Councillor Bouchard declared a pecuniary interest in Item 6.2 (Downtown Patio Program Extension) as "
            "his family owns a restaurant on Front Street that holds a patio permit. He did not take part in the "
            "discussion or vote on the item.", body),
          P("4. Adoption of Minutes", h1)]
    s += motion("CW-2024-141", "Councillor Sandhu", "Councillor Fitzhugh",
                ["That the minutes of the Committee of the Whole meeting held on September 9, 2024 be adopted as "
                 "circulated."], "Carried")
    s += [P("5. Delegations", h1),
          P("5.1 Bellmere Curling Club \u2013 Request for Capital Assistance", h2),
          P("Ms. Janice Orr, President of the Bellmere Curling Club, requested a one-time contribution of "
            "$75,000 towards replacement of the club's ice plant.", ind)]
    s += motion("CW-2024-142", "Councillor Vandermeer", "Councillor Amankwah",
                ["That the delegation from the Bellmere Curling Club be received and referred to the 2025 budget "
                 "deliberations."], "Carried")
    s += [P("6. Staff Reports", h1),
          P("6.1 Report PW-2024-27: Lakeshore Road Reconstruction \u2013 Tender Award", h2),
          P("K. Osei presented the report. Five bids were received; the lowest compliant bid was from "
            "Northline Civil Constructors Ltd.", ind)]
    s += motion("CW-2024-143", "Councillor Kuzyk", "Councillor Sandhu",
                ["That Committee of the Whole recommend to Council that Tender T-2024-18 for the Lakeshore Road "
                 "Reconstruction be awarded to Northline Civil Constructors Ltd. in the amount of $3,184,550.00 "
                 "(excluding HST); and",
                 "That the Mayor and Clerk be authorized to execute the contract."], "Carried")
    s += [P("6.2 Report PD-2024-33: Downtown Patio Program Extension", h2),
          P("Councillor Bouchard left the Chamber at 2:14 p.m. L. Trudeau presented options to extend the "
            "seasonal patio program to year-round enclosed patios. Councillor Fitzhugh raised accessibility "
            "concerns about sidewalk clearances.", ind)]
    s += motion("CW-2024-144", "Councillor Amankwah", "Councillor Whitecloud",
                ["That Committee of the Whole recommend to Council that the Downtown Patio Program be extended to "
                 "permit enclosed patios from November 1 to April 15 on a pilot basis for the 2024-2025 winter "
                 "season, subject to a minimum clear sidewalk width of 1.8 metres."],
                "Carried on a recorded vote (4 to 2)")
    vt = [["Member", "Yea", "Nay", "Absent / Conflict"],
          ["Mayor Lachance", "X", "", ""], ["Councillor Amankwah", "X", "", ""],
          ["Councillor Fitzhugh", "", "X", ""], ["Councillor Bouchard", "", "", "Conflict"],
          ["Councillor Sandhu", "X", "", ""], ["Councillor Vandermeer", "", "X", ""],
          ["Councillor Kuzyk", "X", "", ""], ["Councillor Whitecloud", "", "", "Absent from vote"],
          ["Councillor MacInnis", "", "", "Absent"], ["Totals", "4", "2", "3"]]
    tb = Table([[P(x, cell) for x in r] for r in vt], colWidths=[150, 50, 50, 120], hAlign="CENTER")
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e1f2"))]))
    s += [tb, Spacer(1, 4),
          P("Councillor Whitecloud was called away from the Chamber before the vote. Councillor Bouchard returned "
            "to the Chamber at 2:41 p.m.", ind),
          P("6.3 Report CAO-2024-09: Corporate Strategic Plan 2023-2026 \u2013 Mid-Term Progress", h2),
          P("J. Arsenault presented the mid-term progress report. Of 48 actions, 31 are complete or on track.", ind)]
    s += motion("CW-2024-145", "Councillor Fitzhugh", "Councillor Kuzyk",
                ["That Report CAO-2024-09 be received for information."], "Carried")
    s += [P("7. Direction to Staff", h1),
          P("Direction to staff: That staff report back to Committee of the Whole by the end of Q1 2025 on the "
            "feasibility of a municipal accessibility audit of downtown sidewalks, including costs and "
            "potential grant funding.", ind),
          P("Direction to staff: That the City Clerk bring forward amendments to the Procedure By-law to permit "
            "hybrid delegations at the November 18, 2024 Committee of the Whole meeting.", ind),
          P("8. Adjournment", h1)]
    s += motion("CW-2024-146", "Councillor Vandermeer", "Councillor Sandhu",
                ["That the Committee of the Whole meeting be adjourned at 3:22 p.m."], "Carried")
    s += [Spacer(1, 20), P("_______________________ &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
                           "_______________________", body),
          P("Mayor &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; City Clerk", body)]

    def page(cv, d):
        cv.saveState()
        cv.setFont("LibNarrow", 8.5)
        cv.setFillColor(colors.HexColor("#1f3c88"))
        cv.drawString(54, 30, "Committee of the Whole \u2013 September 23, 2024")
        cv.drawRightString(d.pagesize[0] - 54, 30, f"Page {d.page}")
        cv.restoreState()
    build_doc(PDF / f"{STEM}.pdf", s, on_page=page, pagesize=LETTER, margins=(54, 54, 50, 50))


if __name__ == "__main__":
    build()
