-- What changed between versions of a list
-- For the lists of an owner (:owner, part of the organisation's name or of the printed owner, e.g. "Community
-- Safety Partnership"): each priority of an earlier version with what it became in the next version (same,
-- renamed, expanded, merged_into, split_into, replaced_by) and the sentence that says so; "dropped" for a
-- priority of a linked list that leads nowhere, "added" for one of a linked list that nothing leads to.
-- Oldest versions first.
with owned as (
    select l.id, l.name, coalesce(l.period, l.period_start, d.published_date) as period,
           coalesce(l.period_start, d.published_date) as sort_date, d.filename
    from priority_lists l join documents d on d.id = l.document_id
    left join organisations o on o.id = l.organisation_id
    where coalesce(o.name, l.owner) like '%' || :owner || '%' or l.owner like '%' || :owner || '%'
),
changes as (
    select fl.sort_date, fl.period as from_period, fl.filename as from_document, f.page as from_page, f.text as before,
           k.relation as change, t.text as after, tl.period as to_period, tl.filename as to_document,
           t.page as to_page, k.score, k.evidence
    from priority_links k
    join priorities f on f.id = k.from_priority_id join owned fl on fl.id = f.list_id
    join priorities t on t.id = k.to_priority_id join owned tl on tl.id = t.list_id
    union all
    select l.sort_date, l.period, l.filename, p.page, p.text, 'dropped', null, null, null, null, null, null
    from priorities p join owned l on l.id = p.list_id
    where not exists (select 1 from priority_links k where k.from_priority_id = p.id)
      and exists (select 1 from priority_links k join priorities q on q.id = k.from_priority_id
                   where q.list_id = p.list_id)
    union all
    select l.sort_date, null, null, null, null, 'added', p.text, l.period, l.filename, p.page, null, null
    from priorities p join owned l on l.id = p.list_id
    where not exists (select 1 from priority_links k where k.to_priority_id = p.id)
      and exists (select 1 from priority_links k join priorities q on q.id = k.to_priority_id
                   where q.list_id = p.list_id)
)
select from_period, from_document, from_page, before, change, after, to_period, to_document, to_page, score, evidence
from changes
order by sort_date, from_document, from_page, change = 'added', before, after
