"""(7) Ontario joint community safety and well-being plan, "plan on a page": landscape letter, vision banner,
six priority tiles in a 3 x 2 grid with outcomes under each (side by side, so text lines mix three tiles),
a strip of the four provincial planning areas, guiding principles, approvals and partners in the footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind12-ca-loonwater-sable-narrows-cswb-plan-on-a-page-2024-2028"

F, FB = "DejaVuSans", "DejaVuSans-Bold"
DARK = colors.HexColor("#16425b")
TILE_COLOURS = ["#2a9d8f", "#e76f51", "#264653", "#f4a261", "#6a4c93", "#3a86ff"]
T = style("t", FB, 11, leading=13.5, textColor=colors.white)
O = style("o", F, 9.2, leading=11.8, leftIndent=8, bulletIndent=0)
OL = style("ol", FB, 7.5, leading=9.5, textColor=colors.HexColor("#555555"))
S = style("s", F, 8.6, leading=10.8)

TILES = [
    ("1  Mental Health and Addictions", [
        "Fewer people in crisis are taken to hospital by police",
        "Residents can get walk-in counselling within 14 days",
        "More overdose response kits in public places"]),
    ("2  Housing and Homelessness", [
        "Chronic homelessness reduced by 25% by 2028",
        "Twenty new transitional housing units",
        "Fewer evictions into homelessness"]),
    ("3  Community Safety and Crime Prevention", [
        "Fewer break and enters in the downtown cores",
        "More residents feel safe walking alone after dark"]),
    ("4  Food Security", [
        "Every school offers a breakfast program",
        "Fewer households report running out of food"]),
    ("5  Belonging and Inclusion", [
        "Newcomers and Indigenous residents feel welcome",
        "More youth take part in free recreation",
        "Reduced social isolation among seniors"]),
    ("6  Transportation and Access to Services", [
        "Rural residents can reach services by on-demand transit",
        "Services are listed in one online directory"]),
]


def tile(i, title, outcomes):
    rows = [[Paragraph(title, T)], [Paragraph("OUTCOMES WE WANT TO SEE", OL)]]
    rows += [[Paragraph(o, O, bulletText="\u2022")] for o in outcomes]
    return Table(rows, colWidths=[82 * mm], style=TableStyle([
        ("BACKGROUND", (0, 0), (0, 0), colors.HexColor(TILE_COLOURS[i])),
        ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#f3f6f8")),
        ("TOPPADDING", (0, 0), (0, 0), 5), ("BOTTOMPADDING", (0, 0), (0, 0), 5),
        ("TOPPADDING", (0, 1), (0, -1), 3), ("BOTTOMPADDING", (0, 1), (0, -1), 3)]))


def build():
    fonts()
    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=landscape(letter), leftMargin=11 * mm,
                            rightMargin=11 * mm, topMargin=9 * mm, bottomMargin=8 * mm,
                            title="CSWB Plan on a Page 2024-2028")
    W = landscape(letter)[0] - 22 * mm
    banner = Table([[Paragraph("<font color='#ffffff'>Township of Loonwater &amp; Municipality of Sable Narrows<br/>"
                               "<b><font size=17>Community Safety and Well-Being Plan 2024\u20132028</font></b></font>",
                               style("bn", F, 10, leading=21)),
                     Paragraph("<font color='#ffffff'><b>PLAN ON A PAGE</b></font>", style("pp", FB, 12, leading=14,
                                                                                          alignment=2))]],
                   colWidths=[W - 50 * mm, 50 * mm], style=TableStyle([
                       ("BACKGROUND", (0, 0), (-1, -1), DARK), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                       ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    vision = Paragraph("<b>Our vision:</b> Loonwater and Sable Narrows are safe, healthy and connected communities "
                       "where everyone belongs and can get the help they need, when they need it.",
                       style("v", F, 9.5, leading=12, textColor=DARK))
    grid = Table([[tile(i, *TILES[i]) for i in range(3)], [tile(i, *TILES[i]) for i in range(3, 6)]],
                 colWidths=[W / 3] * 3, style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                          ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                                          ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    areas = Table([[Paragraph("<b>How we will work \u2013 the four planning areas</b>", S),
                    Paragraph("Social Development", S), Paragraph("Prevention", S),
                    Paragraph("Risk Intervention", S), Paragraph("Incident Response", S)]],
                  colWidths=[W * 0.28] + [W * 0.18] * 4, style=TableStyle([
                      ("BACKGROUND", (1, 0), (-1, 0), colors.HexColor("#dbe7ee")),
                      ("LINEAFTER", (1, 0), (-2, 0), 2, colors.white), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    principles = Paragraph("<b>Guiding principles:</b> Collaboration \u2022 Equity and cultural safety \u2022 "
                           "Evidence-informed decisions \u2022 Voices of lived experience", S)
    foot = Paragraph("Approved by Loonwater Township Council on April 23, 2024 (Resolution 2024-112) and by Sable "
                     "Narrows Municipal Council on May 7, 2024. The plan is led by the joint CSWB Advisory Committee "
                     "with the Ontario Provincial Police (OPP), the Loonwater District Social Services Administration "
                     "Board (DSSAB), North Shore Family Health Team, Lakeland Public Health, Sable Narrows Food Bank "
                     "and the Loonwater &amp; Area Community Foundation. A progress report will be presented to both "
                     "councils every June, starting in June 2025.", style("f", F, 7.2, leading=9,
                                                                            textColor=colors.HexColor("#444444")))
    doc.build([banner, Spacer(1, 5), vision, Spacer(1, 5), grid, Spacer(1, 3), areas, Spacer(1, 4), principles,
               Spacer(1, 4), foot])


if __name__ == "__main__":
    build()
