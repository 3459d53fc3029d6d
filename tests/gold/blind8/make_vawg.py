"""Doc 7: CSP VAWG action plan 2024/25 with RAG status, landscape, merged objective rows."""
from common import *

STEM = "blind8-uk-blackmere-csp-vawg-action-plan-2024-25"
S = styles("LSerif", 11)
PURPLE = colors.HexColor("#4B2A6B")
RAG = {"G": colors.HexColor("#70AD47"), "A": colors.HexColor("#FFC000"), "R": colors.HexColor("#E0443E"),
       "B": colors.HexColor("#5B9BD5")}


def C(t):
    return P(t, S["cell"])


def on_page(c, doc):
    c.saveState()
    c.setFont("LSerif-Bold", 9)
    c.setFillColor(PURPLE)
    c.drawString(15 * mm, 200 * mm, "Blackmere Community Safety Partnership")
    c.setFont("LSerif", 9)
    c.drawRightString(282 * mm, 200 * mm, "VAWG Action Plan 2024/25 – Q2 update (position at 30.09.24)")
    c.setFillColor(colors.black)
    c.drawString(15 * mm, 8 * mm, "OFFICIAL – for partnership use")
    c.drawRightString(282 * mm, 8 * mm, "%d" % doc.page)
    c.restoreState()


def build():
    st = []
    st.append(P("Violence Against Women and Girls (VAWG) Action Plan 2024/25",
                ParagraphStyle("t", fontName="LSerif-Bold", fontSize=18, leading=22, textColor=PURPLE)))
    st.append(P("Blackmere Community Safety Partnership (Blackmere CSP) &nbsp;|&nbsp; Approved by the CSP "
                "Executive Group, 16 May 2024 &nbsp;|&nbsp; Quarter 2 update", S["body"]))
    st.append(Spacer(1, 3 * mm))
    intro = [
        P("Introduction", S["h2"]),
        P("Tackling violence against women and girls was agreed as one of the Partnership’s three priorities "
          "in the Blackmere Community Safety Strategy 2023–2026, alongside serious violence and anti-social "
          "behaviour. This plan turns that priority into actions for 2024/25. It builds on the Home Office "
          "Tackling Violence Against Women and Girls Strategy and the Marlshire Police and Crime Plan.",
          S["bodyj"]),
        P("The plan is owned by the VAWG Delivery Group, chaired by Blackmere Council’s Head of Community "
          "Safety, and is reported to the CSP Executive Group each quarter. The Q3 update will be presented on "
          "23 January 2025.", S["bodyj"]),
    ]
    objectives = [
        P("Our four objectives", S["h2"]),
        P("<b>Objective 1 – Prevention:</b> Challenge the attitudes and behaviours that foster VAWG, starting "
          "with children and young people", S["body"]),
        P("<b>Objective 2 – Support:</b> Make sure victims and survivors can get the right help at the right "
          "time", S["body"]),
        P("<b>Objective 3 – Pursuing perpetrators:</b> Hold perpetrators to account and change their "
          "behaviour", S["body"]),
        P("<b>Objective 4 – Safer spaces:</b> Make streets, transport and the night-time economy safer for "
          "women and girls", S["body"]),
    ]
    t = Table([[intro, objectives]], colWidths=[130 * mm, 130 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 7 * mm)]))
    st.append(t)
    st.append(P("RAG key", S["h3"]))
    key = Table([["G", C("On track / complete"), "A", C("Some slippage – recoverable"),
                  "R", C("Off track – escalated to Executive Group"), "B", C("Not yet due")]],
                colWidths=[8 * mm, 45 * mm, 8 * mm, 50 * mm, 8 * mm, 65 * mm, 8 * mm, 35 * mm], hAlign="LEFT")
    key.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), RAG["G"]), ("BACKGROUND", (2, 0), (2, 0), RAG["A"]),
                             ("BACKGROUND", (4, 0), (4, 0), RAG["R"]), ("BACKGROUND", (6, 0), (6, 0), RAG["B"]),
                             ("FONTNAME", (0, 0), (-1, -1), "LSerif-Bold"), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    st.append(key)
    st.append(PageBreak())

    hdr = [P("<font color='white'><b>%s</b></font>" % h, S["cell"]) for h in
           ("Ref", "Action", "Lead", "Partners", "By when", "Q2 update", "RAG")]
    rows = [hdr]
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), PURPLE), ("ALIGN", (6, 1), (6, -1), "CENTER")]
    data = [
        ("Objective 1 – Prevention", [
            ("1.1", "Deliver healthy relationships workshops in all eight Blackmere secondary schools",
             "Blackmere Council (Education)", "Blackmere Women’s Aid", "Jul-25",
             "Five of eight schools booked for the spring term.", "G"),
            ("1.2", "Run a ‘Know the Line’ campaign on sexual harassment aimed at men aged 18–30",
             "Marlshire OPCC", "Marlshire Police; Blackmere College", "Nov-24",
             "Campaign assets commissioned; launch moved to White Ribbon Day.", "A"),
            ("1.3", "Train all Blackmere College pastoral staff to recognise and respond to VAWG disclosures",
             "Blackmere College", "Blackmere Women’s Aid", "Q4",
             "Not yet started.", "B"),
            ("1.4", "Deliver active bystander training to 200 staff across partner organisations",
             "Marlshire OPCC", "All partners", "Mar-25", "84 staff trained to date.", "A"),
        ]),
        ("Objective 2 – Support", [
            ("2.1", "Recruit two additional Independent Domestic Violence Advisers (IDVAs), including one "
                    "hospital-based IDVA at Blackmere Royal Infirmary",
             "Blackmere Women’s Aid", "NHS Marlshire ICB", "Sep-24",
             "Community IDVA in post; hospital IDVA post re-advertised after no appointable candidate.", "R"),
            ("2.2", "Publish a single online directory of VAWG support services",
             "Blackmere Council (Community Safety)", "All partners", "Dec-24",
             "Draft directory with partners for checking.", "G"),
            ("2.3", "Open a safe accommodation unit with six spaces for women with complex needs",
             "Blackmere Council (Housing)", "Greyfriars Housing Group", "Mar-25",
             "Property identified; refurbishment tender out.", "A"),
            ("2.4", "Establish a by-and-for support service for Black and minoritised women",
             "Blackmere Council (Community Safety)", "Marlshire OPCC", "Mar-25",
             "Grant agreement signed with Sahara Women’s Network in August.", "G"),
        ]),
        ("Objective 3 – Pursuing perpetrators", [
            ("3.1", "Introduce the Drive perpetrator programme for high-harm, high-risk perpetrators",
             "Marlshire OPCC", "Probation Service; Marlshire Police", "Jan-25",
             "Funding confirmed; provider mobilising.", "G"),
            ("3.2", "Review the use of Domestic Abuse Protection Notices and Orders and share learning",
             "Marlshire Police", "Blackmere Council (Community Safety)", "Ongoing",
             "Quarterly data now reported to the Delivery Group.", "G"),
            ("3.3", "Pilot a multi-agency tasking and coordination (MATAC) approach for serial perpetrators",
             "Marlshire Police", "Probation Service; Blackmere Women’s Aid", "Feb-25",
             "Pilot design agreed; start delayed by force restructure.", "A"),
        ]),
        ("Objective 4 – Safer spaces", [
            ("4.1", "Extend Ask for Angela training to all licensed premises in the town centre",
             "Blackmere Council (Licensing)", "Marlshire Police; Blackmere BID", "Dec-24",
             "62 of 85 premises trained.", "G"),
            ("4.2", "Complete a women’s safety audit of Blackmere bus station and three parks, and agree "
                    "improvements",
             "Blackmere Council (Community Safety)", "Marlshire Police; Blackmere Women’s Aid", "Mar-25",
             "Walkabouts held in July and August; report due November.", "A"),
            ("4.3", "Install improved lighting and CCTV on the Riverside Walk",
             "Blackmere Council (Highways)", "Marlshire Police", "Mar-25",
             "Scheme designed; awaiting confirmation of Home Office Safer Streets Fund grant.", "R"),
        ]),
    ]
    r = 1
    for obj, acts in data:
        rows.append([P("<b>%s</b>" % obj, S["cell"]), "", "", "", "", "", ""])
        style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#E4DDEE"))]
        r += 1
        for ref, a, lead, part, when, upd, rag in acts:
            rows.append([C(ref), C(a), C(lead), C(part), C(when), C(upd), rag])
            style.append(("BACKGROUND", (6, r), (6, r), RAG[rag]))
            r += 1
    t = Table(rows, colWidths=[11 * mm, 73 * mm, 38 * mm, 40 * mm, 18 * mm, 73 * mm, 14 * mm], repeatRows=1)
    style += [("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    t.setStyle(TableStyle(style))
    st.append(t)
    st.append(Spacer(1, 4 * mm))
    st.append(P("Exceptions for the Executive Group", S["h2"]))
    st.append(P("Actions 2.1 and 4.3 are rated Red. The Executive Group is asked to note that Blackmere Women’s "
                "Aid will re-advertise the hospital IDVA post by 31 October 2024, and that Blackmere Council will "
                "fund the Riverside Walk lighting from its capital programme if the Safer Streets Fund bid is "
                "unsuccessful.", S["bodyj"]))
    doc = SimpleDocTemplate("pdf/%s.pdf" % STEM, pagesize=landscape(A4), leftMargin=15 * mm,
                            rightMargin=15 * mm, topMargin=18 * mm, bottomMargin=15 * mm)
    doc.build(st, onFirstPage=on_page, onLaterPages=on_page)


if __name__ == "__main__":
    build()
