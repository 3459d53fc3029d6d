"""Doc 5: Serious Violence Duty strategy, landscape, priorities table (Priority | Why it matters | What we will do | Lead)."""
from common import *

STEM = "blind8-uk-harrowden-wyke-serious-violence-strategy-2024-01"
S = styles("LSans", 10)
TEAL = colors.HexColor("#00676B")


def C(t):
    return P(t, S["cell"])


def on_page(c, doc):
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, 200 * mm, 297 * mm, 10 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("LSans-Bold", 9)
    c.drawString(15 * mm, 203.5 * mm, "Harrowden and Wyke Serious Violence Strategy 2024–2027")
    c.setFillColor(colors.black)
    c.setFont("LSans", 8)
    c.drawRightString(282 * mm, 8 * mm, "Page %d" % doc.page)
    c.restoreState()


def build():
    st = []
    st.append(P("Harrowden and Wyke Serious Violence Strategy 2024–2027", S["h1"]))
    st.append(P("Published by the Harrowden and Wyke Serious Violence Partnership &nbsp;•&nbsp; January 2024",
                S["body"]))
    col1 = [
        P("About this strategy", S["h2"]),
        P("The Serious Violence Duty, introduced by the Police, Crime, Sentencing and Courts Act 2022, came into "
          "force on 31 January 2023. It requires specified authorities to work together to prevent and reduce "
          "serious violence, to publish a strategic needs assessment and to prepare a strategy.", S["body"]),
        P("In Harrowden and Wyke the specified authorities are Harrowden Borough Council, Wyke District "
          "Council, Marlshire Police, Marlshire Fire and Rescue Service, NHS Harrowden and Wyke Integrated "
          "Care Board (the ICB), the Probation Service and Harrowden Youth Justice Service (YJS). The "
          "Marlshire Office of the Police and Crime Commissioner (OPCC) acts as convener and holds the Home "
          "Office grant.", S["body"]),
    ]
    col2 = [
        P("What the needs assessment told us", S["h2"]),
        P("Our strategic needs assessment (SNA), completed in November 2023, found that:", S["body"]),
    ] + bullets([
        "violence with injury rose 14% between 2019/20 and 2022/23;",
        "half of knife-enabled offences took place within 500 metres of the two town centres;",
        "young men aged 15–24 were both victims and suspects in a disproportionate share of incidents;",
        "alcohol was a factor in 38% of hospital-recorded assaults.",
    ], S["bullet"]) + [
        P("This strategy will be reviewed every April, with the first review due in April 2025.", S["body"]),
    ]
    t = Table([[col1, col2]], colWidths=[128 * mm, 128 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 8 * mm)]))
    st.append(t)
    st.append(P("Our priorities at a glance", S["h2"]))
    glance = Table([[P("<b>1</b><br/>Early intervention for young people", S["center"]),
                     P("<b>2</b><br/>Safer town centres and night-time economy", S["center"]),
                     P("<b>3</b><br/>Tackling knife crime and weapon carrying", S["center"]),
                     P("<b>4</b><br/>Domestic abuse-related violence", S["center"])]],
                   colWidths=[64 * mm] * 4)
    glance.setStyle(TableStyle([("BOX", (0, 0), (0, 0), 1, TEAL), ("BOX", (1, 0), (1, 0), 1, TEAL),
                                ("BOX", (2, 0), (2, 0), 1, TEAL), ("BOX", (3, 0), (3, 0), 1, TEAL),
                                ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    st.append(glance)
    st.append(Spacer(1, 3 * mm))
    st.append(P("Underpinning all four priorities are three <b>cross-cutting principles</b>: a trauma-informed, "
                "public health approach; listening to the voice of lived experience; and better data sharing "
                "between partners.", S["body"]))

    st.append(PageBreak())
    st.append(P("Our priorities and what we will do", S["h2"]))
    hdr = [P("<font color='white'><b>%s</b></font>" % h, S["cell"]) for h in
           ("Priority", "Why it matters", "What we will do", "Lead")]

    def wwd(lines):
        return [Paragraph(x, ParagraphStyle("cb", parent=S["cell"], leftIndent=9, bulletIndent=0), bulletText="\u2022") for x in lines]

    rows = [hdr,
            [C("<b>1. Early intervention for young people</b>"),
             C("Children excluded from school are over-represented among young people cautioned or convicted "
               "for violence. 41% of YJS violence cases in 2022/23 involved a child with a previous "
               "exclusion."),
             wwd(["Fund two youth workers in the custody suite at Harrowden Police Station by September 2024",
                  "Extend the Navigators programme to the A&amp;E department at Harrowden General Hospital",
                  "Deliver a school-based mentoring programme in the five secondary schools with the highest "
                  "exclusion rates"]),
             C("Harrowden Youth Justice Service")],
            [C("<b>2. Safer town centres and night-time economy</b>"),
             C("Most violence with injury in public places occurs between 22:00 and 03:00 on Friday and Saturday "
               "nights in Harrowden and Wyke town centres."),
             wwd(["Introduce a Safe Space hub in Harrowden town centre on Friday and Saturday nights",
                  "Train 300 licensed premises staff in Welfare and Vulnerability Engagement (WAVE) by March 2025",
                  "Review CCTV coverage and street lighting in identified hotspot locations"]),
             C("Harrowden Borough Council, with Wyke District Council")],
            [C("<b>3. Tackling knife crime and weapon carrying</b>"),
             C("Knife-enabled offences have risen for three consecutive years. Victims and suspects are "
               "increasingly under 18."),
             wwd(["Run two weapon surrender campaigns each year, aligned with national Operation Sceptre weeks",
                  "Install bleed control kits at 20 community sites",
                  "Share hospital assault data with the police under the Information Sharing to Tackle Violence "
                  "(ISTV) standard"]),
             C("Marlshire Police")],
            [C("<b>4. Domestic abuse-related violence</b>"),
             C("Domestic abuse accounts for around a third of all violence with injury and is the most common "
               "context for homicide locally."),
             wwd(["Commission a perpetrator behaviour change programme from April 2024",
                  "Embed routine enquiry about domestic abuse in ICB-commissioned maternity and mental health "
                  "services",
                  "Work with Marlshire Fire and Rescue Service to include domestic abuse awareness in Safe and "
                  "Well visits"]),
             C("NHS Harrowden and Wyke Integrated Care Board")],
            ]
    t = Table(rows, colWidths=[48 * mm, 70 * mm, 110 * mm, 38 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), TEAL)]))
    st.append(t)
    st.append(Spacer(1, 4 * mm))
    st.append(P("Governance and monitoring", S["h2"]))
    st.append(P("Delivery will be overseen by the Harrowden and Wyke Serious Violence Partnership Board, which "
                "reports to the Marlshire Criminal Justice Board. The OPCC will publish an annual progress "
                "report each July, starting in July 2025. The Board will refresh the strategic needs assessment "
                "by January 2025.", S["body"]))
    st.append(P("Signed on behalf of the specified authorities by the Chair of the Partnership Board, "
                "Superintendent Ayesha Karim, 22 January 2024.", S["body"]))
    doc = SimpleDocTemplate("pdf/%s.pdf" % STEM, pagesize=landscape(A4), leftMargin=15 * mm,
                            rightMargin=15 * mm, topMargin=18 * mm, bottomMargin=15 * mm)
    doc.build(st, onFirstPage=on_page, onLaterPages=on_page)


if __name__ == "__main__":
    build()
