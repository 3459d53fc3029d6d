"""US county board of commissioners minutes: roll call line, 'Motion by X, second by Y. Motion passed 4-1 (Z opposed)'."""
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer

from lib import pdf_path

STEM = "blind9-us-tamarack-county-commission-minutes-2024-09-17"
F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
body = ParagraphStyle("b", fontName=F, fontSize=11, leading=14, spaceAfter=7, alignment=4)
ctr = ParagraphStyle("c", fontName=FB, fontSize=12, leading=15, alignment=1)
h1 = ParagraphStyle("h1", fontName=FB, fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
h2 = ParagraphStyle("h2", fontName=FB, fontSize=11, leading=14, leftIndent=0.3 * inch, spaceAfter=3)
ind = ParagraphStyle("i", parent=body, leftIndent=0.3 * inch)
cons = ParagraphStyle("cn", parent=body, leftIndent=0.7 * inch, firstLineIndent=-0.25 * inch, spaceAfter=3)


def on_page(c, doc):
    c.saveState()
    c.setFont(FI, 9)
    c.drawString(inch, 0.6 * inch, "Tamarack County Board of Commissioners \u2013 Regular Meeting \u2013 September 17, 2024")
    c.drawRightString(7.5 * inch, 0.6 * inch, f"Page {doc.page} of 3")
    c.restoreState()


def p(t, st=body):
    return Paragraph(t, st)


story = [
    p("OFFICIAL PROCEEDINGS", ctr),
    p("TAMARACK COUNTY BOARD OF COMMISSIONERS", ctr),
    p("REGULAR MEETING", ctr),
    p("Tuesday, September 17, 2024", ParagraphStyle("d", parent=ctr, fontName=F)),
    Spacer(1, 12),
    p("1.&nbsp; CALL TO ORDER AND PLEDGE OF ALLEGIANCE", h1),
    p("The Tamarack County Board of Commissioners met in regular session at 9:00 a.m. in the Commissioners' "
      "Room of the Tamarack County Government Center, 415 Pine Street, Halvorsen, Minnesota. Chair Janice "
      "Holmgren called the meeting to order and led the Pledge of Allegiance."),
    p("2.&nbsp; ROLL CALL", h1),
    p("Roll call: Commissioners Dale Lindqvist, Maria Esparza, Ron Tebeau and Chair Janice Holmgren present. "
      "Commissioner Curtis Wold arrived at 9:25 a.m."),
    p("Staff present: Gail Brandvold, County Administrator; Neil Okafor, County Attorney; Shannon Rudd, Clerk "
      "to the Board (recording). Also present: Sheriff Tom Rask and Public Works Director/County Engineer "
      "Luis Ferreira."),
    p("3.&nbsp; APPROVAL OF AGENDA", h1),
    p("Motion by Esparza, second by Lindqvist, to approve the agenda with the addition of item 8.3. "
      "Motion passed 4-0."),
    p("4.&nbsp; CONSENT AGENDA", h1),
    p("a.&nbsp; Approve minutes of the September 3, 2024 regular meeting.", cons),
    p("b.&nbsp; Approve claims and warrants totaling $1,284,316.52.", cons),
    p("c.&nbsp; Approve tobacco license renewal for Northwoods Fuel &amp; Bait, Cedar Township.", cons),
    p("d.&nbsp; Accept a donation of $2,500 from the Halvorsen Lions Club to the Sheriff's K-9 program.", cons),
    p("e.&nbsp; Approve a Memorandum of Understanding with Pinecrest Behavioral Health for mobile crisis "
      "response, October 1, 2024 through September 30, 2025.", cons),
    Spacer(1, 4),
    p("Motion by Tebeau, second by Esparza, to approve the consent agenda as presented. Motion passed 4-0."),
    p("5.&nbsp; PUBLIC COMMENT", h1),
    p("Arlene Vasko of Cedar Township spoke in support of broadband expansion along County Road 9. Pete "
      "Marchetti of Halvorsen asked the Board to keep the levy increase as low as possible. No action was taken."),
    p("6.&nbsp; SHERIFF'S OFFICE", h1),
    p("6.1&nbsp; Body-Worn Camera and Evidence Management Agreement", h2),
    p("Sheriff Rask requested approval of a five-year agreement with Lakeshore Public Safety Systems, Inc. for "
      "body-worn cameras, in-squad video and cloud evidence storage at a total cost of $412,880, with year one "
      "funded from the Public Safety Capital Fund. Commissioner Tebeau stated he supported cameras but objected "
      "to the length of the storage contract.", ind),
    p("Motion by Wold, second by Esparza, to approve the agreement with Lakeshore Public Safety Systems, Inc. "
      "as presented. Motion passed 4-1 (Tebeau opposed).", ind),
    p("7.&nbsp; PUBLIC WORKS", h1),
    p("7.1&nbsp; CSAH 14 Reconstruction \u2013 Award of Bid", h2),
    p("Engineer Ferreira reported that five bids were received on September 10 for the reconstruction of "
      "County State Aid Highway (CSAH) 14 from Trunk Highway 71 to County Road 9. The low bid was submitted by "
      "Birchwood Paving Co. in the amount of $3,118,440.00, which is 6.2 percent below the engineer's estimate. "
      "Construction will begin in May 2025 and is to be substantially complete by October 15, 2025.", ind),
    p("Motion by Lindqvist, second by Wold, to award the CSAH 14 reconstruction contract to Birchwood Paving Co. "
      "in the amount of $3,118,440.00. Motion passed 5-0.", ind),
    p("7.2&nbsp; Multi-Jurisdictional Hazard Mitigation Plan Update", h2),
    p("Emergency Management Director Kari Swenson presented the five-year update of the Tamarack County "
      "Multi-Jurisdictional Hazard Mitigation Plan, which has received approval pending adoption from the "
      "Federal Emergency Management Agency (FEMA). Adoption keeps the County and its cities eligible for FEMA "
      "hazard mitigation grants. The plan ranks the County's highest hazards as severe winter storms, "
      "riverine flooding, wildfire, and extended power outages.", ind),
    p("Commissioner Lindqvist offered Resolution No. 2024-61, adopting the Tamarack County Multi-Jurisdictional "
      "Hazard Mitigation Plan, 2024\u20132029, and moved its adoption; second by Esparza. Roll call vote: "
      "Lindqvist \u2013 yes; Esparza \u2013 yes; Tebeau \u2013 yes; Wold \u2013 yes; Holmgren \u2013 yes. "
      "Resolution adopted.", ind),
    p("8.&nbsp; ADMINISTRATION", h1),
    p("8.1&nbsp; 2025 Preliminary Property Tax Levy and Budget", h2),
    p("Administrator Brandvold reviewed the Board's 2025 budget priorities adopted at the August 20 work "
      "session: (1) public safety staffing, (2) road and bridge maintenance, (3) broadband expansion, and (4) "
      "holding the levy increase below 5 percent. The recommended preliminary levy is $18,946,200, an increase "
      "of 4.6 percent over 2024. The preliminary levy must be certified to the County Auditor-Treasurer by "
      "September 30, 2024 and may be reduced, but not increased, when the final levy is adopted in December.",
      ind),
    p("Motion by Esparza, second by Holmgren, to adopt Resolution No. 2024-62 setting the 2025 preliminary "
      "property tax levy at $18,946,200 and the preliminary budget as presented. Motion passed 4-1 (Tebeau "
      "opposed).", ind),
    p("The Truth in Taxation public hearing was set for Thursday, December 5, 2024 at 6:00 p.m. in the "
      "Commissioners' Room.", ind),
    p("8.2&nbsp; Appointment to the Northern Lakes Regional Library Board", h2),
    p("Motion by Wold, second by Lindqvist, to appoint Karen Dahl to the Northern Lakes Regional Library Board "
      "for a three-year term ending December 31, 2027. Motion passed 5-0.", ind),
    p("8.3&nbsp; USDA ReConnect Broadband Grant Application (added item)", h2),
    p("Administrator Brandvold reported that Pine River Valley Telephone Cooperative has asked the County to "
      "co-sponsor an application to the U.S. Department of Agriculture (USDA) ReConnect Program for fiber "
      "service to 640 unserved locations. The County share would be limited to $250,000 from American Rescue "
      "Plan Act funds already designated for broadband.", ind),
    p("Motion by Esparza, second by Tebeau, to co-sponsor the ReConnect application and commit up to $250,000 "
      "in local match. Motion passed 5-0. The Board directed the Administrator to submit the letter of "
      "commitment to the cooperative by October 31, 2024.", ind),
    p("9.&nbsp; COMMISSIONER REPORTS", h1),
    p("Commissioner Esparza reported on the Northland Regional Development Commission meeting. Commissioner "
      "Wold reported on the Tamarack Soil and Water Conservation District. Chair Holmgren reminded the public "
      "that the next regular meeting is Tuesday, October 1, 2024 at 9:00 a.m."),
    p("10.&nbsp; ADJOURNMENT", h1),
    p("Motion by Wold, second by Lindqvist, to adjourn at 11:42 a.m. Motion passed 5-0."),
    Spacer(1, 24),
    p("______________________________<br/>Janice Holmgren, Chair<br/>Tamarack County Board of Commissioners",
      ParagraphStyle("s", parent=body, alignment=0)),
    p("ATTEST: ______________________________<br/>Gail Brandvold, County Administrator",
      ParagraphStyle("s2", parent=body, alignment=0)),
]

doc = SimpleDocTemplate(pdf_path(STEM), pagesize=letter, leftMargin=inch, rightMargin=inch,
                        topMargin=0.8 * inch, bottomMargin=0.9 * inch)
doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
print("made", STEM)
