"""NZ district council strategic plan 2025-2029 laid out as 16:9 slides: title slide, vision + mayor's message,
values as round icons with words, four priority tiles, then one slide per priority with 'What we will do' bullets
beside a 'How we will measure progress' table; slide numbers bottom right, council wordmark bottom left."""
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind22-nz-manuroa-dc-strategic-plan-2025-2029"
W, H = 960, 540
INK = colors.HexColor("#17324d")
COLS = [colors.HexColor("#2e7d6b"), colors.HexColor("#c5622b"), colors.HexColor("#3a6ea5"), colors.HexColor("#8a5a9e")]
F, FB = "DejaVuSans", "DejaVuSans-Bold"


def para(c, text, x, y_top, w, st):
    p = Paragraph(text, st)
    _, h = p.wrap(w, 1000)
    p.drawOn(c, x, y_top - h)
    return y_top - h


def chrome(c, n):
    c.setFillColor(INK)
    c.setFont(FB, 9)
    c.drawString(36, 20, "MANUROA DISTRICT COUNCIL")
    c.setFont(F, 9)
    c.drawString(200, 20, "Te Kaunihera ā-Rohe o Manuroa  |  Strategic Plan 2025–2029")
    c.drawRightString(W - 36, 20, str(n))


def title_bar(c, text, col=INK):
    c.setFillColor(col)
    c.rect(0, H - 70, W, 70, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont(FB, 24)
    c.drawString(36, H - 46, text)


PRIORITIES = [
    ("Resilient infrastructure", "Hanganga manawaroa",
     "Water, roads and flood protection that keep our communities safe and ready for growth.",
     ["Upgrade the Kōwhai Street wastewater treatment plant to meet new discharge consent conditions by 2027",
      "Renew 18 km of ageing water mains across Manuroa and Te Awaiti",
      "Rebuild the Ōrua Valley Road slip sites with NZ Transport Agency Waka Kotahi",
      "Complete flood protection upgrades on the Manuroa River stopbanks with Whenuaroa Regional Council by 2028"],
     [("Drinking water compliance", "92% (2024)", "100%"),
      ("Residents satisfied with local roads", "48% (2024)", "60%"),
      ("Properties protected to a 1-in-100-year flood", "61%", "85%")]),
    ("Healthy environment", "He taiao ora",
     "A cleaner awa, less waste to landfill and a district ready for a changing climate.",
     ["Adopt a Climate Adaptation Plan for coastal communities by June 2026",
      "Introduce a kerbside food scraps collection from July 2026",
      "Plant 50,000 native trees along waterways with Te Rūnanga o Manuroa",
      "Reduce council operational emissions by 30% from 2019 levels"],
     [("Waste to landfill per resident", "412 kg (2023/24)", "320 kg"),
      ("Council operational emissions", "2019 baseline", "−30%"),
      ("Native trees planted (cumulative)", "0", "50,000")]),
    ("Connected communities", "Hapori tūhono",
     "Welcoming places, services and events that bring people together.",
     ["Open the rebuilt Manuroa Library and Community Hub in 2026",
      "Extend free public Wi-Fi to all rural halls",
      "Co-design a Youth Plan with the Manuroa Youth Council",
      "Deliver a bilingual wayfinding programme with mana whenua"],
     [("Residents who feel a sense of community", "67% (2024)", "75%"),
      ("Library and hub visits per year", "148,000", "200,000"),
      ("Rural halls with free Wi-Fi", "3 of 11", "11 of 11")]),
    ("Prosperous local economy", "Ōhanga tōnui",
     "Good jobs, thriving town centres and a district people want to visit.",
     ["Deliver the Manuroa Town Centre Plan, starting with the Wharf Street upgrade in 2025/26",
      "Release 40 hectares of industrial land at Te Awaiti by 2028",
      "Support the Manuroa Business Hub to run a small business mentoring programme",
      "Develop a Destination Management Plan with Visit Whenuaroa"],
     [("Businesses in the district", "2,310 (2024)", "2,550"),
      ("Town centre vacancy rate", "14%", "8%"),
      ("Guest nights per year", "212,000", "260,000")]),
]
VALUES = [("Manaakitanga – Care", "We look after people and treat everyone with respect"),
          ("Kaitiakitanga – Guardianship", "We protect our land, water and taonga for future generations"),
          ("Pono – Integrity", "We are honest, open and do what we say"),
          ("Kotahitanga – Unity", "We work together with iwi, communities and partners"),
          ("Auahatanga – Innovation", "We look for better ways of doing things")]


def build():
    fonts()
    c = canvas.Canvas(str(PDF / f"{STEM}.pdf"), pagesize=(W, H))
    c.setTitle("Manuroa District Council Strategic Plan 2025-2029")
    # 1 title
    c.setFillColor(INK)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    for i, col in enumerate(COLS):
        c.setFillColor(col)
        c.rect(i * W / 4, 0, W / 4, 14, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont(FB, 16)
    c.drawString(60, 440, "MANUROA DISTRICT COUNCIL")
    c.setFont(F, 12)
    c.drawString(60, 420, "Te Kaunihera ā-Rohe o Manuroa")
    c.setFont(FB, 48)
    c.drawString(60, 300, "Strategic Plan")
    c.drawString(60, 245, "2025–2029")
    c.setFont(F, 14)
    c.drawString(60, 180, "Mahere Rautaki  ·  Adopted by Council on 26 June 2025")
    c.showPage()
    # 2 vision + mayor
    title_bar(c, "Our vision  |  Tō mātou moemoeā")
    c.setFillColor(COLS[0])
    c.rect(36, 120, 420, 330, fill=1, stroke=0)
    para(c, "Thriving communities, a healthy awa and a district that works for everyone.", 60, 420, 370,
         style("vis", FB, 26, 34, textColor=colors.white))
    para(c, "Manuroa 2035", 60, 170, 370, style("vy", F, 14, 18, textColor=colors.white))
    y = para(c, "A message from the Mayor", 500, 440, 420, style("mh", FB, 15, 19, textColor=INK))
    y = para(c, "This plan sets out what the Council will focus on over the next four years. It was shaped by more than "
             "2,100 submissions during our Kōrero Manuroa engagement in October and November 2024, and it will guide our "
             "Long Term Plan 2027–2037.", 500, y - 10, 420, style("mb", F, 12, 17))
    y = para(c, "Rates affordability is the biggest concern we heard. We have therefore chosen four priorities and will "
             "report progress to the community every year in our Annual Report.", 500, y - 10, 420, style("mb2", F, 12, 17))
    para(c, "<b>Mayor Aroha Tipene</b><br/>Manuroa District Council", 500, y - 14, 420, style("ms", F, 12, 17))
    chrome(c, 2)
    c.showPage()
    # 3 values
    title_bar(c, "Our values  |  Ō mātou uara")
    xs = [36 + i * 180 for i in range(5)]
    for i, (name, desc) in enumerate(VALUES):
        cx = xs[i] + 80
        c.setFillColor(COLS[i % 4])
        c.circle(cx, 360, 48, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont(FB, 36)
        c.drawCentredString(cx, 347, name[0])
        mi, en = name.split(" – ")
        para(c, mi, xs[i] + 5, 292, 160, style(f"vn{i}", FB, 14, 17, alignment=1, textColor=INK))
        para(c, en, xs[i] + 5, 274, 160, style(f"ve{i}", F, 12, 15, alignment=1, textColor=COLS[i % 4]))
        para(c, desc, xs[i] + 5, 245, 160, style(f"vd{i}", F, 11, 15, alignment=1))
    para(c, "Our values guide how elected members and staff work with each other and with the community.", 36, 110, 880,
         style("vf", F, 12, 16, textColor=colors.grey))
    chrome(c, 3)
    c.showPage()
    # 4 priorities overview
    title_bar(c, "Our four strategic priorities  |  Ngā whāinga matua e whā")
    for i, (name, maori, blurb, _, _) in enumerate(PRIORITIES):
        x = 36 + i * 225
        c.setFillColor(COLS[i])
        c.rect(x, 110, 210, 320, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont(FB, 40)
        c.drawString(x + 16, 380, str(i + 1))
        y = para(c, name, x + 16, 360, 180, style(f"pn{i}", FB, 17, 21, textColor=colors.white))
        y = para(c, maori, x + 16, y - 6, 180, style(f"pm{i}", F, 12, 15, textColor=colors.white))
        para(c, blurb, x + 16, y - 18, 180, style(f"pb{i}", F, 11.5, 15, textColor=colors.white))
    chrome(c, 4)
    c.showPage()
    # 5-8 priority slides
    for i, (name, maori, blurb, dos, measures) in enumerate(PRIORITIES):
        title_bar(c, f"Priority {i + 1}: {name}", COLS[i])
        c.setFillColor(colors.white)
        c.setFont(F, 12)
        c.drawRightString(W - 36, H - 44, maori)
        para(c, blurb, 36, H - 90, 880, style(f"sb{i}", F, 13, 17, textColor=INK))
        y = para(c, "What we will do", 36, H - 135, 420, style(f"wh{i}", FB, 15, 19, textColor=COLS[i]))
        for d in dos:
            y = para(c, "• " + d, 36, y - 8, 420, style(f"wd{i}", F, 12, 16, leftIndent=12, firstLineIndent=-12))
        para(c, "How we will measure progress", 500, H - 135, 424, style(f"mh{i}", FB, 15, 19, textColor=COLS[i]))
        rows = [["Measure", "Baseline", "Target 2029"]] + [list(m) for m in measures]
        t = Table([[Paragraph(x, style(f"tc{i}{j}", FB if r == 0 else F, 11, 14, textColor=colors.white if r == 0 else colors.black))
                    for j, x in enumerate(row)] for r, row in enumerate(rows)], colWidths=[220, 110, 94])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), COLS[i]), ("LINEBELOW", (0, 1), (-1, -1), 0.5, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        _, th = t.wrap(424, 400)
        t.drawOn(c, 500, H - 165 - th)
        chrome(c, 5 + i)
        c.showPage()
    c.save()


if __name__ == "__main__":
    build()
