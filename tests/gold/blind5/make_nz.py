"""Doc 3: New Zealand district council committee minutes (Infocouncil-like)."""
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, KeepTogether)
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from common import styles

W, H = A4


def build(path):
    S = styles("DV", 9.5)
    P = lambda t, st="body": Paragraph(t, S[st])

    def page(c, d):
        c.saveState()
        c.setFont("DV", 8)
        c.setFillColor(colors.HexColor("#444444"))
        if d.page > 1:
            c.drawString(22 * mm, H - 13 * mm, "Community Wellbeing Committee Meeting Minutes")
            c.drawRightString(W - 22 * mm, H - 13 * mm, "14 August 2024")
            c.line(22 * mm, H - 15 * mm, W - 22 * mm, H - 15 * mm)
        c.drawString(22 * mm, 12 * mm, "Pūriri Bay District Council")
        c.drawRightString(W - 22 * mm, 12 * mm, f"Page {d.page}")
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, title="Community Wellbeing Committee Minutes 14 August 2024",
                          author="Pūriri Bay District Council")
    doc.addPageTemplates([PageTemplate("p", [Frame(22 * mm, 18 * mm, W - 44 * mm, H - 38 * mm)], onPage=page)])

    def lab(rows):
        t = Table([[P(f"<b>{a}</b>", "tight"), P(b, "tight")] for a, b in rows], colWidths=[38 * mm, W - 44 * mm - 38 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return t

    def res(num, moved, seconded, lines, outcome="Carried"):
        inner = [P(f"<b>Resolution number {num}</b>", "tight"),
                 P(f"Moved: {moved}<br/>Seconded: {seconded}", "tight"), Spacer(1, 3)]
        inner += [P(l, "ind" if l[:2] in ("a)", "b)", "c)", "d)") else "tight") for l in lines]
        inner += [P(f"<b>{outcome}</b>", "right")]
        return KeepTogether([Spacer(1, 2)] + inner + [Spacer(1, 4)])

    h = lambda t: P(f"<b>{t}</b>", "h2")
    st = [Spacer(1, 10),
          P("<b>MINUTES OF PŪRIRI BAY DISTRICT COUNCIL<br/>COMMUNITY WELLBEING COMMITTEE MEETING<br/>HELD AT THE COUNCIL CHAMBER, 21 KAURI STREET, WHAREPOROA<br/>ON WEDNESDAY, 14 AUGUST 2024 AT 9.30AM</b>", "center"),
          Spacer(1, 10),
          lab([("Present:", "Mayor Hemi Walker, Deputy Mayor Sandra Lowe (Chairperson), Councillors Aroha Tipene, Brent McKay (via audio-visual link) and Wiremu Hōhaia, Ms Kahurangi Moana (Iwi Representative, Te Rūnanga o Ngāti Pūriri)"),
               ("In Attendance:", "Chief Executive (Gareth Pryor), Group Manager Community Services (Mele Fonoti), Community Safety Advisor (Jess Corrigan), Democracy Advisor (Tom Ashby)"),
               ("Also Present:", "Senior Sergeant Craig Hollis (New Zealand Police, for item 6.1)")]),
          h("1 Karakia Timatanga / Opening Karakia"),
          P("Ms Moana opened the meeting with a karakia."),
          h("2 Apologies"),
          res("CWC/2024/036", "Councillor Wiremu Hōhaia", "Mayor Hemi Walker",
              ["That the apology received from Councillor Rachel Dunn be accepted."]),
          h("3 Conflicts of Interest"),
          P("There were no declarations of conflict of interest."),
          h("4 Confirmation of Minutes"),
          res("CWC/2024/037", "Councillor Aroha Tipene", "Councillor Wiremu Hōhaia",
              ["That the minutes of the Community Wellbeing Committee meeting held on Wednesday, 26 June 2024 be confirmed as a true and correct record."]),
          h("5 Public Forum"),
          P("Mr Pita Rangi of the Whareporoa Night Shelter Trust spoke about the increase in rough sleeping around the Whareporoa waterfront over the winter months."),
          h("6 Reports"),
          P("<b>6.1 Pūriri Bay Community Safety Plan 2024–2027 – Adoption</b>", "h3"),
          P("The Community Safety Advisor spoke to the report. Senior Sergeant Hollis spoke to the partnership with New Zealand Police. The Committee agreed that Action 2.4 be amended to include the Whareporoa Community Patrol as a delivery partner."),
          res("CWC/2024/038", "Councillor Aroha Tipene", "Deputy Mayor Sandra Lowe",
              ["That the Community Wellbeing Committee:",
               "a) receives the report titled “Pūriri Bay Community Safety Plan 2024–2027 – Adoption”;",
               "b) adopts the Pūriri Bay Community Safety Plan 2024–2027 (Attachment 1), with the amendment to Action 2.4 agreed at the meeting;",
               "c) requests that staff report back to the Committee on implementation progress by 30 November 2024."]),
          P("<i>The meeting adjourned at 10.48am and reconvened at 11.04am.</i>"),
          P("<b>6.2 Graffiti Vandalism Removal Contract – Extension</b>", "h3"),
          res("CWC/2024/039", "Mayor Hemi Walker", "Councillor Brent McKay",
              ["That the Community Wellbeing Committee:",
               "a) receives the report titled “Graffiti Vandalism Removal Contract – Extension”;",
               "b) approves a two-year extension of Contract 2021/114 with CleanSlate Services Limited to 30 September 2026 at an annual cost not exceeding $186,000 (excluding GST)."]),
          P("<i>Councillor Hōhaia requested that his vote against the motion be recorded.</i>"),
          P("<i>Councillor McKay left the meeting at 11.52am.</i>"),
          P("<b>6.3 Alcohol Control Bylaw Review – Appointment of Hearing Panel</b>", "h3"),
          res("CWC/2024/040", "Deputy Mayor Sandra Lowe", "Mayor Hemi Walker",
              ["That the Community Wellbeing Committee:",
               "a) appoints Deputy Mayor Sandra Lowe, Councillor Aroha Tipene and Councillor Wiremu Hōhaia to the Alcohol Control Bylaw Hearing Panel;",
               "b) notes that hearings will be held on 17 and 18 September 2024."]),
          P("<b>6.4 Community Safety Grants 2024/25 – Allocation</b>", "h3"),
          P("Table 1: Recommended grants"),
          ]
    grants = [("Organisation", "Purpose", "Amount"),
              ("Whareporoa Night Shelter Trust", "Winter outreach and night shelter staffing", "$18,000"),
              ("Pūriri Bay Neighbourhood Support", "Street coordinator training", "$9,500"),
              ("Te Whare Āwhina Women's Refuge", "Family violence advocacy", "$20,000"),
              ("Pūriri Bay Youth Trust", "Friday night youth space", "$14,000"),
              ("Whareporoa Community Patrol", "Vehicle running costs", "$7,500"),
              ("Kauri Street Business Association", "CCTV upgrade (50% contribution)", "$12,000"),
              ("Pūriri Bay Senior Citizens Association", "Scam awareness workshops", "$3,500"),
              ("Safe Roads Pūriri Trust", "Driver licence mentoring", "$8,000"),
              ("Total", "", "$92,500")]
    gt = Table([[P(a, "cell"), P(b, "cell"), P(c, "cell")] for a, b, c in grants], colWidths=[62 * mm, 72 * mm, 25 * mm])
    gt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6eef6")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [gt, Spacer(1, 6),
           res("CWC/2024/041", "Councillor Wiremu Hōhaia", "Councillor Aroha Tipene",
               ["That the Community Wellbeing Committee:",
                "a) approves Community Safety Grants 2024/25 totalling $92,500 to the eight organisations listed in Table 1 of the report;",
                "b) delegates to the Group Manager Community Services the authority to reallocate any unclaimed funds by 31 March 2025."]),
           h("7 Public Excluded"),
           res("CWC/2024/042", "Mayor Hemi Walker", "Councillor Aroha Tipene",
               ["That the public be excluded from the following part of the proceedings of this meeting, namely item 7.1 Property Acquisition – Whareporoa Community Hub, on the grounds set out in section 48(1)(a) of the Local Government Official Information and Meetings Act 1987."]),
           P("<i>The public were excluded at 12.10pm and re-admitted at 12.41pm.</i>"),
           P("<b>7.1 Property Acquisition – Whareporoa Community Hub</b>", "h3"),
           P("The resolutions for this item are recorded in the public excluded minutes."),
           h("8 Karakia Whakamutunga / Closing Karakia"),
           P("Ms Moana closed the meeting with a karakia."),
           P("<b>The meeting closed at 12.47pm.</b>"),
           Spacer(1, 8),
           P("The minutes of this meeting are to be confirmed at the Community Wellbeing Committee meeting to be held on Wednesday, 25 September 2024."),
           Spacer(1, 14),
           P("...................................................<br/>DEPUTY MAYOR SANDRA LOWE<br/>CHAIRPERSON")]
    doc.build(st)
