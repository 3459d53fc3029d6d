"""Doc 4: partnership board 'action notes' (landscape, ruled table notes + action log)."""
from common import *

STEM = "blind8-uk-eastmoor-reducing-reoffending-board-action-notes-2023-11-29"
S = styles("DVC", 9.5)
GRID = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E79")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white)]


def C(t):
    return P(t, S["cell"])


def CH(t):
    return P("<font color='white'><b>%s</b></font>" % t, S["cell"])


def on_page(c, doc):
    c.saveState()
    c.setFont("DVC-Bold", 8)
    c.drawString(15 * mm, 200 * mm, "OFFICIAL")
    c.drawRightString(282 * mm, 200 * mm, "OFFICIAL")
    c.setFont("DVC", 8)
    c.drawString(15 * mm, 8 * mm, "Eastmoor Reducing Reoffending Board – action notes 29/11/23")
    c.drawRightString(282 * mm, 8 * mm, "%d" % doc.page)
    c.restoreState()


def build():
    st = []
    st.append(P("Eastmoor Reducing Reoffending Board", S["h1"]))
    st.append(P("<b>Action Notes</b> &nbsp;|&nbsp; Wednesday 29 November 2023, 14:00–16:00 &nbsp;|&nbsp; "
                "Meeting Room 3, Eastmoor Probation Office, 12 Tanner Row and MS Teams", S["body"]))
    st.append(Spacer(1, 2 * mm))
    people = [
        ("Jo Brannigan (JB)", "Head of Public Protection – Chair", "HM Prison and Probation Service (HMPPS)"),
        ("Supt. Aled Pryce (AP)", "Local Policing Commander", "Fenwold Police"),
        ("Nadia Shah (NS)", "Community Safety Manager", "Eastmoor City Council (ECC)"),
        ("Tom Okoye (TO)", "Housing Options Lead", "Eastmoor City Council (ECC)"),
        ("Dr Ruth Calloway (RC)", "Associate Director, Mental Health", "NHS Fenwold Integrated Care Board (ICB)"),
        ("Marcus Hebden (MH)", "Partnership Manager", "Department for Work and Pensions (DWP)"),
        ("Sian Pollard (SP)", "Policy Officer (virtual)", "Office of the Police and Crime Commissioner for "
                                                          "Fenwold (OPCC)"),
        ("Lee Varga (LV)", "Service Manager", "Eastmoor Recovery Partnership"),
    ]
    rows = [[CH("Present"), CH("Role"), CH("Organisation")]] + [[C(a), C(b), C(c)] for a, b, c in people]
    rows.append([P("<b>In attendance</b>", S["cell"]), "", ""])
    rows.append([C("Kerry Dunn (KD)"), C("Business Support Officer (notes)"), C("Eastmoor City Council (ECC)")])
    rows.append([C("Femi Adeyemi"), C("Women’s Centre Coordinator (item 5 only)"), C("Eastmoor Women’s Centre")])
    rows.append([P("<b>Apologies</b>", S["cell"]), "", ""])
    rows.append([C("Gail Moorcroft"), C("Head of Service"), C("Fenwold Youth Justice Service")])
    rows.append([C("Imran Butt"), C("Chief Executive"), C("Eastmoor Housing Trust")])
    t = Table(rows, colWidths=[55 * mm, 75 * mm, 110 * mm], repeatRows=1)
    t.setStyle(TableStyle(GRID + [("SPAN", (0, 9), (-1, 9)), ("SPAN", (0, 12), (-1, 12)),
                                  ("BACKGROUND", (0, 9), (-1, 9), colors.HexColor("#DDEBF7")),
                                  ("BACKGROUND", (0, 12), (-1, 12), colors.HexColor("#DDEBF7"))]))
    st.append(t)
    st.append(Spacer(1, 4 * mm))

    items = [
        ("1", "Welcome, introductions and apologies",
         "JB welcomed members. Apologies noted as above.", ""),
        ("2", "Notes and action log from 20/09/23",
         "Notes of the meeting held 20 September 2023 agreed as an accurate record. Action log reviewed – "
         "see Appendix A; 23/09-02 and 23/09-04 closed.", ""),
        ("3", "Reducing Reoffending Plan 2024–26 – priority pathways",
         "NS presented the draft plan following the autumn needs analysis. Accommodation remains the single "
         "biggest driver of reoffending locally: 31% of people released from HMP Stallbridge to Eastmoor in "
         "2022/23 had no settled address on release.<br/><br/>"
         "The Board AGREED the four priority pathways for the 2024–26 plan:<br/>"
         "1. Accommodation<br/>2. Employment, Training and Education<br/>3. Substance Misuse and Mental Health"
         "<br/>4. Women in the Criminal Justice System<br/><br/>"
         "Finance, benefit and debt (a pathway in the 2021–23 plan) to be treated as cross-cutting rather than a "
         "separate pathway.",
         "<b>ACTION 23/11-01:</b> NS to circulate final draft plan to members for sign-off by "
         "15/01/24.<br/><br/><b>ACTION 23/11-02:</b> All partners to nominate a pathway lead by 08/12/23."),
        ("4", "Accommodation pathway update",
         "TO reported 46 referrals under the Duty to Refer from probation in Q2, up from 29. The Commissioned "
         "Rehabilitative Services (CRS) accommodation provider is at capacity. AP raised concern about the "
         "number of people released on a Friday with no accommodation.<br/><br/>"
         "Discussion on whether the Board could fund a pilot of move-on flats. Agreed in principle to "
         "explore; no funding identified yet.",
         "<b>ACTION 23/11-03:</b> TO and JB to draft a proposal for a move-on accommodation pilot for the "
         "March Board.<br/><br/><b>ACTION 23/11-04:</b> JB to raise Friday releases with the Governor of HMP "
         "Stallbridge."),
        ("5", "Women in the CJS – Eastmoor Women’s Centre",
         "Femi Adeyemi presented the centre’s first year outcomes: 112 women supported, 64% completing their "
         "support plan. Funding from the OPCC ends 31 March 2024. SP confirmed the OPCC commissioning intentions "
         "will be published in January.",
         "<b>ACTION 23/11-05:</b> SP to confirm OPCC funding position for the Women’s Centre by 31/01/24."),
        ("6", "Employment – DWP prison work coaches",
         "MH confirmed prison work coaches are now in post at HMP Stallbridge. Job outcomes within 6 months of "
         "release to be added to the performance dashboard.",
         "<b>ACTION 23/11-06:</b> MH and NS to add post-release job outcomes to the Board dashboard from Q3."),
        ("7", "AOB and date of next meeting",
         "RC flagged the new NHS England RECONNECT care after custody service go-live in February 2024.<br/>"
         "Next meeting: Wednesday 13 March 2024, 14:00, MS Teams.", ""),
    ]
    rows = [[CH("No."), CH("Item"), CH("Discussion / decisions"), CH("Actions")]]
    rows += [[C(a), P("<b>%s</b>" % b, S["cell"]), C(c), C(d)] for a, b, c, d in items]
    t = Table(rows, colWidths=[12 * mm, 45 * mm, 118 * mm, 92 * mm], repeatRows=1)
    t.setStyle(TableStyle(GRID))
    st.append(t)

    st.append(PageBreak())
    st.append(P("Appendix A – Action log (actions carried forward)", S["h2"]))
    log = [
        ("23/09-01", "Map current accommodation providers for prison leavers and share with Board", "TO",
         "30/11/23", "Complete – map circulated 24/11/23"),
        ("23/09-02", "Circulate refreshed terms of reference", "KD", "31/10/23", "Complete – closed"),
        ("23/09-03", "Agree data-sharing agreement between HMPPS and ECC for Duty to Refer data", "JB / NS",
         "31/12/23", "In progress – with ECC legal team"),
        ("23/09-04", "Invite Eastmoor Women’s Centre to present at November Board", "KD", "29/11/23",
         "Complete – closed"),
        ("23/09-05", "Explore a joint bid to the Ministry of Justice Reducing Reoffending Fund", "SP",
         "31/01/24", "Not started"),
    ]
    rows = [[CH("Ref"), CH("Action"), CH("Owner"), CH("Due"), CH("Status")]]
    rows += [[C(a), C(b), C(c), C(d), C(e)] for a, b, c, d, e in log]
    t = Table(rows, colWidths=[22 * mm, 120 * mm, 25 * mm, 25 * mm, 75 * mm])
    t.setStyle(TableStyle(GRID))
    st.append(t)
    doc = SimpleDocTemplate("pdf/%s.pdf" % STEM, pagesize=landscape(A4), leftMargin=15 * mm,
                            rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=15 * mm)
    doc.build(st, onFirstPage=on_page, onLaterPages=on_page)


if __name__ == "__main__":
    build()
