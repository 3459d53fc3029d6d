from lib import Keys, org, write_keys
from make_wenslow import STEM

K = Keys(STEM)
PCC = "Police and Crime Commissioner for Wenslow and Tarrow"
CC = "Chief Constable of Wenslow and Tarrow Police"
p2 = K.L.find("Priority 2") - 1
p3 = K.L.find("Priority 3") - 1
p4 = K.L.find("Priority 4") - 1
meetings = {"components": [K.comp("Wenslow and Tarrow Police and Crime Plan 2025\u20132029", "plan",
                                  "Wenslow and Tarrow")], "meetings": []}
facts = {
    "priority_lists": [
        K.plist(PCC, "My four priorities", "strategic_priority", "2025\u20132029", "My four priorities are:", [
            "Visible neighbourhood policing that communities trust",
            "Tackling violence against women and girls",
            "Safer roads and rural communities",
            "Supporting victims and reducing reoffending"]),
    ],
    "priority_changes": [],
    "actions": [
        K.act("I will publish an annual report each July setting out progress against the measures in this plan",
              PCC, None),
        K.act("I will fund 60 additional neighbourhood officers and PCSOs by March 2027.", PCC, "2027-03"),
        K.act("The Chief Constable will publish ward-level response times every quarter from July 2025.", CC,
              "2025-07"),
        K.act("I will hold a public accountability meeting in each of the six districts every year.", PCC, None),
        K.act("I will launch a Community Trust Fund of \u00a3250,000 a year for local crime prevention projects.",
              PCC, None),
        K.act("I will commission a specialist domestic abuse perpetrator programme across both counties from April "
              "2026.", PCC, "2026-04"),
        K.act("Wenslow and Tarrow Police will train every frontline officer in coercive control by December 2025.",
              "Wenslow and Tarrow Police", "2025-12"),
        K.act("I will work with the Tarrow Community Safety Partnership to extend the Safe Space scheme to every "
              "night-time economy venue in Tarrow Quay.", PCC, None),
        K.act("I will fund two additional Independent Sexual Violence Advisers at the Greyhallow Sexual Assault "
              "Referral Centre.", PCC, None),
        K.act("I will fund a dedicated Rural and Wildlife Crime Team of 12 officers from September 2025.", PCC,
              "2025-09"),
        K.act("The Wenslow and Tarrow Road Safety Partnership will deliver a targeted enforcement campaign on the "
              "Tarrow Valley Road corridor every summer.", "Wenslow and Tarrow Road Safety Partnership", None),
        K.act("I will expand Community Speedwatch to 120 active groups by 2027.", PCC, "2027"),
        K.act("I will seek funding for average speed cameras on Fellside Road.", PCC, None),
        K.act("I will recommission the Wenslow and Tarrow Victim Care Hub by April 2026.", PCC, "2026-04"),
        K.act("I will chair the Local Criminal Justice Board and publish its performance dashboard twice a year.",
              PCC, None),
        K.act("I will co-fund a women's centre in Greyhallow with the Probation Service.", PCC, None),
        K.act("The Chief Constable will expand out-of-court resolutions with conditions addressing the causes of "
              "offending.", CC, None),
    ],
    "organisations": [
        org("Office of the Police and Crime Commissioner for Wenslow and Tarrow"),
        org("Wenslow and Tarrow Police"),
        org("Wenslow and Tarrow Police and Crime Panel"),
        org("Probation Service"),
        org("Tarrow Community Safety Partnership"),
        org("Greyhallow Sexual Assault Referral Centre"),
        org("Wenslow and Tarrow Road Safety Partnership"),
        org("Wenslow and Tarrow Victim Care Hub", "Victim Care Hub"),
        org("Local Criminal Justice Board"),
    ],
    "dates": [
        K.date("Police and Crime Plan 2025\u20132029", "2025/2029", "plan period"),
        K.date("June 2025", "2025-06", "publication"),
        K.date("May 2024", "2024-05", "Commissioner elected"),
        K.date("between 2025 and 2029", "2025/2029", "delivery period"),
        K.date("Police and Crime Plan 2021\u20132024", "2021/2024", "previous plan period (replaced)"),
        K.date("refreshed in 2027", "2027", "plan refresh"),
        K.date("March 2027", "2027-03", "additional neighbourhood officers funded by"),
        K.date("July 2025", "2025-07", "ward-level response times published quarterly from"),
        K.date("2023/24", "2023-04/2024-03", "baseline year (public confidence, neighbourhood crime)"),
        K.date("65% by 2029", "2029", "public confidence target year"),
        K.date("April 2026", "2026-04", "perpetrator programme commissioned from", after=p2),
        K.date("December 2025", "2025-12", "coercive control training complete"),
        K.date("2028/29", "2028-04/2029-03", "domestic abuse charge rate target year"),
        K.date("September 2025", "2025-09", "Rural and Wildlife Crime Team from"),
        K.date("412 (2023)", "2023", "KSI baseline year"),
        K.date("40% reduction by 2029", "2029", "KSI reduction target year"),
        K.date("120 active groups by 2027", "2027", "Community Speedwatch target year"),
        K.date("April 2026", "2026-04", "Victim Care Hub recommissioned by", after=p4),
        K.date("2022/23", "2022-04/2023-03", "reoffending baseline year"),
        K.date("Baseline to be set 2025/26", "2025-04/2026-03", "Victims' Code compliance baseline year"),
    ],
}
if __name__ == "__main__":
    write_keys(STEM, meetings, facts)
