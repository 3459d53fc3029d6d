-- Everything about an organisation
-- Every fact that names an organisation (by name, acronym or any spelling seen): the lists it owns, the
-- actions it owns, where a document defines its acronym, and the pages that mention it, with document and page.
with org as (
  select id, name from organisations
  where name like '%' || :organisation || '%' or acronym = :organisation
     or id in (select organisation_id from organisation_aliases where alias like '%' || :organisation || '%')
)
select org.name as organisation, 'priority list' as fact, l.name || coalesce(' (' || l.period || ')', '') as text,
       doc.filename, l.page
from priority_lists l join org on org.id = l.organisation_id join documents doc on doc.id = l.document_id
union all
select org.name, 'action', a.text, doc.filename, a.page
from actions a join org on org.id = a.organisation_id join documents doc on doc.id = a.document_id
union all
select org.name, 'defined as', d.name || ' (' || d.alias || ')', doc.filename, d.page
from organisation_definitions d join organisation_aliases al on al.alias = d.alias
join org on org.id = al.organisation_id join documents doc on doc.id = d.document_id
union all
select org.name, 'mentioned', count(*) || ' mention(s): ' || group_concat(distinct replace(m.text, char(10), ' ')), doc.filename, m.page
from mentions m join org on org.id = m.organisation_id join documents doc on doc.id = m.document_id
group by org.id, m.document_id, m.page
order by organisation, fact, filename, page
limit 1000
