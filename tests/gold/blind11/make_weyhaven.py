"""Local Transport Plan chapter: full-width banner on page 1, then two-column body text with shaded
'Policy T1'-style boxes inside the columns, an objectives table, running header with chapter name and
page label 'LTP4 – 3.x'."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

from lib import PDF, fonts, style

STEM = "blind11-uk-weyhaven-council-local-transport-plan-2024-2038-chapter-3-2024-03"
NAVY = colors.HexColor("#1d3557")
TINT = colors.HexColor("#e8eef6")

POLICIES = [
    ("T1", "Active travel first",
     "The Council will prioritise walking, wheeling and cycling in the design of all transport schemes and "
     "new developments, and will complete the Weyhaven Local Cycling and Walking Infrastructure Plan network by 2032.",
     "Half of all trips in Weyhaven are under 5km. Schemes will be tested against the Department for Transport’s "
     "Active Travel England design standards before funding is committed."),
    ("T2", "Better buses",
     "The Council will work with bus operators through the Weyhaven Enhanced Partnership to deliver the Bus "
     "Service Improvement Plan, including bus priority on the A38 and A412 corridors by March 2027.",
     "Coastline Buses Ltd and Weyhaven & District Community Transport are members of the Enhanced Partnership "
     "Board, which meets quarterly."),
    ("T3", "Parking",
     "The Council will review parking charges and supply each year and will complete a workplace parking levy "
     "feasibility study by December 2026.",
     "Any income from parking above the cost of enforcement will be reinvested in transport."),
    ("T4", "Safe streets",
     "The Council will adopt a Safe System approach and reduce the number of people killed or seriously injured "
     "on Weyhaven’s roads by 50% by 2030, against the 2017–2019 baseline.",
     "The Weyhaven Road Safety Partnership, led with Wessex Coast Police, will publish an annual casualty review."),
    ("T5", "Zero emission vehicles",
     "The Council will enable at least 1,200 public electric vehicle charge points across Weyhaven by 2030, "
     "with priority for households without off-street parking.",
     "The Local Electric Vehicle Infrastructure (LEVI) capital allocation of £3.2m will fund the first phase."),
    ("T6", "Freight and logistics",
     "The Council will work with National Highways and freight operators to define an advisory lorry route "
     "network and to establish a last-mile consolidation centre for the town centre.",
     "The Port of Weyhaven handles 2.1 million tonnes of freight each year, most of it moved by road."),
    ("T7", "Rural connectivity",
     "The Council will extend the Weyhaven Link demand responsive transport service to all rural parishes by 2027.",
     "The service currently covers 14 of the 31 rural parishes."),
    ("T8", "Managing the network",
     "The Council will maintain the highway network to a good standard and will prioritise footways and cycle "
     "routes in the annual maintenance programme.",
     "The Council is the local highway authority for 1,140km of roads; the A31 is managed by National Highways."),
]


def build():
    fonts()
    F, FB = "DejaVuSans", "DejaVuSans-Bold"
    body = style("b", F, 8.8, 12.4, spaceAfter=6)
    h2 = style("h2", FB, 10.5, 13.5, textColor=NAVY, spaceBefore=6, spaceAfter=4)
    pbh = style("pbh", FB, 9, 12, textColor=colors.white)
    pbt = style("pbt", FB, 8.8, 12.2)
    cell = style("c", F, 8.2, 10.5)
    cellb = style("cb", FB, 8.2, 10.5)
    pw, ph = A4
    gap = 8 * mm
    colw = (pw - 36 * mm - gap) / 2

    def banner(c, d):
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, ph - 62 * mm, pw, 62 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(F, 10)
        c.drawString(18 * mm, ph - 16 * mm, "Weyhaven Council")
        c.setFont(FB, 20)
        c.drawString(18 * mm, ph - 30 * mm, "Local Transport Plan 4 (LTP4) 2024–2038")
        c.setFont(FB, 13)
        c.drawString(18 * mm, ph - 41 * mm, "Chapter 3: Vision, Objectives and Policies")
        c.setFont(F, 9)
        c.drawString(18 * mm, ph - 52 * mm, "Adopted by Full Council on 21 March 2024")
        footer(c, d)
        c.restoreState()

    def running(c, d):
        c.saveState()
        c.setFont(F, 7.5)
        c.setFillColor(NAVY)
        c.drawString(18 * mm, ph - 12 * mm, "Weyhaven LTP4 2024–2038")
        c.drawRightString(pw - 18 * mm, ph - 12 * mm, "Chapter 3: Vision, Objectives and Policies")
        c.line(18 * mm, ph - 14 * mm, pw - 18 * mm, ph - 14 * mm)
        footer(c, d)
        c.restoreState()

    def footer(c, d):
        c.setFont(F, 7.5)
        c.setFillColor(colors.grey)
        c.drawCentredString(pw / 2, 9 * mm, f"LTP4 – 3.{d.page}")

    doc = BaseDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, title="LTP4 Chapter 3")
    first = [Frame(18 * mm, 16 * mm, colw, ph - 62 * mm - 22 * mm, id="l1"),
             Frame(18 * mm + colw + gap, 16 * mm, colw, ph - 62 * mm - 22 * mm, id="r1")]
    later = [Frame(18 * mm, 16 * mm, colw, ph - 34 * mm, id="l"),
             Frame(18 * mm + colw + gap, 16 * mm, colw, ph - 34 * mm, id="r")]
    doc.addPageTemplates([PageTemplate("first", first, onPage=banner), PageTemplate("later", later, onPage=running)])
    s = [NextPageTemplate("later")]
    s.append(Paragraph("3.1 Our vision", h2))
    s.append(Paragraph("By 2038 Weyhaven will have a safe, reliable and zero-carbon transport system in which walking, "
                       "cycling and public transport are the natural choice for most local journeys, and in which "
                       "rural communities are connected to jobs and services.", body))
    s.append(Paragraph("This chapter sets out the objectives and policies that will guide the Council’s transport "
                       "decisions over the plan period from April 2024 to March 2038. It replaces LTP3 "
                       "(2011–2026), which was withdrawn early following the Department for Transport’s new "
                       "guidance on local transport plans.", body))
    s.append(Paragraph("3.2 LTP4 objectives", h2))
    s.append(Paragraph("Consultation in summer 2023 drew 2,460 responses. LTP4 has five objectives:", body))
    obj = [("O1", "Decarbonise transport in line with the Council’s target of net zero by 2038"),
           ("O2", "Improve health and wellbeing through active travel"),
           ("O3", "Support inclusive and sustainable economic growth"),
           ("O4", "Make streets safer for everyone"),
           ("O5", "Connect rural communities to jobs, education and services")]
    t = Table([[Paragraph(a, cellb), Paragraph(b, cell)] for a, b in obj], colWidths=[10 * mm, colw - 10 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), TINT), ("LINEBELOW", (0, 0), (-1, -1), 0.4, NAVY),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 6)]
    s.append(Paragraph("Each policy below contributes to one or more objectives. The policies are numbered T1 to T8 "
                       "and apply across the whole of the Weyhaven Council area.", body))
    s.append(Paragraph("3.3 Policies", h2))
    for code, name, text, why in POLICIES:
        box = Table([[Paragraph(f"Policy {code}: {name}", pbh)], [Paragraph(text, pbt)]], colWidths=[colw])
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), NAVY), ("BACKGROUND", (0, 1), (-1, 1), TINT),
                                 ("BOX", (0, 0), (-1, -1), 0.6, NAVY)]))
        s += [box, Spacer(1, 4), Paragraph(why, body)]
    s.append(Paragraph("3.4 Monitoring and review", h2))
    s.append(Paragraph("The Council will publish an LTP4 monitoring report each autumn, starting in October 2025. "
                       "The first Implementation Plan covers 2024/25 to 2026/27 and will be refreshed during "
                       "2026/27 to set out schemes for the following three years.", body))
    s.append(Paragraph("Progress will be scrutinised by the Place and Environment Overview and Scrutiny Committee.", body))
    s.append(Paragraph("Table 3.1: How the policies support the objectives", h2))
    marks = {"T1": "12", "T2": "134", "T3": "13", "T4": "24", "T5": "1", "T6": "13", "T7": "35", "T8": "24"}
    rows = [["Policy", "O1", "O2", "O3", "O4", "O5"]]
    rows += [[k] + ["\u25cf" if str(i) in v else "" for i in range(1, 6)] for k, v in marks.items()]
    m = Table(rows, colWidths=[16 * mm] + [(colw - 16 * mm) / 5] * 5)
    m.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, NAVY), ("FONT", (0, 0), (-1, -1), F, 8),
                           ("FONT", (0, 0), (-1, 0), FB, 8), ("BACKGROUND", (0, 0), (-1, 0), TINT),
                           ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    s.append(m)
    s.append(Spacer(1, 6))
    s.append(Paragraph("\u25cf = policy makes a direct contribution to the objective.", style("k", F, 7.5, 10)))
    doc.build(s)


if __name__ == "__main__":
    build()
