"""UK Annual Parish Meeting (meeting of the parish's electors, chaired by the parish council chairman):
plain word-processor look, centred caps title, underlined numbered headings, lettered reports from local
groups, residents' questions, footer with page number, no running header."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from lib import PDF, fonts, style

STEM = "blind24-uk-great-witherby-annual-parish-meeting-minutes-2025-04-23"


def build():
    fonts()
    F, FB = "Helvetica", "Helvetica-Bold"
    body = style("b", F, 10.5, 14, spaceAfter=6, alignment=4)
    head = style("h", FB, 10.5, 14, spaceBefore=8, spaceAfter=3)
    sub = style("sb", F, 10.5, 14, leftIndent=9 * mm, firstLineIndent=-9 * mm, spaceAfter=5, alignment=4)
    s = []
    s.append(Paragraph("GREAT WITHERBY PARISH", style("t", FB, 14, 18, alignment=1)))
    s.append(Paragraph("MINUTES OF THE ANNUAL PARISH MEETING", style("t2", FB, 12, 16, alignment=1)))
    s.append(Paragraph("held on Wednesday 23 April 2025 at 7.30pm in the Village Hall, Church Lane, Great Witherby",
                       style("t3", F, 10.5, 14, alignment=1)))
    s.append(Spacer(1, 4))
    s.append(Paragraph("<i>This is a meeting of the local government electors of the parish. It is not a meeting of "
                       "the Parish Council.</i>", style("t4", "Helvetica-Oblique", 9, 12, alignment=1, textColor=colors.HexColor("#444444"))))
    s.append(Spacer(1, 8))

    def P(x, st=body):
        s.append(Paragraph(x, st))

    def H(x):
        s.append(Paragraph(f"<u>{x}</u>", head))

    P("<b>Present:</b> Cllr Robert Allingham (Chairman of Great Witherby Parish Council), who presided; Parish Councillors "
      "Sue Pettigrew, Alan Marsh and Hannah Okoro; and 31 residents of the parish.")
    P("<b>Also in attendance:</b> County Councillor Janet Brierley (Eastwold County Council); District Councillor Peter "
      "Goddard (Witherby Vale District Council); PCSO Dan Whitlock (Eastwold Police); Mrs Clare Dobson (Clerk to the "
      "Parish Council), who took the minutes.")
    P("<b>Apologies:</b> Parish Councillor Mike Fenn; Revd Anna Sowerby (Vicar, St Oswald’s Church).")

    H("1. Welcome and Apologies")
    P("The Chairman welcomed everyone to the meeting and explained that the Annual Parish Meeting is an opportunity for "
      "residents to hear about the work of local organisations over the past year and to raise matters of concern. "
      "Apologies were noted as above.")
    H("2. Minutes of the Annual Parish Meeting held on 24 April 2024")
    P("The minutes of the Annual Parish Meeting held on 24 April 2024 were approved by those present and signed by the Chairman.")
    H("3. Chairman’s Report")
    P("Cllr Allingham reported on the Parish Council’s year. The refurbished play area on the Recreation Ground reopened "
      "in September 2024, funded by a grant of £22,000 from Witherby Vale District Council and £6,500 from the Parish "
      "Council’s reserves. The Great Witherby Neighbourhood Plan was approved at referendum on 6 March 2025 with 87% of "
      "votes in favour, and will now be used in deciding planning applications. The precept for 2025/26 has been set at "
      "£38,500, an increase of 3%.")
    P("The Parish Council’s priorities for 2025/26 are:")
    for x in ["Traffic calming on the B1247 through the village",
              "Replacing the bus shelter on Mill Road",
              "Securing the long-term future of the allotments at Low Field",
              "Supporting a new youth club in the Village Hall"]:
        P("•&nbsp;&nbsp;" + x, style("bl", F, 10.5, 14, leftIndent=12 * mm, firstLineIndent=-4 * mm, spaceAfter=1))
    s.append(Spacer(1, 5))
    P("The Chairman thanked Mrs Dobson, who retires as Clerk at the end of June 2025 after eleven years.")
    H("4. Reports from County and District Councillors")
    P("County Cllr Brierley reported that Eastwold County Council has approved £1.2 million for resurfacing rural roads "
      "in the division in 2025/26, and that the Mill Road footway will be resurfaced in the summer. District Cllr Goddard "
      "reported on the district’s new garden waste charges, which take effect from 1 June 2025.")
    H("5. Police Report")
    P("PCSO Whitlock reported that 41 crimes were recorded in the parish in 2024, mostly thefts from sheds and "
      "outbuildings. He encouraged residents to sign up to Eastwold Police’s community messaging service and thanked "
      "the Community Speedwatch volunteers.")
    H("6. Reports from Local Organisations")
    reps = [("Village Hall Management Committee",
             "Mrs Linda Cheung reported that the hall was booked for 1,140 hours in the year. New LED lighting was fitted in "
             "January with a grant from the Witherby Vale Community Fund. The committee needs two new trustees."),
            ("St Oswald’s Church",
             "In the Vicar’s absence the churchwarden, Mr Geoffrey Piers, reported that repairs to the tower roof had been "
             "completed and thanked residents for raising £14,300 at the Summer Fayre."),
            ("Great Witherby CE Primary School",
             "The headteacher, Mrs Joanna Reid, reported that the school has 96 pupils on roll and that Friends of Witherby "
             "School had raised £4,800 towards new playground equipment."),
            ("Great Witherby Women’s Institute",
             "Mrs Barbara Tull reported that the WI now has 38 members and would celebrate its centenary on 14 September 2025."),
            ("Witherby Wildlife Group",
             "Dr Sam Ellery reported that volunteers had planted 600 metres of new hedgerow along Low Field Lane and that "
             "a barn owl survey would take place in May."),
            ("Great Witherby Community Speedwatch",
             "Mr Colin Rudd reported that volunteers had carried out 52 sessions and recorded 1,906 vehicles exceeding "
             "the 30mph limit, whose details had been passed to Eastwold Police.")]
    for i, (name, txt) in enumerate(reps):
        P(f"({chr(97 + i)})&nbsp;&nbsp;&nbsp;<b>{name}</b> – {txt}", sub)
    H("7. Questions from Residents")
    P("Mr Ian Castle asked when the potholes on Mill Road near the allotments would be repaired. County Cllr Brierley "
      "agreed to report them to Eastwold Highways and chase a repair date.")
    P("Mrs Pat Hollins asked whether the 47 bus service to Witherby Market could run later in the evening. District "
      "Cllr Goddard said he would raise the request with Wolds Connect Buses, the operator.")
    P("Mr Tom Ashdown raised dog fouling on the footpath to Low Field. The Clerk would order two additional dog bins "
      "for the footpath.")
    P("A resident asked about progress on traffic calming. The Chairman explained that the Parish Council is waiting for "
      "the results of a speed survey by Eastwold County Council, due in July 2025.")
    H("8. Any Other Matters")
    P("Residents gave a vote of thanks to Mrs Dobson for her service to the parish.")
    P("There being no further business the meeting closed at 9.05pm. The next Annual Parish Meeting will be held in "
      "April 2026, on a date to be confirmed.")
    s.append(Spacer(1, 16))
    P("Signed .......................................... (Chairman)&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Date ....................")

    def footer(c, d):
        c.saveState()
        c.setFont(F, 8)
        c.drawCentredString(105 * mm, 12 * mm, f"Great Witherby Annual Parish Meeting 23.04.2025 – {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, title="Annual Parish Meeting 2025")
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    build()
