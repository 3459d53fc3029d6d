"""English NHS integrated care board committee minutes (portrait): NHS-blue header, ruled attendance table
Name | Title | Organisation with spanning "Members" / "In attendance" / "Apologies" rows and organisation
acronyms (PLV ICB, PHFT), items ICB/24/112... in a ruled three-column grid (ref | minute | action initials),
people referred to by initials, bold "The Committee NOTED / APPROVED / AGREED" decisions, an action log table
at the end (No. | Action | Owner | Due) whose owners are initials and whose due dates (dd/mm/yy, Mon-yy, Q4)
fill in what the minutes leave out, running header and "DRAFT" footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind16-uk-pennmoor-ludd-valley-icb-quality-performance-committee-minutes-2024-10-17"
BLUE = colors.HexColor("#005eb8")


def build():
    fonts()
    F, FB = "LibSans", "LibSans-Bold"
    body = style("b", F, 9.5, 12.3, spaceAfter=4)
    dec = style("d", FB, 9.5, 12.3, spaceAfter=4)
    cell = style("c", F, 9, 11.2)
    cellb = style("cb", FB, 9, 11.2)
    hdr = style("hd", FB, 9, 11.2, textColor=colors.white)
    s = []
    logo = Table([[Paragraph("<font color='white'><b>NHS</b></font>", style("lg", FB, 15, 17, alignment=1))]],
                 colWidths=[20 * mm], rowHeights=[9 * mm])
    logo.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BLUE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    top = Table([["", logo], ["", Paragraph("Pennmoor and Ludd Valley<br/>Integrated Care Board",
                                            style("org", FB, 10.5, 13, alignment=2, textColor=BLUE))]],
                colWidths=[120 * mm, 50 * mm])
    top.setStyle(TableStyle([("ALIGN", (1, 0), (1, 0), "RIGHT"), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    s += [top, Spacer(1, 4),
          Paragraph("Quality and Performance Committee", style("t", FB, 15, 19, textColor=BLUE)),
          Paragraph("Minutes of the meeting held on Thursday 17 October 2024, 13:30–16:00<br/>Boardroom, Ludd House, "
                    "3 Abbey Walk, Pennmoor and via Microsoft Teams", style("t2", F, 10, 13, spaceAfter=6))]
    members = [("Prof Hilary Gaunt", "Non-Executive Member (Chair)", "PLV ICB"),
               ("Derek Milburn", "Non-Executive Member (via MS Teams)", "PLV ICB"),
               ("Rebecca Thorne", "Chief Nursing Officer", "PLV ICB"),
               ("Dr Kwame Asante", "Chief Medical Officer", "PLV ICB"),
               ("Julian Fenwick", "Director of Performance and Delivery", "PLV ICB"),
               ("Dr Aisha Rahman", "Partner Member – Primary Care", "Pennmoor Central PCN")]
    attend = [("Marian Oates", "Deputy Chief Nursing Officer", "PLV ICB"),
              ("Tobias Wren", "Head of Patient Safety", "PLV ICB"),
              ("Lorna McPhee", "Chief Officer", "Healthwatch Pennmoor"),
              ("Dr Eleanor Shah", "Director of Midwifery (for item ICB/24/117)", "PHFT"),
              ("Sophie Ingram", "Corporate Governance Officer (minutes)", "PLV ICB")]
    apols = [("Gareth Lyle", "Chief Finance Officer", "PLV ICB"),
             ("Dr Nia Probert", "Partner Member – Mental Health", "Ludd Valley Partnership NHS FT")]
    rows = [[Paragraph("Name", hdr), Paragraph("Title", hdr), Paragraph("Organisation", hdr)]]
    spans = []
    for label, grp in (("Members", members), ("In attendance", attend), ("Apologies", apols)):
        spans.append(len(rows))
        rows.append([Paragraph(label, cellb), "", ""])
        rows += [[Paragraph(a, cell), Paragraph(b, cell), Paragraph(c, cell)] for a, b, c in grp]
    t = Table(rows, colWidths=[45 * mm, 75 * mm, 50 * mm])
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f9cc0")), ("BACKGROUND", (0, 0), (-1, 0), BLUE),
          ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for r in spans:
        st += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#dce8f5"))]
    t.setStyle(TableStyle(st))
    s += [t, Spacer(1, 8)]

    grid = [[Paragraph("Ref", hdr), Paragraph("Minute", hdr), Paragraph("Action", hdr)]]

    def item(ref, title, paras, act=""):
        grid.append([Paragraph(f"<b>{ref}</b>", cell), [Paragraph(title, style("it", FB, 9.5, 12.3, spaceAfter=3))]
                     + [Paragraph(p[1:], dec) if p.startswith("!") else Paragraph(p, body) for p in paras],
                     Paragraph(f"<b>{act}</b>", style("ac", FB, 9, 11.2, alignment=1))])

    item("ICB/24/112", "Welcome, Introductions and Apologies", [
        "HG welcomed members and introduced ES, attending for item ICB/24/117. Apologies were noted as above. "
        "The meeting was quorate."])
    item("ICB/24/113", "Declarations of Interest", [
        "AR declared an interest in item ICB/24/116 as a GP partner in a practice within Pennmoor Central Primary "
        "Care Network (PCN). As the item was for assurance only, no further action was required."])
    item("ICB/24/114", "Minutes of the Previous Meeting", [
        "!The Committee APPROVED the minutes of the meeting held on 19 September 2024 as an accurate record."])
    item("ICB/24/115", "Action Log and Matters Arising", [
        "!The Committee NOTED the updates to the action log and AGREED to close actions 24/041 and 24/044.",
        "Action 24/052 (community paediatrics waiting list recovery trajectory) remains open and is carried forward "
        "to the November meeting."], "JF")
    item("ICB/24/116", "Integrated Quality and Performance Report – Month 5 (August 2024)", [
        "JF presented the report. Four-hour A&amp;E performance across the system was 71.8% against the 78% "
        "standard for March 2025; there were no 104-week waiters, but 212 patients were waiting over 65 weeks at "
        "Pennmoor Hospitals NHS Foundation Trust (PHFT). DM asked why ambulance handover delays at Pennmoor General "
        "Hospital had increased. JF agreed to provide a breakdown of ambulance handover delays over 60 minutes by "
        "site to the next meeting.",
        "!The Committee NOTED the report and the limited assurance provided on urgent and emergency care performance."],
        "JF")
    item("ICB/24/117", "Maternity and Neonatal Services Assurance", [
        "ES presented PHFT’s progress against the Three-Year Delivery Plan for Maternity and Neonatal Services. "
        "Midwifery vacancies have fallen to 6.2% and all 10 Maternity Incentive Scheme safety actions are on track "
        "for the year 3 submission. The Care Quality Commission (CQC) re-inspection of the maternity unit took "
        "place on 3 September 2024 and the report is awaited. RT will write to the PHFT Chief Nurse requesting the "
        "revised midwifery workforce plan by 31 December 2024.",
        "!The Committee NOTED the progress made and the update from the Pennmoor and Ludd Valley Local Maternity "
        "and Neonatal System (LMNS)."], "RT")
    item("ICB/24/118", "Patient Safety Incident Response Framework (PSIRF) – Six-Month Review", [
        "TW reported that 14 patient safety incident investigations had been commissioned since PSIRF went live "
        "on 1 April 2024, and that learning responses were now shared through the ICB’s monthly Learning Forum.",
        "!The Committee APPROVED the revised ICB Patient Safety Incident Response Plan 2024–2026 for publication.",
        "TW to publish the revised plan on the ICB website by 31 October 2024."], "TW")
    item("ICB/24/119", "Quality Priorities 2024/25 – Mid-Year Review", [
        "MO presented the mid-year position against the ICB’s four quality priorities for 2024/25:",
        "1.&nbsp;&nbsp;Reduce healthcare-associated infections, with a focus on C. difficile<br/>"
        "2.&nbsp;&nbsp;Improve the physical health of people with severe mental illness (SMI)<br/>"
        "3.&nbsp;&nbsp;Reduce avoidable harm from falls in care homes<br/>"
        "4.&nbsp;&nbsp;Improve end of life care so that more people die in their preferred place",
        "Priorities 1 and 4 are on track; priorities 2 and 3 are rated amber. MO and KA will bring a recovery plan "
        "for SMI physical health checks to the January meeting.",
        "!The Committee NOTED the mid-year position."], "MO / KA")
    item("ICB/24/120", "Board Assurance Framework – Quality Risks", [
        "RT presented the quality risks on the Board Assurance Framework (BAF).",
        "!The Committee APPROVED the increase in the score of BAF risk 4 (urgent and emergency care capacity) from "
        "12 to 16 and AGREED that RT would escalate the risk to the ICB Board on 7 November 2024."], "RT")
    item("ICB/24/121", "Any Other Business", [
        "LM raised concerns from the Healthwatch Pennmoor report on access to NHS dentistry. KA agreed to include an "
        "update on dental access in a future Integrated Quality and Performance Report."], "KA")
    item("ICB/24/122", "Date of Next Meeting", [
        "Thursday 21 November 2024, 13:30–16:00, Boardroom, Ludd House."])
    g = Table(grid, colWidths=[24 * mm, 128 * mm, 18 * mm], repeatRows=1)
    g.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f9cc0")),
                           ("BACKGROUND", (0, 0), (-1, 0), BLUE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [g, Spacer(1, 10)]
    s.append(Paragraph("Action Log – Quality and Performance Committee", style("al", FB, 11, 14, textColor=BLUE,
                                                                               spaceAfter=4)))
    log = [("No.", "Action", "Owner", "Due"),
           ("24/052", "Community paediatrics waiting list recovery trajectory (carried forward)", "JF", "21/11/24"),
           ("24/061", "Breakdown of ambulance handover delays over 60 minutes by site", "JF", "21/11/24"),
           ("24/062", "Letter to PHFT Chief Nurse requesting revised midwifery workforce plan", "RT", "31/12/24"),
           ("24/063", "Publish revised Patient Safety Incident Response Plan on ICB website", "TW", "31/10/24"),
           ("24/064", "Recovery plan for SMI physical health checks", "MO / KA", "Jan-25"),
           ("24/065", "Escalate BAF risk 4 to ICB Board", "RT", "07/11/24"),
           ("24/066", "Dental access update in IQPR", "KA", "Q4")]
    lt = Table([[Paragraph(c, hdr if i == 0 else cell) for c in r] for i, r in enumerate(log)],
               colWidths=[18 * mm, 112 * mm, 20 * mm, 20 * mm], repeatRows=1)
    lt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f9cc0")),
                            ("BACKGROUND", (0, 0), (-1, 0), BLUE)]))
    s.append(lt)

    def page(c, d):
        c.saveState()
        c.setFont(F, 8)
        c.setFillColor(colors.HexColor("#425563"))
        if d.page > 1:
            c.drawString(20 * mm, 287 * mm, "NHS Pennmoor and Ludd Valley ICB | Quality and Performance Committee")
        c.drawString(20 * mm, 10 * mm, "DRAFT minutes – Quality and Performance Committee – 17 October 2024")
        c.drawRightString(190 * mm, 10 * mm, f"Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, title="QPC minutes 17.10.24")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
