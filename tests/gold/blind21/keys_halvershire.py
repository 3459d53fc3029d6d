from lib import PDF, Lines, write_keys
from make_halvershire import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


HCC = "Halvershire County Council"
ECON, HWY = "Cabinet Member for Economy and Skills", "Cabinet Member for Highways and Transport"
ASC, PH = "Cabinet Member for Adult Social Care", "Cabinet Member for Public Health and Wellbeing"
CEF, ENV = "Cabinet Member for Children, Education and Families", "Cabinet Member for Environment and Climate"

meetings = {
    "components": [{"title": "Halvershire County Council – Corporate Plan 2024–2028: Annual Progress Report 2024/25",
                    "kind": "report", "first_line": "HALVERSHIRE COUNTY COUNCIL",
                    "start_line": L.find("HALVERSHIRE COUNTY COUNCIL")}],
    "meetings": [],
}

facts = {
    "priority_lists": [
        {"owner": HCC, "name": "Our four ambitions", "kind": "strategic_priority", "period": "2024–2028",
         "source_line": L.find("Our four ambitions"),
         "items": ["A Thriving Economy – good jobs, skills and the infrastructure to grow",
                   "Healthy, Safe and Independent People – support that helps people live the lives they want",
                   "Great Places to Grow Up – every child safe, healthy and learning",
                   "A Greener Halvershire – net zero, nature recovery and less waste"]},
        {"owner": HCC, "name": "Objectives of the Corporate Plan 2024–2028", "kind": "objective",
         "period": "2024–2028", "source_line": L.find("Performance against our objectives 2024/25"),
         "items": ["Grow the Halvershire economy and create good jobs",
                   "Keep Halvershire moving with well-maintained roads and transport",
                   "Help people live independently for longer",
                   "Keep adults at risk safe",
                   "Give every child a good education",
                   "Keep children safe and supported",
                   "Reach net zero as an organisation by 2030",
                   "Restore nature and reduce waste"]},
    ],
    "priority_changes": [],
    "actions": [
        A("Deliver the first phase of the Halvershire Digital Infrastructure Programme, bringing gigabit-capable broadband to 6,500 rural premises",
          ECON, "2026-03"),
        A("Agree a new Local Skills Improvement Plan with the Halvershire Chamber of Commerce", ECON, "2025-10/2025-12"),
        A("Resurface 150 miles of A, B and C roads through the Better Roads Programme, funded by the Department for Transport",
          HWY, "2026-03"),
        A("Open two new extra care housing schemes in Velling and Marston Cray", ASC, "2026-01/2026-03"),
        A("Reduce the number of people waiting for a Care Act assessment to under 300", ASC, "2025-12"),
        A("Expand the Home First hospital discharge service with NHS Halvershire and Dunmere Integrated Care Board",
          PH),
        A("Create 420 additional specialist school places for children with special educational needs and disabilities (SEND)",
          CEF, "2027-09"),
        A("Deliver the improvement plan agreed following the Ofsted inspection of children’s services in January 2025",
          CEF),
        A("Recruit 40 additional in-house foster carers", CEF, "2026-07/2026-09"),
        A("Publish the Halvershire Local Nature Recovery Strategy", ENV, "2025-11"),
        A("Install 1,000 public electric vehicle chargepoints with the district councils", HWY, "2027-03"),
        A("Cut the council’s own carbon emissions by a further 8%", ENV, "2026-01/2026-03"),
    ],
    "organisations": [
        {"name": HCC, "aliases": []},
        {"name": "Halvershire Business Hub", "aliases": []},
        {"name": "Halvershire Chamber of Commerce", "aliases": []},
        {"name": "Department for Transport", "aliases": []},
        {"name": "NHS Halvershire and Dunmere Integrated Care Board", "aliases": []},
        {"name": "Ofsted", "aliases": []},
    ],
    "dates": [
        {"text": "2024–2028", "iso": "2024/2028", "what": "Corporate Plan period"},
        {"text": "2024/25", "iso": "2024-04/2025-03", "what": "year covered by the annual progress report"},
        {"text": "15 July 2025", "iso": "2025-07-15", "what": "report to Cabinet"},
        {"text": "April 2024 to March 2025", "iso": "2024-04/2025-03", "what": "reporting period"},
        {"text": "2025/26", "iso": "2025-04/2026-03", "what": "year of the 'we will' commitments"},
        {"text": "March 2026", "iso": "2026-03", "what": "due date (digital infrastructure phase 1, road resurfacing)"},
        {"text": "Q3 2025/26", "iso": "2025-10/2025-12", "what": "due date (Local Skills Improvement Plan)"},
        {"text": "Q4 2025/26", "iso": "2026-01/2026-03", "what": "due date (extra care schemes, carbon cut)"},
        {"text": "December 2025", "iso": "2025-12", "what": "due date (Care Act assessment waiting list under 300)"},
        {"text": "September 2027", "iso": "2027-09", "what": "due date (420 specialist school places)"},
        {"text": "January 2025", "iso": "2025-01", "what": "Ofsted inspection of children's services"},
        {"text": "Q2 2026/27", "iso": "2026-07/2026-09", "what": "due date (40 in-house foster carers)"},
        {"text": "November 2025", "iso": "2025-11", "what": "due date (Local Nature Recovery Strategy)"},
        {"text": "March 2027", "iso": "2027-03", "what": "due date (1,000 EV chargepoints)"},
        {"text": "2016/17", "iso": "2016-04/2017-03", "what": "previous best road condition result"},
        {"text": "31 March 2025", "iso": "2025-03-31", "what": "Care Act assessment waiting list snapshot"},
        {"text": "February 2025", "iso": "2025-02", "what": "Cabinet agreed the assessment improvement plan"},
        {"text": "by 2030", "iso": "2030", "what": "net zero target for the council as an organisation"},
        {"text": "2023/24", "iso": "2023-04/2024-03", "what": "carbon emissions comparison year"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"])

write_keys(STEM, meetings, facts)
