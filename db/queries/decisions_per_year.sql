-- Decisions per body per year
-- How many decisions each committee or body recorded each year, by kind (resolved, agreed, noted, recommended).
-- The chart at /-/charts draws the same numbers.
select m.body, substr(m.date, 1, 4) as year, d.kind, count(*) as decisions
from decisions d join meetings m on m.id = d.meeting_id
group by m.body, year, d.kind
order by year desc, m.body, d.kind
