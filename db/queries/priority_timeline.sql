-- Priority timeline
-- The lineage of a priority across documents, oldest first: every version linked (in either direction, through
-- priority_links) to the priorities whose text contains :text, with its period, owner, how it changed from the
-- version before (same, renamed, expanded, merged_into, split_into, replaced_by), the sentence that says so,
-- and the document and page where it is printed.
with recursive walk(id) as (
    select id from priorities where text like '%' || :text || '%'
    union
    select case when k.from_priority_id = walk.id then k.to_priority_id else k.from_priority_id end
    from priority_links k join walk on walk.id in (k.from_priority_id, k.to_priority_id)
)
select coalesce(l.period, l.period_start, d.published_date) as period,
       coalesce(o.name, l.owner) as owner,
       p.text,
       (select group_concat(k.relation || ' from ' || f.text, '; ')
          from priority_links k join priorities f on f.id = k.from_priority_id
         where k.to_priority_id = p.id) as change,
       (select group_concat(distinct k.evidence)
          from priority_links k where k.to_priority_id = p.id and k.evidence is not null) as evidence,
       d.filename as document,
       p.page,
       p.id as priority_id
from walk join priorities p on p.id = walk.id
join priority_lists l on l.id = p.list_id
join documents d on d.id = p.document_id
left join organisations o on o.id = l.organisation_id
order by coalesce(l.period_start, d.published_date), d.filename, p.page, p.position
