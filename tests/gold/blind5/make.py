#!/usr/bin/env python3
"""Draw the seven blind5 PDFs into /work/blind5/pdf/."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import common
common.register()
import make_au, make_wales, make_nz, make_us, make_strategy, make_plan, make_deck

OUT = Path(__file__).parent / "pdf"
DOCS = {
    "blind5-au-yarrabin-shire-council-ordinary-meeting-minutes-2024-07-23": make_au,
    "blind5-uk-caerwen-cc-communities-scrutiny-committee-minutes-2024-09-12": make_wales,
    "blind5-nz-puriri-bay-dc-community-wellbeing-committee-minutes-2024-08-14": make_nz,
    "blind5-us-calvera-county-board-of-supervisors-minutes-2024-08-06": make_us,
    "blind5-uk-safer-elmsworth-partnership-strategy-refresh-2025-04": make_strategy,
    "blind5-uk-carrowmore-lisnavale-pcsp-action-plan-2024-10": make_plan,
    "blind5-ca-port-aldous-cswb-plan-summary-deck-2025-03": make_deck,
}

if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for stem, mod in DOCS.items():
        mod.build(str(OUT / f"{stem}.pdf"))
        print("wrote", stem)
