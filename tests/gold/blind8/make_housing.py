"""Doc 6: district homelessness & rough sleeping strategy, two-column serif, themes + numbered commitments."""
from common import *

STEM = "blind8-uk-ferncastle-dc-homelessness-rough-sleeping-strategy-2025-03"
S = styles("DVSerif", 9)
S["theme"] = ParagraphStyle("theme", fontName="DVSerif-Bold", fontSize=11.5, leading=14,
                            textColor=colors.HexColor("#7A1F3D"), spaceBefore=8, spaceAfter=4)
S["commit"] = ParagraphStyle("commit", parent=S["body"], leftIndent=9 * mm, firstLineIndent=-9 * mm,
                             spaceAfter=3)
PW, PH = A4


def on_page(c, doc):
    c.saveState()
    c.setFont("DVSerif-Italic", 8)
    c.drawString(18 * mm, PH - 12 * mm, "Ferncastle District Council")
    c.drawRightString(PW - 18 * mm, PH - 12 * mm, "Homelessness and Rough Sleeping Strategy 2025–2030")
    c.setLineWidth(0.3)
    c.line(18 * mm, PH - 13.5 * mm, PW - 18 * mm, PH - 13.5 * mm)
    c.setFont("DVSerif", 8)
    c.drawCentredString(PW / 2, 10 * mm, "— %d —" % doc.page)
    c.restoreState()


def commitments(items):
    return [P("<b>%s</b>&nbsp;&nbsp;%s" % (n, t), S["commit"]) for n, t in items]


def build():
    st = []
    # full-width title on first page: use a one-frame template then switch to two columns
    st.append(P("Homelessness and Rough Sleeping Strategy 2025–2030",
                ParagraphStyle("t", fontName="DVSerif-Bold", fontSize=20, leading=24)))
    st.append(P("Ferncastle District Council &nbsp;·&nbsp; Adopted by Cabinet on 18 March 2025", S["body"]))
    st.append(Spacer(1, 4 * mm))
    st.append(P("Foreword", S["h2"]))
    st.append(P("Nobody in Ferncastle should have to sleep rough, and no family should spend months in a bed and "
                "breakfast. Since our last strategy the number of households in temporary accommodation has more "
                "than doubled, driven by rising rents and the end of private tenancies. This strategy sets out "
                "how the Council and its partners will respond over the next five years.", S["bodyj"]))
    st.append(P("<i>Councillor Hannah Orme-Lacey, Cabinet Member for Housing</i>", S["body"]))
    st.append(P("1. Introduction", S["h2"]))
    st.append(P("Every local housing authority must publish a homelessness strategy under the Homelessness Act "
                "2002, based on a review of homelessness in its area. Since the Homelessness Reduction Act 2017 "
                "came into force in April 2018, councils have also had duties to prevent and relieve "
                "homelessness for all eligible households.", S["bodyj"]))
    st.append(P("This strategy replaces the Homelessness Strategy 2019–2024. It was shaped by a public "
                "consultation that ran from 4 November 2024 to 13 January 2025 and by workshops with Ferncastle "
                "Homes, Westshire County Council, NHS Westshire Integrated Care Board (ICB), the Department for "
                "Work and Pensions (DWP) and Open Door Ferncastle, the local rough sleeper charity.",
                S["bodyj"]))
    st.append(P("2. Where we are now", S["h2"]))
    st += bullets(["1,146 households approached the Council as homeless or threatened with homelessness in "
                   "2023/24 (up 22% on 2019/20).",
                   "178 households were in temporary accommodation on 31 March 2024, 41 of them in bed and "
                   "breakfast.",
                   "The annual rough sleeping snapshot in November 2024 counted 14 people.",
                   "The end of a private rented tenancy was the main cause of homelessness."], S["bullet"])
    st.append(P("3. What has changed since the last strategy", S["h2"]))
    st.append(P("The 2019–2024 strategy had five priorities. We have kept the focus on prevention and rough "
                "sleeping, but made three changes:", S["bodyj"]))
    st += bullets(["<i>Reducing the use of temporary accommodation</i>, previously a priority in its own right, "
                   "is now part of Theme 3, Increasing access to settled homes.",
                   "<i>Young people leaving care</i> is no longer a separate priority; it becomes one of our "
                   "cross-cutting principles so that every theme considers care leavers.",
                   "<i>Supporting health and wellbeing</i> is a new theme, reflecting the number of people "
                   "with multiple and complex needs."], S["bullet"])
    st.append(P("4. Our vision, themes and commitments", S["h2"]))
    st.append(P("<b>Our vision:</b> <i>Homelessness in Ferncastle is prevented wherever possible, and where it "
                "cannot be prevented it is rare, brief and non-recurring.</i>", S["bodyj"]))
    st.append(P("We will deliver the vision through four themes:", S["body"]))
    st += bullets(["Theme 1 – Preventing homelessness earlier",
                   "Theme 2 – Ending rough sleeping",
                   "Theme 3 – Increasing access to settled homes",
                   "Theme 4 – Supporting health and wellbeing"], S["bullet"], char="\u25aa")
    st.append(P("Three cross-cutting principles apply to every theme: <b>care leavers and young people</b>; "
                "<b>equality and inclusion</b>; and <b>listening to people with lived experience</b>.",
                S["bodyj"]))

    st.append(P("Theme 1 – Preventing homelessness earlier", S["theme"]))
    st.append(P("Prevention is cheaper and kinder than crisis response. Last year 58% of prevention cases ended "
                "with the household keeping or finding a home.", S["bodyj"]))
    st.append(P("<b>Our commitments</b>", S["body"]))
    st += commitments([
        ("C1", "We will open a Housing Advice Hub in Ferncastle town centre by October 2025."),
        ("C2", "We will agree protocols with Westshire County Council so that children’s services refer "
               "families at risk of homelessness at least 56 days before they need to leave their home."),
        ("C3", "We will offer every private landlord with a tenant at risk of eviction access to a tenancy "
               "sustainment officer."),
        ("C4", "We will increase the share of prevention cases with a successful outcome to 65% by March "
               "2027."),
    ])
    st.append(P("Theme 2 – Ending rough sleeping", S["theme"]))
    st.append(P("<b>Our commitments</b>", S["body"]))
    st += commitments([
        ("C5", "We will keep a year-round outreach service, run by Open Door Ferncastle, with early-morning "
               "street counts every fortnight."),
        ("C6", "We will provide 12 Housing First tenancies with Ferncastle Homes by March 2026."),
        ("C7", "We will ensure no one is discharged from Ferncastle Community Hospital to the street, working "
               "with the ICB on a hospital discharge protocol."),
    ])
    st.append(P("Theme 3 – Increasing access to settled homes", S["theme"]))
    st.append(P("<b>Our commitments</b>", S["body"]))
    st += commitments([
        ("C8", "We will end the use of bed and breakfast for families, except in emergencies, and never for more "
               "than six weeks."),
        ("C9", "We will buy 40 homes for use as Council-owned temporary accommodation by 2028, using the Local "
               "Authority Housing Fund."),
        ("C10", "We will review the Housing Allocations Policy during 2025/26 to give more priority to "
                "households moving on from supported housing."),
        ("C11", "We will launch a social lettings agency to help households into the private rented sector."),
    ])
    st.append(P("Theme 4 – Supporting health and wellbeing", S["theme"]))
    st.append(P("<b>Our commitments</b>", S["body"]))
    st += commitments([
        ("C12", "We will co-locate a mental health practitioner, funded by the ICB, in the housing options team."),
        ("C13", "We will work with DWP work coaches to offer benefits and employment advice at the Housing "
                "Advice Hub."),
        ("C14", "We will carry out a review of every death of a person who was homeless or rough sleeping."),
    ])
    st.append(P("5. Making it happen", S["h2"]))
    st.append(P("An annual action plan will be agreed by the Ferncastle Homelessness Forum each April and "
                "progress will be reported to the Council’s Overview and Scrutiny Committee every six months. "
                "The strategy will be reviewed in full in 2028.", S["bodyj"]))

    frame_full = Frame(18 * mm, 18 * mm, PW - 36 * mm, PH - 36 * mm, id="full")
    gap = 8 * mm
    cw = (PW - 36 * mm - gap) / 2
    frames2 = [Frame(18 * mm, 18 * mm, cw, PH - 36 * mm, id="c1"),
               Frame(18 * mm + cw + gap, 18 * mm, cw, PH - 36 * mm, id="c2")]
    # first page: title full width over a 2-column body
    top_h = 30 * mm
    first = [Frame(18 * mm, PH - 18 * mm - top_h, PW - 36 * mm, top_h, id="title"),
             Frame(18 * mm, 18 * mm, cw, PH - 36 * mm - top_h, id="f1"),
             Frame(18 * mm + cw + gap, 18 * mm, cw, PH - 36 * mm - top_h, id="f2")]
    doc = BaseDocTemplate("pdf/%s.pdf" % STEM, pagesize=A4)
    doc.addPageTemplates([PageTemplate(id="first", frames=first, onPage=on_page, autoNextPageTemplate="two"),
                          PageTemplate(id="two", frames=frames2, onPage=on_page)])
    # insert a frame break after the title block
    st.insert(2, FrameBreak())
    doc.build(st)


if __name__ == "__main__":
    build()
