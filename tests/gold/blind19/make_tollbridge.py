"""Safer Tollbridge Partnership Board – notes and actions (attendee table, bold headings, RAG action log)."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind19-uk-safer-tollbridge-partnership-board-notes-2025-01-22"
F, FB = "LibNarrow", "LibNarrow-Bold"
RAG = {"G": colors.HexColor("#7cc67c"), "A": colors.HexColor("#f5c04a"), "R": colors.HexColor("#e0605a")}


def build():
    fonts()
    body = style("b", F, 10, leading=13, spaceAfter=4)
    h = style("h", FB, 11, leading=14, spaceBefore=8, spaceAfter=2)
    cell = style("c", F, 9, leading=11)
    cellb = style("cb", FB, 9, leading=11)

    def P(t, s=body):
        return Paragraph(t, s)

    story = [P("Safer Tollbridge Partnership", style("t", FB, 18, leading=22, textColor=colors.HexColor("#1f4e79"))),
             P("Partnership Board – Notes and Actions", style("t2", FB, 13, leading=16)),
             P("Wednesday 22 January 2025, 10:00–12:00 &nbsp;|&nbsp; Committee Room 2, Tollbridge Civic Centre and "
               "Microsoft Teams", body), Spacer(1, 4)]
    rows = [["Name", "Initials", "Role", "Org", "Attending"],
            ["Sian Colbert", "SC", "Chair; Director of Communities", "TBC", "In person"],
            ["Insp. Mark Oyelaran", "MO", "Neighbourhood Policing Inspector", "SP", "In person"],
            ["Dawn Fairweather", "DF", "Group Manager, Prevention", "SFRS", "Teams"],
            ["Ravi Chaudhry", "RC", "Head of Tollbridge PDU", "PS", "In person"],
            ["Jo Whitlam", "JW", "Community Safety Manager", "TBC", "In person"],
            ["Amira Haddad", "AH", "Designated Nurse, Safeguarding Adults", "SICB", "Teams"],
            ["Lee Brannigan", "LB", "Chief Executive", "TVS", "In person"],
            ["Kelly Pym", "KP", "Partnership Support Officer (notes)", "TBC", "In person"]]
    t = Table([[Paragraph(str(c), cellb if i == 0 else cell) for c in r] for i, r in enumerate(rows)],
              colWidths=[36 * mm, 15 * mm, 62 * mm, 20 * mm, 22 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe5f1"))]))
    story += [P("<b>Attendees</b>"), t, Spacer(1, 3),
              P("<b>Apologies:</b> Cllr Dominic Rees (Cabinet Member for Communities, TBC); Supt. Helen Draycott (SP); "
                "Rachel Ince (Tollbridge Homes)"),
              P("<i>Key: TBC – Tollbridge Borough Council; SP – Sandholt Police; SFRS – Sandholt Fire and Rescue "
                "Service; PS – Probation Service; SICB – Sandholt Integrated Care Board; TVS – Tollbridge Voluntary "
                "Services; OPCC – Office of the Sandholt Police and Crime Commissioner</i>",
                style("k", F, 8.5, leading=11)),
              P("Welcome, introductions and apologies", h),
              P("SC welcomed members, in particular AH attending for the first time on behalf of the ICB. Apologies "
                "were noted as above."),
              P("Notes and actions of the previous meeting", h),
              P("The notes of the meeting held on 12 November 2024 were agreed as an accurate record. The action log "
                "was reviewed and is updated in the table at the end of these notes."),
              P("Serious Violence Duty – strategic needs assessment refresh", h),
              P("JW presented the timetable for refreshing the strategic needs assessment (SNA) required under the "
                "Serious Violence Duty. Data from SP and SICB has been received; SFRS and PS data is outstanding. "
                "The Board agreed the SNA refresh timetable, with the draft SNA to come to the April meeting."),
              P("Anti-social behaviour – Q3 update", h),
              P("MO reported a 14% reduction in ASB calls in Q3 2024/25 compared with Q3 2023/24, but a rise in "
                "incidents at Eastgate multi-storey car park. The consultation on a Public Spaces Protection Order "
                "(PSPO) for Tollbridge town centre closes on 28 February 2025. The paper recommended that the Board fund "
                "a second ASB caseworker from partnership reserves; the Board deferred a decision to April pending the "
                "outcome of the OPCC community safety grant."),
              P("Domestic Homicide Review – 'Adult A'", h),
              P("RC and AH summarised the final overview report. The Board approved the DHR 'Adult A' overview report "
                "and action plan for submission to the Home Office Quality Assurance Panel. Publication will follow "
                "Home Office feedback."),
              P("Partnership priorities 2025/26", h),
              P("Following the strategic assessment workshop on 4 December 2024, the Board agreed the following "
                "partnership priorities for 2025/26: serious violence; anti-social behaviour (including hate crime); "
                "violence against women and girls (VAWG); and reducing reoffending. Hate crime, a standalone priority in "
                "2024/25, is now included within the anti-social behaviour priority. Cross-cutting themes of "
                "substance misuse and exploitation will continue to be addressed under each priority."),
              P("Any other business", h),
              P("LB advised that funding for the Tollbridge Street Pastors scheme ends in March 2025."),
              P("Date of next meeting", h),
              P("Wednesday 23 April 2025, 10:00, Committee Room 2, Tollbridge Civic Centre.")]

    acts = [["Ref", "Action", "Owner", "Due", "RAG", "Update"],
            ["A24/19", "Share ASB case review data with SFRS for home fire safety referrals", "MO", "Jan 2025", "G",
             "Complete"],
            ["A24/21", "Circulate revised information sharing agreement to all partners for signature", "JW",
             "Dec 2024", "R", "Overdue – legal review; now end Feb 2025"],
            ["A25/01", "Circulate draft SNA to Board members", "JW", "31 Mar 2025", "A", "New"],
            ["A25/02", "Present options for Eastgate car park (CCTV, lighting, closure hours)", "MO / JW",
             "23 Apr 2025", "A", "New"],
            ["A25/03", "Submit PSPO consultation response on behalf of the Partnership", "JW", "28 Feb 2025", "G",
             "New"],
            ["A25/04", "Submit DHR 'Adult A' overview report to the Home Office", "RC", "14 Feb 2025", "G", "New"],
            ["A25/05", "Raise Street Pastors funding with OPCC and report back", "SC", "23 Apr 2025", "A", "New"]]
    at = Table([[Paragraph(c, cellb if i == 0 else cell) if j != 4 or i == 0 else c for j, c in enumerate(r)]
                for i, r in enumerate(acts)], colWidths=[16 * mm, 72 * mm, 17 * mm, 22 * mm, 11 * mm, 37 * mm],
               repeatRows=1)
    ts = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe5f1")),
          ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (4, 1), (4, -1), FB, 9), ("ALIGN", (4, 1), (4, -1), "CENTER")]
    for i, r in enumerate(acts[1:], 1):
        ts.append(("BACKGROUND", (4, i), (4, i), RAG[r[4]]))
    at.setStyle(TableStyle(ts))
    story += [Spacer(1, 6), P("Action log", style("al", FB, 12, leading=15, spaceBefore=6, spaceAfter=4)), at,
              Spacer(1, 4), P("<i>RAG: G – on track/complete; A – in progress, some risk; R – overdue</i>",
                              style("k2", F, 8.5, leading=11))]

    def furniture(canv, doc):
        canv.saveState()
        canv.setFont(FB, 9)
        canv.setFillColor(colors.HexColor("#c00000"))
        canv.drawCentredString(105 * mm, 289 * mm, "OFFICIAL")
        canv.drawCentredString(105 * mm, 8 * mm, "OFFICIAL")
        canv.setFillColor(colors.black)
        canv.setFont(F, 8)
        canv.drawString(20 * mm, 14 * mm, "Safer Tollbridge Partnership Board – 22/01/2025 – Notes and Actions (draft until agreed)")
        canv.drawRightString(190 * mm, 14 * mm, f"{doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=16 * mm, bottomMargin=22 * mm)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


if __name__ == "__main__":
    build()
